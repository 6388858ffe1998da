// The mark of this toolchain in an output file (src/export/output-marker.ts),
// read from files that are not ours, broken or hostile: each answers "not
// ours" (so the file is left alone) without reading more than a few small
// pieces, never with an exception. The real exports carry the mark
// (stop.test.ts, docx.test.ts, pdf.test.ts, vergelijk-cli.test.ts); here are
// the files around them. And: a written file that its check refuses never
// replaces the previous one.
import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
// mammoth's own zip writer (a dependency of mammoth), to make zip files that are not ours.
import JSZip from 'jszip'
import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resolveOutputFile, writeAtomically } from '../../src/export/output-file.ts'
import { docxMarker, hasMarker, markdownMarker, pdfMarker, stopMarker } from '../../src/export/output-marker.ts'
import { readPdfProducer } from '../../src/export/pdf-info.ts'
import { wellFormed } from '../../src/export/xml.ts'
import { readZipEntry } from '../../src/export/zip-entry.ts'
import { failure, succeed } from '../../src/messages/result.ts'

let dir: string

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'output-file-'))
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const target = path.join(dir, name)
  await writeFile(target, content)
  return target
}

/** A file of `size` bytes that starts with `head`: sparse, so it takes no room on disk. */
async function huge(name: string, head: string | Uint8Array, size = 4 * 1024 ** 3): Promise<string> {
  const target = await file(name, head)
  await truncate(target, size)
  return target
}

const customXml = (name: string, value: string, padding = '') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${padding}<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="${name}"><vt:lpwstr>${value}</vt:lpwstr></property></Properties>`

async function zip(entries: Record<string, string>): Promise<Uint8Array> {
  const archive = new JSZip()
  for (const [name, content] of Object.entries(entries)) archive.file(name, content)
  return archive.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}

async function pdf(info: { producer?: string; title?: string }, objectStreams = false): Promise<Uint8Array> {
  const document = await PDFDocument.create({ updateMetadata: false })
  document.addPage()
  if (info.title !== undefined) document.setTitle(info.title)
  if (info.producer !== undefined) document.setProducer(info.producer)
  return document.save({ useObjectStreams: objectStreams })
}

describe('the mark in a Word file (docProps/custom.xml)', () => {
  it('is found in a zip with the property, and not in an .xlsx, in another property or in another value', async () => {
    const ours = await file(
      'ons.docx',
      await zip({
        '[Content_Types].xml': '<Types/>',
        'word/document.xml': '<w:document/>',
        'docProps/custom.xml': customXml(docxMarker.name, docxMarker.value),
      }),
    )
    expect(await hasMarker(ours, 'docx')).toBe(true)
    const others = {
      'rekenblad.xlsx': { 'xl/workbook.xml': '<workbook/>', 'docProps/app.xml': '<Properties><Application>Microsoft Excel</Application></Properties>' },
      'andere-eigenschap.docx': { 'docProps/custom.xml': customXml('Afdeling', docxMarker.value) },
      'andere-waarde.docx': { 'docProps/custom.xml': customXml(docxMarker.name, 'Microsoft Word') },
      'geen-xml.docx': { 'docProps/custom.xml': '<property name="Gemaakt met">omgekeerde verordening' },
    }
    for (const [name, entries] of Object.entries(others)) expect(await hasMarker(await file(name, await zip(entries)), 'docx'), name).toBe(false)
    // The mark of another kind is not the mark of this one.
    expect(await hasMarker(ours, 'pdf')).toBe(false)
    expect(await hasMarker(ours, 'stop')).toBe(false)
  })

  it('is not read from a truncated zip, a huge file, an entry that inflates beyond the limit, or past the limit of directory records', async () => {
    const bytes = await zip({ 'word/document.xml': '<w:document/>', 'docProps/custom.xml': customXml(docxMarker.name, docxMarker.value) })
    expect(await hasMarker(await file('afgebroken.docx', bytes.subarray(0, bytes.length - 30)), 'docx')).toBe(false)
    expect(await hasMarker(await file('half.docx', bytes.subarray(0, bytes.length / 2)), 'docx')).toBe(false)
    expect(await hasMarker(await huge('groot.docx', bytes.subarray(0, 200)), 'docx')).toBe(false)
    // 10 MB of spaces compress to a few KB: the declared size is over the limit, so nothing is inflated.
    const bomb = await file('bom.docx', await zip({ 'docProps/custom.xml': customXml(docxMarker.name, docxMarker.value, ' '.repeat(10 * 1024 * 1024)) }))
    expect((await readFile(bomb)).length).toBeLessThan(100_000)
    expect(await hasMarker(bomb, 'docx')).toBe(false)
    const crowded = await file(
      'vol.docx',
      await zip({
        ...Object.fromEntries(Array.from({ length: 10 }, (_, index) => [`deel-${index}.xml`, '<x/>'])),
        'docProps/custom.xml': customXml(docxMarker.name, docxMarker.value),
      }),
    )
    expect(await readZipEntry(crowded, 'docProps/custom.xml', { maxEntries: 5, maxBytes: 64 * 1024 })).toBeNull()
    expect(await readZipEntry(crowded, 'docProps/custom.xml', { maxEntries: 20, maxBytes: 64 * 1024 })).not.toBeNull()
  })
})

describe('the mark in a PDF (Producer)', () => {
  it('is found through the trailer and the cross-reference table, and not in a Producer of someone else or in a title that looks like one', async () => {
    expect(await readPdfProducer(await file('ons.pdf', await pdf({ producer: pdfMarker.producer, title: 'Verordening (concept)' })))).toBe(pdfMarker.producer)
    expect(await hasMarker(path.join(dir, 'ons.pdf'), 'pdf')).toBe(true)
    expect(await hasMarker(await file('brief.pdf', await pdf({ producer: 'Microsoft® Word voor Microsoft 365' })), 'pdf')).toBe(false)
    expect(await hasMarker(await file('titel.pdf', await pdf({ producer: 'LibreOffice', title: `/Producer (${pdfMarker.producer})` })), 'pdf')).toBe(false)
    expect(await hasMarker(await file('zonder-info.pdf', await pdf({})), 'pdf')).toBe(false)
    // Saved again by a program that packs its objects (a cross-reference stream): no longer recognised, so left alone.
    expect(await hasMarker(await file('ingepakt.pdf', await pdf({ producer: pdfMarker.producer }, true)), 'pdf')).toBe(false)
  })

  it('is not read from a truncated PDF, a huge file or garbage that points far away', async () => {
    const bytes = await pdf({ producer: pdfMarker.producer })
    expect(await hasMarker(await file('afgebroken.pdf', bytes.subarray(0, bytes.length - 10)), 'pdf')).toBe(false)
    expect(await hasMarker(await file('half.pdf', bytes.subarray(0, bytes.length / 2)), 'pdf')).toBe(false)
    expect(await hasMarker(await huge('groot.pdf', '%PDF-1.7\n'), 'pdf')).toBe(false)
    const garbage = `%PDF-1.4\n${'x'.repeat(5000)}\ntrailer\n<< /Info 999999999 0 R >>\nstartxref\n123456789012345\n%%EOF\n`
    expect(await hasMarker(await file('onzin.pdf', garbage), 'pdf')).toBe(false)
    // A cross-reference table that claims a billion entries per subsection: skipped past the end of the file, not read.
    const object = `%PDF-1.4\n1 0 obj\n<< /Producer (${pdfMarker.producer}) >>\nendobj\n`
    const lying = `${object}xref\n0 999999999\n0000000000 65535 f \ntrailer\n<< /Info 1000000000 0 R >>\nstartxref\n${object.length}\n%%EOF\n`
    expect(await hasMarker(await file('liegt.pdf', lying), 'pdf')).toBe(false)
  })
})

describe('the mark in STOP-XML and in the draft wijzigingsverordening (the first bytes)', () => {
  it('is the comment right after the declaration, or the first line, and nothing else', async () => {
    const stop = `<?xml version="1.0" encoding="UTF-8"?>\n<!--${stopMarker}-->\n<RegelingCompact/>\n`
    expect(await hasMarker(await file('ons.xml', stop), 'stop')).toBe(true)
    expect(await hasMarker(await file('settings.xml', '<?xml version="1.0"?>\n<settings/>\n'), 'stop')).toBe(false)
    expect(await hasMarker(await file('later.xml', `<?xml version="1.0"?>\n<settings/>\n<!--${stopMarker}-->\n`), 'stop')).toBe(false)
    expect(await hasMarker(await file('ons.md', `${markdownMarker}\n\n# Ontwerp\n`), 'ontwerp')).toBe(true)
    expect(await hasMarker(await file('package.json', '{\n  "name": "iets"\n}\n'), 'ontwerp')).toBe(false)
    expect(await hasMarker(await file('tweede-regel.md', `# Mijn notities\n${markdownMarker}\n`), 'ontwerp')).toBe(false)
    expect(await hasMarker(path.join(dir, 'ons.xml'), 'ontwerp')).toBe(false)
  })

  it('reads only the first bytes of a huge file', async () => {
    expect(await hasMarker(await huge('groot.xml', `<?xml version="1.0"?>\n<!--${stopMarker}-->\n`), 'stop')).toBe(true)
    expect(await hasMarker(await huge('groot-ander.xml', '<?xml version="1.0"?>\n<data>'), 'stop')).toBe(false)
    expect(await hasMarker(await huge('groot.md', '# Notities\n'), 'ontwerp')).toBe(false)
  })
})

describe('writing the output file', () => {
  it('leaves the previous file as it was when the check of what was written refuses it, and no temporary file', async () => {
    const folder = await mkdtemp(path.join(dir, 'schrijf-'))
    const target = path.join(folder, 'verordening.xml')
    const previous = `<?xml version="1.0" encoding="UTF-8"?>\n<!--${stopMarker}-->\n<RegelingCompact/>\n`
    await writeFile(target, previous)
    const resolved = await resolveOutputFile(path.join(dir, 'bron'), target, 'stop')
    if (!resolved.ok) throw new Error(resolved.message)
    const verify = (written: Buffer) => {
      const problem = wellFormed(written.toString('utf8'))
      return problem ? failure(`Geen XML: ${problem}`) : succeed(undefined)
    }
    const refused = await writeAtomically(resolved.value, '<a>x]]>y</a>', verify)
    expect(refused).toEqual(failure('Geen XML: regel 1, kolom 5: Element content may not contain the CDATA section close delimiter `]]>`'))
    expect(await readFile(target, 'utf8')).toBe(previous)
    expect(await readdir(folder)).toEqual(['verordening.xml'])
    expect(await writeAtomically(resolved.value, '<a>x]]&gt;y</a>', verify)).toEqual(succeed(undefined))
    expect(await readFile(target, 'utf8')).toBe('<a>x]]&gt;y</a>')
  })

  it('refuses a file that is not its own, before anything is written', async () => {
    const notes = await file('notities.md', 'mijn notities\n')
    const resolved = await resolveOutputFile(path.join(dir, 'bron'), notes, 'ontwerp')
    expect(resolved).toEqual({
      ok: false,
      message: `Het bestand \`${notes}\` bestaat al, maar deze toolchain heeft het niet als ontwerp-wijzigingsverordening geschreven (de eerste regel “<!-- Gemaakt met omgekeerde verordening … -->” ontbreekt); \`verordening vergelijk --uit\` overschrijft alleen een eigen bestand. Kies met --uit een ander bestand, of verwijder dit bestand zelf als u het niet meer nodig hebt. Schreef een oudere versie van deze toolchain dit bestand (nog zonder kenmerk), verwijder het dan één keer; daarna vervangt de opdracht het zelf.`,
    })
    expect(await readFile(notes, 'utf8')).toBe('mijn notities\n')
  })
})
