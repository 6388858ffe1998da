// The Dutch words the wijzigingsopdrachten are made of, both ways: ordinals
// ("tweede") and places in an artikel ("artikel 3.4, tweede lid, onderdeel b,").
import { failure, type Result, succeed } from '../../messages/result.ts'
import type { Place } from './model.ts'

const ordinals = [
  'eerste',
  'tweede',
  'derde',
  'vierde',
  'vijfde',
  'zesde',
  'zevende',
  'achtste',
  'negende',
  'tiende',
  'elfde',
  'twaalfde',
  'dertiende',
  'veertiende',
  'vijftiende',
  'zestiende',
  'zeventiende',
  'achttiende',
  'negentiende',
  'twintigste',
]

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

/** After "vervalt" or "ingevoegd": whether the later leden get a new number. */
export function renumbering(last: boolean): string {
  return last ? '' : ', onder vernummering van de volgende leden'
}

export function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
