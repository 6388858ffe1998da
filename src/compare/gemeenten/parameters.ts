// Typed parameters in the text of an artikel, each with the sentence it comes
// from: amounts in euro, percentages (of a norm), periods in days, weeks,
// months or years, and ages. These are the numbers a beleidsmedewerker asks
// about first when comparing gemeenten ("how much is the individuele
// inkomenstoeslag elsewhere, at what % of the bijstandsnorm?").
//
// Regular expressions over the plain text (src/model/artikel-tekst.ts), not a
// model: the wording of Dutch regelgeving is formulaic enough ("€ 350",
// "110% van de bijstandsnorm", "binnen acht weken", "18 jaar of ouder"), and a
// value that is not recognised is simply not compared, never wrong. Numbers
// may be written in words ("anderhalve maand", "honderdtien procent",
// "vijftig euro", "de helft van de bijstandsnorm"; taal/getallen.ts), and a
// value may stand in a table (tabellen.ts): then its row and column header
// are its sentence and its context.
import type { ArtikelTekst } from '../../model/artikel-tekst.ts'
import { getalPatroon, getalWaarde, getalWoorden } from '../../taal/getallen.ts'
import { type Tabel, tabellenIn } from './tabellen.ts'

export type ParameterSoort = 'bedrag' | 'percentage' | 'termijn' | 'leeftijd'

export interface Parameter {
  soort: ParameterSoort
  waarde: number
  /** euro, procent, werkdagen, dagen, weken, maanden, jaar */
  eenheid: string
  /** Percentages: what they are a percentage of ("bijstandsnorm"), when the sentence says so. */
  basis?: string
  /** Amounts: the period they are for ("€ 30 per maand", "jaarlijks € 200"), when the sentence or the table header says so. */
  per?: BedragPeriode
  /** The words in the text that give the value ("€ 1.200,-", "acht weken"). */
  tekst: string
  /** The sentence the value stands in. */
  zin: string
  /** Where in the artikel: "lid 2", "lid 1, onderdeel b" or "" for an artikel without leden. */
  plaats: string
  /** Words around the value (lowercase, no numbers or small words): what the value is about. */
  context: string[]
  /** A value in a table: the header of its row and of its column. */
  tabel?: { rij: string; kolom: string }
  /** Where its lid or onderdeel starts in the source file (line, column), when known. */
  bron?: Regel
}

export type BedragPeriode = 'week' | 'maand' | 'jaar'

const perJaar: Readonly<Record<BedragPeriode, number>> = { week: 52, maand: 12, jaar: 1 }

/** "per maand", "per kalenderjaar", "per huishouden per jaar" after an amount; "jaarlijks", "maandelijks" before it. */
function periodeVan(before: string, after: string): BedragPeriode | undefined {
  const na = /^\s*(?:[\p{L}-]+\s+){0,3}?per\s+(?:kalender)?(jaar|maand|week)\b/iu.exec(after)
  if (na) return na[1]!.toLowerCase() as BedragPeriode
  const voor = /\b(jaar|maand|weke)lijks\b[^.;]*$/iu.exec(before)
  if (voor) return ({ jaar: 'jaar', maand: 'maand', weke: 'week' } as const)[voor[1]!.toLowerCase() as 'jaar' | 'maand' | 'weke']
  return undefined
}

export interface Regel {
  regel: number
  kolom: number
}

/** Where a lid and its onderdelen start in the source file. */
export interface LidRegels extends Regel {
  onderdelen: Regel[]
}

const numberWords = getalWoorden
/** A count: digits (also "1,5") or Dutch number words ("zes", "honderdtien", "anderhalve", "een half"). */
const count = `(\\d{1,4}(?:,\\d{1,2})?|${getalPatroon})`

const euroNumber = String.raw`\d{1,3}(?:\.\d{3})+(?:,(?:\d{1,2}|-{1,2}))?|\d+(?:,(?:\d{1,2}|-{1,2}))?`
// `needs`: a word the value cannot do without, tested first; most sentences have none, and the
// patterns with every Dutch number word in them are slow to try at every position of a sentence.
const patterns: Array<{ soort: ParameterSoort; needs: RegExp; pattern: RegExp }> = [
  {
    soort: 'bedrag',
    needs: /€|eur/i,
    pattern: new RegExp(String.raw`(?:€|\bEUR\b)\s?(${euroNumber})|\b(${euroNumber})\s?euro\b|(?<![\p{L}\d])(${getalPatroon})\s+euro\b`, 'giu'),
  },
  {
    soort: 'percentage',
    needs: /%|procent|helft|derde|kwart/i,
    // "110%", "honderdtien procent", and "de helft van" an amount (50%: "de helft van de bijstandsnorm", not
    // "de helft van de leden"; also "een derde", "twee derde", "een kwart" and "driekwart" of an amount),
    // each with the norm it is a percentage of, when the sentence says so.
    pattern: new RegExp(
      String.raw`(?<![\p{L}\d,.])(?:(\d{1,3}(?:,\d{1,2})?|${getalPatroon})\s?(?:%|procent\b)|(?:de\s+)?(helft|(?:een|één|twee)\s+derde|(?:een|één)\s+kwart|drie\s*kwart)(?=\s+van\s+(?:de|het)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]*(?:norm|loon|inkomen|bedrag|kosten|uitkering|bijstand|toeslag|vergoeding|budget)\b))(?:\s+van\s+(?:de|het)\s+(?:(?:toepasselijke|geldende|van\s+toepassing\s+zijnde|voor\s+hem\s+geldende)\s+)?((?:wettelijk\s+)?(?:bijstands)?norm|(?:wettelijk\s+)?minimumloon|[\p{L}-]*norm))?`,
      'giu',
    ),
  },
  {
    soort: 'leeftijd',
    needs: /jaar|jarige/i,
    pattern: new RegExp(
      String.raw`(?<![\p{L}\d])(?:leeftijd\s+van\s+${count}\s+jaar|(?:jonger|ouder)\s+(?:is\s+|zijn\s+)?dan\s+${count}\s+jaar|${count}\s+jaar\s+(?:of\s+(?:ouder|jonger)|oud|wordt|worden)\b|${count}-jarige)`,
      'giu',
    ),
  },
  {
    soort: 'termijn',
    needs: /dag|week|weken|maand|jaar/i,
    pattern: new RegExp(String.raw`(?<![\p{L}\d])${count}\s+(werkdagen|werkdag|kalenderdagen|dagen|dag|weken|week|maanden|maand|jaren|jaar)\b`, 'giu'),
  },
]

const unitNames: Record<string, string> = {
  werkdag: 'werkdagen',
  werkdagen: 'werkdagen',
  kalenderdagen: 'dagen',
  dag: 'dagen',
  dagen: 'dagen',
  week: 'weken',
  weken: 'weken',
  maand: 'maanden',
  maanden: 'maanden',
  jaar: 'jaar',
  jaren: 'jaar',
}

/** Small words that say nothing about what a value is for. */
const smallWords = new Set(
  'de het een en of van in op te voor met aan bij door dat die dit deze is zijn wordt worden kan kunnen als om tot uit per naar over na dan niet ten ook hij zij zijn haar hem diens er al wel geen ter the half halve anderhalf anderhalve helft derde kwart driekwart'.split(
    ' ',
  ),
)

/** A fraction of an amount as a percentage, rounded to one decimal as a reader would write it. */
const breukProcent: Readonly<Record<string, number>> = {
  helft: 50,
  'een derde': 33.3,
  'twee derde': 66.7,
  'een kwart': 25,
  'drie kwart': 75,
  driekwart: 75,
}

/** The number in `text`; `deelVan`: a fraction of an amount ("de helft van …") as a percentage. */
export function toNumber(text: string, deelVan = false): number {
  const breuk = deelVan ? breukProcent[text.toLowerCase().replace(/\s+/g, ' ').replace('één', 'een')] : undefined
  if (breuk !== undefined) return breuk
  const word = getalWaarde(text)
  if (word !== undefined) return word
  return Number(
    text
      .replace(/\./g, '')
      .replace(/,-{1,2}$/, '')
      .replace(',', '.'),
  )
}

export function words(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}[\p{L}-]*/gu) ?? []).filter(
    (word) => !smallWords.has(word) && !Object.hasOwn(numberWords, word) && getalWaarde(word) === undefined,
  )
}

/** The sentences of one lid or onderdeel. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.;!?])\s+(?=[\p{Lu}\d])/u).filter((sentence) => sentence.trim() !== '')
}

/** The parameters in one sentence, in order; a span is read once (an age is not also a period). */
export function parametersIn(zin: string, plaats: string): Parameter[] {
  const found: Parameter[] = []
  const taken: Array<[number, number]> = []
  for (const { soort, needs, pattern } of patterns) {
    if (!needs.test(zin)) continue
    pattern.lastIndex = 0
    for (const match of zin.matchAll(pattern)) {
      const start = match.index
      const end = start + match[0].length
      if (taken.some(([from, to]) => start < to && end > from)) continue
      const groups = match.slice(1).filter((group): group is string => group !== undefined)
      const number = groups[0]
      if (number === undefined) continue
      // In the percentage pattern a fraction ("de helft", "twee derde") is a part of an amount; "een kwart procent" is 0.25 %.
      const waarde = toNumber(number, soort === 'percentage' && !/%|procent/i.test(match[0]))
      if (!Number.isFinite(waarde)) continue
      taken.push([start, end])
      // Whole words only: a word cut off at the edge of the window ("anvraag") would be noise.
      const before = start > 60 ? zin.slice(start - 60, start).replace(/^\S*\s/, '') : zin.slice(0, start)
      const after = end + 60 < zin.length ? zin.slice(end, end + 60).replace(/\s\S*$/, '') : zin.slice(end)
      const context = [...words(before).slice(-5), ...words(after).slice(0, 5)]
      const parameter: Parameter = { soort, waarde, eenheid: '', tekst: match[0].trim(), zin, plaats, context }
      if (soort === 'bedrag') {
        parameter.eenheid = 'euro'
        const per = periodeVan(zin.slice(Math.max(0, start - 60), start), zin.slice(end, end + 60))
        if (per) parameter.per = per
      } else if (soort === 'percentage') {
        parameter.eenheid = 'procent'
        if (groups[1] !== undefined) parameter.basis = groups[1].toLowerCase().replace(/\s+/g, ' ')
      } else if (soort === 'leeftijd') parameter.eenheid = 'jaar'
      else parameter.eenheid = unitNames[(groups[1] ?? '').toLowerCase()] ?? 'dagen'
      found.push(parameter)
    }
  }
  return found.sort((a, b) => zin.indexOf(a.tekst) - zin.indexOf(b.tekst))
}

/** Every parameter of an artikel, with its sentence and its place (lid, onderdeel); in a table, with its row and column. */
export function parametersVan(tekst: ArtikelTekst, regels?: readonly LidRegels[]): Parameter[] {
  const result: Parameter[] = []
  const read = (text: string, plaats: string, bron: Regel | undefined) => {
    const { tabellen, rest } = tabellenIn(text)
    const found = [...sentences(rest).flatMap((zin) => parametersIn(zin, plaats)), ...tabellen.flatMap((tabel) => parametersInTabel(tabel, plaats))]
    for (const parameter of found) result.push(bron ? { ...parameter, bron } : parameter)
  }
  tekst.leden.forEach((lid, lidIndex) => {
    const lidPlaats = lid.nr === null ? '' : `lid ${lid.nr}`
    const lidRegels = regels?.[lidIndex]
    read(lid.tekst, lidPlaats, lidRegels && { regel: lidRegels.regel, kolom: lidRegels.kolom })
    lid.onderdelen.forEach((onderdeel, index) =>
      read(onderdeel.tekst, `${lidPlaats === '' ? '' : `${lidPlaats}, `}onderdeel ${onderdeel.letter}`, lidRegels?.onderdelen[index]),
    )
  })
  return result
}

/** A number alone in a cell ("350", "1.200,-", "110"): its kind comes from the headers. */
const bareNumber = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(?:\d{1,2}|-{1,2}))?$/
const normIn = /((?:wettelijk\s+)?(?:bijstands)?norm|(?:wettelijk\s+)?minimumloon)/i

/**
 * The values in a table. The first column names the rows (“alleenstaande”,
 * “gezin”), the header row the columns; each other cell is read like a
 * sentence, and a number alone is an amount when its headers say € or euro
 * (or “bedrag”), a percentage when they say % or procent. Its sentence is
 * “row, column: cell”, and the words of the two headers are its context, so
 * “alleenstaande” lines up with “alleenstaande” in another gemeente, in a
 * table or in a sentence.
 */
export function parametersInTabel(tabel: Tabel, lidPlaats: string): Parameter[] {
  const found: Parameter[] = []
  const plaats = `${lidPlaats === '' ? '' : `${lidPlaats}, `}tabel`
  const first = tabel.kop.length > 1 ? 1 : 0
  for (const rij of tabel.rijen) {
    const rijKop = first === 1 ? (rij[0] ?? '') : ''
    for (let column = first; column < tabel.kop.length; column++) {
      const cel = rij[column] ?? ''
      if (cel === '') continue
      const kolom = tabel.kop[column] ?? ''
      const zin = `${[rijKop, kolom].filter(Boolean).join(', ')}: ${cel}`
      const headers = `${tabel.kop[0] ?? ''} ${kolom}`
      let values = parametersIn(cel, plaats)
      const bare = bareNumber.exec(cel)
      if (values.length === 0 && bare) {
        const soort: ParameterSoort | undefined = /€|euro|bedrag/i.test(headers) ? 'bedrag' : /%|procent/i.test(headers) ? 'percentage' : undefined
        if (soort) values = [{ soort, waarde: toNumber(cel), eenheid: soort === 'bedrag' ? 'euro' : 'procent', tekst: cel, zin: cel, plaats, context: [] }]
      }
      for (const value of values) {
        const basis = value.soort === 'percentage' && value.basis === undefined ? normIn.exec(headers)?.[1] : undefined
        // "Bedrag per jaar" in a header says the period of every amount under it.
        const per = value.soort === 'bedrag' && value.per === undefined ? periodeVan('', ` ${headers.replace(/^.*?(?=\bper\b)/is, '')}`) : undefined
        found.push({
          ...value,
          ...(basis ? { basis: basis.toLowerCase().replace(/\s+/g, ' ') } : {}),
          ...(per ? { per } : {}),
          zin,
          context: [...words(rijKop), ...words(kolom)],
          tabel: { rij: rijKop, kolom },
        })
      }
    }
  }
  return found
}

/**
 * The value in one unit per kind, to compare what is written differently:
 * weeks become days (× 7) and years months (× 12); werkdagen stay werkdagen
 * (a werkdag is no fixed part of a week or month). Amounts in euro,
 * percentages in procent, ages in jaar.
 */
export function genormaliseerd(parameter: Pick<Parameter, 'soort' | 'waarde' | 'eenheid' | 'per'>): { waarde: number; eenheid: string } {
  const round = (value: number) => Math.round(value * 1000) / 1000
  // An amount with its period counts per year: "€ 30 per maand" is "€ 360 per jaar".
  if (parameter.soort === 'bedrag' && parameter.per) return { waarde: round(parameter.waarde * perJaar[parameter.per]), eenheid: 'euro per jaar' }
  if (parameter.soort !== 'termijn') return { waarde: parameter.waarde, eenheid: parameter.eenheid }
  switch (parameter.eenheid) {
    case 'weken':
      return { waarde: round(parameter.waarde * 7), eenheid: 'dagen' }
    case 'jaar':
      return { waarde: round(parameter.waarde * 12), eenheid: 'maanden' }
    default:
      return { waarde: parameter.waarde, eenheid: parameter.eenheid }
  }
}

/** Two values with the same key are the same value, however written ("12 maanden" and "een jaar"). */
export function waardeSleutel(parameter: Pick<Parameter, 'soort' | 'waarde' | 'eenheid' | 'basis' | 'per'>): string {
  const { waarde, eenheid } = genormaliseerd(parameter)
  // An amount without a period is taken as written: "€ 360" and "€ 30 per maand" are the same value.
  return `${waarde} ${parameter.soort === 'bedrag' ? 'euro' : eenheid} ${parameter.basis ?? ''}`
}

const euro = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
const plain = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 })

/** The value as a reader writes it: "€ 1.200,00", "€ 30,00 per maand (€ 360,00 per jaar)", "110% van de bijstandsnorm", "8 weken", "3 jaar (36 maanden)", "18 jaar". */
export function formatWaarde(parameter: Pick<Parameter, 'soort' | 'waarde' | 'eenheid' | 'basis' | 'per'>): string {
  switch (parameter.soort) {
    case 'bedrag': {
      const written = `€ ${euro.format(parameter.waarde)}${parameter.per ? ` per ${parameter.per}` : ''}`
      // Per month or week beside per year, as the amounts of other gemeenten may be written.
      return parameter.per && parameter.per !== 'jaar' ? `${written} (€ ${euro.format(genormaliseerd(parameter).waarde)} per jaar)` : written
    }
    case 'percentage':
      return `${plain.format(parameter.waarde)}%${parameter.basis ? ` van de ${parameter.basis}` : ''}`
    case 'leeftijd':
      return `${plain.format(parameter.waarde)} jaar (leeftijd)`
    case 'termijn': {
      const written = `${plain.format(parameter.waarde)} ${parameter.waarde === 1 ? singular(parameter.eenheid) : parameter.eenheid}`
      // Years beside months ("3 jaar" and "36 maanden") compare at a glance when the months are there too.
      return parameter.eenheid === 'jaar' ? `${written} (${plain.format(genormaliseerd(parameter).waarde)} maanden)` : written
    }
  }
}

function singular(eenheid: string): string {
  return { werkdagen: 'werkdag', dagen: 'dag', weken: 'week', maanden: 'maand', jaar: 'jaar' }[eenheid] ?? eenheid
}

/** The value as a number in Dutch notation, for a spreadsheet ("1200", "1200,5"). */
export function formatGetal(waarde: number): string {
  return String(waarde).replace('.', ',')
}
