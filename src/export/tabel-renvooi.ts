// The renvooi of a lid that holds a table. The renvooi compares the plain text
// of a lid word by word (src/compare/renvooi.ts), where a table is one line of
// `|` and dashes; a word diff over that would strike and underline bars. Here
// the old and the new text are cut into text and tables (the reading of the
// comparison, tabellen.ts), the text compared word by word as before, and a
// table cell by cell, so the Word renvooi can show a table as a table.
import { type Tabel, tabellenIn } from '../compare/gemeenten/tabellen.ts'
import { type Segment, woordRenvooi } from '../compare/renvooi.ts'

export type RenvooiBlok = { soort: 'tekst'; segmenten: Segment[] } | { soort: 'tabel'; kop: Segment[][]; rijen: Segment[][][] }

/** The old and new text of segments: what was there (gelijk and weg), and what is there now (gelijk and nieuw). */
export function oudEnNieuw(segmenten: readonly Segment[]): { oud: string; nieuw: string } {
  const join = (soort: Segment['soort']) =>
    segmenten
      .filter((segment) => segment.soort === 'gelijk' || segment.soort === soort)
      .map((segment) => segment.tekst)
      .join('')
  return { oud: join('weg'), nieuw: join('nieuw') }
}

/** The renvooi in blocks of text and tables; null when neither text holds a table (then the renvooi is one line of words). */
export function tabelRenvooi(oud: string, nieuw: string): RenvooiBlok[] | null {
  const before = pieces(oud)
  const after = pieces(nieuw)
  if (before.tabellen.length === 0 && after.tabellen.length === 0) return null
  const blokken: RenvooiBlok[] = []
  const tekst = (a: string | undefined, b: string | undefined) => {
    const segmenten = woordRenvooi(a ?? '', b ?? '')
    if (segmenten.some((segment) => segment.tekst.trim() !== '')) blokken.push({ soort: 'tekst', segmenten })
  }
  const count = Math.max(before.tabellen.length, after.tabellen.length)
  for (let index = 0; index < count; index++) {
    tekst(before.teksten[index], after.teksten[index])
    const a = before.tabellen[index]
    const b = after.tabellen[index]
    // The same columns: cell by cell. Otherwise (or a table that came or went) the old one struck, the new one underlined.
    if (a && b && a.kop.length === b.kop.length) blokken.push(cellen(a, b))
    else {
      if (a) blokken.push(heel(a, 'weg'))
      if (b) blokken.push(heel(b, 'nieuw'))
    }
  }
  tekst(before.teksten[before.tabellen.length], after.teksten[after.tabellen.length])
  return blokken
}

/** The text around the tables (one more than there are tables) and the tables. */
function pieces(text: string): { teksten: string[]; tabellen: Tabel[] } {
  const { tabellen } = tabellenIn(text)
  const teksten: string[] = []
  let at = 0
  for (const tabel of tabellen) {
    teksten.push(text.slice(at, tabel.van).trim())
    at = tabel.tot
  }
  teksten.push(text.slice(at).trim())
  return { teksten, tabellen }
}

function cellen(a: Tabel, b: Tabel): RenvooiBlok {
  const rij = (oud: readonly string[] | undefined, nieuw: readonly string[] | undefined) =>
    Array.from({ length: b.kop.length }, (_, column) => woordRenvooi(oud?.[column] ?? '', nieuw?.[column] ?? ''))
  return { soort: 'tabel', kop: rij(a.kop, b.kop), rijen: rijParen(a.rijen, b.rijen).map(([oud, nieuw]) => rij(oud, nieuw)) }
}

/**
 * The rows of the old and new table in pairs. The first column names a row (“alleenstaande”), so when
 * its names are unique a row is matched by name: a new row in the middle does not shift the rest, and a
 * row that goes is struck where it stood. Without unique names, rows are matched in order.
 */
function rijParen(oud: readonly string[][], nieuw: readonly string[][]): [string[] | undefined, string[] | undefined][] {
  const naam = (rij: readonly string[]) => rij[0] ?? ''
  const uniek = (rijen: readonly string[][]) => new Set(rijen.map(naam)).size === rijen.length
  if (!uniek(oud) || !uniek(nieuw)) return Array.from({ length: Math.max(oud.length, nieuw.length) }, (_, index) => [oud[index], nieuw[index]])
  const byName = new Map(oud.map((rij, index) => [naam(rij), index]))
  const blijft = new Set(nieuw.map(naam))
  const paren: [string[] | undefined, string[] | undefined][] = []
  const weg = new Set<number>()
  // Old rows that are gone, up to `stop`, struck before the row that follows them.
  const flush = (from: number, stop: number) => {
    for (let index = from; index < stop; index++)
      if (!blijft.has(naam(oud[index]!)) && !weg.has(index)) {
        weg.add(index)
        paren.push([oud[index], undefined])
      }
  }
  let next = 0
  nieuw.forEach((rij, position) => {
    const index = byName.get(naam(rij))
    if (index !== undefined && index >= next) {
      flush(next, index)
      next = index + 1
      paren.push([oud[index], rij])
      return
    }
    // A new row (or one moved up): first the gone rows before the next row that stays, as a text renvooi strikes before it underlines.
    const following = nieuw
      .slice(position + 1)
      .map((candidate) => byName.get(naam(candidate)))
      .find((found) => found !== undefined && found >= next)
    flush(next, following ?? oud.length)
    paren.push([index === undefined ? undefined : oud[index], rij])
  })
  flush(next, oud.length)
  return paren
}

function heel(tabel: Tabel, soort: 'weg' | 'nieuw'): RenvooiBlok {
  const cel = (tekst: string): Segment[] => (tekst === '' ? [] : [{ soort, tekst }])
  return { soort: 'tabel', kop: tabel.kop.map(cel), rijen: tabel.rijen.map((rij) => rij.map(cel)) }
}
