// Suggestions an author can apply: each difficult word's alternative in the
// form of the word it replaces, as `expected` on the message with the exact
// range in `place` (like remark-lint), ready for an editor's quick fix.
import { rm } from 'node:fs/promises'
import { afterAll, describe, expect, it } from 'vitest'
import { checkVerordening } from '../../src/pipeline/pipeline.ts'
import { voorbeeldHoofdstuk } from '../../src/rules/support/examples.ts'
import { findDifficultWords } from '../../src/taal/moeilijke-woorden.ts'
import { conjugate, inflect, plural } from '../../src/taal/vervanging.ts'
import { makeFixture } from '../helpers/fixture.ts'

const replaced = (text: string): Array<[string, string[]]> => findDifficultWords(text).map((hit) => [hit.text, hit.replacements])

describe('replacements in the right form', () => {
  it.each([
    ['Indien u hulp nodig heeft, bellen wij u.', [['Indien', ['Als']]]],
    ['Het college verstrekt een voorziening.', [['verstrekt', ['geeft']]]],
    ['De voorziening wordt door het college verstrekt.', [['verstrekt', ['gegeven']]]],
    ['Het college verstrekte de voorziening.', [['verstrekte', ['gaf']]]],
    ['U dient te betalen.', [['dient te', ['moet']]]],
    ['Wij sturen u de beschikkingen.', [['beschikkingen', ['besluiten']]]],
    ['Dat is een adequate oplossing.', [['adequate', ['goede', 'passende']]]],
    ['Het contract vangt aan op 1 mei.', [['vangt aan', ['begint']]]],
    ['Het bedrag wordt teruggevorderd.', [['teruggevorderd', ['teruggevraagd']]]],
    ['Wij hebben de gegevens geverifieerd.', [['geverifieerd', ['gecontroleerd']]]],
    ['Tevens krijgt u geld.', [['Tevens', ['Ook']]]],
  ] as Array<[string, Array<[string, string[]]>]>)('%s', (text, expected) => {
    expect(replaced(text)).toEqual(expected)
  })

  it('offers nothing where the plain word would need another word order', () => {
    // "Wij vorderen het bedrag terug" → "vragen … terug"; "belanghebbende" → "u" needs no article.
    expect(replaced('Wij vorderen het bedrag van u.')).toEqual([['vorderen', ['eisen']]])
    expect(replaced('De belanghebbende belt ons.')).toEqual([['belanghebbende', []]])
    expect(replaced('U komt in aanmerking voor hulp.')).toEqual([['komt in aanmerking', []]])
  })

  it('conjugates weak, strong and separable verbs, and inflects nouns and adjectives', () => {
    expect(['3sg', 'past', 'past-pl', 'pp', 'pp-e'].map((form) => conjugate('betalen', form as 'pp'))).toEqual([
      'betaalt',
      'betaalde',
      'betaalden',
      'betaald',
      'betaalde',
    ])
    expect(['3sg', 'past', 'pp'].map((form) => conjugate('geven', form as 'pp'))).toEqual(['geeft', 'gaf', 'gegeven'])
    expect(['3sg', 'pp'].map((form) => conjugate('terugbetalen', form as 'pp'))).toEqual([undefined, 'terugbetaald'])
    expect(conjugate('controleren', 'pp')).toBe('gecontroleerd')
    expect(conjugate('beoordelen', '3sg')).toBe('beoordeelt')
    expect(conjugate('stoppen', 'past')).toBe('stopte')
    expect(['besluit', 'regel', 'vraag', 'stap', 'organisatie'].map(plural)).toEqual(['besluiten', 'regels', 'vragen', 'stappen', 'organisaties'])
    expect(['goed', 'groot', 'flink', 'extra'].map(inflect)).toEqual(['goede', 'grote', 'flinke', 'extra'])
  })
})

describe('the message of taal-moeilijk-woord carries the quick fix', () => {
  const made: string[] = []
  afterAll(async () => {
    for (const dir of made) await rm(dir, { recursive: true, force: true })
  })

  it('has `expected` and the exact range of the word in `place`', async () => {
    const dir = await makeFixture({ '02-wmo.md': voorbeeldHoofdstuk(':::inwoners\nIndien u hulp nodig heeft, zullen wij u die **verstrekken**.\n:::') })
    made.push(dir)
    const result = await checkVerordening(dir)
    const messages = result.files.flatMap((file) => file.messages).filter((message) => message.ruleId === 'taal-moeilijk-woord')
    expect(messages.map((message) => [message.expected, message.place])).toEqual([
      [['Als'], { start: { line: 12, column: 1, offset: expect.any(Number) }, end: { line: 12, column: 7, offset: expect.any(Number) } }],
      [['geven'], { start: { line: 12, column: 47, offset: expect.any(Number) }, end: { line: 12, column: 58, offset: expect.any(Number) } }],
    ])
  })
})
