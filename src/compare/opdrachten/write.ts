// Wijzigingsopdrachten as the Dutch Markdown of Artikel I: one section per
// opdracht under its letter (`### A`). The sentences are in opdracht-kinds.ts
// and edit-kinds.ts.
import type { Wijzigingsopdracht, WijzigingsopdrachtKind } from './model.ts'
import { type OpdrachtKind, opdrachtKinds } from './opdracht-kinds.ts'

/** One opdracht as Markdown (without its letter). */
export function writeWijzigingsopdracht<K extends WijzigingsopdrachtKind>(opdracht: Wijzigingsopdracht<K>): string {
  const kind: OpdrachtKind<K> = opdrachtKinds[opdracht.kind]
  return kind.write(opdracht)
}

/** The letters of Artikel I: A … Z, then AA, BB, … */
export function letter(index: number): string {
  const base = String.fromCharCode(65 + (index % 26))
  return base.repeat(Math.floor(index / 26) + 1)
}

/** The opdrachten of Artikel I, each under its letter. */
export function writeWijzigingsopdrachten(opdrachten: readonly Wijzigingsopdracht[]): string {
  return opdrachten.map((opdracht, index) => `### ${letter(index)}\n\n${writeWijzigingsopdracht(opdracht)}`).join('\n\n')
}
