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

/**
 * One opdracht as one line of plain text without the quoted new text: the
 * `Wat` of a STOP mutation, whose element carries that text itself
 * ("Artikel 4.3 wordt als volgt gewijzigd: 1. In het derde lid wordt … 2. Er wordt een lid toegevoegd, luidende:").
 */
export function wijzigingsinstructie(opdracht: Wijzigingsopdracht): string {
  return writeWijzigingsopdracht(opdracht)
    .split('\n')
    .filter((line) => !/^\s*>/.test(line))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()
}
