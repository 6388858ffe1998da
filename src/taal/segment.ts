/**
 * Sentence and word segmentation for Dutch regulation text, on top of
 * parse-dutch (nlcst). parse-dutch already keeps most abbreviations inside a
 * sentence (art., o.a., bijv., m.b.t., i.v.m., z.s.m., jo., nr., e.d., enz.,
 * etc., d.w.z., m.u.v., t/m) and numbered references (2.1.3, 4:8). We fix
 * what it misses for legal Dutch:
 *  - abbreviations it does not know (Stb., Stcrt., hfdst., ...) split a sentence;
 *  - a number with a period before a capital ("artikel 3. Het college") is
 *    not treated as a sentence end;
 *  - "enz." / "etc." before a capital does end a sentence;
 *  - a line without end punctuation (a heading) runs into the next line;
 *  - decimals with a comma (3,5) fall apart into two words.
 */

import type { Paragraph as NlcstParagraph, Root, SentenceContent } from 'nlcst'
import { toString } from 'nlcst-to-string'
import { ParseDutch } from 'parse-dutch'

/** A span of the input string; `end` is exclusive, as in `String.slice`. */
export interface Span {
  text: string
  start: number
  end: number
}

export type WordKind = 'word' | 'number' | 'abbreviation'

export interface Word extends Span {
  kind: WordKind
}

export interface Sentence extends Span {
  /** Index of the paragraph this sentence belongs to. */
  paragraph: number
  words: Word[]
}

export interface Paragraph extends Span {
  sentences: Sentence[]
}

export interface Segmentation {
  paragraphs: Paragraph[]
  sentences: Sentence[]
}

/**
 * Abbreviations (lowercase, without the final period) that parse-dutch does
 * not know and that never end a sentence in legal text.
 */
const EXTRA_ABBREVIATIONS = new Set([
  'stb',
  'stcrt',
  'trb',
  'hfdst',
  'hfst',
  'blz',
  'afd',
  'par',
  'pag',
  'jo',
  'nr',
  'nrs',
  'art',
  'artt',
  'vlg',
  'vgl',
  'zgn',
  'ca',
  'bijv',
  'bv',
  'resp',
  'evt',
  'ivm',
  'mbt',
  'tav',
  'dhr',
  'mevr',
  'mr',
  'drs',
  'ir',
  'dr',
  'prof',
  'r.o',
  'e.v',
  'o.a',
  'i.v.m',
  'm.b.t',
  't.a.v',
  'c.q',
  'd.w.z',
  'm.u.v',
  'z.s.m',
  'e.d',
  'o.i.d',
  'i.p.v',
  'n.a.v',
  'i.c.m',
  't.b.v',
  'm.i.v',
  'p.m',
  'a.s',
  'bijz',
])

/**
 * Ordinary Dutch words that parse-latin or parse-dutch take for an
 * abbreviation ("op." as in "op. cit.", "zo." for zondag, "vrij." for
 * vrijdag). Written in lowercase before a period and a capital they end a
 * sentence: "Wij lossen de geldproblemen op. Een kind …".
 */
const WORDS_NOT_ABBREVIATIONS = new Set(['op', 'zo', 'vrij', 'al', 'ver', 'min', 'max', 'tel', 'ex', 'lit', 'dir', 'fam', 'sec'])

/** "op." as the last word of a sentence: a word plus the closing period. */
function isWordWithPeriod(text: string): boolean {
  return text.endsWith('.') && WORDS_NOT_ABBREVIATIONS.has(text.slice(0, -1))
}

/** Abbreviations that may close a sentence when a capital follows. */
const CAN_END = new Set(['enz', 'etc', 'e.d', 'e.a', 'e.v', 'o.i.d', 'e.d.m', 'c.s'])

/** Node of a sentence or of the whitespace between sentences. */
type Tok = SentenceContent

function offsetsOf(node: { position?: { start: { offset?: number }; end: { offset?: number } } }): [number, number] {
  const s = node.position?.start.offset
  const e = node.position?.end.offset
  // parse-latin always sets offsets; the fallback only satisfies the types.
  return [s ?? 0, e ?? 0]
}

function abbrevKey(wordText: string): string {
  return wordText.toLowerCase().replace(/\.$/, '')
}

const isSpace = (t: Tok): boolean => t.type === 'WhiteSpaceNode'
const startsUpper = (s: string): boolean => /^\p{Lu}/u.test(s)

/** Last non-whitespace index of a token list, or -1. */
function lastIdx(toks: Tok[]): number {
  for (let i = toks.length - 1; i >= 0; i--) if (!isSpace(toks[i] as Tok)) return i
  return -1
}
function firstIdx(toks: Tok[]): number {
  for (let i = 0; i < toks.length; i++) if (!isSpace(toks[i] as Tok)) return i
  return -1
}

/** Text of the word that ends a token list, when it ends with word + ".". */
function endingAbbreviation(toks: Tok[]): string | undefined {
  const li = lastIdx(toks)
  const last = toks[li]
  if (!last) return undefined
  if (last.type === 'PunctuationNode' && toString(last) === '.') {
    const w = toks[li - 1]
    if (w && w.type === 'WordNode') return abbrevKey(toString(w))
  }
  return undefined
}

/** Step 1: merge sentences that parse-dutch split after an unknown abbreviation. */
function mergeAbbreviations(sentences: Tok[][]): Tok[][] {
  const out: Tok[][] = []
  for (const s of sentences) {
    const prev = out[out.length - 1]
    if (prev) {
      const abbr = endingAbbreviation(prev)
      const fi = firstIdx(s)
      const firstText = fi >= 0 ? toString(s[fi] as Tok) : ''
      if (abbr !== undefined && EXTRA_ABBREVIATIONS.has(abbr) && !(CAN_END.has(abbr) && startsUpper(firstText))) {
        prev.push(...s)
        continue
      }
    }
    out.push([...s])
  }
  return out
}

/**
 * Step 2: split inside a sentence where parse-dutch kept going:
 * "artikel 3. Het", "enz. Daarna", and lines without end punctuation.
 */
function splitMissedBoundaries(toks: Tok[]): Tok[][] {
  const parts: Tok[][] = []
  let current: Tok[] = []
  let wordsSoFar = 0
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Tok
    current.push(t)
    if (t.type === 'WordNode') wordsSoFar++
    // Find the next non-whitespace token and whether a line break lies between.
    let j = i + 1
    let newline = false
    while (j < toks.length && isSpace(toks[j] as Tok)) {
      if (toString(toks[j] as Tok).includes('\n')) newline = true
      j++
    }
    const next = toks[j]
    if (!next || j === i + 1) continue
    const nextText = toString(next)

    let boundary = false
    if (t.type === 'WordNode') {
      const text = toString(t)
      if (text.endsWith('.') && startsUpper(nextText) && next.type === 'WordNode') {
        const key = abbrevKey(text)
        // "3." as the first word is list numbering, not a sentence end.
        if (/^\d+\.$/.test(text) && wordsSoFar > 1) boundary = true
        if (CAN_END.has(key)) boundary = true
        if (isWordWithPeriod(text)) boundary = true
        // parse-latin reads a single letter + period as an initial, but
        // lowercase "u." is the pronoun ending a sentence ("wij helpen u. U ...").
        // As the first word it is a list item ("a. De aanvrager").
        if (/^\p{Ll}\.$/u.test(text) && wordsSoFar > 1) boundary = true
      }
    }
    if (!boundary && newline && wordsSoFar > 0) {
      // A line that ends in a word (no punctuation) is a heading or a list
      // item; a line ending in , ; : continues the sentence.
      const endsOpen = t.type === 'WordNode' || (t.type === 'PunctuationNode' && /^[)\]]$/.test(toString(t)))
      const nextStarts =
        (next.type === 'WordNode' && /^[\p{Lu}\d]/u.test(nextText)) ||
        ((next.type === 'PunctuationNode' || next.type === 'SymbolNode') && /^[-*•–]$/.test(nextText))
      if (endsOpen && nextStarts) boundary = true
    }
    if (boundary) {
      parts.push(current)
      current = []
      wordsSoFar = 0
    }
  }
  if (current.length > 0) parts.push(current)
  return parts
}

function classify(text: string): WordKind {
  if (/^[\d][\d.,:/]*$/.test(text)) return 'number'
  if (/^\p{L}[\p{L}.]*\.$|^\p{L}\.\p{L}/u.test(text) || /^t\/m$/i.test(text)) return 'abbreviation'
  return 'word'
}

/** Words of a sentence; merges decimals like 3,5 and 1.250,00 back into one. */
function wordsOf(toks: Tok[], input: string): Word[] {
  const words: Word[] = []
  let lastEnd = -1
  let lastWasNumberJoin = false
  for (const t of toks) {
    const [s, e] = offsetsOf(t)
    if (t.type === 'WordNode') {
      const prev = words[words.length - 1]
      if (prev && lastWasNumberJoin && s === lastEnd && /^\d/.test(input.slice(s, e))) {
        prev.end = e
        prev.text = input.slice(prev.start, e)
        lastEnd = e
        lastWasNumberJoin = false
        continue
      }
      let end = e
      // "Stb" + "." as separate tokens: the period belongs to the abbreviation.
      if (input[e] === '.' && EXTRA_ABBREVIATIONS.has(input.slice(s, e).toLowerCase())) end = e + 1
      // "op." merged by the parser: the period closes the sentence, not the word.
      if (isWordWithPeriod(input.slice(s, e)) && t === toks[lastIdx(toks)]) end = e - 1
      const text = input.slice(s, end)
      words.push({ text, start: s, end, kind: classify(text) })
      lastEnd = end
      lastWasNumberJoin = false
    } else if (t.type === 'PunctuationNode' && /^[,.]$/.test(toString(t))) {
      const prev = words[words.length - 1]
      lastWasNumberJoin = !!prev && prev.kind === 'number' && s === lastEnd
      lastEnd = e
    } else {
      lastWasNumberJoin = false
    }
  }
  return words
}

function span(toks: Tok[], input: string): { start: number; end: number; text: string } | undefined {
  const fi = firstIdx(toks)
  const li = lastIdx(toks)
  if (fi < 0 || li < 0) return undefined
  const start = offsetsOf(toks[fi] as Tok)[0]
  const end = offsetsOf(toks[li] as Tok)[1]
  return { start, end, text: input.slice(start, end) }
}

/**
 * Split `text` into paragraphs (blank-line separated), sentences and words,
 * each with offsets into `text`.
 */
// The same part is segmented by several taal rules, by the scores and by the
// site; segmentation is pure, so results are kept for texts seen recently.
// Bounded by characters as well as entries: a segmentation takes about 20
// bytes of objects per character of text, so 20,000 long parts (a language
// server that runs for days, a fuzz run of random text) could hold gigabytes.
// 2 million characters is about 40 MB; the example verordening segments
// 90,000 characters.
const segmentMemo = new Map<string, Segmentation>()
const segmentMemoLimit = 20_000
const segmentMemoCharacters = 2_000_000
let segmentMemoSize = 0

export function segment(text: string): Segmentation {
  const known = segmentMemo.get(text)
  if (known) return known
  const result = segmentUncached(text)
  // A text bigger than the whole memo is not kept: it would only push out the rest.
  if (text.length > segmentMemoCharacters) return result
  if (segmentMemo.size >= segmentMemoLimit || segmentMemoSize + text.length > segmentMemoCharacters) {
    segmentMemo.clear()
    segmentMemoSize = 0
  }
  segmentMemo.set(text, result)
  segmentMemoSize += text.length
  return result
}

/** The characters of text whose segmentation is kept now (for the test of the bound). */
export function segmentMemoHeld(): number {
  return segmentMemoSize
}

function segmentUncached(text: string): Segmentation {
  const tree: Root = new ParseDutch().parse(text)
  const all: Array<Omit<Sentence, 'paragraph'>> = []
  for (const node of tree.children) {
    if (node.type !== 'ParagraphNode') continue
    const para = node as NlcstParagraph
    const raw: Tok[][] = []
    for (const child of para.children) {
      if (child.type === 'SentenceNode') raw.push([...child.children])
    }
    for (const piece of mergeAbbreviations(raw).flatMap(splitMissedBoundaries)) {
      const sp = span(piece, text)
      if (!sp) continue
      const words = wordsOf(piece, text)
      if (words.length > 0) all.push({ ...sp, words })
    }
  }
  // Paragraphs are blank-line separated blocks. parse-latin also starts a
  // paragraph at a single line break after a full stop, which would make
  // every numbered lid its own paragraph.
  const blocks: Array<[number, number]> = []
  const blank = /\n[ \t]*\n\s*/g
  let from = 0
  for (const m of text.matchAll(blank)) {
    blocks.push([from, m.index])
    from = m.index + m[0].length
  }
  blocks.push([from, text.length])
  const paragraphs: Paragraph[] = []
  const sentences: Sentence[] = []
  let bi = 0
  let lastBlock = -1
  for (const s of all) {
    while (bi < blocks.length - 1 && s.start >= (blocks[bi] as [number, number])[1]) bi++
    let last = paragraphs[paragraphs.length - 1]
    if (!last || lastBlock !== bi) {
      last = { text: '', start: s.start, end: s.end, sentences: [] }
      lastBlock = bi
      paragraphs.push(last)
    }
    const sentence: Sentence = { ...s, paragraph: paragraphs.length - 1 }
    last.sentences.push(sentence)
    last.end = s.end
    last.text = text.slice(last.start, last.end)
    sentences.push(sentence)
  }
  return { paragraphs, sentences }
}

/** Convenience: only the sentences. */
export function splitSentences(text: string): Sentence[] {
  return segment(text).sentences
}

/** Convenience: all words of a text, in order. */
export function splitWords(text: string): Word[] {
  return segment(text).sentences.flatMap((s) => s.words)
}
