/**
 * Find difficult / officialese words and suggest a B1 alternative.
 * The word list lives in moeilijke-woorden-lijst.ts; here we expand it to
 * inflected forms (verstrekt, verstrekte, verstrekken, adequate, beschikkingen)
 * and scan a text.
 */

import { allowedPhraseSpans, inside } from './allowed.ts'
import { MOEILIJKE_WOORDEN_BRON } from './moeilijke-woorden-lijst.ts'
import type { WordClass } from './vervanging.ts'
import { inForm, sameCase, type VerbForm } from './vervanging.ts'

export type { WordClass }

export interface DifficultWordEntry {
  /** Base form as listed (infinitive, singular, phrase). */
  lemma: string
  /** Plain B1 alternative(s), Dutch, for the user-facing message. */
  alternative: string
  wordClass: WordClass
  /** All surface forms that are matched (lowercase). */
  forms: string[]
}

export interface DifficultWordHit {
  /** The text as it appears in the input. */
  text: string
  start: number
  end: number
  lemma: string
  alternative: string
  /**
   * The alternatives in the form of the word they replace ("Indien" → "Als",
   * "verstrekt" → "geeft" or "gegeven"), ready to replace [start, end) as a
   * quick fix. Empty when no alternative can be put in that form safely.
   */
  replacements: string[]
  /** Ready-made Dutch message for a report. */
  message: string
}

const _VOWEL = /[aeiouy]/

const CONS = 'b-df-hj-np-tv-z'

/**
 * Candidate stems of a Dutch verb: verstrekken → verstrek, betalen → betaal,
 * geven → geef, implementeren → implementeer. Where spelling alone cannot
 * tell a long vowel from a schwa (vorderen → vorder, but leren → leer) both
 * candidates are returned: the wrong one is a non-word and never matches.
 */
function verbStems(infinitive: string): string[] {
  const x = infinitive.endsWith('en') ? infinitive.slice(0, -2) : infinitive.replace(/n$/, '')
  const devoice = (s: string): string => s.replace(/v$/, 'f').replace(/z$/, 's')
  // Double consonant at the end collapses: verstrekk → verstrek.
  if (new RegExp(`([${CONS}])\\1$`).test(x)) return [x.slice(0, -1)]
  const stems = [devoice(x)]
  // Open syllable before the ending has a long vowel: betal → betaal.
  const m = new RegExp(`(?:[^aeiouyëï]|^)([aeou])([${CONS}])$`).exec(x)
  if (m) stems.push(devoice(x.slice(0, -2) + (m[1] ?? '') + (m[1] ?? '') + (m[2] ?? '')))
  // -ëren: creëren → creëer, verifiëren → verifieer.
  if (x.endsWith('ër')) {
    const base = x.slice(0, -2)
    stems.push(base.endsWith('i') ? `${base}eer` : `${base}ëer`)
  }
  return stems
}

const KOFSCHIP = /(?:[tkfsp]|ch)$/

function verbForms(inf: string): string[] {
  const raw = inf.endsWith('en') ? inf.slice(0, -2) : inf
  // 't kofschip looks at the stem before devoicing (leven → leefde, not leefte).
  const voiceless = KOFSCHIP.test(raw) && !/[vz]$/.test(raw)
  const past = voiceless ? 'te' : 'de'
  const forms = [inf, `${inf}d`, `${inf}de`]
  for (const stem of verbStems(inf)) {
    const pp = /[td]$/.test(stem) ? stem : stem + (voiceless ? 't' : 'd')
    // ge + e/i/u takes a diaeresis: geïnformeerd, geëvalueerd.
    const ge = /^[eiu]/.test(pp) ? `ge${({ e: 'ë', i: 'ï', u: 'ü' } as Record<string, string>)[pp[0] as string]}${pp.slice(1)}` : `ge${pp}`
    // Prefix detection by spelling is unreliable (verstrekt vs geverifieerd),
    // so both participles are generated; the wrong one is a non-word.
    forms.push(stem, stem.endsWith('t') ? stem : `${stem}t`, stem + past, `${stem + past}n`, pp, `${pp}e`, ge, `${ge}e`)
  }
  return forms
}

function nounForms(n: string): string[] {
  const forms = [n]
  if (n.endsWith('heid')) forms.push(`${n.slice(0, -4)}heden`)
  else if (/(?:ing|nis)$/.test(n)) forms.push(n + (n.endsWith('nis') ? 'sen' : 'en'))
  else if (/(?:ie|e|el|er|em|aar|um)$/.test(n)) forms.push(`${n}s`, `${n}n`)
  else if (/[aiouy]$/.test(n)) forms.push(`${n}'s`)
  else forms.push(`${n}en`, `${n}s`)
  if (n.endsWith('e')) forms.push(`${n}n`)
  return forms
}

function adjectiveForms(a: string): string[] {
  // Adjectives may have a derived -e form listed as extra (adequaat → adequate);
  // the regular one just adds -e, plus comparative forms -er / -ere.
  const forms = [a, `${a}e`, `${a}er`, `${a}ere`]
  if (/([b-df-hj-np-tv-z])$/.test(a) && /[^aeiou][aeiou][b-df-hj-np-tv-z]$/.test(a) && !/ig$|lijk$|isch$/.test(a)) {
    forms.push(`${a + a.slice(-1)}e`)
  }
  return forms
}

/** Parse the text table into entries. */
function parseList(source: string): DifficultWordEntry[] {
  const entries: DifficultWordEntry[] = []
  for (const line of source.split('\n')) {
    if (line.trim() === '') continue
    const [lemmaRaw, altRaw, clsRaw, extraRaw] = line.split('|').map((p) => p.trim())
    if (!lemmaRaw || !altRaw) continue
    const lemma = lemmaRaw.toLowerCase()
    const wordClass = (['v', 'n', 'a', 'x'].includes(clsRaw ?? '') ? clsRaw : 'x') as WordClass
    const extra = (extraRaw ?? '')
      .split(',')
      .map((f) => f.trim().toLowerCase())
      .filter((f) => f.length > 0)
    let forms: string[]
    if (lemma.includes(' ')) forms = [lemma]
    else if (wordClass === 'v') forms = verbForms(lemma)
    else if (wordClass === 'n') forms = nounForms(lemma)
    else if (wordClass === 'a') forms = adjectiveForms(lemma)
    else forms = [lemma]
    entries.push({ lemma, alternative: altRaw, wordClass, forms: [...new Set([...forms, ...extra])] })
  }
  return entries
}

export const DIFFICULT_WORDS: readonly DifficultWordEntry[] = parseList(MOEILIJKE_WOORDEN_BRON)

/**
 * Generated forms that are ordinary words in their own right (innen → in,
 * overleggen → overleg, machtigen → machtig) and must not be matched.
 */
const BLOCKED_FORMS = new Set(['in', 'inn', 'int', 'toets', 'overleg', 'machtig', 'monitor', 'bezig'])

function phraseWords(form: string): { letterWords: string[]; otherWords: string[] } {
  const words = form.toLowerCase().split(/\s+/).filter(Boolean)
  const letters = (word: string): boolean => /^[\p{L}\p{M}]+$/u.test(word)
  return { letterWords: words.filter(letters), otherWords: words.filter((word) => !letters(word)) }
}

interface Compiled {
  single: Map<string, DifficultWordEntry>
  /**
   * A phrase can only match a text that has all its words (lower case): `letterWords` as runs of
   * letters, `otherWords` ("z.s.m.") as substrings.
   */
  phrases: Phrase[]
}

/** A phrase's regex is made the first time a text has all its words: most never match anything. */
class Phrase {
  #re: RegExp | undefined
  readonly letterWords: string[]
  readonly otherWords: string[]

  constructor(
    readonly source: string,
    readonly entry: DifficultWordEntry,
    form: string,
  ) {
    ;({ letterWords: this.letterWords, otherWords: this.otherWords } = phraseWords(form))
  }

  get re(): RegExp {
    this.#re ??= new RegExp(this.source, 'giu')
    return this.#re
  }
}

function compile(entries: readonly DifficultWordEntry[]): Compiled {
  const single = new Map<string, DifficultWordEntry>()
  const phrases: Compiled['phrases'] = []
  for (const entry of entries) {
    for (const form of entry.forms) {
      if (BLOCKED_FORMS.has(form) && form !== entry.lemma) continue
      if (/\s/.test(form) || /\.$/.test(form)) {
        const body = form
          .split(/\s+/)
          .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
          .join('\\s+')
        // Letter boundaries instead of \b, which does not know ë or ï.
        phrases.push(new Phrase(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}]|\\.\\p{L})`, entry, form))
      } else if (!single.has(form) || form === entry.lemma) {
        // A listed word wins over a generated form of another entry ("verzoek" the noun, not the stem of "verzoeken").
        single.set(form, entry)
      }
    }
  }
  // Longest phrase first, so "ten behoeve van" wins over a shorter overlap.
  phrases.sort((a, b) => b.source.length - a.source.length)
  return { single, phrases }
}

let compiled: Compiled | undefined

/** The sentence around [start, end) in `text`. */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start)
  const from = Math.max(before.lastIndexOf('.'), before.lastIndexOf('?'), before.lastIndexOf('!'), before.lastIndexOf('\n')) + 1
  const after = text.slice(end).search(/[.?!\n]/)
  return text.slice(from, after < 0 ? text.length : end + after)
}

/** Papers one hands over: "de stukken overleggen", "een verklaring overleggen". */
const DOCUMENTS =
  /(?<![\p{L}])(?:stuk|stukken|bewijs|bewijsstuk|bewijsstukken|bewijzen|document|documenten|gegevens|verklaring|verklaringen|afschrift|afschriften|bankafschrift|bankafschriften|loonstrook|loonstroken|kopie|kopieën|paspoort|identiteitsbewijs|formulier|contract|huurcontract|rekening|rekeningen|nota|nota's|facturen|factuur|offerte|offertes|rapport|rapportage|brief|papieren|overzicht|bonnen|bon)(?![\p{L}])/iu

/**
 * Homographs: a listed form that is also an ordinary word in another sense.
 * The function says, from the context, whether the difficult sense is meant.
 */
const HOMOGRAPHS: Record<string, (text: string, start: number, end: number) => boolean> = {
  // óverleggen (hand over: "de stukken overleggen") is officialese;
  // overléggen (talk: "we overleggen met u", "hij overlegt") is plain.
  overleggen(text, start, end) {
    const form = text.slice(start, end).toLowerCase().replace(/\s+/g, ' ')
    if (form === 'overgelegd' || form === 'overgelegde' || form === 'over te leggen') return true
    if (form !== 'overleggen') return false
    if (/^\s+(?:met|over|wat|of|hoe|wie|samen)(?![\p{L}])/iu.test(text.slice(end))) return false
    return DOCUMENTS.test(sentenceAround(text, start, end))
  },
}

const AUXILIARIES = /(?<![\p{L}])(?:wordt|worden|werd|werden|word|is|zijn|was|waren|ben|bent|heeft|hebben|heb|hebt|had|hadden|geworden|geweest)(?![\p{L}])/iu
const DETERMINER_BEFORE = /(?<![\p{L}])(?:de|het|een|deze|die|dit|dat|uw|onze|hun|haar|zijn|elke|iedere|alle|geen)\s+$/iu

/** The form of a verb in the text ("verstrekt" after "wordt" is a participle, after "het college" the present). */
function verbForm(entry: DifficultWordEntry, text: string, start: number, end: number): VerbForm | undefined {
  const written = text.slice(start, end).toLowerCase().replace(/\s+/g, ' ')
  const lemmaWords = entry.lemma.split(' ')
  const word = written.split(' ')[0] ?? ''
  const lemma = lemmaWords[0] ?? ''
  if (written === entry.lemma || word === lemma) return 'inf'
  const sentence = sentenceAround(text, start, end)
  const offset = text.indexOf(sentence)
  const near = `${text.slice(Math.max(offset, start - 60), start)} ${text.slice(end, Math.min(end + 25, offset + sentence.length))}`
  const auxiliary = AUXILIARIES.test(near)
  const determiner = DETERMINER_BEFORE.test(text.slice(Math.max(0, start - 12), start))
  if (/(?:de|te)$/.test(word)) return determiner ? 'pp-e' : 'past'
  if (/(?:den|ten)$/.test(word) && !/^(?:\p{L}*ge)/u.test(word)) return 'past-pl'
  if (/en$/.test(word)) return auxiliary || /^(?:[a-z]*ge)/.test(word) ? 'pp' : 'past-pl'
  if (/[dt]$/.test(word)) return auxiliary || (/ge/.test(word.slice(0, 6)) && !lemma.startsWith('ge')) ? 'pp' : '3sg'
  return undefined
}

/** The alternatives of `entry` in the form of the word at [start, end). */
function replacementsFor(entry: DifficultWordEntry, text: string, start: number, end: number): string[] {
  const written = text.slice(start, end)
  const lower = written.toLowerCase()
  let form: Parameters<typeof inForm>[2] = {}
  let wordClass = entry.wordClass
  if (entry.wordClass === 'v' || (entry.wordClass === 'x' && /^\p{L}+en\s/u.test(entry.lemma) && lower !== entry.lemma)) {
    const verb = verbForm(entry, text, start, end)
    if (verb === undefined) return []
    // The infinitive form is a finite plural unless "te" or a modal goes before it or it ends the clause.
    const finite =
      verb === 'inf' &&
      !/(?<![\p{L}])(?:te|kan|kunt|kunnen|zal|zult|zullen|moet|moeten|mag|mogen|wil|wilt|willen|gaat|gaan|laat|laten)\s+$/iu.test(
        text.slice(Math.max(0, start - 10), start),
      ) &&
      !/^\s*(?:[.,;:?!)]|$)/.test(text.slice(end))
    form = { verb, finite }
    wordClass = 'v'
  } else if (entry.wordClass === 'x' && lower !== entry.lemma && /\s/.test(entry.lemma)) {
    // An inflected form of a fixed phrase ("komt in aanmerking"): the plain phrase would need another word order.
    return []
  } else if (entry.wordClass === 'n') {
    form = { plural: lower !== entry.lemma && /(?:en|s|'s)$/.test(lower) }
  } else if (entry.wordClass === 'a') {
    form = { inflected: lower !== entry.lemma && lower.endsWith('e') && !entry.lemma.endsWith('e') }
  }
  const out: string[] = []
  for (const alternative of entry.alternative.split(/\s*,\s*/)) {
    const replacement = inForm(alternative, wordClass, form)
    if (replacement !== undefined && !out.includes(replacement)) out.push(sameCase(replacement, written))
  }
  return out
}

function meant(entry: DifficultWordEntry, text: string, start: number, end: number): boolean {
  const decide = HOMOGRAPHS[entry.lemma]
  return decide ? decide(text, start, end) : true
}

function message(text: string, entry: DifficultWordEntry): string {
  return `Moeilijk woord: "${text}". Schrijf liever: ${entry.alternative}.`
}

export interface DifficultWordOptions {
  /**
   * Lemmas or forms not to report, e.g. defined begrippen the text must use
   * ("maatwerkvoorziening", "beschikking"). Case-insensitive. A phrase
   * ("persoonsgebonden budget") also allows its words inside that phrase.
   */
  allowedWords?: Iterable<string>
}

/**
 * Find difficult words and phrases in `text`. Offsets point into `text`;
 * results are sorted by position and never overlap.
 */
export function findDifficultWords(text: string, options: DifficultWordOptions = {}): DifficultWordHit[] {
  compiled ??= compile(DIFFICULT_WORDS)
  const allowed = new Set([...(options.allowedWords ?? [])].map((w) => w.toLowerCase()))
  const hits: DifficultWordHit[] = []
  const taken: Array<[number, number]> = []
  const phrases = allowedPhraseSpans(text, allowed)
  const overlaps = (s: number, e: number): boolean => inside(phrases, s, e) || taken.some(([a, b]) => s < b && e > a)

  // A phrase with a word the text does not have cannot match: skip its regex (most of them, for most
  // texts). A word of letters is looked up among the text's runs of letters, as the regex's letter
  // boundaries see them; any other word ("z.s.m.") as a substring.
  const lower = text.toLowerCase()
  const letterRuns = new Set(lower.match(/[\p{L}\p{M}]+/gu) ?? [])
  for (const phrase of compiled.phrases) {
    const { entry, letterWords, otherWords } = phrase
    if (!letterWords.every((word) => letterRuns.has(word)) || !otherWords.every((word) => lower.includes(word))) continue
    for (const m of text.matchAll(phrase.re)) {
      const start = m.index
      const end = start + m[0].length
      if (overlaps(start, end) || allowed.has(entry.lemma) || allowed.has(m[0].toLowerCase()) || !meant(entry, text, start, end)) continue
      taken.push([start, end])
      hits.push({
        text: m[0],
        start,
        end,
        lemma: entry.lemma,
        alternative: entry.alternative,
        replacements: replacementsFor(entry, text, start, end),
        message: message(m[0], entry),
      })
    }
  }
  for (const m of text.matchAll(/\p{L}[\p{L}\p{M}'’-]*/gu)) {
    const start = m.index
    const end = start + m[0].length
    const entry = compiled.single.get(m[0].toLowerCase())
    if (!entry || overlaps(start, end) || allowed.has(entry.lemma) || allowed.has(m[0].toLowerCase()) || !meant(entry, text, start, end)) continue
    taken.push([start, end])
    hits.push({
      text: m[0],
      start,
      end,
      lemma: entry.lemma,
      alternative: entry.alternative,
      replacements: replacementsFor(entry, text, start, end),
      message: message(m[0], entry),
    })
  }
  return hits.sort((a, b) => a.start - b.start)
}
