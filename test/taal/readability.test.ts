import { describe, expect, it } from 'vitest'
import { findPassives, isParticiple } from '../../src/taal/passive.ts'
import { analyseReadability, fleschDouma } from '../../src/taal/readability.ts'
import { segment } from '../../src/taal/segment.ts'

const B1 = `Heeft u hulp nodig in huis? Dan kunt u ons bellen. We komen bij u langs voor een gesprek. Samen kijken we wat u zelf kunt. En wat uw familie of buren kunnen doen. Lukt dat niet? Dan helpen wij u. U krijgt binnen acht weken een brief met ons besluit.`

const JURIDISCH = `Het college verstrekt ingevolge artikel 2.3.5, derde lid, van de Wet maatschappelijke ondersteuning 2015 een maatwerkvoorziening ter compensatie van de beperkingen in de zelfredzaamheid en participatie van de belanghebbende, voor zover de belanghebbende deze beperkingen naar het oordeel van het college niet op eigen kracht, met gebruikelijke hulp, met mantelzorg of met hulp van andere personen uit zijn sociale netwerk dan wel met gebruikmaking van algemene voorzieningen kan verminderen of wegnemen. Bij de beoordeling van de aanvraag betrekt het college de resultaten van het onderzoek als bedoeld in artikel 2.3.2 van de wet, alsmede de door de belanghebbende overgelegde gegevens en bescheiden.`

describe('fleschDouma', () => {
  it('follows 206.84 − 0.77 × syllables/100 words − 0.93 × words/sentence', () => {
    expect(fleschDouma(100, 10, 150)).toBeCloseTo(206.84 - 0.77 * 150 - 0.93 * 10, 6)
    expect(Number.isNaN(fleschDouma(0, 0, 0))).toBe(true)
  })
})

describe('analyseReadability', () => {
  it('scores a B1 text higher than a formal legal text', () => {
    const plain = analyseReadability(B1)
    const legal = analyseReadability(JURIDISCH)
    console.log(`Flesch-Douma: B1 ${plain.fleschDouma.toFixed(1)}, juridisch ${legal.fleschDouma.toFixed(1)}`)
    expect(plain.fleschDouma).toBeGreaterThan(legal.fleschDouma + 30)
    expect(plain.fleschDouma).toBeGreaterThan(70)
    expect(legal.fleschDouma).toBeLessThan(40)
    expect(legal.sentenceCount).toBe(2)
    expect(legal.averageSentenceLength).toBeGreaterThan(30)
  })

  it('reports the longest sentence, long words and paragraphs with offsets', () => {
    const text = `${B1}\n\n${JURIDISCH}`
    const r = analyseReadability(text, { allowedWords: ['maatwerkvoorziening'] })
    expect(r.paragraphs.map((p) => p.sentences)).toEqual([8, 2])
    const longest = r.longestSentence
    expect(longest).toBeDefined()
    expect(text.slice(longest?.start, longest?.end)).toMatch(/^Het college verstrekt ingevolge/)
    const long = r.longWords.map((w) => w.text)
    expect(long).toContain('zelfredzaamheid')
    expect(long).toContain('belanghebbende')
    expect(long).not.toContain('maatwerkvoorziening')
    expect(long).not.toContain('gesprek')
    for (const w of r.longWords) expect(text.slice(w.start, w.end)).toBe(w.text)
    expect(r.wordCount).toBe(r.sentences.reduce((n, s) => n + s.words, 0))
  })

  it('makes the long-word thresholds configurable', () => {
    const r = analyseReadability('De aanvrager ontvangt een beschikking.', { longWordSyllables: 3, longWordLetters: 99 })
    expect(r.longWords.map((w) => w.text)).toEqual(['aanvrager', 'beschikking'])
  })
})

describe('passive voice', () => {
  const passives = (t: string): string[] => findPassives(segment(t).sentences, t).map((p) => p.text)

  it.each([
    ['De uitkering wordt verstrekt door het college.', 'wordt verstrekt'],
    ['Uw aanvraag is toegekend.', 'is toegekend'],
    ['Uw aanvraag kan worden geweigerd als u niet meewerkt.', 'worden geweigerd'],
    ['De aanvraag werd afgewezen.', 'werd afgewezen'],
    ['Het besluit is door de consulent beoordeeld.', 'is door de consulent beoordeeld'],
    ['Uw formulier is ontvangen.', 'is ontvangen'],
    ['Het bedrag wordt op de eerste van de maand betaald.', 'wordt op de eerste van de maand betaald'],
    ['Het besluit wordt herzien.', 'wordt herzien'],
    ['Ik weet dat de aanvraag afgewezen is.', 'afgewezen is'],
    ['De voorziening wordt vastgesteld.', 'wordt vastgesteld'],
  ])('finds the passive in: %s', (t, expected) => {
    expect(passives(t)).toEqual([expected])
  })

  it.each([
    'Ik ben blij.',
    'Hij wordt ziek.',
    'Dit is gemeente Leiden.',
    'Hij is gisteren gekomen.',
    'Het college is bevoegd.',
    'U bent verplicht om mee te werken.',
    'De kosten zijn gestegen.',
    'Het college beslist binnen acht weken.',
    'Wij hebben uw aanvraag ontvangen.',
    'Wat is vermogen?',
    'De gemeenten zijn groot.',
    'Het is, zoals u weet, verstrekt.',
    'Het gesprek begint met kijken wat nodig is.',
  ])('finds no passive in: %s', (t) => {
    expect(passives(t)).toEqual([])
  })

  it('prefers the nearest auxiliary over a possessive "zijn"', () => {
    expect(passives('De inwoner stelt zijn vraag centraal en daarna wordt een oplossing gezocht.')).toEqual(['wordt een oplossing gezocht'])
  })

  it('points at auxiliary and participle', () => {
    const t = 'Daarna wordt uw aanvraag afgewezen.'
    const [hit] = findPassives(segment(t).sentences, t)
    expect(hit?.auxiliary.text).toBe('wordt')
    expect(hit?.participle.text).toBe('afgewezen')
    expect(t.slice(hit?.participle.start, hit?.participle.end)).toBe('afgewezen')
  })

  it('recognises participles', () => {
    for (const w of ['verstrekt', 'beoordeeld', 'ontvangen', 'betaald', 'herzien', 'gegeven', 'toegekend', 'geïnformeerd']) expect(isParticiple(w)).toBe(true)
    for (const w of ['blij', 'ziek', 'gemeente', 'gezond', 'gebied', 'bevoegd', 'bestaat', 'begint', 'vertelt', 'besluit']) expect(isParticiple(w)).toBe(false)
  })

  it('is part of the readability report', () => {
    expect(analyseReadability('Uw aanvraag is toegekend. U krijgt geld.').passives).toHaveLength(1)
  })
})
