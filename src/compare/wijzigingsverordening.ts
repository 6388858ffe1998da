// The draft wijzigingsverordening in Markdown (Aanwijzingen voor de
// regelgeving, chapter 6): Artikel I with the lettered wijzigingsopdrachten
// in artikel order, Artikel II for the inwerkingtreding, and for the
// raadsvoorstel the artikelen whose inwonersversie changed (that text binds
// nothing, so it gets no opdracht).
import type { VerordeningMeta } from '../model/schema.ts'
import { generateWijzigingsopdrachten } from './opdrachten/generate.ts'
import { type ArtikelPair, opdrachtArtikel, type Wijzigingsopdracht } from './opdrachten/model.ts'
import { letter, writeWijzigingsopdrachten } from './opdrachten/write.ts'
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

/**
 * The wijzigingsopdrachten between two versions: the one model that the
 * wijzigingsverordening (Markdown, DOCX), the renvooi and the STOP mutation
 * (src/export/stop-wijziging.ts) are all made from.
 */
export function wijzigingsopdrachten(wijzigingen: readonly Wijziging[]): Wijzigingsopdracht[] {
  return generateWijzigingsopdrachten(artikelPairs(wijzigingen))
}

/**
 * The body of Artikel I as Markdown: "De <citeertitel> wordt als volgt
 * gewijzigd:" and the opdrachten under their letters (### A, ### B, …), or
 * the sentence that nothing changed. A raadsbesluit or an amendement wraps it
 * in its own frame (aanhef, Artikel II, ondertekening).
 */
export function artikelI(opdrachten: readonly Wijzigingsopdracht[], citeertitel: string): string {
  if (opdrachten.length === 0) return 'De juridische tekst is niet gewijzigd: er zijn geen wijzigingsopdrachten.'
  return `De ${citeertitel} wordt als volgt gewijzigd:\n\n${writeWijzigingsopdrachten(opdrachten)}`
}

/** The draft wijzigingsverordening. Nothing in it names the tool, a revision or a folder: it is a document for the raad. */
export function wijzigingsverordening(wijzigingen: readonly Wijziging[], meta: VerordeningMeta): Ontwerp {
  const opdrachten = wijzigingsopdrachten(wijzigingen)
  const citeertitel = meta.citeertitel || 'de verordening'
  const inwoners = wijzigingen
    .filter((wijziging) => wijziging.soort !== 'vervallen' && wijziging.soort !== 'ingevoegd' && wijziging.delen.includes('inwoners'))
    .map((wijziging) => `artikel ${wijziging.naar ?? wijziging.artikel}`)
  const parts = [
    `# Ontwerp: wijziging van de ${citeertitel}`,
    `De raad van de gemeente ${meta.gemeente || '…'};`,
    'gelezen het voorstel van burgemeester en wethouders van …;',
    `besluit vast te stellen de volgende wijziging van de ${citeertitel}:`,
    '## Artikel I',
  ]
  parts.push(artikelI(opdrachten, citeertitel))
  parts.push('## Artikel II', 'Dit besluit treedt in werking met ingang van de dag na die van de bekendmaking.')
  parts.push('## Voor het raadsvoorstel')
  parts.push(
    inwoners.length === 0
      ? 'De inwonersversie is bij geen enkel bestaand artikel aangepast.'
      : `Ook de inwonersversie is aangepast bij ${opsomming(inwoners)}. De inwonersversie bindt niet en krijgt daarom geen wijzigingsopdracht.`,
  )
  return { markdown: `${parts.join('\n\n')}\n`, opdrachten }
}

/**
 * Per artikel the letters of the opdrachten in Artikel I that change it, so the
 * renvooi can name them ("onderdeel A"). The key is "oud <nr>" (the number
 * before the wijziging) or "nieuw <nr>" for an artikel that is ingevoegd, as
 * the comparison's `artikel` field gives it.
 */
export function opdrachtLetters(opdrachten: readonly Wijzigingsopdracht[]): Map<string, string[]> {
  const letters = new Map<string, string[]>()
  opdrachten.forEach((opdracht, index) => {
    const { nr, nieuw } = opdrachtArtikel(opdracht)
    const key = `${nieuw ? 'nieuw' : 'oud'} ${nr}`
    letters.set(key, [...(letters.get(key) ?? []), letter(index)])
  })
  return letters
}
