// Figures derived from the text of each artikel, attached to the context by
// the pipeline's analysis step (src/taal/artikel-scores.ts) as
// `CheckContext.scores` and computed there once, when first read: the
// taal-leesbaarheid rule, `check --json` and the views read them, none
// computes them again.
import type { Artikel } from './schema.ts'

export interface DeelScore {
  /** Flesch-Douma reading ease, one decimal; null for a part without words. */
  fleschDouma: number | null
  sentences: number
  words: number
  /** Average words per sentence, one decimal. */
  averageSentenceLength: number
  /** Words in the longest sentence. */
  longestSentence: number
  passives: number
  difficultWords: number
}

/** The scores of one artikel, as `check --json` gives them. */
export interface ArtikelScores {
  inwoners: DeelScore | null
  juridisch: DeelScore | null
  /** All voorbeelden of the artikel read as one text. */
  voorbeelden: DeelScore | null
}

/** The figures of one sentence of an inwoners or voorbeeld part (src/taal/zinsoordeel.ts judges them). */
export interface ZinFiguren {
  tekst: string
  /** Offset in the part's analysed text (src/taal/mdast-tekst.ts). */
  start: number
  woorden: number
  /** Long words (4+ syllables or 13+ letters) that are no begrip or accepted word. */
  langeWoorden: number
  lijdend: boolean
  moeilijkeWoorden: number
}

/** One inwoners or voorbeeld part of an artikel, as the taal-leesbaarheid rule judges it. */
export interface DeelLeesbaarheid {
  naam: 'inwoners' | 'voorbeeld'
  /** Words in the part. */
  woorden: number
  /** Flesch-Douma, unrounded; NaN for a part without words. */
  fleschDouma: number
  /** The sentence with the lowest Flesch-Douma of its own (the first of equals); null for a part without sentences. */
  moeilijksteZin: { tekst: string /** Offset in the part's analysed text (src/taal/mdast-tekst.ts). */; start: number } | null
  /** Every sentence of the part, in reading order. */
  zinnen: ZinFiguren[]
}

/** The figures of one artikel; each is computed once, when it is first read. */
export interface ArtikelAnalyse {
  readonly scores: ArtikelScores
  /** Every inwoners and voorbeeld part of the artikel, in source order. */
  readonly leesbaarheid: readonly DeelLeesbaarheid[]
}

/**
 * The key of an artikel in `CheckContext.scores`: where it starts. The nr is
 * no key here, because an author may write the same nr twice (an error that
 * `check --json` still reports scores for, one per artikel).
 */
export function artikelId(artikel: Pick<Artikel, 'plaats'>): string {
  const { file, line, column } = artikel.plaats
  return `${file}:${line}:${column}`
}
