// "Bedoelt u …?": the nearest known name to what the author typed, and the one
// sentence every check uses for a name it does not know.
import didYouMean, { ReturnTypeEnums, ThresholdTypeEnums } from 'didyoumean2'

export function suggest(input: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined
  const match = didYouMean(input, [...candidates], {
    returnType: ReturnTypeEnums.FIRST_CLOSEST_MATCH,
    thresholdType: ThresholdTypeEnums.SIMILARITY,
    threshold: 0.5,
  })
  return typeof match === 'string' ? match : undefined
}

/** Lists names in code style for "verwacht …", shortened when there are many. */
export function listIds(ids: Iterable<string>, max = 6, toon: (id: string) => string = code): string {
  const all = [...ids]
  const shown = all.slice(0, max).map(toon).join(', ')
  return all.length > max ? `${shown} … (${all.length} in totaal)` : shown
}

/** "a", "a of b", "a, b of c": a Dutch choice between a few words. */
export function oneOf(words: readonly string[]): string {
  if (words.length <= 1) return words[0] ?? ''
  return `${words.slice(0, -1).join(', ')} of ${words.at(-1)}`
}

/**
 * The kinds of name a check can fail to know, with what the author may write
 * instead. `het`-words take "Onbekend", `de`-words "Onbekende".
 */
const kinds = {
  effect: { het: true, verwacht: 'een id uit effecten.yml' },
  grondwaarde: { het: false, verwacht: 'een id uit grondwaarden.yml' },
  wet: { het: false, verwacht: 'een afkorting uit `wetten` in verordening.yml' },
  begrip: { het: true, verwacht: 'een term uit begrippen.yml, of voeg het begrip daar toe' },
  artikel: { het: true, verwacht: 'het nummer van een artikel in deze verordening' },
  kader: { het: true, verwacht: 'een id uit kaders.yml' },
  indicator: { het: false, verwacht: 'een id uit indicatoren.yml' },
  kenmerk: { het: true, verwacht: 'een van' },
  soort: { het: false, verwacht: 'een van' },
  stap: { het: false, verwacht: 'een van' },
  veld: { het: true, verwacht: 'een van' },
  blok: { het: true, verwacht: 'een van' },
  regel: { het: false, verwacht: 'een van' },
  verwijzing: { het: false, verwacht: 'een van' },
  opdracht: { het: false, verwacht: 'een van' },
  waarde: { het: false, verwacht: 'een id uit `waarden` in gemeenten.yml' },
  gemeente: { het: false, verwacht: 'een id uit gemeenten.yml' },
} as const satisfies Record<string, { het: boolean; verwacht: string }>

export type NameKind = keyof typeof kinds

export interface UnknownName {
  /** What kind of name it is; sets "Onbekend"/"Onbekende" and the default "verwacht …". */
  soort: NameKind
  /** The name as the author wrote it. */
  naam: string
  /** The names that exist; the nearest one is suggested, or they are listed. */
  bekend: Iterable<string>
  /** Where, after the name: "in artikel 2.1", "bij `artikel`". */
  waar?: string
  /** How a name is shown (default in code style: `naam`). */
  toon?: (naam: string) => string
  /** The subject when the sentence does not start "Onbekend(e) soort `naam`", e.g. "Artikel 1.3 bestaat niet". */
  onderwerp?: string
  /** What to write instead when nothing is near, without the list (default per soort). */
  verwacht?: string
  /** Whether "verwacht …" lists the known names (default yes). */
  lijst?: boolean
}

/**
 * "Onbekend effect `meedoem` in artikel 2.1, bedoelt u `meedoen`?", or, when no
 * known name is near, "…, verwacht een id uit effecten.yml (`meedoen`)". A
 * fixed vocabulary ("verwacht een van") lists its names after a colon.
 */
export function unknownName({ soort, naam, bekend, waar, toon = code, onderwerp, verwacht, lijst = true }: UnknownName): string {
  const known = [...bekend]
  const kind = kinds[soort]
  const subject = onderwerp ?? `${kind.het ? 'Onbekend' : 'Onbekende'} ${soort} ${toon(naam)}${waar ? ` ${waar}` : ''}`
  const hint = naam ? suggest(naam, known) : undefined
  if (hint) return `${subject}, bedoelt u ${toon(hint)}?`
  const expected = verwacht ?? kind.verwacht
  if (!lijst || known.length === 0) return `${subject}, verwacht ${expected}`
  // A fixed vocabulary is short and listed whole; ids from a registry can run into the hundreds.
  const names = listIds(known, expected === 'een van' ? Number.POSITIVE_INFINITY : 6, toon)
  return expected === 'een van' ? `${subject}, verwacht een van: ${names}` : `${subject}, verwacht ${expected} (${names})`
}

function code(naam: string): string {
  return `\`${naam}\``
}

/** What a message suggests as a fix: the text as the author wrote it and what to write instead. */
export interface Suggestion {
  actual: string
  expected: string[]
}

/**
 * The fix a message proposes, read back from the sentences this project
 * writes: "Onbekend effect `meedoem` …, bedoelt u `meedoen`?" (unknownName)
 * and "Moeilijk woord “indien” …: schrijf liever “als”" (taal-moeilijk-woord).
 * Messages carry it as vfile's `actual` and `expected`, so an editor (the
 * language server, vscode-remark) can offer it as a quick fix. A reference's
 * shape (`:begrip[…]`) is left out: the fix replaces the name only.
 */
export function suggestionIn(reason: string): Suggestion | undefined {
  const bedoelt = /, bedoelt u `([^`]+)`\?$/.exec(reason)
  if (bedoelt) {
    const actual = /`([^`]+)`/.exec(reason.slice(0, bedoelt.index))?.[1]
    if (!actual) return undefined
    return { actual: bare(actual), expected: [bare(bedoelt[1]!)] }
  }
  const liever = /schrijf liever (.+)$/.exec(reason)
  if (liever) {
    const actual = /“([^”]+)”/.exec(reason)?.[1]
    const expected = [...liever[1]!.matchAll(/“([^”]+)”/g)].map((match) => match[1]!)
    if (!actual || expected.length === 0) return undefined
    return { actual, expected }
  }
  return undefined
}

function bare(name: string): string {
  return name.replace(/\[…\]$|\{…\}$/, '')
}
