// Terms in a text: "binnen zes weken", "uiterlijk 10 werkdagen", "ten hoogste
// twee maanden". Only a term that reads as a maximum counts (a word such as
// "binnen" or "uiterlijk" right before it): "na zes maanden bellen we" is
// not a term the law limits. Numbers in digits and in words (taal/getallen.ts).
import { getalPatroon, getalWaarde } from './getallen.ts'

export const termijnEenheden = ['dagen', 'werkdagen', 'weken', 'maanden'] as const
export type TermijnEenheid = (typeof termijnEenheden)[number]

export interface GevondenTermijn {
  aantal: number
  eenheid: TermijnEenheid
  /** The words as written ("zes weken"), for a message. */
  tekst: string
  start: number
  end: number
}

const eenheidVan: Record<string, TermijnEenheid> = {
  dag: 'dagen',
  dagen: 'dagen',
  werkdag: 'werkdagen',
  werkdagen: 'werkdagen',
  week: 'weken',
  weken: 'weken',
  maand: 'maanden',
  maanden: 'maanden',
}

const getal = `\\d{1,3}|${getalPatroon}`
const termijnPatroon = new RegExp(
  `(?<![\\p{L}\\d])(?:binnen|uiterlijk|hoogstens|ten hoogste|maximaal|niet langer dan|niet later dan|duurt)\\s+(?:(?:binnen|een termijn van|ten hoogste)\\s+)?((${getal})\\s+(werkdagen|werkdag|dagen|dag|weken|week|maanden|maand))(?![\\p{L}\\d])`,
  'giu',
)

export function vindTermijnen(text: string): GevondenTermijn[] {
  const found: GevondenTermijn[] = []
  for (const match of text.matchAll(termijnPatroon)) {
    const [, tekst = '', woord = '', eenheid = ''] = match
    const aantal = /^\d+$/.test(woord) ? Number(woord) : getalWaarde(woord)
    const unit = eenheidVan[eenheid.toLowerCase()]
    if (aantal === undefined || !unit) continue
    const start = (match.index ?? 0) + match[0].length - tekst.length
    found.push({ aantal, eenheid: unit, tekst, start, end: start + tekst.length })
  }
  return found
}

/**
 * The length in calendar days, to compare terms of different units: a
 * werkdag counts as 7/5 day (five in a week), a month as 30 days (a month is
 * longer than four weeks).
 */
export function inDagen({ aantal, eenheid }: { aantal: number; eenheid: TermijnEenheid }): number {
  switch (eenheid) {
    case 'dagen':
      return aantal
    case 'werkdagen':
      return (aantal * 7) / 5
    case 'weken':
      return aantal * 7
    case 'maanden':
      return aantal * 30
  }
}

/** "zes weken" → "6 weken" when the text wrote a word: the same term however written. */
export function termijnTekst({ aantal, eenheid }: { aantal: number; eenheid: TermijnEenheid }): string {
  const enkelvoud: Record<TermijnEenheid, string> = { dagen: 'dag', werkdagen: 'werkdag', weken: 'week', maanden: 'maand' }
  return `${aantal} ${aantal === 1 ? enkelvoud[eenheid] : eenheid}`
}

/** Whether every group has a word in the sentence (whole words, any case). */
export function bevatGroepen(zin: string, groepen: readonly (readonly string[])[]): boolean {
  const lower = zin.toLowerCase()
  return groepen.every((groep) => groep.some((woord) => new RegExp(`(?<![\\p{L}])${escape(woord.toLowerCase())}`, 'u').test(lower)))
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
