// The Dutch words the wijzigingsopdrachten are made of, both ways: ordinals
// ("tweede") and places in an artikel ("artikel 3.4, tweede lid, onderdeel b,").
import { failure, type Result, succeed } from '../../messages/result.ts'
import { eersteRangtelwoorden } from '../../model/verwijzing-tekst.ts'
import type { Place } from './model.ts'

const ordinals = eersteRangtelwoorden

export function ordinal(n: number): string {
  return ordinals[n - 1] ?? `${n}e`
}

export function fromOrdinal(word: string): Result<number> {
  const index = ordinals.indexOf(word)
  if (index !== -1) return succeed(index + 1)
  const match = /^(\d+)e$/.exec(word)
  if (match) return succeed(Number(match[1]))
  return failure(`Onbekend rangtelwoord '${word}', verwacht bijvoorbeeld 'eerste' of 'tweede'`)
}

/** "het tweede lid, onderdeel b": a place in messages about applying an opdracht. */
export function placeName(place: Place): string {
  const parts = [place.lid === null ? 'het artikel' : `het ${ordinal(place.lid)} lid`]
  if (place.onderdeel) parts.push(`onderdeel ${place.onderdeel}`)
  return parts.join(', ')
}

/** "artikel 3.4, tweede lid, onderdeel b," (with the artikel) or "het tweede lid, onderdeel b," (within one). */
export function placePhrase(artikel: string | undefined, place: Place): string {
  const parts: string[] = []
  if (artikel !== undefined) parts.push(`artikel ${artikel}`)
  if (place.lid !== null) parts.push(artikel !== undefined ? `${ordinal(place.lid)} lid` : `het ${ordinal(place.lid)} lid`)
  if (place.onderdeel) parts.push(`onderdeel ${place.onderdeel}`)
  if (parts.length === 0) return 'het artikel'
  // "In artikel 3.4, eerste lid, wordt …": a place of more than one part is closed by a comma.
  return parts.length > 1 ? `${parts.join(', ')},` : parts[0]!
}

/** Reads what `placePhrase` writes; `where` ("Regel 3") starts the message when it is no place. */
export function readPlacePhrase(phrase: string, where: string): Result<{ artikel?: string; place: Place }> {
  let artikel: string | undefined
  const place: Place = { lid: null }
  if (phrase === 'het artikel') return succeed({ place })
  for (const part of phrase.replace(/,$/, '').split(', ')) {
    const a = /^artikel (\S+)$/.exec(part)
    const l = /^(?:het )?(\S+) lid$/.exec(part)
    const o = /^onderdeel ([a-z]{1,2})$/.exec(part)
    if (a) artikel = a[1]
    else if (l) {
      const lid = fromOrdinal(l[1]!)
      if (!lid.ok) return lid
      place.lid = lid.value
    } else if (o) place.onderdeel = o[1]
    else return failure(`${where}: '${phrase}' is geen plaats in een artikel`)
  }
  return succeed({ artikel, place })
}

/**
 * The leden that get a new number, as the Aanwijzingen name them (Ar 3.29, 6.11):
 * "het derde lid tot vierde lid", "het derde en vierde lid tot vierde en vijfde
 * lid", "het derde tot en met vijfde lid tot vierde tot en met zesde lid".
 * `first` is the old number of the first lid that moves, `count` how many move,
 * `delta` +1 (a lid ingevoegd before them) or -1 (a lid before them vervalt).
 */
export function renumberedLeden(first: number, count: number, delta: 1 | -1): string {
  const range = (from: number) =>
    count === 1 ? ordinal(from) : count === 2 ? `${ordinal(from)} en ${ordinal(from + 1)}` : `${ordinal(from)} tot en met ${ordinal(from + count - 1)}`
  return `het ${range(first)} lid tot ${range(first + delta)} lid`
}

/** How many leden `phrase` (as `renumberedLeden` writes it) renumbers, starting at `first`; a Failure when it is not that phrase. */
export function readRenumberedLeden(phrase: string, first: number, delta: 1 | -1, where: string): Result<number> {
  for (let count = 1; count <= 99; count++) if (renumberedLeden(first, count, delta) === phrase) return succeed(count)
  return failure(`${where}: '${phrase}' noemt niet de leden die een ander nummer krijgen (verwacht bijvoorbeeld '${renumberedLeden(first, 1, delta)}')`)
}

/** Quoted text in an opdracht: between straight double quotes, as in the Aanwijzingen's examples (Ar 6.9, 6.11). */
export function quoted(text: string): string {
  return `"${text}"`
}

/** A quoted piece when reading: double quotes as written, or the single quotes of earlier versions. */
export const quotedPattern = `["'](.*)["']`

export function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
