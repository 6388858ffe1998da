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

const before = /[\s,"'=]/
const after = /[\s,"']/

/**
 * Where the token stands on its own in the value (between separators, or at
 * an end), or -1. A plain search, not a regular expression made from the
 * token: a token of 40,000 characters made one too large to compile.
 */
function tokenIndex(value: string, token: string): number {
  if (token.length === 0) return -1
  for (let at = value.indexOf(token); at !== -1; at = value.indexOf(token, at + 1)) {
    const left = at === 0 || before.test(value[at - 1]!)
    const end = at + token.length
    const right = end === value.length || after.test(value[end]!)
    if (left && right) return at
  }
  return -1
}
