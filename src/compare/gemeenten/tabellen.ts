// Tables in the text of an artikel, as the comparison reads them: a Markdown
// table (`| alleenstaande | € 350 |`, with a row `| --- | --- |` under the
// header), written by hand or by `importeer` from a CVDR table. The parser has
// no table syntax, so a table reaches the comparison as the plain text of its
// lid (artikel-tekst.ts), lines joined by spaces:
//   "| Huishouden | Per jaar | | --- | --- | | alleenstaande | € 350 | | gezin | € 500 |"
// The row under the header gives the number of columns, and with it where
// each row ends; that is why a row must begin and end with `|` (as GFM
// writes them and `importeer` does). A paragraph that still has its line
// ends (site, Word, STOP) is read by src/model/pipe-tabel.ts; both read the
// row under the header with its `dashes`.
import { dashes } from '../../model/pipe-tabel.ts'

export interface Tabel {
  /** The header cells. */
  kop: string[]
  /** The rows, each as many cells as the header. */
  rijen: string[][]
  /** Where the table stands in the text: [start, end). */
  van: number
  tot: number
}

const delimiterRow = new RegExp(`\\|(?:[ \\t]*${dashes}[ \\t]*\\|)+`, 'g')

/** Positions of the `|` in a text. */
function pipes(text: string): number[] {
  const found: number[] = []
  for (let index = text.indexOf('|'); index >= 0; index = text.indexOf('|', index + 1)) found.push(index)
  return found
}

const cells = (text: string, bars: readonly number[]) => bars.slice(0, -1).map((bar, index) => text.slice(bar + 1, bars[index + 1]).trim())

/** The tables in a text, and the text without them (each table becomes a space). */
export function tabellenIn(text: string): { tabellen: Tabel[]; rest: string } {
  if (!text.includes('|')) return { tabellen: [], rest: text }
  const tabellen: Tabel[] = []
  const bars = pipes(text)
  delimiterRow.lastIndex = 0
  for (const match of text.matchAll(delimiterRow)) {
    const columns = (match[0].match(/\|/g)?.length ?? 1) - 1
    const start = match.index
    if (tabellen.some((tabel) => start < tabel.tot)) continue
    // The header: the `columns + 1` bars before the delimiter row, nothing but spaces between it and the delimiter row.
    const before = bars.filter((bar) => bar < start)
    const kopBars = before.slice(-(columns + 1))
    if (kopBars.length < columns + 1 || text.slice(kopBars.at(-1)! + 1, start).trim() !== '') continue
    const van = kopBars[0]!
    if (van > 0 && !/\s/.test(text[van - 1]!)) continue
    const rijen: string[][] = []
    let tot = start + match[0].length
    for (;;) {
      const next = /^\s*\|/.exec(text.slice(tot))
      if (!next) break
      const rowBars = bars.filter((bar) => bar >= tot).slice(0, columns + 1)
      if (rowBars.length < columns + 1) break
      rijen.push(cells(text, rowBars))
      tot = rowBars.at(-1)! + 1
    }
    if (rijen.length === 0) continue
    tabellen.push({ kop: cells(text, kopBars), rijen, van, tot })
  }
  let rest = text
  for (const tabel of [...tabellen].reverse()) rest = `${rest.slice(0, tabel.van)} ${rest.slice(tabel.tot)}`
  return { tabellen, rest }
}

/** A text as lines to read: each row of a table on a line of its own ("alleenstaande | € 350"), without the row of dashes. */
export function tabelRegels(text: string): string[] {
  const { tabellen } = tabellenIn(text)
  if (tabellen.length === 0) return [text]
  const lines: string[] = []
  let at = 0
  for (const tabel of tabellen) {
    const before = text.slice(at, tabel.van).trim()
    if (before !== '') lines.push(before)
    for (const row of [tabel.kop, ...tabel.rijen]) if (row.some(Boolean)) lines.push(row.join(' | '))
    at = tabel.tot
  }
  const after = text.slice(at).trim()
  if (after !== '') lines.push(after)
  return lines
}
