// A Word document (.docx): mammoth turns it into HTML (headings from Word's
// heading styles, paragraphs, lists, tables), and each block becomes one line
// of plain text for the text importer. Word's own list numbering is not in the
// text: mammoth gives <ol>, so an item gets its number (1., 2. …) from its
// place, and an item of a list inside a list its letter (a., b. …).

import type { Element, ElementContent, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import mammoth from 'mammoth'
import { failure, type Result, succeed } from '../messages/result.ts'
import { type BronDocument, markdownTabelRijen } from './bron.ts'
import { parseTekst } from './tekst.ts'
import { tooDeepMessage, xmlProblemAt } from './xml-depth.ts'
import { unzipLimited } from './zip.ts'

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
          walk(
            item.children.filter((child): child is Element => child.type === 'element' && (child.tagName === 'ol' || child.tagName === 'ul')),
            depth + 1,
          )
        }
      } else if (tag === 'table') {
        // The first row is the header: Word marks no header rows that mammoth passes on.
        lines.push(
          ...markdownTabelRijen(
            findAll(node, 'tr').map((row) =>
              row.children
                .filter((cell): cell is Element => cell.type === 'element' && (cell.tagName === 'td' || cell.tagName === 'th'))
                .map((cell) => text(cell)),
            ),
            1,
          ),
        )
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

/**
 * The unpacked entries as mammoth reads a docx: `exists` and `read` are the
 * whole of what mammoth.convertToHtml asks of its zip (mammoth's lib/zipfile.js),
 * and its `openZip` takes such an object as `file`. That input is not in
 * mammoth's type definitions, so the version is pinned and the Word import
 * tests fail loudly if it ever changes.
 */
function docxFile(entries: ReadonlyMap<string, Uint8Array>) {
  return {
    exists: (name: string) => entries.has(name),
    read: async (name: string, encoding?: string): Promise<string | Uint8Array> => {
      const data = entries.get(name)
      if (!data) throw new Error(`${name} ontbreekt`)
      if (encoding === 'base64') return Buffer.from(data).toString('base64')
      return encoding ? new TextDecoder(encoding).decode(data) : data
    },
  }
}

export async function parseDocx(bytes: Uint8Array): Promise<Result<BronDocument>> {
  if (!isZip(bytes))
    return failure(
      'Dit is geen Word-bestand (.docx): het begint niet als een zip-bestand, verwacht een document dat Word als .docx heeft opgeslagen (geen .doc, geen pdf)',
    )
  const unzipped = await unzipLimited(bytes)
  if (!unzipped.ok) return unzipped
  const entries = unzipped.value
  // Mammoth's XML reader recurses per element; a part nested deeper than any document is refused first (xml-depth.ts).
  // A part that is no XML at all (found by the fuzzer: binary bytes as word/numbering.xml) mammoth did not refuse,
  // it failed later on an element that was not there ("Cannot read properties of null").
  for (const [name, data] of entries) {
    if (!/\.(xml|rels)$/i.test(name)) continue
    const problem = xmlProblemAt(new TextDecoder().decode(data))
    if (problem?.kind === 'te-diep')
      return failure(
        `Het onderdeel ${name} van het Word-bestand heeft op regel ${problem.line}, kolom ${problem.column} ${tooDeepMessage('een gewoon document')}`,
      )
    if (problem?.kind === 'ongeldig')
      return failure(
        `Het onderdeel ${name} van het Word-bestand is geen geldige XML (regel ${problem.line}, kolom ${problem.column}: ${problem.reason}), verwacht een .docx die Word kan openen: het bestand is beschadigd`,
      )
  }
  let html: string
  try {
    // Images are not read at all: the importer takes text only, and mammoth would put each one in the HTML as base64.
    const options = { convertImage: mammoth.images.imgElement(async () => ({ src: '' })) }
    // `file` is mammoth's input for an opened zip (see docxFile); its types know only `path` and `buffer`.
    const input = { file: docxFile(entries) } as unknown as { buffer: Buffer }
    html = (await mammoth.convertToHtml(input, options)).value
  } catch (error) {
    return failure(
      `Het Word-bestand kan niet worden gelezen (${error instanceof Error ? error.message : String(error)}), verwacht een .docx die Word kan openen`,
    )
  }
  return succeed(parseTekst(htmlToLines(html).join('\n')))
}
