// A Word document (.docx): mammoth turns it into HTML (headings from Word's
// heading styles, paragraphs, lists, tables), and each block becomes one line
// of plain text for the text importer. Word's own list numbering is not in the
// text: mammoth gives <ol>, so an item gets its number (1., 2. …) from its
// place, and an item of a list inside a list its letter (a., b. …).
import mammoth from 'mammoth'
import { fromHtml } from 'hast-util-from-html'
import type { Element, ElementContent, Root } from 'hast'
import type { BronDocument } from './bron.ts'
import { ImportError } from './fout.ts'
import { parseTekst } from './tekst.ts'

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04

function text(node: ElementContent | Root): string {
  if (node.type === 'text') return node.value
  if (node.type !== 'element' && node.type !== 'root') return ''
  return node.children.map((child) => text(child as ElementContent)).join('')
}

/** The blocks of the HTML as lines, in order. */
export function htmlToLines(html: string): string[] {
  const lines: string[] = []
  const walk = (nodes: readonly ElementContent[], depth: number) => {
    for (const node of nodes) {
      if (node.type !== 'element') continue
      const tag = node.tagName
      if (/^h[1-6]$/.test(tag) || tag === 'p') {
        lines.push(text(node))
      } else if (tag === 'ol' || tag === 'ul') {
        let index = 0
        for (const item of node.children) {
          if (item.type !== 'element' || item.tagName !== 'li') continue
          const marker = tag === 'ul' ? '' : depth === 0 ? `${index + 1}. ` : `${String.fromCharCode(97 + (index % 26))}. `
          index++
          const own = item.children.filter((child) => !(child.type === 'element' && (child.tagName === 'ol' || child.tagName === 'ul')))
          lines.push(`${marker}${own.map((child) => text(child)).join('')}`)
          walk(item.children.filter((child): child is Element => child.type === 'element' && (child.tagName === 'ol' || child.tagName === 'ul')), depth + 1)
        }
      } else if (tag === 'table') {
        for (const row of findAll(node, 'tr')) lines.push(findAll(row, 'td').concat(findAll(row, 'th')).map((cell) => text(cell).trim()).join(' '))
      } else {
        walk(node.children, depth)
      }
    }
  }
  walk(fromHtml(html, { fragment: true }).children as ElementContent[], 0)
  return lines
}

function findAll(node: Element, tag: string): Element[] {
  return node.children.flatMap((child) => (child.type !== 'element' ? [] : child.tagName === tag ? [child] : findAll(child, tag)))
}

/** A .docx unpacks to a few megabytes; more than this is a zip bomb or not a verordening. */
export const maxUnpackedBytes = 100 * 1024 * 1024

/**
 * The sizes the zip's central directory declares, summed, before anything is
 * unpacked: a small .docx that would unpack to gigabytes is refused. (The
 * declared sizes are trusted; the 10 MB input limit bounds the rest.)
 */
export function declaredUnpackedSize(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // The end-of-central-directory record is in the last 22 + 65,535 bytes.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 65_535); at--) {
    if (view.getUint32(at, true) !== 0x06054b50) continue
    const entries = view.getUint16(at + 10, true)
    let offset = view.getUint32(at + 16, true)
    let total = 0
    for (let index = 0; index < entries; index++) {
      if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return undefined
      const size = view.getUint32(offset + 24, true)
      if (size === 0xffffffff) return Number.POSITIVE_INFINITY
      total += size
      offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true)
    }
    return total
  }
  return undefined
}

export async function parseDocx(bytes: Uint8Array): Promise<BronDocument> {
  if (!isZip(bytes)) throw new ImportError('Dit is geen Word-bestand (.docx): het begint niet als een zip-bestand, verwacht een document dat Word als .docx heeft opgeslagen (geen .doc, geen pdf)')
  const unpacked = declaredUnpackedSize(bytes)
  if (unpacked === undefined) throw new ImportError('Het Word-bestand is beschadigd (de inhoudsopgave van het zip-bestand ontbreekt), verwacht een .docx die Word kan openen')
  if (unpacked > maxUnpackedBytes) throw new ImportError(`Het Word-bestand pakt uit tot meer dan ${maxUnpackedBytes / 1024 / 1024} MB, verwacht een gewoon document: zo'n bestand (een “zip bomb”) wordt niet uitgepakt`)
  let html: string
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value
  } catch (error) {
    throw new ImportError(`Het Word-bestand kan niet worden gelezen (${error instanceof Error ? error.message : String(error)}), verwacht een .docx die Word kan openen`)
  }
  return parseTekst(htmlToLines(html).join('\n'))
}
