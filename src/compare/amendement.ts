// An amendement in the form a gemeenteraad uses: who submits it (the
// indieners), "stellen de raad voor het ontwerpbesluit als volgt te
// wijzigen:", the wijzigingsopdrachten from the one model (the same as the
// wijzigingsverordening, src/compare/wijzigingsverordening.ts), and the
// toelichting. What the author did not give is a visible blank in the text
// and an item in "Nog te doen", never words that look final.
import { blank } from '../model/raadsbesluit.ts'
import type { VerordeningMeta } from '../model/schema.ts'
import type { Wijzigingsopdracht } from './opdrachten/model.ts'
import { writeWijzigingsopdrachten } from './opdrachten/write.ts'
import type { Wijziging } from './vergelijking.ts'
import { wijzigingsopdrachten } from './wijzigingsverordening.ts'

export interface AmendementGegevens {
  /** Names of the raadsleden who submit it, each with their fractie as they write it ("J. de Vries (Lokaal Lingedal)"). */
  indieners: readonly string[]
  toelichting?: string
}

export interface Amendement {
  markdown: string
  opdrachten: Wijzigingsopdracht[]
  /** What is still missing, in Dutch, each with how to give it. */
  nogTeDoen: string[]
}

function opsomming(items: readonly string[]): string {
  if (items.length <= 1) return items.join('')
  return `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`
}

export function amendement(wijzigingen: readonly Wijziging[], meta: VerordeningMeta, gegevens: AmendementGegevens): Amendement {
  const opdrachten = wijzigingsopdrachten(wijzigingen)
  const citeertitel = meta.citeertitel || 'de verordening'
  const nogTeDoen: string[] = []
  const indieners = gegevens.indieners.map((naam) => naam.trim()).filter((naam) => naam !== '')
  if (indieners.length === 0) nogTeDoen.push('de indieners: geef elke naam met --indiener "Naam (fractie)"')
  const toelichting = gegevens.toelichting?.trim() ?? ''
  if (toelichting === '') nogTeDoen.push('de toelichting: geef haar met --toelichting "…"')
  if (opdrachten.length === 0) nogTeDoen.push('de wijzigingen: de juridische tekst van het amendement is gelijk aan die van het ontwerp')
  const parts = [
    '# Amendement',
    `Onderwerp: het ontwerpbesluit over de ${citeertitel}`,
    `De ondergetekenden, ${indieners.length > 0 ? opsomming(indieners) : blank('de namen van de indieners en hun fractie')}, leden van de raad van de gemeente ${meta.gemeente || blank('de gemeente')},`,
    'stellen de raad voor het ontwerpbesluit als volgt te wijzigen:',
    opdrachten.length > 0 ? writeWijzigingsopdrachten(opdrachten) : blank('de wijzigingen'),
    '## Toelichting',
    toelichting !== '' ? toelichting : blank('waarom de indieners dit voorstellen'),
    '## Ondertekening',
    ...(indieners.length > 0 ? indieners : [blank('de namen van de indieners')]),
  ]
  return { markdown: `${parts.join('\n\n')}\n`, opdrachten, nogTeDoen }
}
