// Typed parameters in the text of an artikel, each with the sentence it comes
// from: amounts in euro, percentages (of a norm), periods in days, weeks,
// months or years, and ages. These are the numbers a beleidsmedewerker asks
// about first when comparing gemeenten ("how much is the individuele
// inkomenstoeslag elsewhere, at what % of the bijstandsnorm?").
//
// Regular expressions over the plain text (src/model/artikel-tekst.ts), not a
// model: the wording of Dutch regelgeving is formulaic enough ("€ 350",
// "110% van de bijstandsnorm", "binnen acht weken", "18 jaar of ouder"), and a
// value that is not recognised is simply not compared, never wrong.
import type { ArtikelTekst } from '../../model/artikel-tekst.ts'
import { getalWoorden, getalWoordPatroon } from '../../taal/getallen.ts'

export type ParameterSoort = 'bedrag' | 'percentage' | 'termijn' | 'leeftijd'

export interface Parameter {
  soort: ParameterSoort
  waarde: number
  /** euro, procent, werkdagen, dagen, weken, maanden, jaar */
  eenheid: string
  /** Percentages: what they are a percentage of ("bijstandsnorm"), when the sentence says so. */
  basis?: string
  /** The words in the text that give the value ("€ 1.200,-", "acht weken"). */
  tekst: string
  /** The sentence the value stands in. */
  zin: string
  /** Where in the artikel: "lid 2", "lid 1, onderdeel b" or "" for an artikel without leden. */
  plaats: string
  /** Words around the value (lowercase, no numbers or small words): what the value is about. */
  context: string[]
}

const numberWords = getalWoorden
const numberWord = getalWoordPatroon
/** A count: digits or a Dutch number word. */
const count = `(\\d{1,4}|${numberWord})`

const euroNumber = String.raw`\d{1,3}(?:\.\d{3})+(?:,(?:\d{1,2}|-{1,2}))?|\d+(?:,(?:\d{1,2}|-{1,2}))?`
const patterns: Array<{ soort: ParameterSoort; pattern: RegExp }> = [
  { soort: 'bedrag', pattern: new RegExp(String.raw`(?:€|\bEUR\b)\s?(${euroNumber})|\b(${euroNumber})\s?euro\b`, 'giu') },
  {
    soort: 'percentage',
    pattern:
      /(?<![\p{L}\d,.])(\d{1,3}(?:,\d{1,2})?)\s?(?:%|procent\b)(?:\s+van\s+(?:de|het)\s+(?:(?:toepasselijke|geldende|van\s+toepassing\s+zijnde|voor\s+hem\s+geldende)\s+)?((?:wettelijk\s+)?(?:bijstands)?norm|(?:wettelijk\s+)?minimumloon|[\p{L}-]*norm))?/giu,
  },
  {
    soort: 'leeftijd',
    pattern: new RegExp(
      String.raw`(?<![\p{L}\d])(?:leeftijd\s+van\s+${count}\s+jaar|(?:jonger|ouder)\s+(?:is\s+|zijn\s+)?dan\s+${count}\s+jaar|${count}\s+jaar\s+(?:of\s+(?:ouder|jonger)|oud)|${count}-jarige)`,
      'giu',
    ),
  },
  {
    soort: 'termijn',
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
  'de het een en of van in op te voor met aan bij door dat die dit deze is zijn wordt worden kan kunnen als om tot uit per naar over na dan niet ten ook hij zij zijn haar hem diens er al wel geen ter the'.split(
    ' ',
  ),
)

export function toNumber(text: string): number {
  const lower = text.toLowerCase()
  if (Object.hasOwn(numberWords, lower)) return numberWords[lower]!
  return Number(
    text
      .replace(/\./g, '')
      .replace(/,-{1,2}$/, '')
      .replace(',', '.'),
  )
}

export function words(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}[\p{L}-]*/gu) ?? []).filter((word) => !smallWords.has(word) && !Object.hasOwn(numberWords, word))
}

/** The sentences of one lid or onderdeel. */
function sentences(text: string): string[] {
  return text.split(/(?<=[.;!?])\s+(?=[\p{Lu}\d])/u).filter((sentence) => sentence.trim() !== '')
}

/** The parameters in one sentence, in order; a span is read once (an age is not also a period). */
export function parametersIn(zin: string, plaats: string): Parameter[] {
  const found: Parameter[] = []
  const taken: Array<[number, number]> = []
  for (const { soort, pattern } of patterns) {
    pattern.lastIndex = 0
    for (const match of zin.matchAll(pattern)) {
      const start = match.index
      const end = start + match[0].length
      if (taken.some(([from, to]) => start < to && end > from)) continue
      const groups = match.slice(1).filter((group): group is string => group !== undefined)
      const number = groups[0]
      if (number === undefined) continue
      const waarde = toNumber(number)
      if (!Number.isFinite(waarde)) continue
      taken.push([start, end])
      // Whole words only: a word cut off at the edge of the window ("anvraag") would be noise.
      const before = start > 60 ? zin.slice(start - 60, start).replace(/^\S*\s/, '') : zin.slice(0, start)
      const after = end + 60 < zin.length ? zin.slice(end, end + 60).replace(/\s\S*$/, '') : zin.slice(end)
      const context = [...words(before).slice(-5), ...words(after).slice(0, 5)]
      const parameter: Parameter = { soort, waarde, eenheid: '', tekst: match[0].trim(), zin, plaats, context }
      if (soort === 'bedrag') parameter.eenheid = 'euro'
      else if (soort === 'percentage') {
        parameter.eenheid = 'procent'
        if (groups[1] !== undefined) parameter.basis = groups[1].toLowerCase().replace(/\s+/g, ' ')
      } else if (soort === 'leeftijd') parameter.eenheid = 'jaar'
      else parameter.eenheid = unitNames[(groups[1] ?? '').toLowerCase()] ?? 'dagen'
      found.push(parameter)
    }
  }
  return found.sort((a, b) => zin.indexOf(a.tekst) - zin.indexOf(b.tekst))
}

/** Every parameter of an artikel, with its sentence and its place (lid, onderdeel). */
export function parametersVan(tekst: ArtikelTekst): Parameter[] {
  const result: Parameter[] = []
  for (const lid of tekst.leden) {
    const lidPlaats = lid.nr === null ? '' : `lid ${lid.nr}`
    for (const zin of sentences(lid.tekst)) result.push(...parametersIn(zin, lidPlaats))
    for (const onderdeel of lid.onderdelen) {
      const plaats = `${lidPlaats === '' ? '' : `${lidPlaats}, `}onderdeel ${onderdeel.letter}`
      for (const zin of sentences(onderdeel.tekst)) result.push(...parametersIn(zin, plaats))
    }
  }
  return result
}

const euro = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 })
const plain = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 })

/** The value as a reader writes it: "€ 1.200,00", "110% van de bijstandsnorm", "8 weken", "18 jaar". */
export function formatWaarde(parameter: Pick<Parameter, 'soort' | 'waarde' | 'eenheid' | 'basis'>): string {
  switch (parameter.soort) {
    case 'bedrag':
      return `€ ${euro.format(parameter.waarde)}`
    case 'percentage':
      return `${plain.format(parameter.waarde)}%${parameter.basis ? ` van de ${parameter.basis}` : ''}`
    case 'leeftijd':
      return `${plain.format(parameter.waarde)} jaar (leeftijd)`
    case 'termijn':
      return `${plain.format(parameter.waarde)} ${parameter.waarde === 1 ? singular(parameter.eenheid) : parameter.eenheid}`
  }
}

function singular(eenheid: string): string {
  return { werkdagen: 'werkdag', dagen: 'dag', weken: 'week', maanden: 'maand', jaar: 'jaar' }[eenheid] ?? eenheid
}

/** The value as a number in Dutch notation, for a spreadsheet ("1200", "1200,5"). */
export function formatGetal(waarde: number): string {
  return String(waarde).replace('.', ',')
}
