// Finds personal data in the text of a casus, so a casus that may end up in a
// public repository stays anonymous (AVG). Each hit is a span of the text with
// what kind of data it looks like. Tuned on test/taal/persoonsgegevens.test.ts
// (a labelled set of lines with and without personal data; the test prints
// precision and recall). It looks for:
// - a BSN: nine digits (also written 1234.56.782 or 123 456 782) that pass the
//   elfproef, or any number right after "BSN" / "burgerservicenummer";
// - a date of birth: a date right after "geboren", "geb." or "geboortedatum";
// - an address: a Dutch postcode (1234 AB), or a street name with a house number;
// - an e-mail address;
// - a Dutch phone number (06-12345678, 010 123 4567, +31 6 1234 5678);
// - a full name: a title (meneer, mevrouw, de heer, familie …) followed by a
//   surname that is more than an initial, or a common first name followed by
//   a surname. "Meneer A.", "familie V." and a first name alone are anonymous.

export type PersoonsgegevenSoort = 'bsn' | 'geboortedatum' | 'adres' | 'e-mail' | 'telefoon' | 'naam'

export interface PersoonsgegevenHit {
  soort: PersoonsgegevenSoort
  /** Offsets in the text: [start, end). */
  start: number
  end: number
}

/** True when nine digits pass the elfproef of a BSN: 9·d1 + 8·d2 + … + 2·d8 − d9 is a multiple of 11. */
export function elfproef(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false
  let sum = 0
  for (let index = 0; index < 8; index++) sum += Number(digits[index]) * (9 - index)
  sum -= Number(digits[8])
  return sum % 11 === 0
}

const months = 'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec'
const dateText = `(?:\\d{1,2}[-/.]\\d{1,2}[-/.](?:19|20)\\d{2}|(?:19|20)\\d{2}-\\d{2}-\\d{2}|\\d{1,2}\\s+(?:${months})\\.?\\s+(?:19|20)\\d{2})`
const birthDate = new RegExp(
  `(?:geboren(?:\\s+op)?|geb\\.|geboortedatum\\s*:?|geboortedag\\s*:?|verjaardag(?:\\s+is)?(?:\\s+op)?\\s*:?)\\s*(${dateText})`,
  'giu',
)

const bsnLabelled = /\b(?:bsn|burgerservicenummer|sofinummer)\b\s*(?:nummer\s*)?:?\s*([0-9][0-9. ]{5,12}[0-9])/giu
const nineDigits = /(?<![\d.,-])(\d{4}\.\d{2}\.\d{3}|\d{3}[ .]\d{3}[ .]\d{3}|\d{9})(?![\d,-]|\.\d)/gu

const postcode = /(?<![\p{L}\d])[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}(?![\p{L}\d])/gu
const streetSuffix =
  'straat|laan|weg|plein|gracht|singel|kade|dijk|hof|park|dreef|steeg|pad|markt|erf|akker|veld|baan|wal|haven|kamp|horst|berg|donk|hoven|burcht|ring|boulevard'
// At most four capitalised words before the suffix word: unbounded, a text of capitalised words
// (a list of names, a title in capitals) was scanned to its end from every word.
const street = new RegExp(
  `(?<![\\p{L}])(?:[A-Z][\\p{L}'-]*(?:${streetSuffix})|(?:[A-Z][\\p{L}'-]+\\s){1,4}(?:${streetSuffix}))\\s+(?!(?:19|20)\\d\\d(?!\\d))\\d{1,4}(?!\\d)(?:\\s?[a-zA-Z](?![\\p{L}]))?(?:-\\d+)?`,
  'gu',
)

// Starts only where a run of address characters starts: from every letter of a long word, the
// address part ran to the end of the word looking for an @ (40,000 letters: 3 s, 100,000: 20 s).
const email = /(?<![\p{L}0-9._%+-])[\p{L}0-9._%+-]+@[\p{L}0-9.-]+\.[\p{L}]{2,}/gu
const phone = /(?<![\d+])(?:(?:\+|00)31[\s-]?(?:\(0\))?[\s-]?[1-9](?:[\s-]?\d){8}|0[1-9](?:[\s-]?\d){8})(?!\d)/gu

const tussenvoegsel = "(?:(?:van|de|der|den|ter|ten|te|het|in|op|la|le|du|da|di|von|vd|v\\.d\\.|'t)\\s+){0,3}"
const surname = "(?:[A-Z][\\p{Ll}'’-]+(?:-[A-Z][\\p{Ll}'’-]+)?)"
/** Words for a person that a surname follows; an initial ("meneer A.") after them is anonymous. */
// Case-sensitive on purpose (a surname starts with a capital), so each title allows both cases of its first letter.
const titles = [
  'meneer',
  'mevrouw',
  'mevr\\.',
  'mw\\.',
  'dhr\\.',
  'de\\s+heer',
  'heer',
  'juffrouw',
  'familie',
  'fam\\.',
  'gezin',
  'dokter',
  'dr\\.',
  'mr\\.',
  'ir\\.',
  'drs\\.',
  'ing\\.',
]
  .map((title) => `[${title[0]!.toUpperCase()}${title[0]}]${title.slice(1)}`)
  .join('|')
const titled = new RegExp(`(?<![\\p{L}])(?:${titles})\\s+(${tussenvoegsel}${surname})`, 'gu')

/** Common first names in the Netherlands (and the ones in the sources), for "Voornaam Achternaam". */
const firstNames = new Set(
  'Aad Abdel Abdelkader Adam Adriaan Ahmed Aimee Albert Alex Ali Amber Amira Andre André Anita Anja Anke Ankie Ann Anna Anne Annemarie Annette Anouk Ans Arie Arjan Arjen Arnold Astrid Bart Bas Bea Ben Bernard Bert Bianca Bilal Bob Boris Bram Brenda Carla Carmen Caroline Cees Charlotte Chris Christiaan Claudia Corné Daan Daniel Daniël David Debora Dennis Dick Dirk Divya Dries Edwin Eefje Els Elif Emma Erik Esther Eva Evelien Fatima Fatma Femke Fenna Finn Floor Frank Frans Froukje Gerard Gerrit Gert Hanna Hannah Hans Harm Hassan Hatice Hein Hendrik Henk Herman Hilde Ilse Inge Ingrid Iris Jaap Jacob Jamal Jan Janneke Jasper Jeroen Jesse Johan Johanna John Jolanda Joost Jos Julia Julius Karin Kees Kevin Klaas Koen Lars Laura Levi Liam Lieke Linda Lisa Liv Lotte Lucas Luuk Maarten Manon Marco Marian Marieke Marina Mark Martijn Martin Max Meryem Mike Mila Milan Mohamed Mohammed Mustafa Nadia Nana Nicole Niels Noah Noor Nora Olga Omar Pascal Patrick Paul Paulina Peter Petra Pieter Priya Rachid Ravi Richard Rik Rob Robert Roel Ronald Rosa Ruben Ruud Sander Sanne Sara Sarah Saskia Sem Sevda Simone Sophie Stefan Sunita Susan Tess Thijs Thomas Tim Tom Tomas Vera Wendy Willem Wim Youssef Yvonne Zeynep'.split(
    ' ',
  ),
)
/** Capitalised words that follow a first name without being a surname. */
const notSurnames = new Set(['En', 'Of', 'De', 'Het', 'Een', 'Is', 'Heeft', 'Wil', 'Krijgt', 'Gaat', 'Woont', 'Vraagt', 'Zegt'])
const firstThenSurname = new RegExp(`(?<![\\p{L}])(\\p{Lu}\\p{Ll}+)\\s+(${tussenvoegsel})(${surname})`, 'gu')

/** Every piece of personal data in `text`, in text order; overlapping hits are merged into the first. */
export function findPersoonsgegevens(text: string): PersoonsgegevenHit[] {
  const hits: PersoonsgegevenHit[] = []
  const add = (soort: PersoonsgegevenSoort, start: number, end: number) => hits.push({ soort, start, end })
  const each = (pattern: RegExp, handle: (match: RegExpExecArray) => void) => {
    pattern.lastIndex = 0
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) handle(match)
  }

  each(bsnLabelled, (match) => {
    const value = match[1] ?? ''
    const start = match.index + match[0].length - value.length
    add('bsn', start, start + value.length)
  })
  each(nineDigits, (match) => {
    if (elfproef(match[0].replace(/[ .]/g, ''))) add('bsn', match.index, match.index + match[0].length)
  })
  each(birthDate, (match) => {
    const value = match[1] ?? ''
    const start = match.index + match[0].length - value.length
    add('geboortedatum', start, start + value.length)
  })
  each(email, (match) => add('e-mail', match.index, match.index + match[0].length))
  each(phone, (match) => add('telefoon', match.index, match.index + match[0].length))
  each(street, (match) => add('adres', match.index, match.index + match[0].length))
  each(postcode, (match) => add('adres', match.index, match.index + match[0].length))
  each(titled, (match) => {
    const name = match[1] ?? ''
    add('naam', match.index + match[0].length - name.length, match.index + match[0].length)
  })
  // "Wethouder Froukje de Jonge": when the first word is no first name, try again from the next word.
  firstThenSurname.lastIndex = 0
  for (let match = firstThenSurname.exec(text); match; match = firstThenSurname.exec(text)) {
    const [whole, first = '', , last = ''] = match
    if (firstNames.has(first) && !notSurnames.has(last) && !firstNames.has(last)) add('naam', match.index, match.index + whole.length)
    else firstThenSurname.lastIndex = match.index + first.length
  }

  hits.sort((a, b) => a.start - b.start || b.end - a.end)
  const merged: PersoonsgegevenHit[] = []
  for (const hit of hits) {
    const last = merged.at(-1)
    if (last && hit.start < last.end) {
      last.end = Math.max(last.end, hit.end)
      continue
    }
    merged.push({ ...hit })
  }
  return merged
}

/** What each kind is called in a message, and what to write instead. */
export const persoonsgegevenUitleg: Record<PersoonsgegevenSoort, { wat: string; verwacht: string }> = {
  bsn: { wat: 'een burgerservicenummer (BSN)', verwacht: 'geen nummer: laat het BSN weg' },
  geboortedatum: { wat: 'een geboortedatum', verwacht: 'een leeftijd ("een vrouw van 34") of niets' },
  adres: { wat: 'een adres (postcode of straat met huisnummer)', verwacht: 'hoogstens de wijk of de plaats' },
  'e-mail': { wat: 'een e-mailadres', verwacht: 'geen contactgegevens' },
  telefoon: { wat: 'een telefoonnummer', verwacht: 'geen contactgegevens' },
  naam: { wat: 'een volledige naam', verwacht: 'een voorletter ("meneer A.", "familie V.") of alleen een verzonnen voornaam' },
}
