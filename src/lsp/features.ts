// What the editor offers while the author types, from the names of the
// verordening: completion of effect, grondwaarde, begrip and wet ids where
// they are written (with gemeenten.yml also value and gemeente ids: regio.ts);
// hover on an id with its text from the registry; and the
// quick fixes that messages propose ("bedoelt u …?", "schrijf liever …").
// Pure functions over a line of text, so tests reach them without an editor.
import { regioCompletionsAt, regioHoverAt } from './regio.ts'
import type { Names, SessionMessage } from './session.ts'

export interface CompletionEntry {
  label: string
  detail: string
  documentation: string
  /** Where the typed part of the id starts on the line (0-based), for the edit range. */
  from: number
}

/** The kind of id being written at this point of the line, and what has been typed of it. */
function slotAt(before: string): { kind: 'effect' | 'grondwaarde' | 'begrip' | 'wet' | 'artikel'; typed: string; from: number } | undefined {
  const attribute = /\b(effect|grondwaarde|grondslag|term)="([^"]*)$/.exec(before)
  if (attribute) {
    const value = attribute[2]!
    // Several ids are separated by spaces: complete the last one.
    const typed = value.slice(value.lastIndexOf(' ') + 1)
    const name = attribute[1]!
    const kind = name === 'grondslag' ? 'wet' : name === 'term' ? 'begrip' : (name as 'effect' | 'grondwaarde')
    const slot = { kind, typed, from: before.length - typed.length } as const
    // In grondslag only the wet before the colon is an id.
    return kind === 'wet' && typed.includes(':') ? undefined : slot
  }
  const reference = /:(begrip|wet|artikel)\[([^\]]*)$/.exec(before)
  if (reference) return { kind: reference[1] as 'begrip' | 'wet' | 'artikel', typed: reference[2]!, from: before.length - reference[2]!.length }
  return undefined
}

export function completionsAt(line: string, character: number, names: Names): CompletionEntry[] {
  const regio = regioCompletionsAt(line, character, names.gemeenten)
  if (regio) return regio
  const slot = slotAt(line.slice(0, character))
  if (!slot) return []
  const entries: CompletionEntry[] =
    slot.kind === 'effect'
      ? names.effecten.map((effect) => ({
          label: effect.id,
          detail: effect.titel,
          documentation: `${effect.tekst}\n\nStatus: ${effect.status}`,
          from: slot.from,
        }))
      : slot.kind === 'grondwaarde'
        ? names.grondwaarden.map((grondwaarde) => ({
            label: grondwaarde.id,
            detail: `grondwaarde (${grondwaarde.wetten.join(', ')})`,
            documentation: grondwaarde.tekst,
            from: slot.from,
          }))
        : slot.kind === 'begrip'
          ? names.begrippen.map((begrip) => ({
              label: begrip.term,
              detail: 'begrip',
              documentation: `${begrip.uitleg}\n\nDefinitie: ${begrip.definitie}`,
              from: slot.from,
            }))
          : slot.kind === 'wet'
            ? Object.entries(names.wetten).map(([id, wet]) => ({ label: id, detail: wet.naam, documentation: wet.naam, from: slot.from }))
            : [...names.artikelen].map(([nr, titel]) => ({ label: nr, detail: titel, documentation: `Artikel ${nr}: ${titel}`, from: slot.from }))
  const typed = slot.typed.toLowerCase()
  return entries.filter((entry) => entry.label.toLowerCase().startsWith(typed) || entry.label.toLowerCase().includes(typed))
}

/** Markdown for a hover on the id under the cursor, or undefined when it is no known id. */
export function hoverAt(line: string, character: number, names: Names): { markdown: string; from: number; to: number } | undefined {
  const regio = regioHoverAt(line, character, names.gemeenten)
  if (regio) return regio
  // The id under the cursor: letters, digits, dots, dashes and (in a begrip) spaces inside the brackets.
  const begrip = [...line.matchAll(/:begrip\[([^\]]+)\](?:\{term="([^"]+)"\})?/g)].find(
    (match) => character >= match.index && character <= match.index + match[0].length,
  )
  if (begrip) {
    const form = (begrip[2] ?? begrip[1]!).toLowerCase()
    const found = names.begrippen.find((entry) => entry.term.toLowerCase() === form || entry.vormen.some((vorm) => vorm.toLowerCase() === form))
    if (found)
      return {
        markdown: `**${found.term}** (begrip)\n\n${found.uitleg}\n\n*Definitie:* ${found.definitie}`,
        from: begrip.index,
        to: begrip.index + begrip[0].length,
      }
  }
  const word = [...line.matchAll(/[\p{L}\p{N}][\p{L}\p{N}.-]*/gu)].find((match) => character >= match.index && character <= match.index + match[0].length)
  if (!word) return undefined
  const id = word[0].replace(/[.-]+$/, '')
  const range = { from: word.index, to: word.index + id.length }
  const effect = names.effecten.find((entry) => entry.id === id)
  if (effect)
    return {
      markdown: `**${effect.titel}** (effect \`${effect.id}\`, ${effect.status})\n\n${effect.tekst}\n\n*Vraag van de inwoner:* ${effect.vraag}`,
      ...range,
    }
  const grondwaarde = names.grondwaarden.find((entry) => entry.id === id)
  if (grondwaarde) return { markdown: `**${grondwaarde.id}** (grondwaarde, ${grondwaarde.wetten.join(', ')})\n\n${grondwaarde.tekst}`, ...range }
  const wet = names.wetten[id]
  if (wet && /(grondslag="[^"]*|:wet\[)$/.test(line.slice(0, word.index))) return { markdown: `**${wet.naam}** (wet \`${id}\`)`, ...range }
  const artikel = names.artikelen.get(id)
  if (artikel && /:artikel\[$/.test(line.slice(0, word.index))) return { markdown: `**Artikel ${id}** ${artikel}`, ...range }
  return undefined
}

export interface Fix {
  title: string
  line: number
  from: number
  to: number
  newText: string
}

/**
 * The quick fixes of one message: replace what the author wrote (`actual`, on
 * the message's line, at or after its column) by each suggestion. A word at the
 * start of a sentence keeps its capital ("Indien" → "Als").
 */
export function fixesFor(message: SessionMessage, lineText: string): Fix[] {
  if (!message.actual || !message.expected) return []
  const start = Math.max(0, message.column - 1)
  let at = lineText.indexOf(message.actual, start)
  if (at === -1) at = lineText.indexOf(message.actual)
  if (at === -1) return []
  const capital = /^\p{Lu}/u.test(message.actual) && !/^\p{Lu}/u.test(message.expected[0] ?? '')
  return message.expected.map((expected) => {
    const newText = capital ? expected.charAt(0).toUpperCase() + expected.slice(1) : expected
    return { title: `Vervang “${message.actual}” door “${newText}”`, line: message.line - 1, from: at, to: at + message.actual!.length, newText }
  })
}
