// One "word" of 40,000 letters (a paste error) kept the spelling check busy
// for 20 seconds and 100,000 letters for minutes: the compound split looked
// up every head and tail of the word, each lookup as long as the word. The
// work per word is now bounded. Counted here as dictionary lookups, not time.
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkSource } from '../../src/pipeline/pipeline.ts'
import { wmoHoofdstuk } from '../../src/rules/support/examples.ts'
import { sourceFromBytes } from '../../src/sources/read-source.ts'
import { maxWoordLengte, SpellChecker, teLangWoord } from '../../src/taal/spelling.ts'
import { type Woordenboek, woordenboek } from '../../src/taal/woordenboek.ts'

/** The real dictionary, counting the words it is asked about. */
function countingDictionary(): { dictionary: () => Woordenboek; lookups: string[] } {
  const lookups: string[] = []
  const dictionary = (): Woordenboek => ({
    correct: (word) => {
      lookups.push(word)
      return woordenboek().correct(word)
    },
  })
  return { dictionary, lookups }
}

/** Letters from a fixed linear congruential sequence: the "realistic mix" of a paste error, repeatable. */
function letters(length: number, seed: number): string {
  let state = seed
  let out = ''
  for (let index = 0; index < length; index++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff
    out += 'abcdefghijklmnopqrstuvwxyz'[state % 26]
  }
  return out
}

describe('spelling work per word', () => {
  it('judges a run of more letters than any Dutch word without a lookup', () => {
    for (const word of ['a'.repeat(100_000), letters(100_000, 7), `Het${letters(maxWoordLengte, 3)}`]) {
      const { dictionary, lookups } = countingDictionary()
      expect(teLangWoord(word)).toBe(true)
      expect(new SpellChecker([], dictionary).correct(word)).toBe(false)
      expect(lookups).toEqual([])
    }
  })

  it('still accepts the longest dictionary word and a long real compound', () => {
    const checker = new SpellChecker()
    for (const word of ['waterdampdiffusieweerstandscoëfficiënten', 'arbeidsongeschiktheidsverzekeringsaanvraagformulier', 'Wmo-maatwerkvoorziening']) {
      expect(teLangWoord(word), word).toBe(false)
      expect(checker.correct(word), word).toBe(true)
    }
  })

  it('looks each part of a word at the limit up at most once (n·(n+1)/2 parts), whatever its letters', () => {
    const n = maxWoordLengte
    // Repeated syllables make many heads known at many places: the split used to try them over and over.
    const words = ['a'.repeat(n), letters(n, 11), 'eren'.repeat(n / 4), `${'ene'.repeat(n).slice(0, n - 1)}q`, `${'eens'.repeat(n / 4 - 1)}qqqq`]
    for (const word of words) {
      expect(word.length, word).toBeLessThanOrEqual(n)
      const { dictionary, lookups } = countingDictionary()
      expect(new SpellChecker([], dictionary).correct(word), word).toBe(false)
      expect(lookups.length, word).toBeGreaterThan(0)
      // The word itself (as written and in lower case) plus every part of it, each once.
      expect(lookups.length, word).toBeLessThanOrEqual((n * (n + 1)) / 2 + 2)
      expect(new Set(lookups).size, word).toBe(lookups.length)
    }
  })

  it('judges a long chain of hyphenated words by its parts, not by splitting the whole chain', () => {
    const { dictionary, lookups } = countingDictionary()
    const chain = `${'zorg-'.repeat(20_000)}xqzv`
    expect(teLangWoord(chain)).toBe(false)
    expect(new SpellChecker([], dictionary).correct(chain)).toBe(false)
    // The chain, and "zorg" and "xqzv" in their forms: not 100,000 lookups of ever shorter tails.
    expect(lookups.length).toBeLessThanOrEqual(10)
  })
})

describe('a 100 KB word in a verordening', () => {
  const encoder = new TextEncoder()
  const basisDir = 'test/fixtures/basis'

  async function messagesFor(juridisch: string, inwoners?: string) {
    const files = new Map<string, Uint8Array>()
    for (const name of await readdir(basisDir)) files.set(name, encoder.encode(await readFile(path.join(basisDir, name), 'utf8')))
    files.set('02-wmo.md', encoder.encode(wmoHoofdstuk({ juridisch, ...(inwoners === undefined ? {} : { inwoners }) })))
    const result = await checkSource(sourceFromBytes('/proef/verordening', files))
    return result.files.filter((file) => path.basename(file.path) === '02-wmo.md').flatMap((file) => file.messages)
  }

  it('gives one message with its length and start, not the word itself', async () => {
    const messages = await messagesFor(`Het college kan ${letters(100_000, 5)} hulp bieden.`)
    const spelling = messages.filter((message) => message.ruleId === 'taal-spelling')
    expect(spelling.map((message) => `${message.line}:${message.column} ${message.reason}`)).toEqual([
      `9:17 Woord van 100.000 tekens in de juridische tekst (“${letters(20, 5)}…”), verwacht woorden van hoogstens 80 letters: zet spaties tussen de woorden, of haal tekst weg die per ongeluk is geplakt`,
    ])
    // No other message quotes the word in full either.
    for (const message of messages) expect(message.reason.length, message.ruleId ?? '').toBeLessThan(1_000)
  })

  it('quotes only the start of a long unknown chain of hyphenated words', async () => {
    const messages = await messagesFor(`Het college kan ${'zorg-'.repeat(20_000)}xqzv bieden.`)
    const spelling = messages.filter((message) => message.ruleId === 'taal-spelling')
    expect(spelling.map((message) => message.reason)).toEqual([
      'Onbekend woord “zorg-zorg-zorg-zorg-…” in de juridische tekst, verwacht een woord uit het woordenboek of uit woordenlijst.txt',
    ])
  })

  it('quotes only its start where a taal message quotes the sentence or the passive', async () => {
    const word = letters(100_000, 9)
    const inwoners = `Uw aanvraag wordt door ${word} behandeld en daarna krijgt u van ons een brief met het besluit over de hulp en de kosten en wat u nog moet doen.`
    const messages = await messagesFor('Het college kan hulp bieden.', inwoners)
    const quoting = messages.filter((message) => message.reason.includes(word.slice(0, 20)))
    expect(quoting.map((message) => message.ruleId).sort()).toEqual(['taal-leesbaarheid', 'taal-lijdende-vorm', 'taal-spelling', 'taal-zinslengte'])
    for (const message of messages) expect(message.reason.length, message.ruleId ?? '').toBeLessThan(1_000)
  })
})
