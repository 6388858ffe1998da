// Where a directive attribute (or one token in its value) is in the source.
// The directive syntax is parsed `verbose`, so mdast keeps the span of each
// attribute; this narrows it to the token the author has to fix.
import type { Directives } from 'mdast-util-directive'
import type { Position } from 'unist'
import type { VFile } from 'vfile'
import { fileLocation } from './file-location.ts'

/** Splits a list attribute such as `effect="a b"` into its tokens. */
export function tokens(value: string | null | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean)
}

export function attributePosition(file: VFile, node: Directives, name: string, token?: string): Position | undefined {
  const span = node.data?.position?.attributes?.[name]
  if (!span) return node.data?.position?.opening ?? node.position
  const from = span.start.offset
  const to = span.end.offset
  if (token === undefined || from === undefined || to === undefined) return span
  const source = String(file.value).slice(from, to)
  // The value follows `=`; search there so a token equal to the name is not found in the name.
  const valueStart = source.indexOf('=') + 1
  const at = tokenIndex(source.slice(valueStart), token)
  if (at === -1) return span
  const start = from + valueStart + at
  const place = fileLocation(file)
  const startPoint = place.toPoint(start)
  const endPoint = place.toPoint(start + token.length)
  return startPoint && endPoint ? { start: startPoint, end: endPoint } : span
}

/**
 * Where `token` stands in `value` as a whole token: after the start, a space,
 * a comma, a quote or `=`, and before the end, a space, a comma or a quote.
 * Searched as text, not with a regex made from the token: a token of 50 KB
 * (a paste error) made a regex too large for V8, and the rule crashed.
 */
function tokenIndex(value: string, token: string): number {
  for (let at = value.indexOf(token); at !== -1; at = value.indexOf(token, at + 1)) {
    const before = value[at - 1]
    const after = value[at + token.length]
    if ((before === undefined || /[\s,"'=]/.test(before)) && (after === undefined || /[\s,"']/.test(after))) return at
  }
  return -1
}
