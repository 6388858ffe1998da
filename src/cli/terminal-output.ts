// Everything we print comes partly from the author's files: file names, ids,
// quotes from the text. A control character in there would reach the terminal
// raw — ESC starts a sequence that recolours it, sets its title or worse, and a
// bidi control reorders the line the author reads. So every place that writes
// messages passes them through here first, and they print as `\x1b`, `\u202e`.
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { placeless } from '../messages/report.ts'

// C0 except tab and line feed, DEL, C1, the bidi controls, and the line and
// paragraph separators (a line break to some terminals, invisible to others).
const unsafe = /[\0-\x08\x0A-\x1F\x7F-\x9F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g
const unsafeInLine = /[\0-\x08\x0B-\x1F\x7F-\x9F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g

function escapeChar(char: string): string {
  const code = char.charCodeAt(0)
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`
}

/**
 * The text with every control and bidi character written as an escape. Line
 * feeds stay when `lines` is true (a multi-line report); in a name they are
 * escaped too, so one file name cannot look like two lines.
 */
export function escapeForTerminal(text: string, { lines = false }: { lines?: boolean } = {}): string {
  return text.replace(lines ? unsafeInLine : unsafe, escapeChar)
}

/**
 * JSON for standard output. JSON.stringify escapes C0 but leaves DEL, C1, the
 * bidi controls and U+2028/U+2029 raw; those can only occur inside strings,
 * where `\uXXXX` means the same, so the result parses to the same value.
 */
export function stringifyJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    /[\x7F-\x9F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

/**
 * The messages as the author reads them in a terminal, in Dutch: per file its
 * name, then one line per message, `regel:kolom  fout  tekst  controle`, in
 * reading order. No columns padded to the widest message (vfile-reporter pads
 * every line to the longest one, and has no Dutch words). A message about a
 * whole map or a missing file has no place, so none is shown. Files without
 * messages are left out. Names and texts are escaped (see escapeForTerminal).
 */
export function formatMessages(files: readonly VFile[]): string {
  const blocks: string[] = []
  for (const file of files) {
    const messages = [...file.messages].sort(byPlace)
    if (messages.length === 0) continue
    const lines = [escapeForTerminal(file.path || '(zonder naam)')]
    for (const message of messages) lines.push(`  ${formatMessage(message)}`)
    blocks.push(lines.join('\n'))
  }
  return blocks.join('\n\n')
}

function formatMessage(message: VFileMessage): string {
  const where = message.ruleId && placeless.has(message.ruleId) ? '' : `${message.line ?? 1}:${message.column ?? 1}  `
  const severity = message.fatal ? 'fout' : message.fatal === false ? 'waarschuwing' : 'info'
  // A reason over more lines keeps its lines together under the message.
  const reason = escapeForTerminal(message.reason, { lines: true }).replace(/\n/g, '\n    ')
  const ruleId = message.ruleId ? `  ${escapeForTerminal(message.ruleId)}` : ''
  return `${where}${severity}  ${reason}${ruleId}`
}

function byPlace(a: VFileMessage, b: VFileMessage): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)
}

/** "3 fouten", "1 waarschuwing": a Dutch count. */
export function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('nl-NL')} ${n === 1 ? one : many}`
}

/**
 * The closing line: `✖ 3 fouten, 1 waarschuwing`, `⚠ 0 fouten, 2 waarschuwingen`
 * or `✓ 0 fouten, 0 waarschuwingen`, then what was checked. With `streng`,
 * warnings fail too, and the line says so.
 */
export function summaryLine(errors: number, warnings: number, options: { streng?: boolean; detail?: string } = {}): string {
  const failed = errors > 0 || (options.streng === true && warnings > 0)
  const symbol = failed ? '✖' : warnings > 0 ? '⚠' : '✓'
  const streng = options.streng && warnings > 0 && errors === 0 ? ' (streng: waarschuwingen tellen als fout)' : ''
  return `${symbol} ${count(errors, 'fout', 'fouten')}, ${count(warnings, 'waarschuwing', 'waarschuwingen')}${streng}${options.detail ? ` ${options.detail}` : ''}`
}
