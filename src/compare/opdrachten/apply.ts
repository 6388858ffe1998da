// Applies wijzigingsopdrachten to the old juridische tekst, as the raad's
// decision would: each opdracht in order on working copies (what each kind
// does is in opdracht-kinds.ts and edit-kinds.ts), then renumbering and
// inserted artikelen, ordered by number. An opdracht that does not fit the
// text (an artikel that is not there, a piece that does not occur exactly
// once) is a Failure.

import { failure, type Result, succeed } from '../../messages/result.ts'
import { type ArtikelTekst, compareNr } from '../../model/artikel-tekst.ts'
import { cloneArtikelTekst, type Wijzigingsopdracht, type WijzigingsopdrachtKind } from './model.ts'
import { type OpdrachtKind, opdrachtKinds, type WorkingSet } from './opdracht-kinds.ts'

function applyWijzigingsopdracht<K extends WijzigingsopdrachtKind>(working: WorkingSet, opdracht: Wijzigingsopdracht<K>): Result<void> {
  const kind: OpdrachtKind<K> = opdrachtKinds[opdracht.kind]
  return kind.apply(working, opdracht)
}

/** The new juridische tekst of every artikel, ordered by number. */
export function applyWijzigingsopdrachten(oud: readonly ArtikelTekst[], opdrachten: readonly Wijzigingsopdracht[]): Result<ArtikelTekst[]> {
  const working: WorkingSet = { artikelen: new Map(), renumbered: new Map(), inserted: [] }
  for (const tekst of oud) {
    if (working.artikelen.has(tekst.nr)) return failure(`Artikel ${tekst.nr} komt twee keer voor in de oude tekst`)
    working.artikelen.set(tekst.nr, cloneArtikelTekst(tekst))
  }
  for (const opdracht of opdrachten) {
    const applied = applyWijzigingsopdracht(working, opdracht)
    if (!applied.ok) return applied
  }
  const result = [...working.artikelen.values()].map((tekst) => ({ ...tekst, nr: working.renumbered.get(tekst.nr) ?? tekst.nr }))
  result.push(...working.inserted)
  const numbers = new Set<string>()
  for (const tekst of result) {
    if (numbers.has(tekst.nr)) return failure(`Na de wijziging zijn er twee artikelen ${tekst.nr}`)
    numbers.add(tekst.nr)
  }
  return succeed(result.sort((a, b) => compareNr(a.nr, b.nr)))
}
