// A Markdown table in the text of an artikel, shown as a table on the site.
// The table itself is read by src/model/pipe-tabel.ts (the same reading Word
// and STOP use); this view turns it into <table>, the content of each cell
// rendered as everywhere else (a :begrip, a reference). Any other paragraph,
// also one with a stray `|`, is left as it is.
import type { Element, ElementContent } from 'hast'
import type { Paragraph } from 'mdast'
import type { State } from 'mdast-util-to-hast'
import { type Cel, celTekst, pipeTabel as leesTabel } from '../model/pipe-tabel.ts'

/** The paragraph as a table, or undefined when it is no Markdown table. */
export function pipeTabel(state: State, paragraph: Paragraph): Element | undefined {
  const tabel = leesTabel(paragraph)
  if (!tabel) return undefined
  const content = (cell: Cel): ElementContent[] => state.all({ type: 'paragraph', children: cell }) as ElementContent[]
  const element = (tagName: string, className: string, children: ElementContent[], properties: Element['properties'] = {}): Element => ({
    type: 'element',
    tagName,
    properties: { className: [className], ...properties },
    children,
  })
  const row = (cells: Cel[], header: boolean) =>
    element(
      'tr',
      'utrecht-table__row',
      cells.map((cell) =>
        header ? element('th', 'utrecht-table__header-cell', content(cell), { scope: 'col' }) : element('td', 'utrecht-table__cell', content(cell)),
      ),
    )
  const table = element('table', 'utrecht-table', [
    element('thead', 'utrecht-table__header', [row(tabel.kop, true)]),
    element(
      'tbody',
      'utrecht-table__body',
      tabel.rijen.map((cells) => row(cells, false)),
    ),
  ])
  const wrapper = element('div', 'tekst-tabel', [table], {
    role: 'region',
    tabIndex: 0,
    ariaLabel: `Tabel: ${
      tabel.kop
        .map((cell) => celTekst(cell).trim())
        .filter(Boolean)
        .join(', ') || 'zonder kop'
    }`,
  })
  state.patch(paragraph, wrapper)
  return wrapper
}
