// `verordening importeer`: the Beekdal fixture (24 artikelen, continuous
// numbering with 12a) as CVDR XML, as a Word document and as plain text. Each
// import checks with 0 errors and a to-do list whose counts follow from the
// source; every word of every artikel of the source appears, in order, in the
// juridisch parts; bad input gets a Dutch message, exit 1 and no new map.
import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Element, Root as HastRoot } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { visit } from 'unist-util-visit'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { htmlToLines } from '../src/import/docx.ts'
import { markdownOf, paragraph } from '../src/import/markdown.ts'
import { findReferences, geletOp, type KnownArtikel } from '../src/import/verwijzingen.ts'
import { artikelTekst } from '../src/model/artikel-tekst.ts'
import { type CheckResult, checkVerordening } from '../src/pipeline/pipeline.ts'
import { artikelSlug } from '../src/views/links.ts'
import { beekdal } from './fixtures/import/beekdal.ts'
import { renderDocx, renderText, renderXml, tabel } from './fixtures/import/render.ts'
import { verordening } from './helpers/cli.ts'

const fixtures = path.resolve('test/fixtures/import')
const made: string[] = []
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })))
})
async function workspace(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'importeer-'))
  made.push(dir)
  return dir
}

const artikelen = beekdal.hoofdstukken.flatMap((hoofdstuk) => hoofdstuk.artikelen)
const _known = new Map<string, KnownArtikel>(
  artikelen.map((artikel) => [
    artikel.nr,
    {
      leden: new Map(
        artikel.leden.map((lid, index) => [
          lid.nr ? Number(lid.nr) : index === 0 ? 0 : index + 1,
          new Set((lid.onderdelen ?? []).map((onderdeel) => onderdeel.letter)),
        ]),
      ),
    },
  ]),
)

/** The binding text of a source artikel, as the source has it (without its number, titel and lid numbers). */
function sourceText(nr: string): string {
  const artikel = artikelen.find((candidate) => candidate.nr === nr)!
  const parts = artikel.leden.flatMap((lid) => [lid.tekst, ...(lid.onderdelen ?? []).map((onderdeel) => onderdeel.tekst)])
  if (nr === tabel.artikel) parts.push(...tabel.rijen.map((rij) => rij.join(' ')))
  return parts.join(' ')
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}€]+/gu) ?? []

/** The text of the element with class `className` in a page, every text node apart (so list items do not run together). */
function pageText(html: string, className: string): string | undefined {
  const tree: HastRoot = fromHtml(html)
  let found: Element | undefined
  visit(tree, 'element', (element: Element) => {
    const classes = element.properties.className
    if (!found && Array.isArray(classes) && classes.includes(className)) found = element
  })
  if (!found) return undefined
  const texts: string[] = []
  visit(found, 'text', (text) => void texts.push(text.value))
  return texts.join(' ')
}

/** Share of the source's words found, in order, in the imported text. */
function preserved(source: string[], imported: string[]): { found: number; missing: string[] } {
  let at = 0
  const missing: string[] = []
  for (const word of source) {
    const next = imported.indexOf(word, at)
    if (next === -1) missing.push(word)
    else at = next + 1
  }
  return { found: source.length - missing.length, missing }
}

interface Imported {
  map: string
  result: CheckResult
  stderr: string
  /** The built site. */
  out: string
  build: { code: number; stderr: string }
}

async function importFile(file: string): Promise<Imported> {
  const map = path.join(await workspace(), 'nieuw')
  const outcome = await verordening(['importeer', file, map])
  expect(outcome.code, outcome.stderr).toBe(0)
  const out = path.join(await workspace(), '_site')
  const built = await verordening(['build', map, '--out', out])
  return { map, result: await checkVerordening(map), stderr: outcome.stderr, out, build: built }
}

/** Words preserved per fixture, for the report at the end. */
const shares: string[] = []
afterAll(() => {
  if (shares.length > 0) console.log(`Woorden van de bron in de gerenderde juridische tekst:\n${shares.join('\n')}`)
})

describe('the import fixtures', () => {
  it('are what render.ts makes of beekdal.ts (run `npx tsx scripts/import-fixtures.ts` after a change)', async () => {
    expect(await readFile(path.join(fixtures, 'beekdal.xml'), 'utf8')).toBe(renderXml())
    expect(await readFile(path.join(fixtures, 'beekdal.txt'), 'utf8')).toBe(renderText())
    expect(artikelen.length).toBeGreaterThanOrEqual(20)
  })
})

const sources: Record<string, () => Promise<string>> = {
  'CVDR XML': async () => path.join(fixtures, 'beekdal.xml'),
  'platte tekst': async () => path.join(fixtures, 'beekdal.txt'),
  'Word (.docx)': async () => {
    const file = path.join(await workspace(), 'beekdal.docx')
    await writeFile(file, await renderDocx())
    return file
  },
}

for (const [name, source] of Object.entries(sources)) {
  describe(`importeer ${name}`, () => {
    let imported: Imported
    beforeAll(async () => {
      imported = await importFile(await source())
    }, 180_000)

    it('gives a concept that checks without errors, with the artikelen and numbers of the source', () => {
      const { result } = imported
      expect(result.errors).toBe(0)
      expect(result.concept).toBe(true)
      // The source's words kept in `tekst` name the same artikel, lid and onderdeel as the reference.
      expect(result.files.flatMap((file) => file.messages.filter((message) => message.ruleId === 'verwijzing-tekst').map((message) => message.reason))).toEqual(
        [],
      )
      const nrs = result.context.verordening.hoofdstukken.flatMap((hoofdstuk) => hoofdstuk.artikelen.map((artikel) => artikel.nr))
      expect(nrs).toEqual(artikelen.map((artikel) => artikel.nr))
      expect(result.context.verordening.hoofdstukken.map((hoofdstuk) => hoofdstuk.titel)).toEqual(beekdal.hoofdstukken.map((hoofdstuk) => hoofdstuk.titel))
      const titels = result.context.verordening.hoofdstukken.flatMap((hoofdstuk) => hoofdstuk.artikelen.map((artikel) => artikel.titel))
      expect(titels).toEqual(artikelen.map((artikel) => artikel.titel))
    })

    it('has a to-do list whose counts follow from the source', () => {
      const exempt = artikelen.filter((artikel) => /^(Begripsbepalingen|Intrekking|Overgangsrecht|Inwerkingtreding|Citeertitel)/.test(artikel.titel)).length
      const definitions = artikelen[0]!.leden[0]!.onderdelen!.length
      const counts = Object.fromEntries(imported.result.todo.map((entry) => [`${entry.ruleId}/${entry.kind}`, entry.count]))
      expect(counts['artikel-delen/zonder-inwoners']).toBe(artikelen.length - exempt)
      expect(counts['artikel-effect/zonder-effect']).toBe(artikelen.length - exempt)
      expect(counts['artikel-grondwaarde/zonder-grondwaarde']).toBe(artikelen.length - exempt)
      expect(counts['begrip-uitleg/zonder-uitleg']).toBe(definitions)
      expect(counts['verplichte-artikelen/toetsingsartikel']).toBe(1)
      expect(counts['verplichte-artikelen/hardheidsclausule']).toBeUndefined()
      // Every artikel in a hoofdstuk for one wet has a grondslag: named in its text, or from "gelet op".
      expect(counts['artikel-grondslag/zonder-grondslag']).toBeUndefined()
    })

    // No normalisation of references: the words of the source must be the words a reader sees, on the
    // site's juridische artikel page and in the plain text that comparisons and renvooi read.
    it('shows every word of every artikel of the source, in order, in the rendered juridische text', async () => {
      const byNr = new Map(imported.result.context.verordening.hoofdstukken.flatMap((hoofdstuk) => hoofdstuk.artikelen.map((artikel) => [artikel.nr, artikel])))
      const meta = imported.result.context.verordening.meta
      let total = 0
      const found = { site: 0, tekst: 0 }
      const lost: string[] = []
      for (const artikel of artikelen) {
        const source = words(sourceText(artikel.nr))
        const page = await readFile(path.join(imported.out, 'juridisch', 'artikel', artikelSlug(artikel.nr), 'index.html'), 'utf8')
        const site = pageText(page, 'artikel--los')
        expect(site, `artikel ${artikel.nr}`).toBeDefined()
        const model = byNr.get(artikel.nr)
        expect(model, `artikel ${artikel.nr}`).toBeDefined()
        const plain = artikelTekst(model!, meta)
        const tekst = plain.leden.flatMap((lid) => [lid.tekst, ...lid.onderdelen.map((onderdeel) => onderdeel.tekst)]).join(' ')
        total += source.length
        for (const [soort, text] of [
          ['site', site ?? ''],
          ['tekst', tekst],
        ] as const) {
          const share = preserved(source, words(text))
          found[soort] += share.found
          if (share.missing.length > 0) lost.push(`${soort}, artikel ${artikel.nr}: ${share.missing.join(' ')}`)
        }
      }
      shares.push(
        `  ${name}: site ${found.site}/${total} (${((100 * found.site) / total).toFixed(1)} %), platte tekst ${found.tekst}/${total} (${((100 * found.tekst) / total).toFixed(1)} %)`,
      )
      expect(lost).toEqual([])
      expect(found).toEqual({ site: total, tekst: total })
      expect(total).toBeGreaterThan(900)
    })

    it('fills verordening.yml and begrippen.yml from the source', async () => {
      const meta = imported.result.context.verordening.meta
      expect(meta.gemeente).toBe('Beekdal')
      expect(meta.citeertitel).toBe(beekdal.citeertitel)
      expect(meta.inwerkingtreding).toBe(beekdal.inwerkingtreding)
      expect(meta.vastgesteld).toBe(beekdal.vastgesteld)
      expect(Object.keys(meta.wetten).sort()).toEqual(['awb', 'jw', 'pw', 'wgs', 'wmo'])
      const begrippen = imported.result.context.verordening.begrippen
      expect(begrippen.map((begrip) => begrip.term)).toEqual([
        'aanvraag',
        'belanghebbende',
        'college',
        'gesprek',
        'maatwerkvoorziening',
        'melding',
        'mantelzorger',
        'persoonsgebonden budget',
        'plan van aanpak',
        'tegenprestatie',
      ])
      expect(begrippen[2]).toEqual({ term: 'college', vormen: [], definitie: 'het college van burgemeester en wethouders van de gemeente Beekdal' })
    })

    it('turns references into :artikel[…] and :wet[…], and keeps the toelichting per artikel', async () => {
      const files = await readdir(imported.map)
      const text = (await Promise.all(files.filter((file) => file.endsWith('.md')).map((file) => readFile(path.join(imported.map, file), 'utf8')))).join('\n')
      expect(text).toContain('bedoeld in :artikel[5]{lid="3"}, heeft ontvangen')
      expect(text).toContain('de termijn van :artikel[5]{lid="1"}')
      // Where the site's wording differs from the source's, the source's words are kept in `tekst`.
      expect(text).toContain(':wet[wmo]{artikel="2.3.6" lid="4" tekst="artikel 2.3.6, vierde lid, van de Wet maatschappelijke ondersteuning 2015"}')
      expect(text).toContain('onverminderd :wet[awb]{artikel="4:14" tekst="artikel 4:14 van de Algemene wet bestuursrecht"}')
      expect(text).toContain('artikel 9, eerste lid, onderdeel c, van de :wet[pw]')
      expect(text).toContain('::::artikel{nr="12a" titel="Vervoer jeugdhulp" grondslag="jw:2.9 jw:8.1.1"}')
      expect(text).toContain(':::toelichting\nDit artikel is bij de wijziging van 2024 ingevoegd')
      if (name === 'CVDR XML') expect(await readFile(path.join(imported.map, 'verordening.yml'), 'utf8')).toContain('# CVDR: CVDR712345')
    })

    it('builds as a concept site', async () => {
      expect(imported.build.code, imported.build.stderr).toBe(0)
      expect(await readFile(path.join(imported.out, 'inwoners', 'index.html'), 'utf8')).toContain('Nog niet in eenvoudige taal')
    })
  })
}

describe('references in the binding text', () => {
  const artikel3: KnownArtikel = {
    leden: new Map([
      [1, new Set<string>()],
      [2, new Set(['a', 'b'])],
    ]),
  }
  const known = new Map([['3', artikel3]])
  const directives = (text: string) =>
    findReferences(text, known).map((reference) => `${text.slice(reference.start, reference.end)} → ${markdownOf([paragraph([reference.directive])]).trim()}`)
  it('links artikel, lid and onderdeel of this verordening only when they exist', () => {
    expect(directives('zie artikel 3, tweede lid, onder b, van deze verordening')).toEqual([
      'artikel 3, tweede lid, onder b → :artikel[3]{lid="2" onderdeel="b" tekst="artikel 3, tweede lid, onder b"}',
    ])
    expect(directives('zie artikel 3, vijfde lid')).toEqual([])
    expect(directives('zie artikel 12')).toEqual([])
    expect(directives('zie artikel 3.1')).toEqual([])
  })
  it('links the wetten, with artikel and lid, and leaves an onderdeel of a wet as text', () => {
    expect(directives('artikel 4:84 van de Algemene wet bestuursrecht')).toEqual([
      'artikel 4:84 van de Algemene wet bestuursrecht → :wet[awb]{artikel="4:84" tekst="artikel 4:84 van de Algemene wet bestuursrecht"}',
    ])
    expect(directives('artikel 2.3.5, derde lid, van de Wmo 2015')).toEqual(['artikel 2.3.5, derde lid, van de Wmo 2015 → :wet[wmo]{artikel="2.3.5" lid="3"}'])
    expect(directives('artikel 3, eerste lid, onderdeel a, van de Jeugdwet')).toEqual(['Jeugdwet → :wet[jw]'])
    expect(directives('artikel 3, tweede lid, van de Wet op de jeugdzorg')).toEqual([])
    // The words the site writes itself need no `tekst`; other words (a capital, "3e lid", the full name) are kept.
    expect(directives('zie artikel 3, tweede lid, onderdeel b')).toEqual(['artikel 3, tweede lid, onderdeel b → :artikel[3]{lid="2" onderdeel="b"}'])
    expect(directives('Artikel 3, 2e lid')).toEqual(['Artikel 3, 2e lid → :artikel[3]{lid="2" tekst="Artikel 3, 2e lid"}'])
    expect(directives('de Wmo 2015 en de Wet maatschappelijke ondersteuning 2015')).toEqual([
      'Wmo 2015 → :wet[wmo]',
      'Wet maatschappelijke ondersteuning 2015 → :wet[wmo]{tekst="Wet maatschappelijke ondersteuning 2015"}',
    ])
  })
  it('reads the articles of each wet after "gelet op"', () => {
    expect(
      Object.fromEntries(
        geletOp('gelet op de artikelen 2.1.3, 2.1.4 en 2.1.6 van de Wet maatschappelijke ondersteuning 2015 en artikel 8 van de Participatiewet;'),
      ),
    ).toEqual({ wmo: ['2.1.3', '2.1.4', '2.1.6'], pw: ['8'] })
  })
})

describe('Word lists', () => {
  it('number the items of a Word list by place, and the items of a list in a list by letter (mammoth gives no numbers)', () => {
    const html =
      '<h2>Artikel 4 Melding</h2><ol><li>Een melding kan worden gedaan:<ol><li>schriftelijk;</li><li>mondeling.</li></ol></li><li>Het college bevestigt de ontvangst.</li></ol><table><tr><td>Alleenstaande</td><td>€ 350</td></tr></table>'
    expect(htmlToLines(html)).toEqual([
      'Artikel 4 Melding',
      '1. Een melding kan worden gedaan:',
      'a. schriftelijk;',
      'b. mondeling.',
      '2. Het college bevestigt de ontvangst.',
      // A table becomes a Markdown table; one row has no header, so its header stays empty.
      '| | |',
      '| --- | --- |',
      '| Alleenstaande | € 350 |',
    ])
  })
})

describe('importeer refuses bad input with a Dutch message and writes nothing', () => {
  const cases: Record<string, { name: string; content: string | Buffer | number; message: string }> = {
    'malformed XML': {
      name: 'kapot.xml',
      content: '<?xml version="1.0"?>\n<cvdr><body><regeling><regeling-tekst>\n<artikel><al>tekst</artikel>',
      message: '3:19: Dit is geen geldige XML (Missing end tag for element al)',
    },
    'an entity bomb': {
      name: 'bom.xml',
      content: `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol "lol">\n${Array.from({ length: 9 }, (_, index) => ` <!ENTITY lol${index + 1} "${`&lol${index || ''};`.repeat(10)}">`).join('\n')}\n]>\n<cvdr>&lol9;</cvdr>`,
      message: '2:1: Het XML-bestand bevat een DOCTYPE-declaratie, verwacht gewone CVDR-XML zonder declaraties',
    },
    'XML without regeling-tekst': {
      name: 'leeg.xml',
      content: '<?xml version="1.0"?><cvdr><meta/></cvdr>',
      message: 'Het XML-bestand heeft geen <regeling-tekst>',
    },
    'a DOCX that is not a zip': { name: 'nep.docx', content: 'Dit is een tekstbestand met de naam .docx', message: 'Dit is geen Word-bestand (.docx)' },
    'a 50 MB file': { name: 'groot.txt', content: 50 * 1024 * 1024, message: 'Het bestand is 50 MB, verwacht hoogstens 10 MB' },
    'a text without artikelen': {
      name: 'brief.txt',
      content: 'Geachte heer, mevrouw,\n\nHierbij stuur ik u de stukken.\n\nMet vriendelijke groet,\nde griffier\n',
      message: 'Er staan geen artikelen in dit bestand, verwacht koppen als “Artikel 1 Begripsbepalingen”',
    },
    'bytes that are no text': {
      name: 'plaatje.txt',
      content: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]),
      message: 'Het bestand is geen tekst in UTF-8',
    },
  }
  for (const [titel, { name, content, message }] of Object.entries(cases)) {
    it(titel, async () => {
      const root = await workspace()
      const file = path.join(root, name)
      if (typeof content === 'number') {
        await writeFile(file, '')
        await truncate(file, content)
      } else await writeFile(file, content)
      const outcome = await verordening(['importeer', file, path.join(root, 'nieuw')])
      expect(outcome.code).toBe(1)
      expect(outcome.stderr).toContain(message)
      expect(outcome.stderr).toContain('Er is niets geschreven.')
      expect(outcome.stderr).not.toMatch(/\n\s+at /)
      expect(await readdir(root)).toEqual([name])
    })
  }

  it('a DOCX that declares more than 10 MB for one entry (a zip bomb), before unpacking it', async () => {
    const root = await workspace()
    const bytes = Buffer.from(await renderDocx())
    // Declare 200 MB for the first entry of the central directory.
    const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
    bytes.writeUInt32LE(200 * 1024 * 1024, bytes.readUInt32LE(end + 16) + 24)
    const file = path.join(root, 'bom.docx')
    await writeFile(file, bytes)
    const outcome = await verordening(['importeer', file, path.join(root, 'nieuw')])
    expect(outcome.code).toBe(1)
    expect(outcome.stderr).toMatch(/Het Word-bestand is te groot om uit te pakken: het onderdeel \S+ pakt uit tot meer dan 10 MB/)
    expect(await readdir(root)).toEqual(['bom.docx'])
  })

  it('refuses a map that is not empty, and a missing source', async () => {
    const root = await workspace()
    await writeFile(path.join(root, 'notities.txt'), 'van iemand anders\n')
    const outcome = await verordening(['importeer', path.join(fixtures, 'beekdal.txt'), root])
    expect(outcome.code).toBe(1)
    expect(outcome.stderr).toContain('is niet leeg')
    expect((await verordening(['importeer', path.join(root, 'bestaat-niet.xml'), path.join(root, 'nieuw')])).stderr).toContain('bestaat niet')
    expect((await verordening(['importeer'])).code).toBe(1)
  })
})
