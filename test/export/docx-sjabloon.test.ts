// `export docx --sjabloon`: the gemeente's own Word template gives styles,
// header and footer. The template is made here, with a Dutch style id
// ("Kop1", as a Dutch Word writes it) and a logo in the header; a file that is
// no template gives a Dutch message and leaves the previous export as it was.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Document, Footer, Header, ImageRun, Packer, Paragraph, TextRun } from 'docx'
import JSZip from 'jszip'
import mammoth from 'mammoth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fromXml } from 'xast-util-from-xml'
import { verordening } from '../helpers/cli.ts'

// A PNG of one pixel: the logo in the template's header.
const logo = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAgh0e0wAAAABJRU5ErkJggg==', 'base64')

let dir: string
let sjabloon: string

async function makeTemplate(file: string): Promise<void> {
  const document = new Document({
    styles: {
      paragraphStyles: [
        { id: 'Kop1', name: 'heading 1', basedOn: 'Normal', next: 'Normal', run: { font: 'Georgia', color: 'AA0000', size: 36 } },
        { id: 'Kop2', name: 'heading 2', basedOn: 'Normal', next: 'Normal', run: { font: 'Georgia', color: '00AA00', size: 28 } },
      ],
    },
    sections: [
      {
        properties: { page: { margin: { top: 2268, bottom: 1701, left: 1418, right: 1418 } } },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                children: [new ImageRun({ type: 'png', data: logo, transformation: { width: 40, height: 40 } }), new TextRun('Sjabloonkop gemeente Testdorp')],
              }),
            ],
          }),
        },
        footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun('Sjabloonvoet gemeente Testdorp')] })] }) },
        children: [new Paragraph('Briefpapier')],
      },
    ],
  })
  const zip = await JSZip.loadAsync(await Packer.toBuffer(document))
  // Saved as a Word template (.dotx): the same parts, the main part of the type of a template.
  // As a Dutch Word writes it: the heading styles only under their Dutch ids (docx adds English ones of its own).
  const styles = await zip.file('word/styles.xml')!.async('string')
  zip.file('word/styles.xml', styles.replace(/<w:style\b[^>]*w:styleId="Heading[12]"[^>]*>[\s\S]*?<\/w:style>/g, ''))
  const types = await zip.file('[Content_Types].xml')!.async('string')
  zip.file('[Content_Types].xml', types.replace('wordprocessingml.document.main+xml', 'wordprocessingml.template.main+xml'))
  await writeFile(file, await zip.generateAsync({ type: 'nodebuffer' }))
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'export-sjabloon-'))
  sjabloon = path.join(dir, 'gemeente.dotx')
  await makeTemplate(sjabloon)
}, 60_000)

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('export docx --sjabloon', () => {
  it('takes styles, header, footer and margins from the template; headings keep their meaning under the template’s own style ids', async () => {
    const file = path.join(dir, 'met-sjabloon.docx')
    const outcome = await verordening(['export', 'docx', 'verordening', '--sjabloon', sjabloon, '--uit', file])
    expect(outcome.code, outcome.stderr).toBe(0)
    expect(outcome.stderr).toMatch(/✓ Word-bestand geschreven: .*met-sjabloon\.docx \(55 artikelen, \d+ toelichtingen, met het sjabloon gemeente\.dotx\)/)
    const bytes = await readFile(file)
    const zip = await JSZip.loadAsync(bytes)
    const part = (name: string) => zip.file(name)!.async('string')
    // Every part that changed is still XML.
    for (const name of ['word/document.xml', 'word/styles.xml', 'word/_rels/document.xml.rels', '[Content_Types].xml']) {
      const xml = await part(name)
      expect(() => fromXml(xml), name).not.toThrow()
    }

    const styles = await part('word/styles.xml')
    expect(styles).toContain('w:styleId="Kop1"')
    expect(styles).toContain('Georgia')
    const documentXml = await part('word/document.xml')
    expect(documentXml).toContain('<w:pStyle w:val="Kop1"/>')
    expect(documentXml).not.toContain('<w:pStyle w:val="Heading1"/>')
    // The margins of the template's section.
    expect(documentXml).toMatch(/<w:pgMar [^>]*w:top="2268"/)
    // Word still reads the headings as headings (by the style's name "heading 1").
    const html = (await mammoth.convertToHtml({ buffer: bytes })).value.replace(/<a id="_Toc\d+"><\/a>/g, '')
    expect(html).toContain('<h1>Hoofdstuk 1. Algemene bepalingen</h1>')
    expect(html).toContain('<h2>Artikel 1.1. Doel van deze verordening</h2>')

    // The header and footer the section refers to are the template's, with its logo.
    const rels = await part('word/_rels/document.xml.rels')
    const sectPr = documentXml.slice(documentXml.lastIndexOf('<w:sectPr'))
    const headerId = /<w:headerReference w:type="default" r:id="([^"]+)"/.exec(sectPr)?.[1]
    const footerId = /<w:footerReference w:type="default" r:id="([^"]+)"/.exec(sectPr)?.[1]
    const target = (id: string | undefined) => new RegExp(`<Relationship Id="${id}" [^>]*Target="([^"]+)"`).exec(rels)?.[1]
    expect(await part(`word/${target(headerId)}`)).toContain('Sjabloonkop gemeente Testdorp')
    expect(await part(`word/${target(footerId)}`)).toContain('Sjabloonvoet gemeente Testdorp')
    const headerRels = await part(`word/_rels/${target(headerId)}.rels`)
    const image = /Target="(media\/[^"]+)"/.exec(headerRels)?.[1]
    expect(image).toBeDefined()
    expect(Buffer.from(await zip.file(`word/${image}`)!.async('uint8array')).equals(logo)).toBe(true)
    const types = await part('[Content_Types].xml')
    expect(types).toContain('wordprocessingml.document.main+xml')
    expect(types).toMatch(/Extension="png"/)
    // Still this toolchain's file: the next export may replace it.
    expect(await part('docProps/custom.xml')).toContain('omgekeerde verordening')
  }, 120_000)

  it('refuses what is no Word template, in Dutch, and leaves the previous export as it was', async () => {
    const file = path.join(dir, 'vorige.docx')
    expect((await verordening(['export', 'docx', 'verordening', '--uit', file])).code).toBe(0)
    const before = await readFile(file)
    const tekst = path.join(dir, 'kapot.dotx')
    await writeFile(tekst, 'Dit is geen sjabloon.')
    const excel = path.join(dir, 'tabel.dotx')
    const xlsx = new JSZip()
    xlsx.file(
      '[Content_Types].xml',
      '<Types><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
    )
    await writeFile(excel, await xlsx.generateAsync({ type: 'nodebuffer' }))
    const cases: [string, string][] = [
      [
        tekst,
        `✖ Het sjabloon \`${tekst}\` is geen Word-bestand (geen .dotx of .docx); sla het sjabloon in Word op als Word-sjabloon (*.dotx) en geef dat bestand met --sjabloon (er is niets geschreven en een eerder bestand is ongewijzigd)`,
      ],
      [
        excel,
        `✖ Het sjabloon \`${excel}\` is geen Word-document maar een ander Office-bestand (Excel of PowerPoint?); sla het sjabloon in Word op als Word-sjabloon (*.dotx) en geef dat bestand met --sjabloon (er is niets geschreven en een eerder bestand is ongewijzigd)`,
      ],
      [
        path.join(dir, 'weg.dotx'),
        `✖ Het sjabloon \`${path.join(dir, 'weg.dotx')}\` bestaat niet; geef met --sjabloon het Word-sjabloon (.dotx) van uw gemeente (er is niets geschreven en een eerder bestand is ongewijzigd)`,
      ],
    ]
    for (const [template, message] of cases) {
      const outcome = await verordening(['export', 'docx', 'verordening', '--sjabloon', template, '--uit', file])
      expect(outcome.code, template).toBe(1)
      expect(outcome.stderr).toContain(message)
      expect((await readFile(file)).equals(before), template).toBe(true)
    }
    const pdf = await verordening(['export', 'pdf', 'verordening', '--sjabloon', sjabloon, '--uit', path.join(dir, 'x.pdf')])
    expect(pdf.code).toBe(1)
    expect(pdf.stderr).toBe('De optie --sjabloon hoort alleen bij `export docx`: het Word-sjabloon (.dotx) van uw gemeente.\n')
  }, 120_000)
})
