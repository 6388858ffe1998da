// Which characters are invisible is decided by Unicode properties
// (src/parse/invisible-characters.ts), so characters a hand list missed are
// covered: U+034F, U+FE0F, U+17B4, U+E0100, U+1D173. The rule examples of
// tekens-onzichtbaar show the messages; this checks the definition itself.
import { describe, expect, it } from 'vitest'
import { clean } from '../src/import/bron.ts'
import { describeCodePoint, invisibleRuns, isInvisible, withoutInvisible } from '../src/parse/invisible-characters.ts'

const runs = (text: string) => invisibleRuns(text).map((run) => [text.slice(run.start, run.end), run.codePoints.map(describeCodePoint)])

describe('invisible characters', () => {
  it('finds the characters a hand list missed, inside a word', () => {
    for (const [codePoint, name] of [
      [0x034f, 'COMBINING GRAPHEME JOINER'],
      [0xfe0f, 'VARIATION SELECTOR-16'],
      [0x17b4, 'KHMER VOWEL INHERENT AQ'],
      [0xe0100, 'VARIATION SELECTOR-17'],
      [0x1d173, 'MUSICAL SYMBOL BEGIN BEAM'],
    ] as const) {
      const char = String.fromCodePoint(codePoint)
      expect(runs(`hu${char}lp`)).toEqual([[char, [`U+${codePoint.toString(16).toUpperCase().padStart(4, '0')} (${name})`]]])
      expect(withoutInvisible(`hu${char}lp`)).toBe('hulp')
    }
  })

  it('counts every default-ignorable, format and control character but tab and line ends, and names each', () => {
    const property = /[\p{Default_Ignorable_Code_Point}\p{Cf}\p{Cc}\p{Noncharacter_Code_Point}]/u
    const printed = new Set([0x0600, 0x0601, 0x0602, 0x0603, 0x0604, 0x0605, 0x06dd, 0x070f, 0x0890, 0x0891, 0x08e2, 0x110bd, 0x110cd])
    let count = 0
    const differ: string[] = []
    for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) {
      if (codePoint >= 0xd800 && codePoint <= 0xdfff) continue
      const expected = property.test(String.fromCodePoint(codePoint)) && ![0x09, 0x0a, 0x0d].includes(codePoint) && !printed.has(codePoint)
      if (isInvisible(codePoint) !== expected) differ.push(describeCodePoint(codePoint))
      if (expected) count++
    }
    expect(differ).toEqual([])
    // Tags and variation selectors alone are more than 350; a narrower definition would show here.
    expect(count).toBeGreaterThan(4_000)
    // Assigned characters outside the control and tag ranges have their own name.
    for (const codePoint of [0x00ad, 0x061c, 0x180b, 0x180e, 0x2060, 0x3164, 0xfe00, 0xfeff, 0xfffb, 0x1bca0, 0x1d17a, 0xe01ef]) {
      expect(describeCodePoint(codePoint)).not.toMatch(/\((CONTROL|FORMAT) CHARACTER|UNASSIGNED\)/)
    }
    expect(describeCodePoint(0xe01ef)).toBe('U+E01EF (VARIATION SELECTOR-256)')
  })

  it('leaves alone a soft hyphen between letters and the joiners and selectors of an emoji or a flag', () => {
    for (const text of [
      'arbeids\u00ADongeschiktheids\u00ADuitkering',
      '\u{1F469}\u200D\u2695\uFE0F',
      '\u2764\uFE0F\u200D\u{1F525}',
      '1\uFE0F\u20E3',
      '\u2764\uFE0E',
      '\u{1F3F4}\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}',
    ]) {
      expect(runs(text), text).toEqual([])
      expect(withoutInvisible(text)).toBe(text)
    }
  })

  it('reports the same characters where they have no use', () => {
    expect(runs('\u00ADhulp')).toEqual([['\u00AD', ['U+00AD (SOFT HYPHEN)']]])
    expect(runs('hulp\u00AD\u00ADverlening')).toEqual([['\u00AD\u00AD', ['U+00AD (SOFT HYPHEN)', 'U+00AD (SOFT HYPHEN)']]])
    expect(runs('1\uFE0F')).toEqual([['\uFE0F', ['U+FE0F (VARIATION SELECTOR-16)']]])
    expect(runs('a\u200Db')).toEqual([['\u200D', ['U+200D (ZERO WIDTH JOINER)']]])
    expect(runs('a\u200Cb')).toEqual([['\u200C', ['U+200C (ZERO WIDTH NON-JOINER)']]])
    expect(runs('tab\tline\nend\r\n')).toEqual([])
  })

  it('counts noncharacters and lone surrogates, which XML may not hold (U+FFFE made the DOCX export fail)', () => {
    expect(runs('hu\uFFFElp')).toEqual([['\uFFFE', ['U+FFFE (NONCHARACTER)']]])
    expect(runs('a\uFDD0b\u{10FFFF}')).toEqual([
      ['\uFDD0', ['U+FDD0 (NONCHARACTER)']],
      ['\u{10FFFF}', ['U+10FFFF (NONCHARACTER)']],
    ])
    expect(runs('a\uD800b')).toEqual([['\uD800', ['U+D800 (SURROGATE)']]])
    expect(withoutInvisible('hu\uFFFFlp\uDFFF')).toBe('hulp')
  })

  it('leaves them out of text the importer takes over', () => {
    expect(clean('Het  col\u034Flege\u{E0100} helpt\u202E \u0007u.')).toBe('Het college helpt u.')
  })
})
