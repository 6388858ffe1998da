// Dutch cardinal numbers written as words, as they stand in a verordening
// ("binnen zes weken", "twaalf maanden", "honderdtien procent", "anderhalve
// maand"). One table for the wettelijke termijnen (taal/termijnen.ts) and the
// parameters of a comparison across gemeenten (compare/gemeenten/parameters.ts).
//
// Dutch writes a number below a million as one word, built from the table:
// units before tens with "en" (or "ën" after an e: "tweeëntwintig"), then
// "honderd" and "duizend" with their multiplier in front ("tweehonderd",
// "twaalfhonderd", "vijfduizend") and the rest behind ("honderdtien"). The
// pattern below matches those words (and a few nobody writes, such as
// "twintighonderd", which `getalWaarde` reads as 2000), and `getalWaarde` reads them.

export const getalWoorden: Readonly<Record<string, number>> = {
  een: 1,
  één: 1,
  twee: 2,
  drie: 3,
  vier: 4,
  vijf: 5,
  zes: 6,
  zeven: 7,
  acht: 8,
  negen: 9,
  tien: 10,
  elf: 11,
  twaalf: 12,
  dertien: 13,
  veertien: 14,
  vijftien: 15,
  zestien: 16,
  zeventien: 17,
  achttien: 18,
  negentien: 19,
  twintig: 20,
  dertig: 30,
  veertig: 40,
  vijftig: 50,
  zestig: 60,
  zeventig: 70,
  tachtig: 80,
  negentig: 90,
  honderd: 100,
  duizend: 1000,
}

/** Halves and quarters as words: "anderhalve maand", "een half jaar", "driekwart jaar", "een kwart jaar". */
const breuken: Readonly<Record<string, number>> = {
  anderhalf: 1.5,
  anderhalve: 1.5,
  'een half': 0.5,
  'een halve': 0.5,
  'één half': 0.5,
  'één halve': 0.5,
  driekwart: 0.75,
  'drie kwart': 0.75,
  'een kwart': 0.25,
  'één kwart': 0.25,
}

const alternatives = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|')
const units = ['een', 'één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen']
const teens = ['tien', 'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien']
const tens = ['twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig']
/** 1–99: "zeven", "zeventien", "zeventig", "zevenenzeventig", "tweeëntwintig". */
const belowHundred = `(?:(?:${alternatives(units)})(?:(?:en|ën)(?:${alternatives(tens)}))?|${alternatives([...tens, ...teens])})`
// Each part is tried once: "zes" is read as a unit, and only then is "honderd" or "duizend" looked for
// after it (a pattern `(?:zes)?honderd|zes` would read "zes" twice at every word, slow over a corpus).
/** 1–9999 without "duizend": "honderd", "honderdtien", "tweehonderdvijftig", "twaalfhonderd". */
const belowThousand = `(?:${belowHundred}(?:honderd${belowHundred}?)?|honderd${belowHundred}?)`

/** One number word below a million, as a regular-expression group (no capture). */
export const getalWoordPatroon = `(?:${belowThousand}(?:duizend${belowThousand}?)?|duizend${belowThousand}?)`

/**
 * A count written in words or as a half: "zes", "honderdtien", "anderhalve",
 * "een half", "twee en een halve", "tweeënhalf". Use with `getalWaarde`.
 */
export const getalPatroon = `(?:${alternatives(Object.keys(breuken)).replace(/ /g, '\\s+')}|${getalWoordPatroon}(?:(?:\\s+en\\s+een\\s+|ën|en)(?:halve|half))?)`

/** The value of a number word, or of a half ("anderhalve" 1.5); undefined when it is none. */
export function getalWaarde(text: string): number | undefined {
  const word = text.toLowerCase().replace(/\s+/g, ' ').trim()
  if (Object.hasOwn(breuken, word)) return breuken[word]
  const half = /^(.+?)(?: en een |ën|en)(?:halve|half)$/.exec(word)
  if (half) {
    const whole = getalWaarde(half[1]!)
    return whole === undefined ? undefined : whole + 0.5
  }
  return below(word, 'duizend', 1000)
}

/** "tweehonderdvijftig" → 2 × 100 + 50: the multiplier before the word, the rest after it. */
function below(word: string, name: 'duizend' | 'honderd', factor: number): number | undefined {
  const at = word.indexOf(name)
  if (at < 0) return name === 'duizend' ? below(word, 'honderd', 100) : belowHundredValue(word)
  const before = word.slice(0, at)
  const after = word.slice(at + name.length)
  const smaller = name === 'duizend' ? (part: string) => below(part, 'honderd', 100) : belowHundredValue
  const multiplier = before === '' ? 1 : smaller(before)
  const rest = after === '' ? 0 : smaller(after)
  return multiplier === undefined || rest === undefined ? undefined : multiplier * factor + rest
}

function belowHundredValue(word: string): number | undefined {
  if (Object.hasOwn(getalWoorden, word)) return getalWoorden[word]
  // "zevenenzeventig", "tweeëntwintig": a unit, "en" or "ën", and a ten.
  for (const ten of tens) {
    if (!word.endsWith(ten)) continue
    const unit = /^(\p{L}+)(?:en|ën)$/u.exec(word.slice(0, -ten.length))?.[1]
    const value = unit === undefined ? undefined : getalWoorden[unit]
    return value !== undefined && value < 10 ? getalWoorden[ten]! + value : undefined
  }
  return undefined
}
