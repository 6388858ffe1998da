/**
 * Readability figures for one Dutch text: Flesch-Douma, sentence lengths,
 * long words, passive voice and paragraph length, all with offsets.
 */

import { allowedPhraseSpans, inside } from './allowed.ts'
import { findPassives, type PassiveHit } from './passive.ts'
import { type Sentence, type Span, segment } from './segment.ts'
import { countSyllables } from './syllables.ts'

export interface ReadabilityOptions {
  /** A word with at least this many syllables is long. Default 4. */
  longWordSyllables?: number
  /** A word with at least this many letters is long. Default 13. */
  longWordLetters?: number
  /**
   * Words never reported as long, e.g. the defined begrippen of the
   * verordening. Case-insensitive; plurals and -e forms are allowed too.
   * A phrase ("persoonsgebonden budget") allows its words inside the phrase.
   */
  allowedWords?: Iterable<string>
}

export interface SentenceStats extends Span {
  index: number
  paragraph: number
  words: number
  syllables: number
}

export interface LongWord extends Span {
  sentence: number
  syllables: number
  letters: number
}

export interface ParagraphStats extends Span {
  index: number
  sentences: number
}

export interface ReadabilityReport {
  /** Flesch-Douma reading ease; higher is easier. NaN for an empty text. */
  fleschDouma: number
  sentenceCount: number
  wordCount: number
  syllableCount: number
  syllablesPer100Words: number
  averageSentenceLength: number
  longestSentence: SentenceStats | undefined
  sentences: SentenceStats[]
  longWords: LongWord[]
  passives: PassiveHit[]
  paragraphs: ParagraphStats[]
}

/**
 * Flesch-Douma reading ease (W.H. Douma, "De leesbaarheid van landbouwbladen",
 * Wageningen 1960), the Dutch adaptation of Flesch's Reading Ease:
 *
 *   206.84 − 0.77 × (syllables per 100 words) − 0.93 × (average sentence length in words)
 *
 * Roughly: 0–30 very hard (academic), 30–50 hard, 50–60 fairly hard,
 * 60–70 normal, 70+ easy.
 */
export function fleschDouma(words: number, sentences: number, syllables: number): number {
  if (words === 0 || sentences === 0) return Number.NaN
  return 206.84 - 0.77 * ((syllables / words) * 100) - 0.93 * (words / sentences)
}

function allowedMatcher(allowed: Iterable<string> | undefined): (word: string) => boolean {
  const set = new Set<string>()
  for (const a of allowed ?? []) set.add(a.toLowerCase())
  return (word) => {
    const w = word.toLowerCase()
    if (set.has(w)) return true
    // maatwerkvoorziening → maatwerkvoorzieningen, gemeentelijk → gemeentelijke
    for (const suffix of ['en', 's', 'e', 'n', "'s"]) {
      if (w.endsWith(suffix) && set.has(w.slice(0, -suffix.length))) return true
    }
    return false
  }
}

/** Analyse a text. Offsets in the result point into `text`. */
export function analyseReadability(text: string, options: ReadabilityOptions = {}): ReadabilityReport {
  const minSyl = options.longWordSyllables ?? 4
  const minLetters = options.longWordLetters ?? 13
  const isAllowed = allowedMatcher(options.allowedWords)
  const phrases = allowedPhraseSpans(text, options.allowedWords)
  const { sentences, paragraphs } = segment(text)

  const sentenceStats: SentenceStats[] = []
  const longWords: LongWord[] = []
  let wordCount = 0
  let syllableCount = 0
  sentences.forEach((s: Sentence, index) => {
    let syl = 0
    for (const w of s.words) {
      const n = countSyllables(w.text)
      syl += n
      const letters = [...w.text].filter((c) => /\p{L}/u.test(c)).length
      if (w.kind === 'word' && (n >= minSyl || letters >= minLetters) && !isAllowed(w.text) && !inside(phrases, w.start, w.end)) {
        longWords.push({ text: w.text, start: w.start, end: w.end, sentence: index, syllables: n, letters })
      }
    }
    wordCount += s.words.length
    syllableCount += syl
    sentenceStats.push({ index, paragraph: s.paragraph, text: s.text, start: s.start, end: s.end, words: s.words.length, syllables: syl })
  })

  let longest: SentenceStats | undefined
  for (const s of sentenceStats) if (!longest || s.words > longest.words) longest = s

  return {
    fleschDouma: fleschDouma(wordCount, sentences.length, syllableCount),
    sentenceCount: sentences.length,
    wordCount,
    syllableCount,
    syllablesPer100Words: wordCount === 0 ? 0 : (syllableCount / wordCount) * 100,
    averageSentenceLength: sentences.length === 0 ? 0 : wordCount / sentences.length,
    longestSentence: longest,
    sentences: sentenceStats,
    longWords,
    passives: findPassives(sentences, text),
    paragraphs: paragraphs.map((p, index) => ({ index, text: p.text, start: p.start, end: p.end, sentences: p.sentences.length })),
  }
}
