// Reads wijzigingsopdrachten from Markdown and applies them to the old text:
// the second half of the round trip, as the compare tests use it.
import { applyWijzigingsopdrachten } from '../../src/compare/opdrachten/apply.ts'
import { readWijzigingsopdrachten } from '../../src/compare/opdrachten/read.ts'
import type { Result } from '../../src/messages/result.ts'
import type { ArtikelTekst } from '../../src/model/artikel-tekst.ts'

export function applyMarkdown(oud: readonly ArtikelTekst[], markdown: string): Result<ArtikelTekst[]> {
  const read = readWijzigingsopdrachten(markdown)
  return read.ok ? applyWijzigingsopdrachten(oud, read.value) : read
}
