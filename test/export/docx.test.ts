// `export docx`: the example as a Word document, read back with mammoth (as
// HTML: Word's heading styles become h1/h2, Word numbering becomes ol/li) and
// from its own XML (language, running header, "Pagina X van Y").
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
// mammoth's own zip reader (a dependency of mammoth), for the parts mammoth does not convert.
import JSZip from 'jszip'
import mammoth from 'mammoth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkVerordening } from '../../src/pipeline/pipeline.ts'
import { verordening } from '../helpers/cli.ts'

let dir: string
let html: string
let documentXml: string
let zip: JSZip

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'export-docx-'))
  const file = path.join(dir, 'verordening.docx')
  const outcome = await verordening(['export', 'docx', 'verordening', '--uit', file])
  expect(outcome.stderr).toMatch(/✓ Word-bestand geschreven: .*verordening\.docx \(55 artikelen, \d+ toelichtingen\)/)
  expect(outcome.code).toBe(0)
  const bytes = await readFile(file)
  // The bookmarks the table of contents links to are empty anchors in the headings: left out, the headings read as before.
  html = (await mammoth.convertToHtml({ buffer: bytes })).value.replace(/<a id="_Toc\d+"><\/a>/g, '')
  zip = await JSZip.loadAsync(bytes)
  documentXml = await zip.file('word/document.xml')!.async('string')
}, 60_000)

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

const plain = (text: string) =>
  text
    .replace(/<[^>]+>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")

describe('export docx on the example', () => {
  it('is the raadsbesluit: the aanhef before the artikelen, the ondertekening after them and before the toelichting', () => {
    const ondertekening = html.indexOf('Aldus vastgesteld in de openbare vergadering van 12 november 2026.')
    expect(ondertekening).toBeGreaterThan(html.indexOf('<h2>Artikel 7.6. Citeertitel</h2>'))
    expect(ondertekening).toBeLessThan(html.indexOf('<h1>Toelichting</h1>'))
    expect(plain(html.slice(ondertekening))).toMatch(
      /^Aldus vastgesteld in de openbare vergadering van 12 november 2026\.De griffier,\tDe voorzitter,M\. de Wit\tP\. van Dam/,
    )
    expect(html.indexOf('De raad van de gemeente Lingedal;')).toBeLessThan(html.indexOf('<h1>Hoofdstuk 1.'))
  })

  it('has a table of contents after the title page, linked to every hoofdstuk and artikel, that Word updates on opening', async () => {
    const { verordening: model } = (await checkVerordening('verordening')).context
    const inhoud = html.slice(html.indexOf('<p><strong>Inhoud</strong></p>'), html.indexOf('<h1>'))
    const entries = [...inhoud.matchAll(/<a href="#_Toc\d+">(.*?)<\/a>/g)].map((match) => plain(match[1]!).trim())
    for (const hoofdstuk of model.hoofdstukken) {
      expect(entries).toContain(`Hoofdstuk ${hoofdstuk.nr}. ${hoofdstuk.titel}`)
      for (const artikel of hoofdstuk.artikelen) expect(entries).toContain(`Artikel ${artikel.nr}. ${artikel.titel}`)
    }
    expect(documentXml).toContain('TOC \\h \\o &quot;1-2&quot;')
    expect(await zip.file('word/settings.xml')!.async('string')).toMatch(/<w:updateFields(?: w:val="true")?\/>/)
  })

  it('ends with the toelichting as a bijlage expects: Algemeen from verordening.yml, then Artikelsgewijs', () => {
    const toelichting = html.slice(html.lastIndexOf('<h1>Toelichting</h1>'))
    expect(toelichting.indexOf('<h2>Algemeen</h2><p>Met deze verordening regelt de gemeente Lingedal de ondersteuning')).toBeGreaterThan(0)
    expect(toelichting.indexOf('<h2>Artikelsgewijs</h2>')).toBeGreaterThan(toelichting.indexOf('<h2>Algemeen</h2>'))
    expect(toelichting).toContain('<h3>Artikel 1.5. De omgekeerde toets</h3>')
  })

  it('starts with a title page: gemeente, citeertitel, titel, status and inwerkingtreding', () => {
    const start = plain(html.slice(0, html.indexOf('<h1>')))
    expect(start).toContain('Gemeente Lingedal')
    expect(start).toContain('Verordening sociaal domein Lingedal 2027')
    expect(start).toContain('Verordening van de gemeenteraad van Lingedal houdende regels voor ondersteuning in het sociaal domein')
    expect(start).toContain('Status: concept (nog niet vastgesteld door de raad)')
    expect(start).toContain('Inwerkingtreding: 1 januari 2027')
    expect(documentXml).toContain('<w:pStyle w:val="Title"/>')
    expect(documentXml).toContain('<w:br w:type="page"/>')
  })

  it('has every hoofdstuk as Heading 1 and every artikel as Heading 2, in the order of the model', async () => {
    const { verordening: model } = (await checkVerordening('verordening')).context
    const h1 = [...html.matchAll(/<h1>(.*?)<\/h1>/g)].map((match) => plain(match[1]!))
    expect(h1).toEqual([...model.hoofdstukken.map((hoofdstuk) => `Hoofdstuk ${hoofdstuk.nr}. ${hoofdstuk.titel}`), 'Toelichting'])
    const body = html.slice(0, html.lastIndexOf('<h1>Toelichting</h1>'))
    const h2 = [...body.matchAll(/<h2>(.*?)<\/h2>/g)].map((match) => plain(match[1]!))
    expect(h2).toEqual(model.hoofdstukken.flatMap((hoofdstuk) => hoofdstuk.artikelen.map((artikel) => `Artikel ${artikel.nr}. ${artikel.titel}`)))
  })

  it('numbers leden and onderdelen with Word numbering that restarts in every artikel', async () => {
    const artikel = html.slice(html.indexOf('<h2>Artikel 1.4. Gemeentelijke kaders</h2>'), html.indexOf('<h2>Artikel 1.5.'))
    const leden = artikel.match(/^<h2>[^<]*<\/h2><ol><li>(.*)<\/li><\/ol>$/)
    expect(leden, artikel.slice(0, 300)).not.toBeNull()
    expect(plain(artikel)).toContain('Bij de toepassing van deze verordening neemt het college de volgende kaders in acht:')
    // Seven onderdelen (a–g) in a nested list under lid 1, then lid 2 and 3 in the outer list.
    expect(artikel.match(/<ol><li>alle kinderen doen mee/)).not.toBeNull()
    expect((artikel.match(/<li>/g) ?? []).length).toBe(3 + 7)
    expect(documentXml).toContain('<w:numPr>')
    const numbering = await zip.file('word/numbering.xml')!.async('string')
    expect(numbering).toContain('<w:numFmt w:val="decimal"/>')
    expect(numbering).toContain('<w:numFmt w:val="lowerLetter"/>')
    // A numbering instance per artikel (and per list of onderdelen), each starting again at 1 or a.
    const artikelenMetLeden = (html.slice(0, html.lastIndexOf('<h1>Toelichting</h1>')).match(/<\/h2><ol>/g) ?? []).length
    expect(artikelenMetLeden).toBeGreaterThan(40)
    expect((numbering.match(/<w:startOverride w:val="1"\/>/g) ?? []).length).toBeGreaterThanOrEqual(artikelenMetLeden)
  })

  it('has the begrippen under the begripsbepalingen and the artikelsgewijze toelichting with the grondslag', () => {
    expect(plain(html)).toContain('huishouden: ')
    const toelichting = html.slice(html.lastIndexOf('<h1>Toelichting</h1>'))
    expect(plain(toelichting)).toContain('Artikel 1.5. De omgekeerde toets')
    expect(plain(toelichting)).toContain('Dit is het toetsingsartikel.')
    expect(plain(toelichting)).toMatch(/Grondslag: artikel 147 Gemeentewet/)
    expect(toelichting).toContain('href="https://wetten.overheid.nl/jci1.3:c:BWBR0005416&amp;artikel=147"')
  })

  it('writes references as the site does, in the words of the Aanwijzingen (eerste lid, not lid 1)', () => {
    expect(plain(html)).toContain('artikel 1.4, eerste lid, onderdeel b')
    expect(plain(html)).not.toMatch(/artikel [0-9.]+, lid [0-9]/)
  })

  it('holds no inwonersversie and no voorbeelden', () => {
    expect(plain(html)).not.toContain('Deze regels gaan over hulp van de gemeente Lingedal')
    expect(plain(html)).not.toContain('Meneer A. woont drie jaar in Nederland')
  })

  it('is in Dutch, with the citeertitel at the top and "Pagina X van Y" at the bottom of every page', async () => {
    const styles = await zip.file('word/styles.xml')!.async('string')
    expect(styles).toContain('<w:lang w:val="nl-NL"/>')
    const header = await zip.file('word/header1.xml')!.async('string')
    expect(header).toContain('Verordening sociaal domein Lingedal 2027')
    const footer = await zip.file('word/footer1.xml')!.async('string')
    expect(footer).toMatch(/Pagina .*PAGE.*van .*NUMPAGES/s)
    const core = await zip.file('docProps/core.xml')!.async('string')
    expect(core).toContain('<dc:title>Verordening sociaal domein Lingedal 2027</dc:title>')
  })
})

describe('export docx on bad input', () => {
  it('refuses to overwrite a file that is not a Word document', async () => {
    const file = path.join(dir, 'brief.docx')
    await writeFile(file, 'Geachte raad,\n')
    const outcome = await verordening(['export', 'docx', 'verordening', '--uit', file])
    expect(outcome.code).toBe(1)
    expect(outcome.stderr).toContain('bestaat al, maar deze toolchain heeft het niet als Word-bestand (DOCX) geschreven')
    expect(await readFile(file, 'utf8')).toBe('Geachte raad,\n')
  })

  it('marks its file with a custom document property and replaces only a zip with that mark: not an .xlsx, not a Word file of someone else', async () => {
    const custom = await zip.file('docProps/custom.xml')!.async('string')
    expect(custom).toContain('name="Gemaakt met"><vt:lpwstr>omgekeerde verordening (verordening export docx)</vt:lpwstr>')
    const spreadsheet = new JSZip()
    spreadsheet.file('[Content_Types].xml', '<Types/>')
    spreadsheet.file('xl/workbook.xml', '<workbook/>')
    const letter = new JSZip()
    letter.file('word/document.xml', '<w:document/>')
    letter.file('docProps/app.xml', '<Properties><Application>Microsoft Office Word</Application></Properties>')
    for (const [name, archive] of [
      ['begroting.xlsx', spreadsheet],
      ['brief-aan-de-raad.docx', letter],
    ] as const) {
      const file = path.join(dir, name)
      const bytes = await archive.generateAsync({ type: 'nodebuffer' })
      await writeFile(file, bytes)
      const outcome = await verordening(['export', 'docx', 'verordening', '--uit', file])
      expect(outcome.code, name).toBe(1)
      expect(outcome.stderr).toContain(
        '(de documenteigenschap “Gemaakt met: omgekeerde verordening” ontbreekt); `verordening export docx` overschrijft alleen een eigen bestand. Kies met --uit een ander bestand, of verwijder dit bestand zelf',
      )
      expect((await readFile(file)).equals(bytes), name).toBe(true)
    }
    // The export of beforeAll has the mark: it is replaced.
    const again = await verordening(['export', 'docx', 'verordening', '--uit', path.join(dir, 'verordening.docx')])
    expect(again.code, again.stderr).toBe(0)
  }, 60_000)
})
