// The mark this toolchain leaves in every file it writes with --uit, and how
// to find it again. An existing file is only replaced when it carries the
// mark of the same kind (output-file.ts), as `build` only replaces a folder
// with `.verordening-site`: the first bytes of a file (`<?xml`, `PK`,
// `%PDF-`) say only what kind of file it is, not who wrote it, and a
// settings.xml, an .xlsx or someone's letter as PDF looked the same.
//
// Per format a mark that stays in the file and is cheap to read back:
//   STOP-XML  a comment right after the XML declaration (schemas ignore comments);
//   DOCX      a custom document property (docProps/custom.xml, kept by Word);
//   PDF       the Producer in the document information dictionary;
//   Markdown  an HTML comment as the first line (invisible when rendered).
// Reading is bounded: the first 4 KB of a text file, one small zip entry
// (zip-entry.ts), a few small pieces of a PDF (pdf-info.ts).
import { open } from 'node:fs/promises'
import type { Element, Nodes } from 'xast'
import { fromXml } from 'xast-util-from-xml'
import { readPdfProducer } from './pdf-info.ts'
import { readZipEntry } from './zip-entry.ts'

/** The kinds of file a command writes with --uit: the three exports and the draft wijzigingsverordening of `vergelijk`. */
export type OutputKind = 'stop' | 'docx' | 'pdf' | 'ontwerp'

const toolName = 'omgekeerde verordening'
const made = `Gemaakt met ${toolName}`

/** STOP: the text of the comment after the declaration (no hyphens: the serialiser escapes them in comments). */
export const stopMarker = ` ${made} (verordening export stop). Een volgende export vervangt dit bestand. `

/** DOCX: a custom document property (File > Properties in Word). */
export const docxMarker = { name: 'Gemaakt met', value: `${toolName} (verordening export docx)` } as const

/** PDF: Creator and Producer of the document information, instead of Chromium's user agent. */
export const pdfMarker = { creator: `${toolName} (verordening export pdf)`, producer: `${toolName} (verordening export pdf), afgedrukt door Chromium` } as const

/** Markdown: the first line of the draft wijzigingsverordening written by `vergelijk --uit`. */
export const markdownMarker = `<!-- ${made} (verordening vergelijk). Een volgende keer vervangt de opdracht dit bestand; laat deze regel staan. -->`

/** Where the mark is, in the words of the refusal. */
export const markerPlace: Record<OutputKind, string> = {
  stop: `de opmerking \u201C${made}\u201D na de XML-declaratie`,
  docx: `de documenteigenschap \u201C${docxMarker.name}: ${toolName}\u201D`,
  pdf: `de maker (Producer) \u201C${toolName}\u201D`,
  ontwerp: `de eerste regel \u201C<!-- ${made} \u2026 -->\u201D`,
}

const headBytes = 4096

/** Whether `file` (an existing regular file) carries the mark of `kind`. Never throws. */
export async function hasMarker(file: string, kind: OutputKind): Promise<boolean> {
  try {
    switch (kind) {
      case 'stop':
        return /^\uFEFF?\s*(?:<\?xml(?:[^?]|\?(?!>))*\?>\s*)?<!--\s*Gemaakt met omgekeerde verordening\b/.test(await readHead(file))
      case 'ontwerp':
        return (await readHead(file)).replace(/^\uFEFF/, '').startsWith(`<!-- ${made}`)
      case 'docx':
        return docxHasMarker(await readZipEntry(file, 'docProps/custom.xml'))
      case 'pdf':
        return (await readPdfProducer(file))?.startsWith(toolName) ?? false
    }
  } catch {
    return false
  }
}

async function readHead(file: string): Promise<string> {
  const handle = await open(file, 'r')
  try {
    const buffer = Buffer.alloc(headBytes)
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
    return buffer.subarray(0, bytesRead).toString('utf8')
  } finally {
    await handle.close()
  }
}

/** docProps/custom.xml: `<property name="Gemaakt met"><vt:lpwstr>omgekeerde verordening …</vt:lpwstr></property>`. */
function docxHasMarker(custom: Buffer | null): boolean {
  if (!custom) return false
  const tree = fromXml(custom.toString('utf8'))
  const properties: Element[] = []
  const walk = (node: Nodes) => {
    if (node.type === 'element' && node.name === 'property') properties.push(node)
    if ('children' in node) for (const child of node.children) walk(child)
  }
  walk(tree)
  return properties.some((property) => property.attributes.name === docxMarker.name && textOf(property).startsWith(toolName))
}

function textOf(node: Nodes): string {
  if (node.type === 'text') return node.value
  return 'children' in node ? node.children.map(textOf).join('') : ''
}
