// A table in the text of an artikel as a real Word table: the header row
// marked as header (Word repeats it on each new page), thin borders, rows not
// split over a page, and column widths that together fill the text width of
// an A4 page beside the indent of the lid. Both the verordening (docx.ts, from
// src/model/pipe-tabel.ts) and the draft wijzigingsverordening (docx-markdown.ts,
// from the plain text of a lid) write their tables here, so they look alike.
import { BorderStyle, Paragraph, type ParagraphChild, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx'

/** The text width of the default A4 page in twips (21 cm less two margins of 2.54 cm), which docx.ts does not change. */
const textWidth = 11906 - 2 * 1440

const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' } as const

/** A table of cells of any kind: `runs` writes a cell's content (bold in the header), `text` gives its plain text to size the columns. */
export function docxTabel<C>(
  kop: readonly C[],
  rijen: readonly (readonly C[])[],
  runs: (cell: C, header: boolean) => ParagraphChild[],
  text: (cell: C) => string,
  indent = 0,
): Table {
  const width = textWidth - indent
  const columnWidths = widths(
    kop.map((_, column) => Math.max(...[kop, ...rijen].map((row) => longestWord(text(row[column]!)) + text(row[column]!).length / 4))),
    width,
  )
  const row = (cells: readonly C[], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: cells.map(
        (cell, column) =>
          new TableCell({
            width: { size: columnWidths[column]!, type: WidthType.DXA },
            margins: { top: 40, bottom: 40, left: 80, right: 80 },
            ...(header ? { shading: { fill: 'EDEDED' } } : {}),
            children: [new Paragraph({ children: runs(cell, header) })],
          }),
      ),
    })
  return new Table({
    rows: [row(kop, true), ...rijen.map((cells) => row(cells, false))],
    width: { size: width, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    ...(indent > 0 ? { indent: { size: indent, type: WidthType.DXA } } : {}),
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
  })
}

/**
 * Column widths in proportion to their content, with no column narrower than
 * its longest word would need (as far as the page allows), summing to `total`.
 */
function widths(weights: readonly number[], total: number): number[] {
  const minimum = Math.floor(total / (weights.length * 3))
  const sum = weights.reduce((a, b) => a + Math.max(b, 1), 0)
  const raw = weights.map((weight) => Math.max(minimum, Math.round((total * Math.max(weight, 1)) / sum)))
  const scale = total / raw.reduce((a, b) => a + b, 0)
  const scaled = raw.map((value) => Math.floor(value * scale))
  scaled[scaled.length - 1]! += total - scaled.reduce((a, b) => a + b, 0)
  return scaled
}

const longestWord = (text: string) => Math.max(0, ...text.split(/\s+/).map((word) => word.length))
