/**
 * Readability from one sentence up. Flesch-Douma says little about a part of
 * two sentences (one long word swings it by twenty points), so every sentence
 * is judged on its own, on four signs an inwoner stumbles over:
 *  - length: more words than `maxZinslengte` (1 point; 2 points beyond one
 *    and a half times that);
 *  - long words: at least two long words (4+ syllables or 13+ letters, not a
 *    begrip or accepted word) making up at least `minAandeelLangeWoorden`
 *    of the sentence (1 point);
 *  - passive voice (1 point);
 *  - difficult words from the list (1 point; 2 points for three or more).
 * A sentence with 2 points or more is "zwaar". A part passes when at most
 * `maxAandeelZwareZinnen` of its sentences are heavy and, when it has at least
 * `minWoordenLeesbaarheid` words, its Flesch-Douma is at least
 * `minLeesbaarheid`. For a shorter part Flesch-Douma is only information.
 * The defaults are calibrated on test/taal/data/leesbaarheid-kalibratie.tsv.
 */
import type { DeelLeesbaarheid, ZinFiguren } from '../model/scores.ts'
import type { TaalInstellingen } from './instellingen.ts'
import type { DifficultWordHit } from './moeilijke-woorden.ts'
import type { ReadabilityReport } from './readability.ts'

/** The figures of every sentence of a part, from its readability report and its difficult words. */
export function zinFiguren(report: ReadabilityReport, difficult: readonly DifficultWordHit[]): ZinFiguren[] {
  const longWords = new Map<number, number>()
  for (const word of report.longWords) longWords.set(word.sentence, (longWords.get(word.sentence) ?? 0) + 1)
  const passives = new Set(report.passives.map((hit) => hit.sentence))
  return report.sentences.map((zin) => ({
    tekst: zin.text,
    start: zin.start,
    woorden: zin.words,
    langeWoorden: longWords.get(zin.index) ?? 0,
    lijdend: passives.has(zin.index),
    moeilijkeWoorden: difficult.filter((hit) => hit.start >= zin.start && hit.end <= zin.end).length,
  }))
}

export type Signaal = 'lang' | 'lange-woorden' | 'lijdend' | 'moeilijke-woorden'

export interface ZinOordeel {
  zin: ZinFiguren
  punten: number
  signalen: Signaal[]
}

/** The judgement of one sentence. */
export function beoordeelZin(zin: ZinFiguren, instellingen: TaalInstellingen): ZinOordeel {
  let punten = 0
  const signalen: Signaal[] = []
  if (zin.woorden > instellingen.maxZinslengte) {
    signalen.push('lang')
    punten += zin.woorden > instellingen.maxZinslengte * 1.5 ? 2 : 1
  }
  if (zin.langeWoorden >= 2 && zin.langeWoorden / Math.max(zin.woorden, 1) >= instellingen.minAandeelLangeWoorden) {
    signalen.push('lange-woorden')
    punten += 1
  }
  if (zin.lijdend) {
    signalen.push('lijdend')
    punten += 1
  }
  if (zin.moeilijkeWoorden > 0) {
    signalen.push('moeilijke-woorden')
    punten += zin.moeilijkeWoorden >= 3 ? 2 : 1
  }
  return { zin, punten, signalen }
}

/** A sentence with this many points or more is heavy. */
export const ZWAAR = 2

export interface DeelOordeel {
  /** Why the part fails; null when it passes. */
  reden: 'flesch-douma' | 'zinnen' | null
  /** The sentences with 2 points or more, heaviest first (the first of equals in reading order). */
  zwareZinnen: ZinOordeel[]
  zinnen: number
  /** Flesch-Douma is judged (the part is long enough) or information only. */
  fleschDoumaBeoordeeld: boolean
}

/** The judgement of an inwoners or voorbeeld part. */
export function beoordeelDeel(deel: DeelLeesbaarheid, instellingen: TaalInstellingen): DeelOordeel {
  const oordelen = deel.zinnen.map((zin) => beoordeelZin(zin, instellingen))
  const zwareZinnen = oordelen.filter((oordeel) => oordeel.punten >= ZWAAR).sort((a, b) => b.punten - a.punten)
  const fleschDoumaBeoordeeld = deel.woorden >= instellingen.minWoordenLeesbaarheid
  let reden: DeelOordeel['reden'] = null
  if (fleschDoumaBeoordeeld && deel.fleschDouma < instellingen.minLeesbaarheid) reden = 'flesch-douma'
  else if (oordelen.length > 0 && zwareZinnen.length / oordelen.length > instellingen.maxAandeelZwareZinnen) reden = 'zinnen'
  return { reden, zwareZinnen, zinnen: oordelen.length, fleschDoumaBeoordeeld }
}

const signaalTekst = (oordeel: ZinOordeel, instellingen: TaalInstellingen): string[] =>
  oordeel.signalen.map((signaal) => {
    const { zin } = oordeel
    switch (signaal) {
      case 'lang':
        return `${zin.woorden} woorden (verwacht hoogstens ${instellingen.maxZinslengte})`
      case 'lange-woorden':
        return `${zin.langeWoorden} lange woorden`
      case 'lijdend':
        return 'een lijdende vorm'
      case 'moeilijke-woorden':
        return zin.moeilijkeWoorden === 1 ? 'een moeilijk woord' : `${zin.moeilijkeWoorden} moeilijke woorden`
    }
  })

/** "28 woorden (verwacht hoogstens 20), 3 lange woorden en een lijdende vorm" */
export function waaromZwaar(oordeel: ZinOordeel, instellingen: TaalInstellingen): string {
  const delen = signaalTekst(oordeel, instellingen)
  return delen.length <= 1 ? (delen[0] ?? '') : `${delen.slice(0, -1).join(', ')} en ${delen.at(-1)}`
}
