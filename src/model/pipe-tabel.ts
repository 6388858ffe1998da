// A Markdown table in the text of an artikel: the one reading of it that the
// site, Word and STOP share. The parser knows no table syntax (no GFM), so a
// table reaches us as a paragraph whose lines are the rows:
// `| alleenstaande | € 350 |`, with a row of dashes under the header (written
// by hand, or by `importeer` from a CVDR or Word table). Each cell keeps its
// inline nodes (a :begrip, a reference, emphasis), so every output renders a
// cell as it renders any other text. A paragraph that is no table (also one
// with a stray `|`) gives null and stays a paragraph everywhere.
//
// The comparison across gemeenten reads the same syntax from the plain text of
// a lid, where the line ends are gone (src/compare/gemeenten/tabellen.ts); it
// shares `delimiterCell` with this module.
import type { Paragraph, PhrasingContent } from 'mdast'

/** The content of one cell, spaces around it removed. */
export type Cel = PhrasingContent[]

export interface PipeTabel {
  /** The header cells. */
  kop: Cel[]
  /** The rows, each exactly as many cells as the header (a missing cell is empty, an extra one is dropped). */
  rijen: Cel[][]
}

/** What stands in a cell of the row under the header: dashes, with a colon for the alignment on either side. */
export const dashes = ':?-+:?'

const delimiterCell = new RegExp(`^\\s*${dashes}\\s*$`)

type Row = PhrasingContent[][]

/** The paragraph as a table, or null when it is no Markdown table. */
export function pipeTabel(paragraph: Paragraph): PipeTabel | null {
  if (!paragraph.children.some((child) => child.type === 'text' && child.value.includes('|'))) return null
  const rows = rowsOf(paragraph)
  if (!rows || rows.length < 3) return null
  const [kop, delimiter, ...body] = rows as [Row, Row, ...Row[]]
  const columns = kop.length
  if (delimiter.length !== columns || !delimiter.every((cell) => cell.every((node) => node.type === 'text') && delimiterCell.test(celTekst(cell)))) return null
  const toColumns = (cells: Row): Cel[] => Array.from({ length: columns }, (_, index) => trim(cells[index] ?? []))
  return { kop: toColumns(kop), rijen: body.map(toColumns) }
}

/** The plain text of a cell (only its text nodes), for a label or a width. */
export function celTekst(cel: readonly PhrasingContent[]): string {
  return cel.map((node) => (node.type === 'text' ? node.value : 'children' in node ? celTekst(node.children as PhrasingContent[]) : '')).join('')
}

/** The rows of a paragraph split at line ends and `|` inside its text; null when a line is no table row. */
function rowsOf(paragraph: Paragraph): Row[] | null {
  const rows: Row[] = []
  let cells: Row = [[]]
  const endRow = () => {
    rows.push(cells)
    cells = [[]]
  }
  for (const child of paragraph.children) {
    if (child.type !== 'text') {
      if (child.type === 'break') endRow()
      else cells.at(-1)!.push(child)
      continue
    }
    let buffer = ''
    const flush = () => {
      if (buffer !== '') cells.at(-1)!.push({ type: 'text', value: buffer })
      buffer = ''
    }
    for (const character of child.value) {
      if (character === '\n') {
        flush()
        endRow()
      } else if (character === '|') {
        flush()
        cells.push([])
      } else buffer += character
    }
    flush()
  }
  endRow()
  // Each line must begin and end with `|`: nothing but spaces before the first and after the last.
  const blank = (cell: PhrasingContent[]) => cell.every((node) => node.type === 'text' && node.value.trim() === '')
  const trimmed: Row[] = []
  for (const row of rows) {
    if (row.length < 3 || !blank(row[0]!) || !blank(row.at(-1)!)) return null
    trimmed.push(row.slice(1, -1))
  }
  return trimmed
}

/** The spaces around the content of a cell (`| € 350 |`) are no part of it. */
function trim(cell: PhrasingContent[]): Cel {
  const nodes = cell.map((node) => ({ ...node }))
  const first = nodes[0]
  if (first?.type === 'text') first.value = first.value.trimStart()
  const last = nodes.at(-1)
  if (last?.type === 'text') last.value = last.value.trimEnd()
  return nodes.filter((node) => node.type !== 'text' || node.value !== '')
}
