// The draft wijzigingsverordening in Markdown (Aanwijzingen voor de
// regelgeving, chapter 6), a whole raadsbesluit: opschrift and aanhef,
// Artikel I with the lettered wijzigingsopdrachten in artikel order, Artikel
// II for the inwerkingtreding, the ondertekening (src/model/raadsbesluit.ts), and for the
// raadsvoorstel the artikelen whose inwonersversie changed (that text binds
// nothing, so it gets no opdracht).
import { nogTeDoen, ondertekeningMarkdown, raadsbesluitFrame } from '../model/raadsbesluit.ts'
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
  /** What the raadsbesluit still needs from `besluit:` in verordening.yml (shown as a blank), or null. */
  nogTeDoen: string | null
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
  const frame = raadsbesluitFrame(meta, 'wijziging')
  const citeertitel = meta.citeertitel || 'de verordening'
  const inwoners = wijzigingen
    .filter((wijziging) => wijziging.soort !== 'vervallen' && wijziging.soort !== 'ingevoegd' && wijziging.delen.includes('inwoners'))
    .map((wijziging) => `artikel ${wijziging.naar ?? wijziging.artikel}`)
  const parts = [`# ${frame.opschrift}`, ...frame.aanhef, '## Artikel I', artikelI(opdrachten, citeertitel)]
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
