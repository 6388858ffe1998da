/**
 * Allowed words (the begrippen of a verordening) may be phrases of more than
 * one word ("persoonsgebonden budget"). A word inside such a phrase is allowed
 * too, but only there: "persoonsgebonden" on its own is still reported.
 */
import type { Span } from './segment.ts'

/** Endings a phrase's last word may take: budgetten, voorzieningen, kaders. */
const SUFFIX = "(?:en|s|e|n|'s|ten)?"

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The regex per phrase: texts are many (every artikel, lid and sentence), the begrippen few. */
// With the phrase's first word in lower case: a text without it is skipped without running the regex.
// Cleared when full: every begrip ever typed in a language server that runs for days would stay otherwise.
const phraseRegexes = new Map<string, { re: RegExp; first: string } | null>()
const maxPhraseRegexes = 5_000
/**
 * A begrip of more than 200 characters is no phrase but a paste error; a regex made from one of 40 KB
 * is too large for V8 to compile, and the check crashed (found by the fuzzer). Such an entry allows nothing.
 */
export const maxPhraseLength = 200

function phraseRegex(entry: string): { re: RegExp; first: string } | null {
  let phrase = phraseRegexes.get(entry)
  if (phrase === undefined) {
    const words = entry.trim().split(/\s+/)
    phrase =
      words.length < 2 || entry.length > maxPhraseLength
        ? null
        : { re: new RegExp(`(?<![\\p{L}\\p{N}])${words.map(escape).join('\\s+')}${SUFFIX}(?![\\p{L}\\p{N}])`, 'giu'), first: words[0]!.toLowerCase() }
    if (phraseRegexes.size >= maxPhraseRegexes) phraseRegexes.clear()
    phraseRegexes.set(entry, phrase)
  }
  return phrase
}

/** Where the multi-word entries of `allowed` occur in `text` (case-insensitive). */
export function allowedPhraseSpans(text: string, allowed: Iterable<string> | undefined): Array<Omit<Span, 'text'>> {
  const spans: Array<Omit<Span, 'text'>> = []
  let lower: string | undefined
  for (const entry of allowed ?? []) {
    const phrase = phraseRegex(entry)
    if (!phrase) continue
    lower ??= text.toLowerCase()
    if (!lower.includes(phrase.first)) continue
    for (const m of text.matchAll(phrase.re)) spans.push({ start: m.index, end: m.index + m[0].length })
  }
  return spans
}

/** Is the span [start, end) inside one of `spans`? */
export function inside(spans: Array<Omit<Span, 'text'>>, start: number, end: number): boolean {
  return spans.some((span) => start >= span.start && end <= span.end)
}
