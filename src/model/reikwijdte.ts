// Which artikelen realise an effect specifically, and which hold for every
// effect. The raadsoverzicht counts only the specific ones, so an effect that
// only general artikelen name shows as a gap (rule `effect-eigen-artikel`).
//
// General ("algemeen") is:
// - every artikel of a hoofdstuk without `wet:` in its kop: the
//   gemeenschappelijke kop (algemene bepalingen, toegang en procedure,
//   slotbepalingen) that holds for every wet and every effect;
// - an artikel whose soort is general by nature wherever it stands: doel,
//   toetsingsartikel, hardheidsclausule and the formal soorten.
// Everything else, an artikel in a hoofdstuk of one wet, is specific.
import type { Artikel, Hoofdstuk, Soort } from './schema.ts'

export const algemeneSoorten: readonly Soort[] = [
  'doel',
  'toetsingsartikel',
  'hardheidsclausule',
  'begripsbepalingen',
  'overgangsrecht',
  'intrekking',
  'inwerkingtreding',
  'citeertitel',
]

export function isAlgemeen(artikel: Pick<Artikel, 'soort'>, hoofdstuk: Pick<Hoofdstuk, 'wet'>): boolean {
  return hoofdstuk.wet === null || algemeneSoorten.includes(artikel.soort)
}
