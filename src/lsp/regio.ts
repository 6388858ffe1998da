// Completion and hover for a text shared by several gemeenten (gemeenten.yml):
// the value ids after `:waarde[` (in the text and inside a quoted attribute
// value), the gemeente ids in `gemeenten="…"` of `:::variant`, and a hover on
// `:waarde[id]` with the value of each gemeente (and on a gemeente id with its naam). The author writes one text for
// several raden; seeing every gemeente's value where she types is what keeps
// her from writing a value that holds for one gemeente only. Without
// gemeenten.yml (`regio` undefined) nothing here answers, so a verordening of
// one gemeente sees the editor as before.
import { suggest } from '../messages/suggest.ts'
import type { Gemeenten } from '../model/gemeenten.ts'

export interface RegioCompletion {
  label: string
  detail: string
  documentation: string
  /** Where the typed part of the id starts on the line (0-based), for the edit range. */
  from: number
}

/** The value of `id` for each gemeente, on one line: "Tulpdam: € 350 · Narcisveen: € 500". */
export function waardenPerGemeente(regio: Gemeenten, id: string): string {
  return regio.gemeenten.map((gemeente) => `${gemeente.naam}: ${gemeente.waarden[id] ?? 'ontbreekt'}`).join(' · ')
}

/** The same as a Markdown list, one gemeente a line. */
function waardenLijst(regio: Gemeenten, id: string): string {
  return regio.gemeenten
    .map((gemeente) => {
      const waarde = gemeente.waarden[id]
      return waarde === undefined
        ? `- ${gemeente.naam}: *ontbreekt* (zet \`${id}: …\` bij \`${gemeente.id}\` in gemeenten.yml)`
        : `- ${gemeente.naam}: ${waarde}`
    })
    .join('\n')
}

/** What is being typed at the end of `before` when it is a value id or a gemeente id; undefined otherwise. */
function regioSlotAt(before: string): { kind: 'waarde' | 'gemeente'; typed: string; from: number; taken: string[] } | undefined {
  // `:waarde[` is the same in the text and inside an attribute value (`titel="Al :waarde[`).
  const waarde = /:waarde\[([^\]"]*)$/.exec(before)
  if (waarde) return { kind: 'waarde', typed: waarde[1]!, from: before.length - waarde[1]!.length, taken: [] }
  const variant = /^\s*:{3,}variant\{[^}]*?\bgemeenten="([^"]*)$/.exec(before)
  if (variant) {
    const list = variant[1]!
    // The ids are separated by spaces or commas (as variantGemeenten reads them): complete the last one.
    const typed = /[^\s,]*$/.exec(list)![0]
    const taken = list
      .slice(0, list.length - typed.length)
      .split(/[\s,]+/)
      .filter(Boolean)
    return { kind: 'gemeente', typed, from: before.length - typed.length, taken }
  }
  return undefined
}

/**
 * The completions for a value or gemeente id at `character`, or undefined when
 * the cursor is in no such place (then the other completions of features.ts
 * are asked). An empty list means: the place is right, nothing matches.
 */
export function regioCompletionsAt(line: string, character: number, regio: Gemeenten | undefined): RegioCompletion[] | undefined {
  if (!regio) return undefined
  const slot = regioSlotAt(line.slice(0, character))
  if (!slot) return undefined
  const entries: RegioCompletion[] =
    slot.kind === 'waarde'
      ? Object.entries(regio.waarden).map(([id, betekenis]) => ({
          label: id,
          detail: waardenPerGemeente(regio, id),
          documentation: `**${id}** (waarde per gemeente)\n\n${betekenis}\n\n${waardenLijst(regio, id)}`,
          from: slot.from,
        }))
      : regio.gemeenten
          .filter((gemeente) => !slot.taken.includes(gemeente.id))
          .map((gemeente) => ({
            label: gemeente.id,
            detail: gemeente.naam,
            documentation: `**${gemeente.naam}** (gemeente \`${gemeente.id}\`, CBS-code ${gemeente.cbs})\n\n${gemeente.citeertitel}`,
            from: slot.from,
          }))
  const typed = slot.typed.toLowerCase()
  return entries.filter((entry) => entry.label.toLowerCase().includes(typed))
}

/** Markdown for a hover on a gemeente id in `gemeenten="…"` of `:::variant`: its naam, or which gemeenten exist. */
function gemeenteHoverAt(line: string, character: number, regio: Gemeenten): { markdown: string; from: number; to: number } | undefined {
  const variant = /^(\s*:{3,}variant\{[^}]*?\bgemeenten=")([^"]*)"/.exec(line)
  if (!variant) return undefined
  const start = variant[1]!.length
  const word = [...variant[2]!.matchAll(/[^\s,]+/g)].find((match) => character >= start + match.index && character <= start + match.index + match[0].length)
  if (!word) return undefined
  const range = { from: start + word.index, to: start + word.index + word[0].length }
  const gemeente = regio.gemeenten.find((entry) => entry.id === word[0])
  if (gemeente) return { markdown: `**${gemeente.naam}** (gemeente \`${gemeente.id}\`, CBS-code ${gemeente.cbs})\n\n${gemeente.citeertitel}`, ...range }
  const bekend = regio.gemeenten.map((entry) => entry.id)
  const hint = suggest(word[0], bekend)
  return {
    markdown: `**Onbekende gemeente \`${word[0]}\`**${hint ? `, bedoelt u \`${hint}\`?` : ''}\n\nGemeenten in gemeenten.yml: ${bekend.map((id) => `\`${id}\``).join(', ')}.`,
    ...range,
  }
}

/** Markdown for a hover on `:waarde[id]` under the cursor: the value of each gemeente, or which ids exist. */
export function regioHoverAt(line: string, character: number, regio: Gemeenten | undefined): { markdown: string; from: number; to: number } | undefined {
  if (!regio) return undefined
  const found = [...line.matchAll(/:waarde\[([^\]]*)\]/g)].find((match) => character >= match.index && character <= match.index + match[0].length)
  if (!found) return gemeenteHoverAt(line, character, regio)
  const id = found[1]!.trim()
  const range = { from: found.index, to: found.index + found[0].length }
  const betekenis = regio.waarden[id]
  if (betekenis !== undefined) return { markdown: `**${id}** (waarde per gemeente)\n\n${betekenis}\n\n${waardenLijst(regio, id)}`, ...range }
  const bekend = Object.keys(regio.waarden)
  const hint = id ? suggest(id, bekend) : undefined
  const kop = id
    ? `**Onbekende waarde \`${id}\`**${hint ? `, bedoelt u \`${hint}\`?` : ''}`
    : '**Hier ontbreekt de id van een waarde**: schrijf die tussen de haken.'
  const lijst =
    bekend.length > 0 ? `Bekende waarden in gemeenten.yml: ${bekend.map((naam) => `\`${naam}\``).join(', ')}.` : 'In gemeenten.yml staan nog geen waarden.'
  return {
    markdown: `${kop}\n\n${lijst} Een nieuwe waarde zet u onder \`waarden\` in gemeenten.yml, met een waarde bij elke gemeente.`,
    ...range,
  }
}
