// Generators of hostile and half-broken verordeningen for property tests:
// new hoofdstukken assembled from the language's own pieces, and mutations of
// real files (the basic fixture and the shipped example).
import fc from 'fast-check'

const words = [
  'Het',
  'college',
  'kan',
  'hulp',
  'bieden',
  'aan',
  'de',
  'inwoner',
  'als',
  'dat',
  'nodig',
  'is',
  'ë',
  '漢字',
  '\u202e',
  '\u00a0',
  '&amp;',
  '<b>',
  '<script>alert(1)</script>',
  '"',
  "'",
  '\\',
  '`',
  '*',
  '_',
  '[x](javascript:alert(1))',
  '![](../../etc/passwd)',
  '![alt](https://x.invalid/a.png)',
  '{',
  '}',
  '#',
  '>',
  '|',
]

const attributeValue = fc.oneof(
  fc.constantFrom(
    'meedoen',
    'gedeeld.eigen-regie',
    'wmo.zelfredzaamheid',
    'wmo:2.3.5',
    'awb:4:84',
    '2.1',
    '1.1',
    'regel',
    'citeertitel',
    'toetsingsartikel',
    '',
    ' ',
    '__proto__',
    'constructor',
    'javascript:alert(1)',
    '"><img src=x onerror=alert(1)>',
  ),
  fc.string({ maxLength: 12 }),
)
const attributeName = fc.oneof(
  fc.constantFrom(
    'nr',
    'titel',
    'effect',
    'grondwaarde',
    'grondslag',
    'soort',
    'lid',
    'onderdeel',
    'tekst',
    'term',
    'artikel',
    'onclick',
    'id',
    'class',
    '__proto__',
  ),
  fc.string({ minLength: 1, maxLength: 6 }),
)
const attributes = fc
  .array(fc.tuple(attributeName, attributeValue), { maxLength: 5 })
  .map((pairs) => (pairs.length === 0 ? '' : `{${pairs.map(([name, value]) => `${name}="${value.replace(/"/g, '')}"`).join(' ')}}`))

const inline = fc.oneof(
  fc.constantFrom(...words),
  fc
    .tuple(fc.constantFrom('begrip', 'artikel', 'wet', 'onbekend'), fc.constantFrom('college', '1.1', '2.1', 'wmo', 'pw', '', 'x'), attributes)
    .map(([name, label, attrs]) => `:${name}[${label}]${attrs}`),
  fc.string({ maxLength: 8 }),
)
const line = fc.array(inline, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(' '))

/**
 * Long runs of what nests or pairs up: block quotes, lists, emphasis, link
 * and image brackets, directive blocks, backticks, HTML and braces. Counts
 * mostly small, some around the limits of the structure guard, some far over.
 */
const nestingCount = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 40 }), weight: 6 },
  { arbitrary: fc.integer({ min: 900, max: 1100 }), weight: 2 },
  { arbitrary: fc.integer({ min: 1, max: 30_000 }), weight: 1 },
)
export const nestingRun: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(
      fc.constantFrom(
        '> ',
        '>',
        '- ',
        '* ',
        '+ ',
        '1. ',
        '2) ',
        '> - ',
        '*',
        '_',
        '**',
        '*a',
        '_a',
        'a*',
        '[',
        '![',
        ']',
        '[a](',
        ':a[',
        ':a{b="',
        '`',
        '``a',
        '<!-- ',
        '<a b="',
        '{',
        '- - ',
      ),
      nestingCount,
    )
    .map(([unit, count]) => unit.repeat(count)),
  fc.tuple(fc.integer({ min: 3, max: 8 }), nestingCount).map(([colons, count]) => `${':'.repeat(colons)}a\n`.repeat(count)),
  nestingCount.map((count) => Array.from({ length: Math.min(count, 300) }, (_, index) => `${'`'.repeat(index + 1)} a`).join(' ')),
)

const block: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: nestingRun, weight: 1 },
  { arbitrary: line, weight: 10 },
  { arbitrary: fc.tuple(fc.integer({ min: 1, max: 4 }), line).map(([nr, text]) => `${nr}. ${text}`), weight: 10 },
  { arbitrary: fc.tuple(fc.constantFrom('a', 'b', 'c', 'z'), line).map(([letter, text]) => `   - ${letter}. ${text}`), weight: 10 },
  {
    arbitrary: fc
      .tuple(fc.integer({ min: 2, max: 6 }), fc.constantFrom('artikel', 'juridisch', 'inwoners', 'voorbeeld', 'toelichting', 'onbekend'), attributes)
      .map(([colons, name, attrs]) => `${':'.repeat(colons)}${name}${attrs}`),
    weight: 10,
  },
  { arbitrary: fc.integer({ min: 2, max: 6 }).map((colons) => ':'.repeat(colons)), weight: 10 },
  {
    arbitrary: fc.constantFrom('', '---', '```', '> citaat', '# Kop', '<div onmouseover="alert(1)">x</div>', '<!-- opmerking -->', '| a | b |', '    code'),
    weight: 10,
  },
)

/** A hoofdstuk file built from the pieces of the language, in random order. */
export const hoofdstukFile = fc
  .tuple(
    fc.option(fc.tuple(fc.integer({ min: -1, max: 4 }), fc.string({ maxLength: 10 }), fc.option(fc.constantFrom('wmo', 'pw', 'x', '')))),
    fc.array(block, { maxLength: 40 }),
  )
  .map(([front, blocks]) => {
    const head = front
      ? `---\nhoofdstuk: ${front[0]}\ntitel: "${front[1].replace(/["\\\n]/g, '')}"\n${front[2] !== null ? `wet: ${front[2]}\n` : ''}---\n\n`
      : ''
    return head + blocks.join('\n')
  })

/**
 * A "word" of 1 to 50 KB, as a paste error leaves it: one letter repeated, or
 * letters in a mix (made from a seed, so it shrinks to a short description).
 */
export const longWord: fc.Arbitrary<string> = fc.tuple(fc.integer({ min: 1_000, max: 50_000 }), fc.nat(), fc.boolean()).map(([length, seed, mixed]) => {
  if (!mixed) return 'a'.repeat(length)
  let state = seed
  let word = ''
  for (let index = 0; index < length; index++) {
    state = (state * 1103515245 + 12345) & 0x7fffffff
    word += 'abcdefghijklmnopqrstuvwxyzë'[state % 27]
  }
  return word
})

// Every Default_Ignorable_Code_Point, found once: zero-width characters, joiners, variation selectors, tags …
const defaultIgnorable: number[] = []
for (let codePoint = 0; codePoint <= 0x10ffff; codePoint++) {
  if ((codePoint < 0xd800 || codePoint > 0xdfff) && /\p{Default_Ignorable_Code_Point}/u.test(String.fromCodePoint(codePoint))) defaultIgnorable.push(codePoint)
}

/** One invisible character (any Default_Ignorable_Code_Point). */
export const invisibleCharacter: fc.Arbitrary<string> = fc.constantFrom(...defaultIgnorable).map((codePoint) => String.fromCodePoint(codePoint))

export interface Mutation {
  kind: 'delete' | 'duplicate' | 'insert' | 'replace'
  at: number
  length: number
  text: string
}

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom('delete', 'duplicate', 'insert', 'replace'),
  at: fc.nat(),
  length: fc.integer({ min: 1, max: 200 }),
  text: fc.oneof(
    {
      arbitrary: fc.constantFrom(
        ':::',
        '::::',
        '\n:::\n',
        '"',
        '}',
        '{',
        '\n',
        '---',
        '&',
        '*',
        '[',
        ']',
        '- a. ',
        '1. ',
        ':begrip[',
        'id: x\n',
        '  - ',
        ': ',
        '*a',
        '&a ',
        '\t',
      ),
      weight: 5,
    },
    { arbitrary: fc.string({ maxLength: 10 }), weight: 5 },
    { arbitrary: nestingRun, weight: 1 },
    { arbitrary: longWord, weight: 1 },
    { arbitrary: invisibleCharacter, weight: 1 },
  ),
})

export function applyMutations(text: string, mutations: Mutation[]): string {
  let result = text
  for (const { kind, at, length, text: insert } of mutations) {
    const position = result.length === 0 ? 0 : at % (result.length + 1)
    switch (kind) {
      case 'delete':
        result = result.slice(0, position) + result.slice(position + length)
        break
      case 'duplicate':
        result = result.slice(0, position + length) + result.slice(position, position + length) + result.slice(position + length)
        break
      case 'insert':
        result = result.slice(0, position) + insert + result.slice(position)
        break
      case 'replace':
        result = result.slice(0, position) + insert + result.slice(position + insert.length)
        break
    }
  }
  return result
}

/**
 * The front matter of a real hoofdstuk with `count` of its artikelen from
 * `start` on: a mutation lands in realistic text, and a case does not pay for
 * re-checking 30 KB that no mutation touched (the whole file is still drawn
 * now and then, see `realFile`).
 */
export function excerpt(text: string, start: number, count: number): string {
  const [head = '', ...artikelen] = text.split(/^(?=::::artikel)/m)
  if (artikelen.length === 0) return text
  const from = start % artikelen.length
  return head + artikelen.slice(from, from + count).join('')
}

/** Which part of a real file a case mutates: mostly a few artikelen, one case in ten the whole file. */
export const window: fc.Arbitrary<{ start: number; count: number } | null> = fc.option(fc.record({ start: fc.nat(), count: fc.integer({ min: 1, max: 3 }) }), {
  freq: 10,
})

/** Pieces of a word: letters, a digraph, accents, a combining mark, a ligature, hyphens, a soft hyphen, script other than Latin. */
const wordPieces = ['hulp', 'zorg', 'inwoner', 'a', 'Z', 'ij', 'ë', 'é', 'a\u0301', 'ĳ', 'ß', '-', '\u00ad', "'", '漢', 'ж', 'ǅ', '1']

/**
 * A word of 1 to 50 KB without a space: a paste error or text whose spaces
 * were lost. Built from a short repeated unit, so generating and shrinking it
 * stays cheap; the unit decides whether it is one long run of letters, a
 * hyphenated chain or something that looks like a compound.
 */
export const pastedWord: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.constantFrom(...wordPieces), { minLength: 1, maxLength: 6 }), fc.integer({ min: 1024, max: 50 * 1024 }))
  .map(([pieces, size]) => {
    const unit = pieces.join('')
    return unit.repeat(Math.ceil(size / unit.length)).slice(0, size)
  })

/** Where a long word goes: every place the author writes text. */
export const pastedWordPlace = fc.constantFrom(
  'juridisch',
  'inwoners',
  'voorbeeld',
  'toelichting',
  'artikeltitel',
  'hoofdstuktitel',
  'begrip',
  'lijst',
  'effect',
  'verwijzing',
  'verwijzingstekst',
  'begrippen',
)
