// The draft wijzigingsverordening in Markdown (Aanwijzingen voor de
// regelgeving, chapter 6), a whole raadsbesluit: opschrift and aanhef,
// Artikel I with the lettered wijzigingsopdrachten in artikel order, Artikel
// II for the inwerkingtreding, the ondertekening (src/model/raadsbesluit.ts), and for the
// raadsvoorstel the artikelen whose inwonersversie changed (that text binds
// nothing, so it gets no opdracht).
import { nogTeDoen, ondertekeningMarkdown, raadsbesluitFrame } from '../model/raadsbesluit.ts'
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
  /** What the raadsbesluit still needs from `besluit:` in verordening.yml (shown as a blank), or null. */
  nogTeDoen: string | null
}

export function wijzigingsverordening(wijzigingen: readonly Wijziging[], meta: VerordeningMeta): Ontwerp {
  const opdrachten = generateWijzigingsopdrachten(artikelPairs(wijzigingen))
  const frame = raadsbesluitFrame(meta, 'wijziging')
  const citeertitel = meta.citeertitel
  const inwoners = wijzigingen
    .filter((wijziging) => wijziging.soort !== 'vervallen' && wijziging.soort !== 'ingevoegd' && wijziging.delen.includes('inwoners'))
    .map((wijziging) => `artikel ${wijziging.naar ?? wijziging.artikel}`)
  // A document for the raad: the raadsbesluit and nothing about how it was made (no tool, revision or folder).
  const parts = [`# ${frame.opschrift}`, ...frame.aanhef, '## Artikel I']
  if (opdrachten.length === 0) parts.push('De juridische tekst is niet gewijzigd: er zijn geen wijzigingsopdrachten.')
  else parts.push(`De ${citeertitel} wordt als volgt gewijzigd:`, writeWijzigingsopdrachten(opdrachten))
  parts.push('## Artikel II', frame.artikelII ?? '')
  parts.push(...ondertekeningMarkdown(frame))
  parts.push('## Voor het raadsvoorstel')
  parts.push(
    inwoners.length === 0
      ? 'De inwonersversie is bij geen enkel bestaand artikel aangepast.'
      : `Ook de inwonersversie is aangepast bij ${opsomming(inwoners)}. De inwonersversie bindt niet en krijgt daarom geen wijzigingsopdracht.`,
  )
  return { markdown: `${parts.join('\n\n')}\n`, opdrachten, nogTeDoen: nogTeDoen(frame) }
}
