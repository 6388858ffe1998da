// Indicatoren: how the raad sees whether an effect is reached. indicatoren.yml
// names per effect the measures (with a streefwaarde and where the figures come
// from); indicatoren.csv holds the figures, one row per indicator and period.
// This module holds their shapes and the small facts derived from them that
// rules, views and `indicatoren haal` share (periods, percentages, trend).
import { z } from 'zod'

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Gebruik kleine letters, cijfers en streepjes, bijvoorbeeld `gesprek-op-tijd`.')
const tekst = z.string().trim().min(1, 'Vul hier tekst in.')

/** A CBS StatLine table and the measure (the column of its TypedDataSet) to read. */
export const cbsBronSchema = z.strictObject({
  /** The table's id, e.g. 85043NED. */
  tabel: z.string().regex(/^[0-9]{5}[A-Z]{3}$/, 'Geef het nummer van de CBS-tabel, bijvoorbeeld `85043NED`.'),
  /** The measure: the key of the column in the TypedDataSet, e.g. `ClientenMetMaatwerkvoorziening_4`. */
  onderwerp: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/, 'Geef de sleutel van het onderwerp zoals in de CBS-tabel, bijvoorbeeld `Clienten_1`.'),
  /** Further dimensions of the table with the key to pick (e.g. `Geslacht: T001038`). */
  dimensies: z.record(z.string().regex(/^[A-Za-z][A-Za-z0-9_]*$/), z.string().min(1)).optional(),
})

export const eigenRegistratie = 'eigen registratie'

export const indicatorSchema = z.strictObject({
  id: slug,
  /** The effect (effecten.yml) this indicator measures. */
  effect: slug,
  titel: tekst,
  /** `%` for a percentage (at most 100); otherwise a word: `aantal`, `rapportcijfer`, `dagen`. */
  eenheid: tekst,
  /** Whether a higher or a lower figure is better. */
  richting: z.enum(['hoger', 'lager'], { error: 'kies "hoger" (een hoger cijfer is beter) of "lager" (een lager cijfer is beter)' }),
  streefwaarde: z.strictObject({
    waarde: z.number({ error: 'Geef de streefwaarde als getal, bijvoorbeeld `85`.' }),
    jaar: z.number().int().min(2000, 'Geef een jaartal, bijvoorbeeld 2027.').max(2100, 'Geef een jaartal, bijvoorbeeld 2027.'),
  }),
  bron: z.union([z.literal(eigenRegistratie), z.strictObject({ cbs: cbsBronSchema })], {
    error: 'Schrijf `bron: eigen registratie`, of `bron:` met daaronder `cbs:` met `tabel` en `onderwerp`.',
  }),
  /** Where the figures of an own record come from, in words (cliëntervaringsonderzoek, zaaksysteem). */
  toelichting: tekst.optional(),
})

export const indicatorenSchema = z.array(indicatorSchema).min(1, 'Het register heeft ten minste één indicator nodig (of laat het bestand weg).')

export type Indicator = z.infer<typeof indicatorSchema>
export type CbsBron = z.infer<typeof cbsBronSchema>

export const cijferStatussen = ['voorlopig', 'nader voorlopig', 'definitief'] as const
export type CijferStatus = (typeof cijferStatussen)[number]

/** The columns of indicatoren.csv, in the order `indicatoren haal` writes them. */
export const cijferKolommen = ['indicator', 'periode', 'waarde', 'status', 'bron', 'opgehaald'] as const
export type CijferKolom = (typeof cijferKolommen)[number]

/** One row of indicatoren.csv. */
export interface Cijfer {
  indicator: string
  /** `2024` (a year) or `2024-K4` (a quarter). */
  periode: string
  waarde: number
  status: CijferStatus
  bron: string
  /** The date the figure was fetched or entered (YYYY-MM-DD), or empty. */
  opgehaald: string
}

/** A period as the CSV writes it: its year, and for a quarter its number. */
export interface Periode {
  jaar: number
  kwartaal?: number
}

const periodePattern = /^(\d{4})(?:-K([1-4]))?$/

export function parsePeriode(text: string): Periode | undefined {
  const match = periodePattern.exec(text)
  if (!match) return undefined
  return match[2] ? { jaar: Number(match[1]), kwartaal: Number(match[2]) } : { jaar: Number(match[1]) }
}

/** Comparable number for sorting periods: a year sorts after its quarters. */
export function periodeOrder(periode: Periode): number {
  return periode.jaar * 10 + (periode.kwartaal ?? 5)
}

/** The period in words: `2024`, `2024 (4e kwartaal)`. */
export function periodeLabel(text: string): string {
  const periode = parsePeriode(text)
  if (!periode?.kwartaal) return text
  return `${periode.jaar} (${periode.kwartaal}e kwartaal)`
}

/** Whether a period has not yet begun on `today`. */
export function inDeToekomst(periode: Periode, today: Date): boolean {
  const month = periode.kwartaal ? (periode.kwartaal - 1) * 3 : 0
  return new Date(Date.UTC(periode.jaar, month, 1)).getTime() > today.getTime()
}

export function isPercentage(indicator: Pick<Indicator, 'eenheid'>): boolean {
  return /^(%|procent|percentage)$/i.test(indicator.eenheid.trim())
}

/**
 * A figure as the CSV may write it: `82`, `82.5`, or with the Dutch decimal
 * comma `82,5` (quoted, or in a file separated by semicolons). Thousands
 * separators are not accepted: `1.250` would be ambiguous.
 */
export function parseWaarde(text: string): number | undefined {
  const trimmed = text.trim()
  if (!/^-?\d+(?:[.,]\d+)?$/.test(trimmed)) return undefined
  return Number(trimmed.replace(',', '.'))
}

/** A figure in Dutch: decimal comma, at most one decimal for a percentage, and the unit. */
export function formatWaarde(waarde: number, indicator: Pick<Indicator, 'eenheid'>): string {
  const number = waarde.toLocaleString('nl-NL', { maximumFractionDigits: 1 })
  return isPercentage(indicator) ? `${number} %` : `${number} ${indicator.eenheid}`
}

/** Default for `indicatoren.verouderd` in verordening.yml: figures older than this many years are stale. */
export const defaultVerouderd = 2

/** How an indicator stands against its streefwaarde. */
export type Oordeel = 'bereikt' | 'op-koers' | 'achter' | 'geen-cijfers'

/**
 * The judgement of a series, sorted by period. Reached when the latest
 * figure is at or beyond the streefwaarde; on track when it is at or beyond
 * the straight line from the first figure to the streefwaarde in its year;
 * behind otherwise. With one figure there is no line to be on: it is
 * reached or behind.
 */
export function oordeelVan(indicator: Pick<Indicator, 'richting' | 'streefwaarde'>, reeks: readonly Cijfer[]): Oordeel {
  const last = reeks.at(-1)
  const first = reeks[0]
  if (!last || !first) return 'geen-cijfers'
  const better = (a: number, b: number): boolean => (indicator.richting === 'hoger' ? a >= b : a <= b)
  const doel = indicator.streefwaarde
  if (better(last.waarde, doel.waarde)) return 'bereikt'
  const firstYear = jaarVan(first)
  const lastYear = jaarVan(last)
  if (reeks.length < 2 || doel.jaar <= firstYear) return 'achter'
  const expected = first.waarde + (doel.waarde - first.waarde) * Math.min(1, (lastYear - firstYear) / (doel.jaar - firstYear))
  return better(last.waarde, expected) ? 'op-koers' : 'achter'
}

/** The year of a figure's period, with quarters as fractions (2024-K3 → 2024.5). */
export function jaarVan(cijfer: Pick<Cijfer, 'periode'>): number {
  const periode = parsePeriode(cijfer.periode)
  if (!periode) return Number.NaN
  return periode.jaar + (periode.kwartaal ? (periode.kwartaal - 1) / 4 : 0)
}

/** The figures of one indicator, oldest first. */
export function reeksVan(cijfers: readonly Cijfer[], indicatorId: string): Cijfer[] {
  return cijfers
    .filter((cijfer) => cijfer.indicator === indicatorId)
    .sort((a, b) => periodeOrder(parsePeriode(a.periode) ?? { jaar: 0 }) - periodeOrder(parsePeriode(b.periode) ?? { jaar: 0 }))
}

/**
 * The trend in words, for the chart's description and the rapportage:
 * "Van 78 % in 2023 naar 82 % in 2025; het doel is 85 % in 2027."
 */
export function trendInWoorden(indicator: Pick<Indicator, 'eenheid' | 'streefwaarde'>, reeks: readonly Cijfer[]): string {
  const doel = `het doel is ${formatWaarde(indicator.streefwaarde.waarde, indicator)} in ${indicator.streefwaarde.jaar}`
  const first = reeks[0]
  const last = reeks.at(-1)
  if (!first || !last) return `Nog geen cijfers; ${doel}.`
  const voorlopig = last.status === 'definitief' ? '' : ` (${last.status})`
  if (first === last) return `${formatWaarde(last.waarde, indicator)} in ${periodeLabel(last.periode)}${voorlopig}; ${doel}.`
  return `Van ${formatWaarde(first.waarde, indicator)} in ${periodeLabel(first.periode)} naar ${formatWaarde(last.waarde, indicator)} in ${periodeLabel(last.periode)}${voorlopig}; ${doel}.`
}
