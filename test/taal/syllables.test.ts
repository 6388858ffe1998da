import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { countSyllables, numberSyllables } from '../../src/taal/syllables.ts'

// Gold set: Woordenlijst syllable division (so·ci·aal, sta·ti·on); loanwords
// as pronounced in Dutch (ser·vice = 2). Column "deel": afstemming (used while
// tuning) or controle (held out, only run at the end).
const tsv = readFileSync(fileURLToPath(new URL('./data/lettergrepen.tsv', import.meta.url)), 'utf8')
const rows = tsv
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [word, count, part] = line.split('\t')
    return { word: word ?? '', count: Number(count), part: part ?? '' }
  })

function accuracy(subset: typeof rows): { acc: number; misses: string[] } {
  const misses = subset.filter((r) => countSyllables(r.word) !== r.count).map((r) => `${r.word} (gold ${r.count}, got ${countSyllables(r.word)})`)
  return { acc: 1 - misses.length / subset.length, misses }
}

describe('countSyllables', () => {
  it('has a well-formed gold set of at least 420 words', () => {
    expect(rows.length).toBeGreaterThanOrEqual(420)
    for (const r of rows) {
      expect(r.word.length).toBeGreaterThan(0)
      expect(Number.isInteger(r.count) && r.count > 0).toBe(true)
      expect(['afstemming', 'controle']).toContain(r.part)
    }
    expect(new Set(rows.map((r) => r.word)).size).toBe(rows.length)
  })

  it('is at least 98 % exact on the gold set', () => {
    const all = accuracy(rows)
    const tuned = accuracy(rows.filter((r) => r.part === 'afstemming'))
    const held = accuracy(rows.filter((r) => r.part === 'controle'))
    console.log(
      `lettergrepen: totaal ${(all.acc * 100).toFixed(1)} % (${rows.length} woorden), ` +
        `afstemming ${(tuned.acc * 100).toFixed(1)} %, controle ${(held.acc * 100).toFixed(1)} %` +
        (all.misses.length > 0 ? `; fout: ${all.misses.join(', ')}` : ''),
    )
    expect(all.acc).toBeGreaterThanOrEqual(0.98)
  })

  it('handles the cases named in the design', () => {
    expect(countSyllables('maatwerkvoorziening')).toBe(5)
    expect(countSyllables('ruïne')).toBe(3)
    expect(countSyllables('geïnteresseerd')).toBe(5)
    expect(countSyllables('coördinatie')).toBe(5)
    expect(countSyllables('e-mail')).toBe(2)
    expect(countSyllables('Jeugdhulp')).toBe(2)
    expect(countSyllables("auto's")).toBe(2)
    expect(countSyllables("zo'n")).toBe(1)
  })

  it('counts numbers and abbreviations as spoken', () => {
    expect(numberSyllables(2015)).toBe(5) // twee-dui-zend-vijf-tien
    expect(numberSyllables(21)).toBe(4) // een-en-twin-tig
    expect(countSyllables('3')).toBe(1)
    expect(countSyllables('2.3.5')).toBe(5) // twee punt drie punt vijf
    expect(countSyllables('UWV')).toBe(3)
    expect(countSyllables('Awb')).toBe(3)
    expect(countSyllables('o.a.')).toBe(2)
    expect(countSyllables(',')).toBe(0)
  })
})
