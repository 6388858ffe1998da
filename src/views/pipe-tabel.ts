// A Markdown table in the text of an artikel, shown as a table on the site.
// The parser knows no table syntax (no GFM), so a table reaches the view as a
// paragraph whose lines are the rows: `| alleenstaande | € 350 |`, with a row
// of dashes under the header (written by hand, or by `importeer` from a CVDR
// or Word table). Such a paragraph becomes <table>; the content of each cell
// keeps its inline nodes (a :begrip, a reference), rendered as everywhere else.
// Any other paragraph, also one with a stray `|`, is left as it is.
import type { Element, ElementContent } from 'hast'
import type { Paragraph, PhrasingContent } from 'mdast'
import type { State } from 'mdast-util-to-hast'

type Row = PhrasingContent[][]

const delimiterCell = /^\s*:?-+:?\s*$/

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

const cellText = (cell: PhrasingContent[]) => cell.map((node) => (node.type === 'text' ? node.value : '')).join('')

/** The paragraph as a table, or undefined when it is no Markdown table. */
export function pipeTabel(state: State, paragraph: Paragraph): Element | undefined {
  if (!paragraph.children.some((child) => child.type === 'text' && child.value.includes('|'))) return undefined
  const rows = rowsOf(paragraph)
  if (!rows || rows.length < 3) return undefined
  const [kop, delimiter, ...body] = rows as [Row, Row, ...Row[]]
  const columns = kop.length
  if (delimiter.length !== columns || !delimiter.every((cell) => cell.every((node) => node.type === 'text') && delimiterCell.test(cellText(cell))))
    return undefined
  const content = (cell: PhrasingContent[] | undefined): ElementContent[] => state.all({ type: 'paragraph', children: trim(cell ?? []) }) as ElementContent[]
  const element = (tagName: string, className: string, children: ElementContent[], properties: Element['properties'] = {}): Element => ({
    type: 'element',
    tagName,
    properties: { className: [className], ...properties },
    children,
  })
  const row = (cells: Row, header: boolean) =>
    element(
      'tr',
      'utrecht-table__row',
      Array.from({ length: columns }, (_, index) =>
        header
          ? element('th', 'utrecht-table__header-cell', content(cells[index]), { scope: 'col' })
          : element('td', 'utrecht-table__cell', content(cells[index])),
      ),
    )
  const table = element('table', 'utrecht-table', [
    element('thead', 'utrecht-table__header', [row(kop, true)]),
    element(
      'tbody',
      'utrecht-table__body',
      body.map((cells) => row(cells, false)),
    ),
  ])
  const wrapper = element('div', 'tekst-tabel', [table], {
    role: 'region',
    tabIndex: 0,
    ariaLabel: `Tabel: ${
      kop
        .map((cell) => cellText(cell).trim())
        .filter(Boolean)
        .join(', ') || 'zonder kop'
    }`,
  })
  state.patch(paragraph, wrapper)
  return wrapper
}

/** The spaces around the content of a cell (`| € 350 |`) are no part of it. */
function trim(cell: PhrasingContent[]): PhrasingContent[] {
  const nodes = cell.map((node) => ({ ...node }))
  const first = nodes[0]
  if (first?.type === 'text') first.value = first.value.trimStart()
  const last = nodes.at(-1)
  if (last?.type === 'text') last.value = last.value.trimEnd()
  return nodes.filter((node) => node.type !== 'text' || node.value !== '')
}
