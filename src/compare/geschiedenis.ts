// History per artikel, like the table of wijzigingen on CVDR: from the
// vastgestelde versies (`versies` in verordening.yml, oldest first), which
// raadsbesluit established, changed or inserted each artikel's juridische
// tekst. Artikelen are followed from version to version by identity (see
// vergelijking.ts), so a vernummerd artikel keeps its history.
import { type ArtikelTekst, sameLeden } from '../model/artikel-tekst.ts'
import { koppel } from './vergelijking.ts'

export interface VastgesteldeVersie {
  versie: string
  datum: string
  raadsbesluit: string
}

export interface GeschiedenisRegel {
  soort: 'vastgesteld' | 'gewijzigd' | 'ingevoegd' | 'niet-vastgesteld'
  /** Absent for `niet-vastgesteld`: a change after the last vastgestelde versie. */
  versie?: VastgesteldeVersie
}

/**
 * The history of every current artikel (by its current number). `versies`
 * holds each vastgestelde versie with its artikelen, oldest first; `huidig`
 * is the text as it is now.
 */
export function geschiedenis(
  versies: ReadonlyArray<{ versie: VastgesteldeVersie; artikelen: readonly ArtikelTekst[] }>,
  huidig: readonly ArtikelTekst[],
): Map<string, GeschiedenisRegel[]> {
  let previous: readonly ArtikelTekst[] = []
  let histories: GeschiedenisRegel[][] = []
  for (const [index, { versie, artikelen }] of versies.entries()) {
    const next: GeschiedenisRegel[][] = artikelen.map(() => [])
    for (const paar of koppel(previous, artikelen)) {
      if (paar.nieuw === undefined) continue
      if (paar.oud === undefined) {
        next[paar.nieuw] = [{ soort: index === 0 ? 'vastgesteld' : 'ingevoegd', versie }]
        continue
      }
      const before = previous[paar.oud]!
      const after = artikelen[paar.nieuw]!
      const changed = !sameLeden(before, after) || before.nr !== after.nr
      next[paar.nieuw] = [...histories[paar.oud]!, ...(changed ? [{ soort: 'gewijzigd' as const, versie }] : [])]
    }
    previous = artikelen
    histories = next
  }
  const result = new Map<string, GeschiedenisRegel[]>()
  if (versies.length === 0) return result
  for (const paar of koppel(previous, huidig)) {
    if (paar.nieuw === undefined) continue
    const now = huidig[paar.nieuw]!
    if (paar.oud === undefined) {
      result.set(now.nr, [{ soort: 'niet-vastgesteld' }])
      continue
    }
    const then = previous[paar.oud]!
    result.set(now.nr, [...histories[paar.oud]!, ...(sameLeden(then, now) && then.nr === now.nr ? [] : [{ soort: 'niet-vastgesteld' as const }])])
  }
  return result
}
