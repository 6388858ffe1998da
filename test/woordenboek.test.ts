// The sorted dictionary file answers exactly as nspell does: on every word of
// the example verordening, on their capitalised, upper-case and misspelled
// forms, and on words with the flags that change the answer (FORBIDDENWORD,
// KEEPCASE, ONLYINCOMPOUND), the ij ligature and nspell's compound rules.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { cacheFile, loadNspell, readCache, type Woordenboek, woordenboek, woordenboekUitTabel } from '../src/taal/woordenboek.ts'

const root = path.join(import.meta.dirname, '..')

function exampleWords(): string[] {
  const dir = path.join(root, 'verordening')
  const text = readdirSync(dir)
    .filter((name) => name.endsWith('.md') || name.endsWith('.yml'))
    .map((name) => readFileSync(path.join(dir, name), 'utf8'))
    .join('\n')
  return [...new Set(text.match(/[\p{L}\p{N}'’-]+/gu) ?? [])]
}

function variants(word: string): string[] {
  const upper = word.toUpperCase()
  const capital = word.charAt(0).toUpperCase() + word.slice(1)
  const typo = word.length > 3 ? word.slice(0, 2) + word.slice(3) : `${word}x`
  return [word, upper, capital, word.toLowerCase(), typo, ` ${word} `]
}

const FLAGGED = [
  // FORBIDDENWORD
  '24-uursconsultatie',
  '3D-banen',
  '25-meterbad',
  // KEEPCASE, in other casing too
  'aids',
  'Aids',
  'AIDS',
  'adv',
  'Adv',
  'ADV',
  'amerikanisme',
  'Amerikanisme',
  // ONLYINCOMPOUND
  'aanvullendpensioen',
  'a-capella',
  'ad-hoc',
  // ij and the ligature, the typographic apostrophe
  'prijs',
  'Prijs',
  'PRIJS',
  'IJsselmeer',
  'ijzer',
  'IJzer',
  'IJZER',
  'auto’s',
  "auto's",
  // nspell's compound rules and numbers
  'vijfhonderdtwintig',
  'eenenzestig',
  'honderdtwee',
  'n1n2',
  '2e',
  '10e',
  // empty, space, nonsense
  '',
  ' ',
  'xqzvw',
  'Lingedal',
  'geldproblemen',
]

describe('the dictionary as a sorted file', () => {
  let reference: ReturnType<typeof loadNspell>
  let sorted: Woordenboek

  beforeAll(() => {
    reference = loadNspell()
    sorted = woordenboekUitTabel(reference)
  })

  it('answers as nspell on every word of the example and its variants', () => {
    const words = exampleWords().flatMap(variants)
    expect(words.length).toBeGreaterThan(10_000)
    const differ = words.filter((word) => sorted.correct(word) !== reference.correct(word))
    expect(differ).toEqual([])
    // Both answers occur, so the comparison is not trivially true.
    expect(words.filter((word) => sorted.correct(word)).length).toBeGreaterThan(1_000)
    expect(words.filter((word) => !sorted.correct(word)).length).toBeGreaterThan(1_000)
  })

  it('answers as nspell on words whose flags or spelling change the answer', () => {
    const answers = FLAGGED.map((word) => [word, sorted.correct(word)])
    expect(answers).toEqual(FLAGGED.map((word) => [word, reference.correct(word)]))
    expect(sorted.correct('24-uursconsultatie')).toBe(false)
    expect(sorted.correct('aids')).toBe(true)
  })

  it('is the dictionary that check uses, cached or not', () => {
    const words = ['inwoner', 'Inwoners', 'beslissing', 'beslising', 'IJzer', 'aids', 'AIDS']
    expect(words.map((word) => woordenboek().correct(word))).toEqual(words.map((word) => reference.correct(word)))
  })

  it('reads the cache file that check wrote, and not one that was cut short', () => {
    woordenboek()
    const bytes = readFileSync(cacheFile())
    const dir = mkdtempSync(path.join(tmpdir(), 'woordenboek-'))
    try {
      const whole = path.join(dir, 'heel.txt')
      const cut = path.join(dir, 'afgebroken.txt')
      writeFileSync(whole, bytes)
      writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)))
      expect(readCache(whole)?.correct('beslissing')).toBe(true)
      expect(readCache(whole)?.correct('beslising')).toBe(false)
      expect(readCache(cut)).toBeUndefined()
      expect(readCache(path.join(dir, 'bestaat-niet.txt'))).toBeUndefined()
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
