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
const phraseRegexes = new Map<string, RegExp | null>()

function phraseRegex(entry: string): RegExp | null {
  let re = phraseRegexes.get(entry)
  if (re === undefined) {
    const words = entry.trim().split(/\s+/)
    re = words.length < 2 ? null : new RegExp(`(?<![\\p{L}\\p{N}])${words.map(escape).join('\\s+')}${SUFFIX}(?![\\p{L}\\p{N}])`, 'giu')
    phraseRegexes.set(entry, re)
  }
  return re
}

/** Where the multi-word entries of `allowed` occur in `text` (case-insensitive). */
export function allowedPhraseSpans(text: string, allowed: Iterable<string> | undefined): Array<Omit<Span, 'text'>> {
  const spans: Array<Omit<Span, 'text'>> = []
  for (const entry of allowed ?? []) {
    const re = phraseRegex(entry)
    if (!re) continue
    for (const m of text.matchAll(re)) spans.push({ start: m.index, end: m.index + m[0].length })
  }
  return spans
}

/** Is the span [start, end) inside one of `spans`? */
export function inside(spans: Array<Omit<Span, 'text'>>, start: number, end: number): boolean {
  return spans.some((span) => start >= span.start && end <= span.end)
}
