import { describe, expect, it } from 'vitest'
import { segment, segmentMemoHeld, splitSentences, splitWords } from '../../src/taal/segment.ts'

const texts = (text: string): string[] => splitSentences(text).map((s) => s.text)

describe('segment', () => {
  it('keeps legal abbreviations and numbered references inside one sentence', () => {
    const t = 'Het college verstrekt o.a. een maatwerkvoorziening als bedoeld in art. 2.3.5, lid 3, van de wet.'
    expect(texts(t)).toEqual([t])
    const words = splitWords(t).map((w) => w.text)
    expect(words).toContain('o.a.')
    expect(words).toContain('art.')
    expect(words).toContain('2.3.5')
  })

  it.each([
    'Zie bijv. artikel 2.1.3 en bv. de Awb.',
    'Dit geldt m.b.t. de jeugd i.v.m. de wet en moet z.s.m. gebeuren.',
    'Dit geldt voor artikel 4 t/m 7 jo. artikel 8 nr. 3 e.d. van de verordening.',
    'Dit geldt voor iedereen, d.w.z. alle inwoners m.u.v. kinderen enz. in de gemeente.',
    'Dit is gepubliceerd in Stb. 2015, 123 en Stcrt. 2016, 45 van dat jaar.',
    'Zie art. 8.1.1, eerste lid, onder a, van de Participatiewet jo. art. 7 Awb.',
    'In lid 2. staat de regel over de bijstand.',
    'Op grond van artikel 4:84 Awb mag het college afwijken van de beleidsregel.',
  ])('one sentence: %s', (t) => {
    expect(texts(t)).toEqual([t])
  })

  it('splits real legal text from the seeds', () => {
    // 002, l.334
    const t =
      'De kostendelersnorm staat geregeld in artikel 19a van de Participatiewet. Die stelt dat wanneer iemand zijn hoofdverblijf heeft in dezelfde woning als de aanvrager deze aangemerkt wordt als kostendeler (art. 19a PW). Binnen de gemeentelijke richtlijnen wordt gemeentelijke Basisregistratie Personen (BRP) hiervoor als leidraad genomen.'
    const s = texts(t)
    expect(s).toHaveLength(3)
    expect(s[1]).toMatch(/\(art\. 19a PW\)\.$/)
  })

  it('ends a sentence after a number or "enz." before a capital', () => {
    expect(texts('Dit staat in artikel 3. Het college beslist.')).toEqual(['Dit staat in artikel 3.', 'Het college beslist.'])
    expect(texts('Dat is zo, enz. Daarna komt meer.')).toEqual(['Dat is zo, enz.', 'Daarna komt meer.'])
    // A list number at the start is not a sentence.
    expect(texts('1. Het college beslist.')).toEqual(['1. Het college beslist.'])
  })

  it('ends a heading line without punctuation', () => {
    expect(texts('Artikel 1 Begripsbepalingen\nIn deze verordening wordt verstaan onder:\na. aanvrager: de inwoner;\nb. college: het college.')).toEqual([
      'Artikel 1 Begripsbepalingen',
      'In deze verordening wordt verstaan onder:\na. aanvrager: de inwoner;\nb. college: het college.',
    ])
  })

  it('returns offsets that map back to the input', () => {
    const t = 'Eerste zin over de Wmo.  Tweede zin kost 3,5 procent!\n\nNieuwe alinea, met i.v.m. een afkorting.'
    const { sentences, paragraphs } = segment(t)
    expect(sentences).toHaveLength(3)
    expect(paragraphs).toHaveLength(2)
    expect(paragraphs[0]?.sentences).toHaveLength(2)
    expect(sentences[2]?.paragraph).toBe(1)
    for (const s of sentences) {
      expect(t.slice(s.start, s.end)).toBe(s.text)
      for (const w of s.words) expect(t.slice(w.start, w.end)).toBe(w.text)
    }
    const words = sentences[1]?.words.map((w) => `${w.text}:${w.kind}`)
    expect(words).toContain('3,5:number')
    expect(sentences[2]?.words.map((w) => w.text)).toContain('i.v.m.')
  })
})

describe('the memo of segmentations', () => {
  it('holds at most 2 million characters of text, however many long texts pass (a language server runs for days)', () => {
    const held: number[] = []
    for (let index = 0; index < 5; index++) {
      const text = `${index}${'a'.repeat(700_000)}`
      const first = segment(text)
      // Kept while there is room: the same text gives the same result without segmenting again.
      expect(segment(text)).toBe(first)
      held.push(segmentMemoHeld())
    }
    expect(Math.max(...held)).toBeLessThanOrEqual(2_000_000)
    // A text longer than the whole memo is segmented, not kept.
    const huge = `x ${'b'.repeat(2_000_001)}`
    const before = segmentMemoHeld()
    expect(segment(huge).sentences).toHaveLength(1)
    expect(segmentMemoHeld()).toBe(before)
  })
})
