// `export pdf`: the built site printed by Debian's Chromium. Checked with
// poppler-utils as a reader would get it: `pdfinfo` (tagged, A4, pages) and
// `pdftotext` (every artikel heading and every toelichting of the juridische
// versie; the raad's matrix with every artikel and effect), plus the outline
// (a bookmark per hoofdstuk and artikel) and the language in the file itself;
// its links read with pdf-lib (inside the PDF, or to the world, never to the
// temporary site), and the mark of this toolchain in Creator and Producer.
import { execFile } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import type { PhrasingContent, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type CheckResult, checkVerordening } from '../../src/pipeline/pipeline.ts'
import { verordening } from '../helpers/cli.ts'

const exec = promisify(execFile)
let dir: string
let check: CheckResult

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'export-pdf-'))
  check = await checkVerordening('verordening')
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function exportPdf(versie: string, before?: Uint8Array): Promise<{ file: string; info: Record<string, string>; text: string; raw: string }> {
  const file = path.join(dir, `${versie}.pdf`)
  if (before) await writeFile(file, before)
  const outcome = await verordening(['export', 'pdf', 'verordening', '--versie', versie, '--uit', file])
  expect(outcome.stderr).toMatch(new RegExp(`✓ PDF geschreven: .*${versie}\\.pdf \\(${versie}, \\d+ pagina’s\\)`))
  expect(outcome.code).toBe(0)
  const info = Object.fromEntries(
    (await exec('pdfinfo', [file])).stdout
      .split('\n')
      .filter((line) => line.includes(':'))
      .map((line) => [line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()]),
  )
  const raw = (await exec('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 })).stdout
  // The running header and footer repeat on every page; they may split a sentence, so they go.
  const citeertitel = check.context.verordening.meta.citeertitel
  const text = raw
    .split(/\n|\f/)
    .filter((line) => line.trim() !== citeertitel && !/^Pagina \d+ van \d+$/.test(line.trim()))
    .join(' ')
    .replace(/\s+/g, ' ')
  return { file, info, text, raw }
}

/** The titles of the outline (bookmarks), as Chromium writes them: (text) or <FEFF…> in UTF-16. */
function outlineTitles(pdf: Buffer): string[] {
  const source = pdf.toString('latin1')
  return [...source.matchAll(/\/Title (?:\(((?:\\.|[^\\)])*)\)|<FEFF([0-9A-F]*)>)/g)].map((match) =>
    (match[1] !== undefined ? match[1].replace(/\\(.)/g, '$1') : Buffer.from(match[2]!, 'hex').swap16().toString('utf16le')).replace(/\s+/g, ' '),
  )
}

/** Every link in the PDF: the addresses of the links to elsewhere, how many go to a place inside the PDF, and the names of places that are not there. */
async function links(file: string): Promise<{ uris: string[]; inside: number; missing: string[] }> {
  const document = await PDFDocument.load(await readFile(file), { updateMetadata: false })
  // Chromium names each place a link goes to in the catalog's /Dests.
  const places = document.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict)
  const uris: string[] = []
  const missing: string[] = []
  let inside = 0
  for (const page of document.getPages()) {
    const annotations = page.node.Annots()
    for (let index = 0; index < (annotations?.size() ?? 0); index++) {
      const annotation = annotations!.lookup(index, PDFDict)
      if (annotation.get(PDFName.of('Subtype')) !== PDFName.of('Link')) continue
      const action = annotation.lookupMaybe(PDFName.of('A'), PDFDict)
      const uri = action?.lookupMaybe(PDFName.of('URI'), PDFString, PDFHexString)
      if (uri) uris.push(uri.decodeText())
      else if (annotation.has(PDFName.of('Dest')) || action?.get(PDFName.of('S')) === PDFName.of('GoTo')) {
        inside++
        const place = annotation.get(PDFName.of('Dest'))
        if (place instanceof PDFName && !places?.has(place)) missing.push(place.decodeText())
      }
    }
  }
  return { uris, inside, missing }
}

/** A small PDF as another program makes it. */
async function otherPdf(producer: string): Promise<Uint8Array> {
  const document = await PDFDocument.create({ updateMetadata: false })
  document.addPage()
  document.setProducer(producer)
  return document.save({ useObjectStreams: false })
}

/** The first words of a toelichting as a reader sees them: the plain text before its first reference. */
function openingWords(nodes: readonly RootContent[]): string {
  const first = nodes.find((node) => node.type === 'paragraph')
  if (first?.type !== 'paragraph') return ''
  const lead: PhrasingContent[] = []
  for (const child of first.children) {
    if (child.type === 'textDirective') break
    lead.push(child)
  }
  return toString({ type: 'paragraph', children: lead }).replace(/\s+/g, ' ').trim().split(' ').slice(0, 8).join(' ')
}

/** Texts that only make sense on the site: none of them is in a PDF. */
const webOnlyTexts = [
  'Lees meer over dit voorbeeld',
  'Zo leest de inwoner dit effect',
  'Naar de juridische versie',
  'Lees de bindende tekst',
  'Lees meer:',
  'Toon de tabel',
  'Toon alle artikelen',
  'Toon de leesbaarheid',
  'Op een klein scherm',
  'Kruimelpad',
  'Naar de inhoud',
]

const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version

/** A document, not a printed web page: no web-only texts, and the document information names the gemeente, the part and this tool. */
function expectDocument(versie: string, part: string, info: Record<string, string>, text: string): void {
  for (const webOnly of webOnlyTexts) expect(text, `${versie}: ${webOnly}`).not.toContain(webOnly)
  const meta = check.context.verordening.meta
  expect(info.Title).toBe(`${meta.citeertitel}: ${part}`)
  expect(info.Author).toBe(`Gemeente ${meta.gemeente}`)
  expect(info.Subject).toBe(`${meta.titel} (${part}, concept (nog niet vastgesteld door de raad))`)
  expect(info.Creator).toBe(`omgekeerde verordening ${version} (verordening export pdf)`)
  expect(info.Tagged).toBe('yes')
}

describe('export pdf', () => {
  it('prints the juridische versie: tagged, A4, with every artikel heading, every toelichting, bookmarks and Dutch as its language', async () => {
    const { file, info, text, raw } = await exportPdf('juridisch')
    expectDocument('juridisch', 'juridische versie', info, text)
    expect(info['Page size']).toMatch(/\(A4\)/)
    const pages = Number(info.Pages)
    expect(pages).toBeGreaterThan(20)
    // The running header (citeertitel) and footer ("Pagina X van Y") on every page.
    expect(raw).toContain(`Pagina 1 van ${pages}\n`)
    expect(raw).toContain(`Pagina ${pages} van ${pages}\n`)
    expect(raw.split('\n').filter((line) => line.trim() === check.context.verordening.meta.citeertitel).length).toBeGreaterThanOrEqual(pages)
    const bytes = await readFile(file)
    expect(bytes.toString('latin1')).toMatch(/\/Lang \(nl\)/)
    // Chromium leaves a non-breaking space out of a bookmark ("Wmo 2015" → "Wmo2015"): compared without spaces.
    const titles = outlineTitles(bytes).map((title) => title.replace(/\s/g, ''))
    const bare = (title: string) => title.replace(/\s/g, '')
    for (const hoofdstuk of check.context.verordening.hoofdstukken) {
      expect(titles).toContain(bare(`Hoofdstuk ${hoofdstuk.nr}. ${hoofdstuk.titel}`))
      for (const artikel of hoofdstuk.artikelen) {
        const heading = `Artikel ${artikel.nr}. ${artikel.titel}`
        expect(titles).toContain(bare(heading))
        expect(text).toContain(heading)
        if (!artikel.toelichting) continue
        expect(text).toContain(`Toelichting bij artikel ${artikel.nr}`)
        const words = openingWords(artikel.toelichting)
        if (words) expect(text, `toelichting ${artikel.nr}`).toContain(words)
      }
    }
  }, 120_000)

  it('names this toolchain as Creator and Producer, not the browser, and links only inside the PDF or to the world (never to the temporary site)', async () => {
    const file = path.join(dir, 'juridisch.pdf')
    const info = Object.fromEntries(
      (await exec('pdfinfo', [file])).stdout
        .split('\n')
        .filter((line) => line.includes(':'))
        .map((line) => [line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()]),
    )
    expect(info.Creator).toBe(`omgekeerde verordening ${version} (verordening export pdf)`)
    expect(info.Producer).toBe('omgekeerde verordening (verordening export pdf), afgedrukt door Chromium')
    const { uris, inside, missing } = await links(file)
    // References to artikelen in the juridische versie are places in the PDF.
    expect(inside).toBeGreaterThan(50)
    expect(missing).toEqual([])
    expect(uris.filter((uri) => /localhost/i.test(uri))).toEqual([])
    expect(uris.length).toBeGreaterThan(50)
    for (const uri of uris) expect(uri).toMatch(/^(https:\/\/wetten\.overheid\.nl\/|https:|mailto:|tel:)/)
    expect((await readFile(file)).toString('latin1')).not.toContain('verordening.localhost')
  })

  it('refuses a PDF of someone else, and an export from before the mark with the advice to delete it once', async () => {
    for (const [name, producer] of [
      ['brief.pdf', 'Microsoft® Word voor Microsoft 365'],
      ['oude-export.pdf', 'Skia/PDF m156'],
    ] as const) {
      const file = path.join(dir, name)
      const bytes = await otherPdf(producer)
      await writeFile(file, bytes)
      const outcome = await verordening(['export', 'pdf', 'verordening', '--uit', file])
      expect(outcome.code, name).toBe(1)
      expect(outcome.stderr).toContain(
        `✖ Het bestand \`${file}\` bestaat al, maar deze toolchain heeft het niet als PDF geschreven (de maker (Producer) “omgekeerde verordening” ontbreekt); \`verordening export pdf\` overschrijft alleen een eigen bestand. Kies met --uit een ander bestand, of verwijder dit bestand zelf als u het niet meer nodig hebt. Schreef een oudere versie van deze toolchain dit bestand (nog zonder kenmerk), verwijder het dan één keer; daarna vervangt de opdracht het zelf.`,
      )
      expect((await readFile(file)).equals(Buffer.from(bytes)), name).toBe(true)
    }
  })

  it('prints the raadsoverzicht with the whole matrix, a row per artikel, over an earlier PDF with the mark', async () => {
    const { file, info, text } = await exportPdf('raad', await otherPdf('omgekeerde verordening (verordening export pdf), afgedrukt door Chromium'))
    expectDocument('raad', 'raadsoverzicht', info, text)
    // The grondwaarden are in this PDF too: links to them go there.
    const { uris, inside, missing } = await links(file)
    expect(inside).toBeGreaterThan(50)
    expect(missing).toEqual([])
    expect(uris.filter((uri) => /localhost/i.test(uri))).toEqual([])
    expect(text).toContain('Elke rij is een artikel, elke kolom een effect.')
    for (const effect of check.context.verordening.effecten) expect(text.replace(/- /g, ''), effect.titel).toContain(effect.titel)
    expect(text).not.toContain('Op een klein scherm kunt u de tabel opzij schuiven')
  }, 120_000)

  it('prints the inwonersversie with every artikel that has one', async () => {
    const { file, info, text, raw } = await exportPdf('inwoners')
    expectDocument('inwoners', 'inwonersversie in eenvoudige taal', info, text)
    // "Hulp vragen" once, as a contact page at the end: each loket once (it was on every page),
    // after the last artikel; the notice that only the juridische versie binds, once at the start.
    const loket = 'Wilt u hulp, of heeft u een vraag? Neem contact op met het Sociaal Loket Lingedal.'
    expect(text.split(loket).length - 1).toBe(1)
    expect(text.split('Alleen de juridische versie van de verordening is bindend.').length - 1).toBe(1)
    const laatste = check.context.verordening.hoofdstukken
      .flatMap((hoofdstuk) => hoofdstuk.artikelen)
      .filter((artikel) => artikel.inwoners)
      .at(-1)!
    const pages = raw.split('\f')
    const contactPage = pages.findIndex((page) => /^Hulp vragen$/m.test(page) && page.includes('Wat gebeurt er daarna?'))
    expect(contactPage).toBeGreaterThan(pages.findIndex((page) => page.includes(`Artikel ${laatste.nr} `)))
    expect(pages.slice(contactPage).join('\n')).toContain('Wilt u hulp, of heeft u een vraag? Neem contact op met het Sociaal Loket')
    // Links from the start page to the artikelen go to their place in the PDF; effect pages are not in it.
    const { uris, inside, missing } = await links(file)
    expect(inside).toBeGreaterThan(10)
    expect(missing).toEqual([])
    expect(uris.filter((uri) => /localhost/i.test(uri))).toEqual([])
    for (const hoofdstuk of check.context.verordening.hoofdstukken) {
      for (const artikel of hoofdstuk.artikelen) if (artikel.inwoners) expect(text).toContain(artikel.titel)
    }
    expect(text).toContain('Lukt het niet meer')
  }, 120_000)

  it('says in Dutch that Chromium is missing, and writes nothing', async () => {
    const before = process.env.CHROMIUM_PATH
    process.env.CHROMIUM_PATH = path.join(dir, 'geen-chromium')
    try {
      const outcome = await verordening(['export', 'pdf', 'verordening', '--uit', path.join(dir, 'zonder.pdf')])
      expect(outcome.code).toBe(1)
      expect(outcome.stderr).toContain(
        `✖ Chromium is niet gevonden (\`${path.join(dir, 'geen-chromium')}\`), verwacht de browser die de PDF maakt; installeer hem met \`apt-get install chromium\``,
      )
      expect(existsSync(path.join(dir, 'zonder.pdf'))).toBe(false)
      expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([])
    } finally {
      if (before === undefined) delete process.env.CHROMIUM_PATH
      else process.env.CHROMIUM_PATH = before
    }
  })
})
