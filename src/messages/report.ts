// One way to attach a positioned Dutch message to a file, for the checks that
// are not lint rules (reading, YAML, schema). Lint rules use unified-lint-rule.

import type { Point, Position } from 'unist'
import type { VFile } from 'vfile'
import { suggestionIn } from './suggest.ts'

export const source = 'verordening'

export type Severity = 'error' | 'warning'

/**
 * Messages about a whole map or a file that is not there: they have no place
 * in a text. The JSON contract still gives them line 1, column 1; the terminal
 * shows no place for them.
 */
export const placeless: ReadonlySet<string> = new Set(['map-leesbaar', 'register-aanwezig'])

export function report(file: VFile, reason: string, place: Point | Position | undefined, ruleId: string, severity: Severity = 'error'): void {
  const message = file.message(reason, { place: place ?? { line: 1, column: 1 }, ruleId, source })
  message.fatal = severity === 'error'
  const suggestion = suggestionIn(reason)
  if (suggestion) Object.assign(message, suggestion)
}

/** Line and column (1-based) of a character offset in a text. */
export function pointAt(text: string, offset: number): Point {
  let line = 1
  let lineStart = 0
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++
    lineStart = index + 1
  }
  return { line, column: offset - lineStart + 1, offset }
}
