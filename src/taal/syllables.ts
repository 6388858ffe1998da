/**
 * Dutch syllable counter.
 *
 * Counting convention: orthographic syllables as the Woordenlijst Nederlandse
 * Taal divides them (so·ci·aal, sta·ti·on, in·for·ma·tie), i.e. one syllable
 * per vowel nucleus. Loanwords count as they are pronounced in Dutch
 * (ser·vice = 2, web·site = 2).
 *
 * Why not the hyphenation patterns (hyphen/patterns/nl): they answer "where
 * may a line break", not "how many syllables", and refuse breaks near word
 * edges (e-mail, ruïne, a-de-quaat). Counting vowel nuclei is more robust for
 * counting; the hard part is deciding which vowel letters form one nucleus.
 */

const VOWELS = 'aeiouyáàâäéèêëíìîïóòôöúùûü'

/** Accented letter → base letter; a diaeresis marks a new syllable. */
const BASE: Record<string, string> = {
  á: 'a',
  à: 'a',
  â: 'a',
  ä: 'a',
  é: 'e',
  è: 'e',
  ê: 'e',
  ë: 'e',
  í: 'i',
  ì: 'i',
  î: 'i',
  ï: 'i',
  ó: 'o',
  ò: 'o',
  ô: 'o',
  ö: 'o',
  ú: 'u',
  ù: 'u',
  û: 'u',
  ü: 'u',
}
const DIAERESIS = new Set(['ä', 'ë', 'ï', 'ö', 'ü'])

/**
 * Vowel graphemes that form ONE nucleus, longest first. Anything else in a
 * vowel run is a hiatus (the-a-ter, i-de-aal, so-ci-aal, ac-tu-eel).
 * 'ij' is listed because j after i is part of the vowel.
 */
const NUCLEI = ['aai', 'ooi', 'oei', 'eeu', 'ieu', 'eau', 'aa', 'ee', 'oo', 'uu', 'ie', 'oe', 'eu', 'ui', 'ij', 'ei', 'ou', 'au', 'ai', 'oi', 'ay', 'ey', 'oy']

/**
 * Loanword and special-morph rewrites into a Dutch-like spelling with the
 * same number of nuclei as the Dutch pronunciation. Matched on the lowercase
 * word; lookarounds keep them from firing inside native words
 * (e.g. "site" must not hit "visite", "deal" must not hit "idealen").
 */
const REWRITES: Array<[RegExp, string]> = [
  // English silent final e and English vowel spellings
  [/(^|web)site/g, '$1sajt'],
  [/(on|off)line/g, '$1lajn'],
  [/(dead|head|guide)line/g, '$1lajn'],
  [/(soft|hard|mal|spy|share)ware/g, '$1wer'],
  [/(^|home|day|self|child|health)care/g, '$1ker'],
  [/^case(?=$|s$|manag|load|work)/g, 'kees'],
  [/manage(?=ment)/g, 'manidzj'],
  [/manager/g, 'menedzjer'],
  [/update/g, 'updet'],
  [/time(?=$|-|out|line|s$)/g, 'tajm'],
  [/game(?=$|s$|n$)/g, 'geem'],
  [/service/g, 'servis'],
  [/office/g, 'offis'],
  [/practice/g, 'praktis'],
  [/interface/g, 'interfes'],
  [/(^|face)face/g, '$1fees'],
  [/phone/g, 'foon'],
  [/issue/g, 'isjoe'],
  [/coach/g, 'kootsj'],
  [/(^|[^i])(g|l|r|b)oa(?=[dlrt])/g, '$1$2o'], // goal, load, road, board, boat
  [/toast/g, 'toost'],
  [/lea(?=s)/g, 'lie'],
  [/learn/g, 'lurn'],
  [/(^|[^i])(t|d|l|st|cl|sp|br|str)ea(?=[mdlkn])/g, '$1$2ie'], // team, deal, lead, clean, speak
  [/^e(?=-)/g, 'ie'],
  // Latin -eum is e-um, not the digraph eu (mu-se-um, ju-bi-le-um)
  [/eum(?=$|s$)/g, 'e-um'],
  // French -ieus/-ieuze(n) is i-eus (se-ri-eus), but nieuw keeps ieu
  [/ieu(?=s$|ze$|zen$|ze[rn])/g, 'i-eu'],
]

/** Units / teens / tens: syllables of the Dutch number words. */
const UNIT = [1, 1, 1, 1, 1, 1, 1, 2, 1, 2] // nul een twee drie vier vijf zes zeven acht negen
const TEEN = [1, 1, 1, 2, 2, 2, 2, 3, 2, 3] // tien elf twaalf dertien ... negentien
const TENS = [0, 0, 2, 2, 2, 2, 2, 3, 2, 3] // -, -, twintig ... negentig

/** Syllables of an integer as spoken in Dutch (2015 = twee·dui·zend·vijf·tien). */
export function numberSyllables(n: number): number {
  if (!Number.isFinite(n) || n < 0) return 1
  n = Math.floor(n)
  if (n < 10) return UNIT[n] ?? 1
  if (n < 20) return TEEN[n - 10] ?? 2
  if (n < 100) {
    const t = Math.floor(n / 10)
    const u = n % 10
    // eenentwintig: unit + "en" + tens
    return (TENS[t] ?? 2) + (u === 0 ? 0 : (UNIT[u] ?? 1) + 1)
  }
  if (n < 1000) {
    const h = Math.floor(n / 100)
    // "honderd" (2), "tweehonderd" (1 + 2)
    return (h === 1 ? 0 : (UNIT[h] ?? 1)) + 2 + (n % 100 === 0 ? 0 : numberSyllables(n % 100))
  }
  if (n < 1_000_000) {
    const th = Math.floor(n / 1000)
    return (th === 1 ? 0 : numberSyllables(th)) + 2 + (n % 1000 === 0 ? 0 : numberSyllables(n % 1000))
  }
  // Big numbers are rare in regulations; read them digit by digit.
  return String(n).length
}

/**
 * Acronyms spelled letter by letter (Awb, Wmo, UWV). Mixed-case acronyms are
 * not recognisable by shape, so the known ones are listed.
 */
const SPELLED_ACRONYMS = new Set([
  'awb',
  'wmo',
  'bw',
  'wgs',
  'pgb',
  'cjg',
  'uwv',
  'svb',
  'ggz',
  'ggd',
  'cak',
  'bsn',
  'bbz',
  'ioaw',
  'ioaz',
  'aow',
  'anw',
  'wsnp',
  'crvb',
  'avg',
  'wlz',
  'zvw',
  'wajong',
  'kvk',
  'ind',
  'ww',
  'wia',
  'wao',
  'vng',
  'mbo',
  'hbo',
  'vmbo',
])
/** Acronyms pronounced as a word, not letter by letter. */
const SPOKEN_ACRONYMS: Record<string, number> = { wajong: 2, havo: 2, vwo: 3, ecli: 3, digid: 3 }

/** Split a vowel run into nuclei and return how many there are. */
function countNucleiInRun(run: string): number {
  let count = 0
  let i = 0
  while (i < run.length) {
    // A diaeresis letter always starts a new nucleus; it may still open a
    // digraph with its base letter (be-ëin-di-gen, na-ïef).
    let matched = 1
    for (const g of NUCLEI) {
      if (g.length <= run.length - i) {
        let ok = true
        for (let k = 0; k < g.length; k++) {
          const c = run[i + k] as string
          if (k > 0 && DIAERESIS.has(c)) {
            ok = false
            break
          }
          if ((BASE[c] ?? c) !== g[k]) {
            ok = false
            break
          }
        }
        if (ok) {
          matched = g.length
          break
        }
      }
    }
    count++
    i += matched
  }
  return count
}

/**
 * Count nuclei in one alphabetic part (no hyphens or digits).
 */
function countPart(part: string): number {
  let w = part
  for (const [re, rep] of REWRITES) w = w.replace(re, rep)
  // Rewrites may insert hyphens to force a hiatus; count the pieces.
  if (w.includes('-')) {
    return w
      .split('-')
      .filter((p) => p.length > 0)
      .reduce((sum, p) => sum + countRuns(p), 0)
  }
  return countRuns(w)
}

function countRuns(w: string): number {
  // Mark vowel letters. 'qu' and 'gu' before a vowel: u is a glide (fre-quen-tie).
  // 'y' before a vowel at the start or between vowels is a consonant (yoga, royaal).
  // 'j' after 'i' belongs to the nucleus 'ij'.
  let runs = 0
  let run = ''
  const flush = (): void => {
    if (run.length > 0) {
      runs += countNucleiInRun(run)
      run = ''
    }
  }
  for (let i = 0; i < w.length; i++) {
    const c = w[i] as string
    const prev = i > 0 ? (w[i - 1] as string) : ''
    const next = i + 1 < w.length ? (w[i + 1] as string) : ''
    let vowel = VOWELS.includes(c)
    if (c === 'u' && prev === 'q' && VOWELS.includes(next)) vowel = false
    if (c === 'y' && VOWELS.includes(next) && (i === 0 || VOWELS.includes(prev))) {
      // "oy"/"ay"/"ey" + vowel (royaal, loyaal): y is the consonant onset.
      vowel = false
    }
    if (c === 'j' && prev === 'i' && run.endsWith('i')) vowel = true
    if (vowel) run += c
    else flush()
  }
  flush()
  return runs
}

/**
 * Count the syllables of one token (a word, number, abbreviation or a
 * hyphenated compound). Returns at least 1 for any token with letters or
 * digits, 0 for pure punctuation.
 */
const syllableMemo = new Map<string, number>()

export function countSyllables(token: string): number {
  const known = syllableMemo.get(token)
  if (known !== undefined) return known
  const count = countSyllablesUncached(token)
  if (syllableMemo.size >= 100_000) syllableMemo.clear()
  syllableMemo.set(token, count)
  return count
}

function countSyllablesUncached(token: string): number {
  const raw = token.normalize('NFC').trim()
  if (!/[\p{L}\p{N}]/u.test(raw)) return 0

  // Pure numbers, decimals and numbered references (2015, 3,5, 2.3.5, 4:8):
  // count each numeric group as spoken, separators as "punt"/"komma" (1 each).
  if (/^[\d.,:/€%-]+$/.test(raw)) {
    const groups = raw.split(/[.,:/-]/).filter((g) => /\d/.test(g))
    const seps = Math.max(0, groups.length - 1)
    return groups.reduce((s, g) => s + numberSyllables(Number(g.replace(/\D/g, ''))), 0) + seps
  }

  const lower = raw.toLowerCase()

  // Abbreviations with periods (o.a., m.b.t., art.): spoken as letters when
  // every piece is one or two letters; otherwise read the longer piece as a word.
  if (/^[\p{L}]+(\.[\p{L}]+)*\.?$/u.test(lower) && lower.includes('.')) {
    const pieces = lower.split('.').filter((p) => p.length > 0)
    if (pieces.every((p) => p.length <= 2 && pieces.length > 1)) {
      // Every Dutch letter name is one syllable (a, bee, wee, iks).
      return pieces.reduce((s, p) => s + p.length, 0)
    }
    return pieces.reduce((s, p) => s + Math.max(1, countPart(p)), 0)
  }

  const spoken = SPOKEN_ACRONYMS[lower]
  if (spoken !== undefined) return spoken
  if (SPELLED_ACRONYMS.has(lower) || /^[B-DF-HJ-NP-TV-Z]{2,5}$/.test(raw)) {
    // UWV = u-wee-vee, and a capitals-only token without vowels cannot be
    // read as a word: one syllable per letter name.
    return [...lower].length
  }

  // An apostrophe only marks elision or a plural (zo'n, auto's, baby's):
  // the letters around it belong to the same syllables.
  const joined = lower.replace(/['’]/g, '')
  // Compounds with hyphens or slashes: count the parts.
  const parts = joined.split(/[-/]+/).filter((p) => /[\p{L}\p{N}]/u.test(p))
  if (parts.length > 1) {
    // "e-mail": keep the rewrite for a single-letter English prefix.
    if (/^e-/.test(joined)) return 1 + countSyllables(joined.slice(2))
    return parts.reduce((s, p) => s + countSyllables(p), 0)
  }

  const letters = joined.replace(/[^\p{L}]/gu, '')
  if (letters.length === 0) return 1
  return Math.max(1, countPart(letters))
}
