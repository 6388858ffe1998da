/**
 * Characters a reader cannot see, by Unicode property rather than by a list,
 * so that a character nobody thought of is covered too: every
 * Default_Ignorable_Code_Point (zero-width characters, joiners, every
 * variation selector, tag characters, Hangul fillers, the Khmer inherent
 * vowels, the musical beam and slur controls), every format character
 * (General_Category Cf: bidi controls, the interlinear annotation characters)
 * and every control character (Cc) but tab, line feed and carriage return.
 * A hand list missed U+034F, U+17B4, U+FE0F, U+E0100 and U+1D173.
 * Also counted: the 66 noncharacters (U+FDD0–U+FDEF and the last two code
 * points of every plane, U+FFFE, U+FFFF …) and lone surrogates. They show as
 * nothing or as an empty box, and XML may not hold U+FFFE, U+FFFF or a lone
 * surrogate: one of them in a text made the DOCX and the STOP export fail.
 *
 * Not counted: the prepended concatenation marks (Cf, but printed, such as
 * U+0600 ARABIC NUMBER SIGN), for which JavaScript has no property.
 *
 * Invisible characters with a use in a Dutch text, left alone where they have it:
 * - the soft hyphen (U+00AD) between two letters: Dutch typography for long
 *   compounds (arbeids·ongeschiktheids·uitkering); it shows as a hyphen where a
 *   line breaks. Anywhere else (doubled, at the edge of a word, between
 *   spaces) it does nothing but hide something, and counts;
 * - the zero width joiner (U+200D) between two emoji (woman health worker);
 * - variation selectors 15 and 16 (U+FE0E, U+FE0F) right after an emoji
 *   character, and U+FE0F in a keycap (1️⃣): they choose how the emoji looks;
 * - the tag characters of a subdivision flag (🏴 Schotland).
 * The zero width non-joiner (U+200C) has no use in Dutch and counts.
 *
 * One definition for the rule tekens-onzichtbaar (which reports them) and the
 * importer (which leaves them out of the text it takes over).
 */

// The `v` flag (Node 20) allows the set difference `--`.
const invisibleClass = String.raw`[[\p{Default_Ignorable_Code_Point}\p{Cf}\p{Cc}\p{Noncharacter_Code_Point}\p{Cs}]--[\t\n\r\u0600-\u0605\u06DD\u070F\u0890\u0891\u08E2\u{110BD}\u{110CD}]]`
const anyInvisible = new RegExp(invisibleClass, 'v')
const invisibleRun = new RegExp(`${invisibleClass}+`, 'gv')

// The legitimate uses, masked (same length, so offsets stay) before scanning. The joiner goes
// first: its lookbehind reads a U+FE0F before it (❤️‍🔥).
// biome-ignore lint/suspicious/noMisleadingCharacterClass: U+FE0F stands alone in the class on purpose: the selector that may come before a joiner
const emojiJoiner = /(?<=[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F])\u200D(?=\p{Extended_Pictographic})/gu
// biome-ignore lint/complexity/useRegexLiterals: a literal with the v flag needs an ES2024 target; the bundle is ES2023
const emojiVariation = new RegExp(String.raw`(?<=[\p{Emoji}--[0-9#*]])[\uFE0E\uFE0F]|(?<=[0-9#*])\uFE0F(?=\u20E3)`, 'gv')
const softHyphen = /(?<=[\p{L}\p{M}])\u00AD(?=\p{L})/gu
const flagTags = /\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}/gu

/** Is this character invisible to a reader (whatever stands around it)? */
export function isInvisible(codePoint: number): boolean {
  return codePoint >= 0 && codePoint <= 0x10ffff && anyInvisible.test(String.fromCodePoint(codePoint))
}

/** Is this one character (a code point as a string) invisible to a reader? */
export function isInvisibleChar(char: string): boolean {
  return anyInvisible.test(char)
}

/** Does `text` hold an invisible character at all (legitimate or not)? One pass, to skip the rest. */
export function hasInvisible(text: string): boolean {
  return anyInvisible.test(text)
}

/** Is the soft hyphen written at [start, end) of `text` (literally or as an escape) between two letters? */
export function softHyphenBetweenLetters(text: string, start: number, end: number): boolean {
  return /[\p{L}\p{M}]$/u.test(text.slice(Math.max(0, start - 2), start)) && /^\p{L}/u.test(text.slice(end, end + 2))
}

export interface InvisibleRun {
  /** UTF-16 offsets in the text, `end` exclusive. */
  start: number
  end: number
  codePoints: number[]
}

/** The runs of invisible characters in `text` that have no use where they stand. */
export function invisibleRuns(text: string): InvisibleRun[] {
  if (!anyInvisible.test(text)) return []
  const masked = text
    .replace(emojiJoiner, 'x')
    .replace(emojiVariation, 'x')
    .replace(softHyphen, 'x')
    .replace(flagTags, (flag) => 'x'.repeat(flag.length))
  const runs: InvisibleRun[] = []
  for (const match of masked.matchAll(invisibleRun)) {
    runs.push({ start: match.index, end: match.index + match[0].length, codePoints: [...match[0]].map((char) => char.codePointAt(0) ?? 0) })
  }
  return runs
}

/** `text` without the invisible characters that have no use where they stand (for text taken over from elsewhere). */
export function withoutInvisible(text: string): string {
  const runs = invisibleRuns(text)
  if (runs.length === 0) return text
  let out = ''
  let from = 0
  for (const run of runs) {
    out += text.slice(from, run.start)
    from = run.end
  }
  return out + text.slice(from)
}

// The Unicode names of the invisible characters, so the author can look one up. Node has no table
// of names, and a package with all of them is 1.7 MB loaded in every process; the variation
// selectors are numbered below, and a character without a name here is named by its kind.
const names: Record<number, string> = {
  0x00: 'NULL',
  0x07: 'BELL',
  0x08: 'BACKSPACE',
  0x0b: 'LINE TABULATION',
  0x0c: 'FORM FEED',
  0x1b: 'ESCAPE',
  0x7f: 'DELETE',
  0x85: 'NEXT LINE',
  0x9b: 'CONTROL SEQUENCE INTRODUCER',
  0xad: 'SOFT HYPHEN',
  0x034f: 'COMBINING GRAPHEME JOINER',
  0x061c: 'ARABIC LETTER MARK',
  0x115f: 'HANGUL CHOSEONG FILLER',
  0x1160: 'HANGUL JUNGSEONG FILLER',
  0x17b4: 'KHMER VOWEL INHERENT AQ',
  0x17b5: 'KHMER VOWEL INHERENT AA',
  0x180b: 'MONGOLIAN FREE VARIATION SELECTOR ONE',
  0x180c: 'MONGOLIAN FREE VARIATION SELECTOR TWO',
  0x180d: 'MONGOLIAN FREE VARIATION SELECTOR THREE',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x180f: 'MONGOLIAN FREE VARIATION SELECTOR FOUR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2061: 'FUNCTION APPLICATION',
  0x2062: 'INVISIBLE TIMES',
  0x2063: 'INVISIBLE SEPARATOR',
  0x2064: 'INVISIBLE PLUS',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0x206a: 'INHIBIT SYMMETRIC SWAPPING',
  0x206b: 'ACTIVATE SYMMETRIC SWAPPING',
  0x206c: 'INHIBIT ARABIC FORM SHAPING',
  0x206d: 'ACTIVATE ARABIC FORM SHAPING',
  0x206e: 'NATIONAL DIGIT SHAPES',
  0x206f: 'NOMINAL DIGIT SHAPES',
  0x3164: 'HANGUL FILLER',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
  0xffa0: 'HALFWIDTH HANGUL FILLER',
  0xfff9: 'INTERLINEAR ANNOTATION ANCHOR',
  0xfffa: 'INTERLINEAR ANNOTATION SEPARATOR',
  0xfffb: 'INTERLINEAR ANNOTATION TERMINATOR',
  0x1bca0: 'SHORTHAND FORMAT LETTER OVERLAP',
  0x1bca1: 'SHORTHAND FORMAT CONTINUING OVERLAP',
  0x1bca2: 'SHORTHAND FORMAT DOWN STEP',
  0x1bca3: 'SHORTHAND FORMAT UP STEP',
  0x1d173: 'MUSICAL SYMBOL BEGIN BEAM',
  0x1d174: 'MUSICAL SYMBOL END BEAM',
  0x1d175: 'MUSICAL SYMBOL BEGIN TIE',
  0x1d176: 'MUSICAL SYMBOL END TIE',
  0x1d177: 'MUSICAL SYMBOL BEGIN SLUR',
  0x1d178: 'MUSICAL SYMBOL END SLUR',
  0x1d179: 'MUSICAL SYMBOL BEGIN PHRASE',
  0x1d17a: 'MUSICAL SYMBOL END PHRASE',
  0xe0001: 'LANGUAGE TAG',
  0xe007f: 'CANCEL TAG',
}

function nameOf(codePoint: number): string {
  const name = names[codePoint]
  if (name) return name
  if (codePoint >= 0xfe00 && codePoint <= 0xfe0f) return `VARIATION SELECTOR-${codePoint - 0xfe00 + 1}`
  if (codePoint >= 0xe0100 && codePoint <= 0xe01ef) return `VARIATION SELECTOR-${codePoint - 0xe0100 + 17}`
  if (codePoint >= 0xe0020 && codePoint <= 0xe007e) return 'TAG CHARACTER'
  const char = String.fromCodePoint(codePoint)
  if (/\p{Cc}/u.test(char)) return 'CONTROL CHARACTER'
  if (/\p{Noncharacter_Code_Point}/u.test(char)) return 'NONCHARACTER'
  if (/\p{Cs}/u.test(char)) return 'SURROGATE'
  if (/\p{Cn}/u.test(char)) return 'UNASSIGNED'
  return 'FORMAT CHARACTER'
}

/** "U+202E (RIGHT-TO-LEFT OVERRIDE)": the code point and its Unicode name. */
export function describeCodePoint(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')} (${nameOf(codePoint)})`
}
