// The draft wijzigingsverordening in Markdown (Aanwijzingen voor de
// regelgeving, chapter 6): Artikel I with the lettered wijzigingsopdrachten
// in artikel order, Artikel II for the inwerkingtreding, and for the
// raadsvoorstel the artikelen whose inwonersversie changed (that text binds
// nothing, so it gets no opdracht).
import type { VerordeningMeta } from '../model/schema.ts'
import { generateWijzigingsopdrachten } from './opdrachten/generate.ts'
import type { ArtikelPair, Wijzigingsopdracht } from './opdrachten/model.ts'
import { writeWijzigingsopdrachten } from './opdrachten/write.ts'
import type { Wijziging } from './vergelijking.ts'

/** The artikelen in artikel order with their old and new juridische tekst, for `generateWijzigingsopdrachten`. */
export function artikelPairs(wijzigingen: readonly Wijziging[]): ArtikelPair[] {
  return wijzigingen.map((wijziging) => ({
    oud: wijziging.oud?.tekst,
    nieuw: wijziging.nieuw?.tekst,
    ...(wijziging.soort === 'ingevoegd' ? { na: wijziging.na ?? null } : {}),
  }))
}

function opsomming(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`
}

export interface Ontwerp {
  markdown: string
  opdrachten: Wijzigingsopdracht[]
}

export function wijzigingsverordening(wijzigingen: readonly Wijziging[], meta: VerordeningMeta, versies: { van: string; naar: string }): Ontwerp {
  const opdrachten = generateWijzigingsopdrachten(artikelPairs(wijzigingen))
  const citeertitel = meta.citeertitel || 'de verordening'
  const inwoners = wijzigingen
    .filter((wijziging) => wijziging.soort !== 'vervallen' && wijziging.soort !== 'ingevoegd' && wijziging.delen.includes('inwoners'))
    .map((wijziging) => `artikel ${wijziging.naar ?? wijziging.artikel}`)
  const parts = [
    `# Ontwerp: wijziging van de ${citeertitel}`,
    `*Ontwerp, gemaakt door de toolchain uit de verschillen tussen \`${versies.van}\` en \`${versies.naar}\`. Laat het toetsen voordat het naar de raad gaat.*`,
    `De raad van de gemeente ${meta.gemeente || '…'};`,
    'gelezen het voorstel van burgemeester en wethouders van …;',
    `besluit vast te stellen de volgende wijziging van de ${citeertitel}:`,
    '## Artikel I',
  ]
  if (opdrachten.length === 0) parts.push('De juridische tekst is niet gewijzigd: er zijn geen wijzigingsopdrachten.')
  else parts.push(`De ${citeertitel} wordt als volgt gewijzigd:`, writeWijzigingsopdrachten(opdrachten))
  parts.push('## Artikel II', 'Dit besluit treedt in werking met ingang van de dag na die van de bekendmaking.')
  parts.push('## Voor het raadsvoorstel')
  parts.push(
    inwoners.length === 0
      ? 'De inwonersversie is bij geen enkel bestaand artikel aangepast.'
      : `Ook de inwonersversie is aangepast bij ${opsomming(inwoners)}. De inwonersversie bindt niet en krijgt daarom geen wijzigingsopdracht.`,
  )
  return { markdown: `${parts.join('\n\n')}\n`, opdrachten }
}
