// The verordening as the importers read it from a source (CVDR XML, DOCX or
// plain text), before it is written in the authoring format. The binding text
// is kept word for word: numbers, titles and text as the raad adopted them.
import { withoutInvisible } from '../parse/invisible-characters.ts'

export interface BronOnderdeel {
  /** As written: "a", "b" … (without the dot). */
  letter: string
  tekst: string
  /** Sub-onderdelen (1°, 2° …), each as written with its own marker. */
  sub: string[]
}

export interface BronLid {
  /** As written ("1", "2" …), or null for an artikel without numbered leden. */
  nr: string | null
  /** The paragraphs of the lid before its onderdelen. */
  tekst: string[]
  onderdelen: BronOnderdeel[]
  /** Paragraphs after the onderdelen (a closing sentence, a table row …). */
  na: string[]
}

export interface BronArtikel {
  nr: string
  titel: string
  leden: BronLid[]
}

export interface BronParagraaf {
  paragraaf: string
}

export interface BronHoofdstuk {
  /** As written ("1", "2", "III" …), or null when the source has no hoofdstukken. */
  nr: string | null
  titel: string
  delen: Array<BronArtikel | BronParagraaf>
}

export interface BronMeta {
  citeertitel?: string
  titel?: string
  gemeente?: string
  cvdrId?: string
  /** ISO dates. */
  vastgesteld?: string
  inwerkingtreding?: string
  aanhef?: string
}

export interface BronDocument {
  meta: BronMeta
  hoofdstukken: BronHoofdstuk[]
  /** The toelichting: general paragraphs, and per artikel number the artikelsgewijze paragraphs. */
  toelichting: { algemeen: string[]; perArtikel: Map<string, string[]> }
  /** What the importer saw but could not map, in Dutch, for the report. */
  nietOvergenomen: string[]
}

export function isArtikel(deel: BronArtikel | BronParagraaf): deel is BronArtikel {
  return 'nr' in deel
}

export function artikelenVan(document: BronDocument): BronArtikel[] {
  return document.hoofdstukken.flatMap((hoofdstuk) => hoofdstuk.delen.filter(isArtikel))
}

/**
 * Whitespace collapsed, no invisible characters (control, format and zero-width characters, as
 * tekens-onzichtbaar sees them): text as one line, which that rule does not refuse afterwards.
 */
export function clean(text: string): string {
  return withoutInvisible(text).replace(/\s+/g, ' ').trim()
}

const maanden = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']

/** "1 januari 2024" or "2024-01-01" → "2024-01-01"; undefined when it is no date. */
export function isoDate(text: string): string | undefined {
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(text)
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`
  const dutch = new RegExp(`(\\d{1,2})\\s+(${maanden.join('|')})\\s+(\\d{4})`, 'i').exec(text)
  if (!dutch) return undefined
  const month = maanden.indexOf(dutch[2]!.toLowerCase()) + 1
  return `${dutch[3]}-${String(month).padStart(2, '0')}-${dutch[1]!.padStart(2, '0')}`
}

/**
 * A table as the rows of a Markdown table, one paragraph per row: the header
 * (the first `kopRijen` rows joined per column, at least the first row;
 * empty for a table of one row),
 * `| --- |`, then the other rows, each with as many cells as the widest row.
 * So `vergelijk-gemeenten` knows the row and column of each value
 * (src/compare/gemeenten/tabellen.ts). A `|` in a cell becomes `/`, the only
 * change to the words of the source: a `|` would end the cell.
 */
export function markdownTabelRijen(rows: ReadonlyArray<readonly string[]>, kopRijen: number): string[] {
  const filled = rows.map((cells) => cells.map((cell) => clean(cell).replace(/\|/g, '/'))).filter((cells) => cells.some(Boolean))
  if (filled.length === 0) return []
  // A table of one row has no header: its header stays empty, so the row keeps its values.
  const head = filled.length === 1 ? 0 : Math.max(1, Math.min(kopRijen, filled.length - 1))
  const columns = Math.max(...filled.map((cells) => cells.length))
  const format = (cells: readonly string[]) => `|${Array.from({ length: columns }, (_, index) => (cells[index] ? ` ${cells[index]} |` : ' |')).join('')}`
  const header = Array.from({ length: columns }, (_, index) =>
    filled
      .slice(0, head)
      .map((cells) => cells[index] ?? '')
      .filter(Boolean)
      .join(' '),
  )
  return [format(header), `|${' --- |'.repeat(columns)}`, ...filled.slice(head).map(format)]
}
