// `export docx --sjabloon <bestand.dotx>`: the gemeente's own Word template
// gives the document its styles, header and footer (and page size and
// margins, which the header and footer are placed in). The template is read
// part by part with the limits of zip-entry.ts (never unpacked whole); the
// document is the one docx.ts made, with the template's parts put in.
//
// Word names the styles of a template in the language of the Word that made
// it ("Kop1" in a Dutch Word, "Heading1" in an English one); only the name
// ("heading 1") is the same everywhere. So a style of the document is matched
// to the template's by name, and the paragraphs are given the template's id;
// a style the template lacks is added to it.
import { stat } from 'node:fs/promises'
import path from 'node:path'
import JSZip from 'jszip'
import { failure, type Result, succeed } from '../messages/result.ts'
import { readZipEntry } from './zip-entry.ts'

/** A template is a few hundred KB; its parts are read one by one, each at most this large. */
const limits = { maxEntries: 5000, maxBytes: 16 * 1024 * 1024 }
const maxTemplateBytes = 64 * 1024 * 1024

const relationshipTypes = {
  header: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/header',
  footer: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer',
} as const
const contentTypes = {
  header: 'application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml',
  footer: 'application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml',
} as const

type Kind = keyof typeof relationshipTypes

interface TemplatePart {
  kind: Kind
  /** default, first or even */
  type: string
  xml: string
  /** The part's own relationships, with the media targets already renamed. */
  rels: string | null
}

export interface Sjabloon {
  styles: string
  parts: TemplatePart[]
  /** The media the header and footer show, under their new names in word/. */
  media: Map<string, Buffer>
  /** `<Default Extension=… ContentType=…/>` of the template, for the media's extensions. */
  defaults: Map<string, string>
  pgSz: string | null
  pgMar: string | null
}

function attribute(element: string, name: string): string | undefined {
  return new RegExp(`\\s${name.replace(':', '\\:')}="([^"]*)"`).exec(element)?.[1]
}

function relationships(xml: string): { id: string; type: string; target: string; external: boolean }[] {
  return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map((match) => ({
    id: attribute(match[0], 'Id') ?? '',
    type: attribute(match[0], 'Type') ?? '',
    target: attribute(match[0], 'Target') ?? '',
    external: attribute(match[0], 'TargetMode') === 'External',
  }))
}

/** A part named relative to word/ (or absolute from the package root), or null when it would leave the package. */
function partName(target: string): string | null {
  const joined = target.startsWith('/') ? target.slice(1) : path.posix.join('word', target)
  const normal = path.posix.normalize(joined)
  return normal.startsWith('../') || normal.startsWith('/') || normal === '..' ? null : normal
}

/** The last section's properties: the header and footer of the document's end, as Word shows them. */
function lastSectPr(documentXml: string): string {
  const start = documentXml.lastIndexOf('<w:sectPr')
  if (start === -1) return ''
  const end = documentXml.indexOf('</w:sectPr>', start)
  return end === -1 ? documentXml.slice(start) : documentXml.slice(start, end + '</w:sectPr>'.length)
}

/** Reads the template, or says in Dutch why it cannot be used (nothing is written then). */
export async function readSjabloon(file: string): Promise<Result<Sjabloon>> {
  const shown = `\`${file}\``
  const advice = 'sla het sjabloon in Word op als Word-sjabloon (*.dotx) en geef dat bestand met --sjabloon'
  const info = await stat(file).catch(() => null)
  if (!info) return failure(`Het sjabloon ${shown} bestaat niet; geef met --sjabloon het Word-sjabloon (.dotx) van uw gemeente`)
  if (!info.isFile()) return failure(`Het sjabloon ${shown} is geen bestand maar een map; ${advice}`)
  if (info.size > maxTemplateBytes) return failure(`Het sjabloon ${shown} is groter dan 64 MB en is dus geen gewoon Word-sjabloon; ${advice}`)
  const types = (await readZipEntry(file, '[Content_Types].xml', limits))?.toString('utf8')
  if (!types) return failure(`Het sjabloon ${shown} is geen Word-bestand (geen .dotx of .docx); ${advice}`)
  if (!/wordprocessingml\.(template|document)\.main\+xml/.test(types))
    return failure(`Het sjabloon ${shown} is geen Word-document maar een ander Office-bestand (Excel of PowerPoint?); ${advice}`)
  const styles = (await readZipEntry(file, 'word/styles.xml', limits))?.toString('utf8')
  if (!styles?.includes('<w:styles')) return failure(`Het sjabloon ${shown} heeft geen opmaakprofielen (word/styles.xml ontbreekt of is onleesbaar); ${advice}`)

  const documentXml = (await readZipEntry(file, 'word/document.xml', limits))?.toString('utf8') ?? ''
  const documentRels = relationships((await readZipEntry(file, 'word/_rels/document.xml.rels', limits))?.toString('utf8') ?? '')
  const sectPr = lastSectPr(documentXml)
  const parts: TemplatePart[] = []
  const media = new Map<string, Buffer>()
  for (const reference of sectPr.match(/<w:(?:header|footer)Reference\b[^>]*>/g) ?? []) {
    const kind: Kind = reference.startsWith('<w:header') ? 'header' : 'footer'
    const relation = documentRels.find((entry) => entry.id === attribute(reference, 'r:id') && !entry.external)
    const name = relation ? partName(relation.target) : null
    const xml = name ? (await readZipEntry(file, name, limits))?.toString('utf8') : undefined
    if (!name || !xml) return failure(`Het sjabloon ${shown} noemt een ${kind === 'header' ? 'koptekst' : 'voettekst'} die er niet in zit; ${advice}`)
    const index = parts.length + 1
    let rels = (await readZipEntry(file, `${path.posix.dirname(name)}/_rels/${path.posix.basename(name)}.rels`, limits))?.toString('utf8') ?? null
    // The pictures of a header (a logo): copied under a name of their own, the relationship renamed with them.
    for (const entry of rels ? relationships(rels) : []) {
      if (entry.external || !entry.type.endsWith('/image')) continue
      const source = partName(entry.target)
      const bytes = source ? await readZipEntry(file, source, limits) : null
      if (!source || !bytes) return failure(`Het sjabloon ${shown} mist een afbeelding uit de kop- of voettekst (${entry.target}); ${advice}`)
      const renamed = `media/sjabloon-${index}-${path.posix.basename(source)}`
      media.set(`word/${renamed}`, bytes)
      rels = rels!.replace(`Target="${entry.target}"`, `Target="${renamed}"`)
    }
    parts.push({ kind, type: attribute(reference, 'w:type') ?? 'default', xml, rels })
  }
  const defaults = new Map<string, string>()
  for (const match of types.matchAll(/<Default\b[^>]*>/g)) {
    const extension = attribute(match[0], 'Extension')?.toLowerCase()
    if (extension) defaults.set(extension, match[0])
  }
  return succeed({ styles, parts, media, defaults, pgSz: /<w:pgSz\b[^>]*\/>/.exec(sectPr)?.[0] ?? null, pgMar: /<w:pgMar\b[^>]*\/>/.exec(sectPr)?.[0] ?? null })
}

interface Style {
  id: string
  name: string
  xml: string
}

function styles(xml: string): Style[] {
  return [...xml.matchAll(/<w:style\b[^>]*>[\s\S]*?<\/w:style>/g)].map((match) => ({
    id: attribute(match[0].slice(0, match[0].indexOf('>') + 1), 'w:styleId') ?? '',
    name: (/<w:name w:val="([^"]*)"/.exec(match[0])?.[1] ?? '').toLowerCase(),
    xml: match[0],
  }))
}

/** The template's styles with the document's styles it lacks added, and how the document's style ids map onto the template's. */
function mergeStyles(template: string, own: string): { xml: string; ids: Map<string, string> } {
  const theirs = styles(template)
  const ids = new Map<string, string>()
  const added: string[] = []
  for (const style of styles(own)) {
    const match = theirs.find((candidate) => candidate.name === style.name && style.name !== '') ?? theirs.find((candidate) => candidate.id === style.id)
    if (match) ids.set(style.id, match.id)
    else added.push(style.xml)
  }
  const close = template.lastIndexOf('</w:styles>')
  return { xml: close === -1 ? template : `${template.slice(0, close)}${added.join('')}${template.slice(close)}`, ids }
}

/** The document docx.ts made, with the template's styles, header, footer, page size and margins. */
export async function applySjabloon(docx: Uint8Array, sjabloon: Sjabloon): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(docx)
  const read = async (name: string): Promise<string> => {
    const entry = zip.file(name)
    if (!entry) throw new Error(`deel ${name} ontbreekt in het Word-bestand van docx`)
    return entry.async('string')
  }
  const merged = mergeStyles(sjabloon.styles, await read('word/styles.xml'))
  zip.file('word/styles.xml', merged.xml)
  let documentXml = (await read('word/document.xml')).replace(/(<w:[pr]Style w:val=")([^"]*)(")/g, (whole, open: string, id: string, close: string) => {
    const mapped = merged.ids.get(id)
    return mapped === undefined ? whole : `${open}${mapped}${close}`
  })

  let rels = await read('word/_rels/document.xml.rels')
  let types = await read('[Content_Types].xml')
  const references: string[] = []
  sjabloon.parts.forEach((part, index) => {
    const name = `sjabloon-${part.kind}${index + 1}.xml`
    const id = `rIdSjabloon${index + 1}`
    zip.file(`word/${name}`, part.xml)
    if (part.rels) zip.file(`word/_rels/${name}.rels`, part.rels)
    rels = rels.replace('</Relationships>', `<Relationship Id="${id}" Type="${relationshipTypes[part.kind]}" Target="${name}"/></Relationships>`)
    types = types.replace('</Types>', `<Override PartName="/word/${name}" ContentType="${contentTypes[part.kind]}"/></Types>`)
    references.push(`<w:${part.kind}Reference w:type="${part.type}" r:id="${id}"/>`)
  })
  for (const [name, bytes] of sjabloon.media) {
    zip.file(name, bytes)
    const extension = path.posix.extname(name).slice(1).toLowerCase()
    const declared = sjabloon.defaults.get(extension)
    if (declared && !new RegExp(`Extension="${extension}"`, 'i').test(types)) types = types.replace('</Types>', `${declared}</Types>`)
  }
  zip.file('word/_rels/document.xml.rels', rels)
  zip.file('[Content_Types].xml', types)

  // The last section: the template's header and footer in place of the document's own (a kind the
  // template lacks keeps the document's), and the template's page size and margins.
  const sectPr = lastSectPr(documentXml)
  const kinds = new Set(sjabloon.parts.map((part) => part.kind))
  let section = sectPr.replace(/<w:(header|footer)Reference\b[^>]*\/>/g, (whole, kind: Kind) => (kinds.has(kind) ? '' : whole))
  section = section.replace(/^<w:sectPr\b[^>]*>/, (open) => `${open}${references.join('')}`)
  if (sjabloon.pgSz) section = section.replace(/<w:pgSz\b[^>]*\/>/, sjabloon.pgSz)
  if (sjabloon.pgMar) section = section.replace(/<w:pgMar\b[^>]*\/>/, sjabloon.pgMar)
  if (sjabloon.parts.some((part) => part.type === 'first') && !section.includes('<w:titlePg')) {
    const before = /<w:(?:textDirection|bidi|rtlGutter|docGrid|printerSettings)\b|<\/w:sectPr>/.exec(section)
    if (before) section = `${section.slice(0, before.index)}<w:titlePg/>${section.slice(before.index)}`
  }
  documentXml = documentXml.replace(sectPr, () => section)
  zip.file('word/document.xml', documentXml)
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}
