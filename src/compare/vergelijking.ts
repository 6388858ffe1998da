// Compares two versions of a verordening (two checked models) artikel by
// artikel. Artikelen are matched by identity, not only by number, in this
// order (docs/schrijven.md, "Wijzigen", explains it to authors):
//   1. same number and the same juridische tekst: unchanged (or only other parts changed);
//   2. the same juridische tekst (opschrift and leden) under another number,
//      when that text occurs once on each side: vernummerd;
//   3. same number and same opschrift: the same artikel, changed;
//   4. the same opschrift under another number, once on each side: vernummerd (and changed);
//   5. same number: the same artikel, changed;
//   6. what is left: vervallen (old) or ingevoegd (new).
// Limits: an artikel whose opschrift and text both change while its number
// changes too is seen as vervallen + ingevoegd; two artikelen with the same
// text are matched by number only.

import { type ArtikelTekst, artikelTekst, ledenKey, plainText, sameLeden } from '../model/artikel-tekst.ts'
import type { Artikel, Verordening } from '../model/schema.ts'
import type { ArtikelPair } from './opdrachten/model.ts'

export type Soort = 'gewijzigd' | 'ingevoegd' | 'vervallen' | 'vernummerd'
export type Deel = 'opschrift' | 'juridisch' | 'inwoners' | 'voorbeelden' | 'toelichting' | 'effecten' | 'grondwaarden' | 'grondslagen' | 'soort'

/** One artikel as a comparison sees it. */
export interface ArtikelVersie {
  nr: string
  tekst: ArtikelTekst
  inwoners: string
  artikel: Artikel
  /** Position in its own version, for ordering. */
  index: number
}

export interface Wijziging {
  /** The number in the old version (the new one for an ingevoegd artikel). */
  artikel: string
  soort: Soort
  /** Only when vernummerd: the new number. */
  naar?: string
  delen: Deel[]
  /** Only when ingevoegd: the number of the artikel before it in the new version (null: the first). */
  na?: string | null
  oud?: ArtikelVersie
  nieuw?: ArtikelVersie
}

export function artikelVersies(verordening: Verordening): ArtikelVersie[] {
  const versies: ArtikelVersie[] = []
  for (const hoofdstuk of verordening.hoofdstukken) {
    for (const artikel of hoofdstuk.artikelen) {
      versies.push({
        nr: artikel.nr,
        tekst: artikelTekst(artikel, verordening.meta),
        inwoners: plainText(artikel.inwoners, verordening.meta),
        artikel,
        index: versies.length,
      })
    }
  }
  return versies
}

function changedDelen(oud: ArtikelVersie, nieuw: ArtikelVersie, meta: { oud: Verordening['meta']; nieuw: Verordening['meta'] }): Deel[] {
  const delen: Deel[] = []
  const a = oud.artikel
  const b = nieuw.artikel
  if (oud.tekst.titel !== nieuw.tekst.titel) delen.push('opschrift')
  if (ledenKey(oud.tekst) !== ledenKey(nieuw.tekst)) delen.push('juridisch')
  if (oud.inwoners !== nieuw.inwoners) delen.push('inwoners')
  const voorbeelden = (artikel: Artikel, m: Verordening['meta']) =>
    JSON.stringify(artikel.voorbeelden.map((voorbeeld) => [voorbeeld.titel, plainText(voorbeeld.inhoud, m)]))
  if (voorbeelden(a, meta.oud) !== voorbeelden(b, meta.nieuw)) delen.push('voorbeelden')
  if (plainText(a.toelichting, meta.oud) !== plainText(b.toelichting, meta.nieuw)) delen.push('toelichting')
  if (a.effecten.join(' ') !== b.effecten.join(' ')) delen.push('effecten')
  if (a.grondwaarden.join(' ') !== b.grondwaarden.join(' ')) delen.push('grondwaarden')
  if (JSON.stringify(a.grondslagen) !== JSON.stringify(b.grondslagen)) delen.push('grondslagen')
  if (a.soort !== b.soort) delen.push('soort')
  return delen
}

/** Matches artikelen by identity and lists what changed, in artikel order. */
export function vergelijk(oudeVersie: Verordening, nieuweVersie: Verordening): Wijziging[] {
  return vergelijkVersies(artikelVersies(oudeVersie), artikelVersies(nieuweVersie), { oud: oudeVersie.meta, nieuw: nieuweVersie.meta })
}

/** A pair of artikelen by position in their version; either side may be absent. Ordered in artikel order. */
export interface Koppel {
  oud?: number
  nieuw?: number
}

/** Matches artikelen by identity (see the top of this file) and orders the pairs in artikel order. */
export function koppel(oud: readonly ArtikelTekst[], nieuw: readonly ArtikelTekst[]): Koppel[] {
  const pairs = new Map<number, number>()
  const taken = new Set<number>()
  const freeOld = () => oud.map((_, index) => index).filter((index) => !pairs.has(index))
  const freeNew = () => nieuw.map((_, index) => index).filter((index) => !taken.has(index))
  const pair = (a: number, b: number) => {
    pairs.set(a, b)
    taken.add(b)
  }
  /** Pairs free artikelen with the same key when the key occurs once on each side. */
  const pairUnique = (key: (tekst: ArtikelTekst) => string | undefined) => {
    const group = (list: readonly ArtikelTekst[], free: number[]) => {
      const map = new Map<string, number[]>()
      for (const index of free) {
        const value = key(list[index]!)
        if (value !== undefined) map.set(value, [...(map.get(value) ?? []), index])
      }
      return map
    }
    const right = group(nieuw, freeNew())
    for (const [value, olds] of group(oud, freeOld())) {
      const news = right.get(value)
      if (olds.length === 1 && news?.length === 1) pair(olds[0]!, news[0]!)
    }
  }
  const pairSameNr = (also: (a: ArtikelTekst, b: ArtikelTekst) => boolean) => {
    const right = new Map<string, number>()
    for (const index of freeNew()) if (!right.has(nieuw[index]!.nr)) right.set(nieuw[index]!.nr, index)
    for (const a of freeOld()) {
      const b = right.get(oud[a]!.nr)
      if (b !== undefined && !taken.has(b) && also(oud[a]!, nieuw[b]!)) pair(a, b)
    }
  }
  const textKey = (tekst: ArtikelTekst) => (tekst.leden.length === 0 ? undefined : `${tekst.titel}\u0000${ledenKey(tekst)}`)
  pairSameNr((a, b) => sameLeden(a, b))
  pairUnique(textKey)
  pairSameNr((a, b) => a.titel === b.titel)
  pairUnique((tekst) => (tekst.titel === '' ? undefined : tekst.titel))
  pairSameNr(() => true)

  // Artikel order: the new version's order; a vervallen artikel stands after the artikel before it.
  const entries: Array<{ at: number; koppel: Koppel }> = []
  for (const [a, b] of pairs) entries.push({ at: b, koppel: { oud: a, nieuw: b } })
  for (const b of freeNew()) entries.push({ at: b, koppel: { nieuw: b } })
  let previous = -1
  for (let a = 0; a < oud.length; a++) {
    const b = pairs.get(a)
    if (b !== undefined) previous = b
    else entries.push({ at: previous + 0.5, koppel: { oud: a } })
  }
  return entries.sort((x, y) => x.at - y.at || (x.koppel.oud ?? 0) - (y.koppel.oud ?? 0)).map((entry) => entry.koppel)
}

export function vergelijkVersies(oud: ArtikelVersie[], nieuw: ArtikelVersie[], meta: { oud: Verordening['meta']; nieuw: Verordening['meta'] }): Wijziging[] {
  const result: Wijziging[] = []
  for (const paar of koppel(
    oud.map((versie) => versie.tekst),
    nieuw.map((versie) => versie.tekst),
  )) {
    const a = paar.oud === undefined ? undefined : oud[paar.oud]
    const b = paar.nieuw === undefined ? undefined : nieuw[paar.nieuw]
    if (a && b) {
      const delen = changedDelen(a, b, meta)
      if (a.nr !== b.nr) result.push({ artikel: a.nr, soort: 'vernummerd', naar: b.nr, delen, oud: a, nieuw: b })
      else if (delen.length > 0) result.push({ artikel: a.nr, soort: 'gewijzigd', delen, oud: a, nieuw: b })
    } else if (b)
      result.push({
        artikel: b.nr,
        soort: 'ingevoegd',
        na: nieuw[b.index - 1]?.nr ?? null,
        delen: ['juridisch', ...(b.inwoners ? (['inwoners'] as const) : [])],
        nieuw: b,
      })
    else if (a) result.push({ artikel: a.nr, soort: 'vervallen', delen: ['juridisch', ...(a.inwoners ? (['inwoners'] as const) : [])], oud: a })
  }
  return result
}

/** The old and new juridische tekst of every changed artikel, in artikel order, for `generateWijzigingsopdrachten`. */
export function parenVoorTeksten(oud: readonly ArtikelTekst[], nieuw: readonly ArtikelTekst[]): ArtikelPair[] {
  return koppel(oud, nieuw).map((paar) => {
    const a = paar.oud === undefined ? undefined : oud[paar.oud]
    const b = paar.nieuw === undefined ? undefined : nieuw[paar.nieuw]
    return { oud: a, nieuw: b, ...(a === undefined && paar.nieuw !== undefined ? { na: nieuw[paar.nieuw - 1]?.nr ?? null } : {}) }
  })
}

/** The `--json` shape: {artikel, soort, naar?, delen}. */
export function wijzigingenAlsJson(wijzigingen: readonly Wijziging[]): Array<{ artikel: string; soort: Soort; naar?: string; delen: Deel[] }> {
  return wijzigingen.map((wijziging) => ({
    artikel: wijziging.artikel,
    soort: wijziging.soort,
    ...(wijziging.naar ? { naar: wijziging.naar } : {}),
    delen: wijziging.delen,
  }))
}
