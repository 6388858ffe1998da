// Everything we print comes partly from the author's files: file names, ids,
// quotes from the text. A control character in there would reach the terminal
// raw — ESC starts a sequence that recolours it, sets its title or worse, and a
// bidi control reorders the line the author reads. So every place that writes
// messages passes them through here first, and they print as `\x1b`, `\u202e`.
import { VFile } from 'vfile'

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
 * Copies of the files for vfile-reporter with their names and message texts
 * escaped, so the reporter keeps its own layout (columns, colours) while no
 * text from the source reaches the terminal raw. Only what the reporter shows
 * is copied: a message's cause (a stack trace) is left out on purpose.
 */
export function filesForTerminal(files: readonly VFile[]): VFile[] {
  return files.map((file) => {
    const copy = new VFile(file.path ? { path: escapeForTerminal(file.path) } : {})
    for (const message of file.messages) {
      const safe = copy.message(escapeForTerminal(message.reason, { lines: true }), {
        place: message.place,
        ruleId: message.ruleId ? escapeForTerminal(message.ruleId) : undefined,
        source: message.source ? escapeForTerminal(message.source) : undefined,
      })
      safe.fatal = message.fatal
    }
    return copy
  })
}

/**
 * JSON for standard output. JSON.stringify escapes C0 but leaves DEL, C1, the
 * bidi controls and U+2028/U+2029 raw; those can only occur inside strings,
 * where `\uXXXX` means the same, so the result parses to the same value.
 */
export function stringifyJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\x7F-\x9F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
