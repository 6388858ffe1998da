// The history lines of an artikel in the juridische versie (like CVDR's table
// of wijzigingen), from src/compare/geschiedenis.ts.
import type { GeschiedenisRegel } from '../compare/geschiedenis.ts'
import { formatDate } from './meta.ts'

/** "Gewijzigd bij raadsbesluit RB-2027-010 van 17 december 2026." per entry of an artikel's history. */
export function geschiedenisRegels(regels: readonly GeschiedenisRegel[]): string[] {
  return regels.map((regel) => {
    if (regel.soort === 'niet-vastgesteld' || !regel.versie) return 'Gewijzigd na de laatst vastgestelde versie; nog niet vastgesteld.'
    const werkwoord = { vastgesteld: 'Vastgesteld', gewijzigd: 'Gewijzigd', ingevoegd: 'Ingevoegd' }[regel.soort]
    return `${werkwoord} bij raadsbesluit ${regel.versie.raadsbesluit} van ${formatDate(regel.versie.datum)}.`
  })
}
