import { describe, expect, it } from 'vitest'
import { DIFFICULT_WORDS, findDifficultWords } from '../../src/taal/moeilijke-woorden.ts'

describe('difficult words list', () => {
  it('has at least 300 entries, each with an alternative', () => {
    console.log(`moeilijke woorden: ${DIFFICULT_WORDS.length}`)
    expect(DIFFICULT_WORDS.length).toBeGreaterThanOrEqual(300)
    for (const e of DIFFICULT_WORDS) {
      expect(e.alternative.length).toBeGreaterThan(0)
      expect(e.forms).toContain(e.lemma)
    }
    expect(new Set(DIFFICULT_WORDS.map((e) => e.lemma)).size).toBe(DIFFICULT_WORDS.length)
  })
})

describe('findDifficultWords', () => {
  const find = (t: string): Array<[string, string]> => findDifficultWords(t).map((h) => [h.text, h.alternative])

  it('finds base forms with their alternative', () => {
    expect(find('Indien u dat wilt, doen wij dat teneinde u te helpen.')).toEqual([
      ['Indien', 'als'],
      ['teneinde', 'om'],
    ])
    expect(find('Derhalve is de aanvraag ingevolge de wet afgewezen.').map(([w]) => w)).toEqual(['Derhalve', 'ingevolge'])
  })

  it('matches inflected forms', () => {
    const words = find(
      'Het college verstrekt een pgb. Vorig jaar verstrekte het college er meer. Die worden verstrekt. Het college zal verstrekken. Wij trachtten te helpen. Een adequate oplossing. De beschikkingen zijn verzonden. Wij handhaafden de regel. Dat is gecreëerd en geverifieerd.',
    ).map(([w]) => w)
    expect(words).toEqual([
      'verstrekt',
      'verstrekte',
      'verstrekt',
      'verstrekken',
      'trachtten',
      'adequate',
      'beschikkingen',
      'handhaafden',
      'gecreëerd',
      'geverifieerd',
    ])
  })

  it('matches phrases and "dienen te"', () => {
    expect(find('U dient te melden dat u ten behoeve van uw kind geld ontvangt.')).toEqual([
      ['dient te', 'moeten'],
      ['ten behoeve van', 'voor'],
    ])
    // "dienen" without "te" is not officialese.
    expect(find('Zij dienen het verzoekschrift in.').map(([w]) => w)).toEqual([])
  })

  it('gives offsets and a Dutch message', () => {
    const t = 'U bent woonachtig in Leiden en wij verstrekken middels deze brief informatie.'
    const hits = findDifficultWords(t)
    expect(hits.map((h) => h.text)).toEqual(['woonachtig', 'verstrekken', 'middels'])
    for (const h of hits) expect(t.slice(h.start, h.end)).toBe(h.text)
    expect(hits[0]?.message).toBe('Moeilijk woord: "woonachtig". Schrijf liever: wonen.')
  })

  it('leaves plain B1 text alone', () => {
    expect(find('Heeft u hulp nodig in huis? Bel ons. We komen bij u langs voor een gesprek.')).toEqual([])
  })
})

describe('findDifficultWords options', () => {
  it('skips allowed words such as defined begrippen', () => {
    const t = 'De beschikking over de zelfredzaamheid wordt derhalve verstrekt.'
    expect(findDifficultWords(t, { allowedWords: ['Beschikking', 'zelfredzaamheid'] }).map((h) => h.text)).toEqual(['derhalve', 'verstrekt'])
  })
})
