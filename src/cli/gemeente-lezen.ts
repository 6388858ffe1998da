// One verordening read for a comparison across gemeenten: checked by the one
// pipeline, then reduced to plain data (per artikel its number, title,
// grondslagen, text and place). Only that plain data leaves this function, so
// the syntax trees and the model of a verordening can be released as soon as
// it is done; that is what lets 342 gemeenten be read in a worker per core
// (gemeenten-lezen.ts) in a bounded amount of memory.
import path from 'node:path'
import type { RootContent } from 'mdast'
import type { VergelijkGemeente } from '../compare/gemeenten/uitlijning.ts'
import { artikelTekst } from '../model/artikel-tekst.ts'
import type { Plaats } from '../model/schema.ts'
import { checkVerordening } from '../pipeline/pipeline.ts'
import { formatMessages } from './terminal-output.ts'

export interface GelezenGemeente {
  gemeente: VergelijkGemeente
  errors: number
  warnings: number
  /** The fatal messages with their places, as the terminal shows them (only when no artikel could be read). */
  fatal: string
  /** The first errors as `file:line:column: message`, to show with the warning that the comparison reads around them. */
  eersteFouten: string[]
}

const shownErrors = 5

/** The line and column where some content starts in its file (the artikel's when it has no position). */
function start(nodes: readonly RootContent[], fallback: Plaats): { regel: number; kolom: number } {
  const point = nodes[0]?.position?.start
  return point ? { regel: point.line, kolom: point.column } : { regel: fallback.line, kolom: fallback.column }
}

export async function leesGemeente(map: string): Promise<GelezenGemeente> {
  const result = await checkVerordening(map)
  const { meta, hoofdstukken } = result.context.verordening
  const artikelen = hoofdstukken.flatMap((hoofdstuk) =>
    hoofdstuk.artikelen.map((artikel) => ({
      nr: artikel.nr,
      titel: artikel.titel,
      grondslagen: artikel.grondslagen.map((grondslag) => `${grondslag.wet}:${grondslag.artikel}`),
      tekst: artikelTekst(artikel, meta),
      plaats: { ...artikel.plaats },
      // Where each lid and onderdeel starts, so a value in the JSON points at its own line.
      regels: artikel.leden.map((lid) => ({
        ...start(lid.inhoud, artikel.plaats),
        onderdelen: lid.onderdelen.map((onderdeel) => start(onderdeel.inhoud, artikel.plaats)),
      })),
    })),
  )
  const fatal = artikelen.length === 0 ? formatMessages(result.files.filter((file) => file.messages.some((message) => message.fatal))) : ''
  const eersteFouten = result.files
    .flatMap((file) =>
      file.messages.filter((message) => message.fatal).map((message) => `${file.path}:${message.line ?? 1}:${message.column ?? 1}: ${message.reason}`),
    )
    .slice(0, shownErrors)
  return {
    eersteFouten,
    // An unreadable verordening.yml leaves the gemeente's name empty: the folder names it then.
    gemeente: { naam: meta.gemeente?.trim() || path.basename(path.resolve(map)), map, citeertitel: meta.citeertitel ?? '', artikelen },
    errors: result.errors,
    warnings: result.warnings,
    fatal,
  }
}
