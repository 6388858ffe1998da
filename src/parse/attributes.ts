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
 * Where a piece of text (the `keer`-th occurrence, from 0) stands in the
 * value of an attribute, as written in the source: for `:waarde[id]` inside
 * `titel="…"`. The attribute's span when it is not found there (a character
 * reference such as `&quot;` in the value can hide it).
 */
export function textInAttributePosition(file: VFile, node: Directives, name: string, text: string, keer = 0): Position | undefined {
  const span = node.data?.position?.attributes?.[name]
  if (!span) return node.data?.position?.opening ?? node.position
  const from = span.start.offset
  const to = span.end.offset
  if (from === undefined || to === undefined) return span
  const source = String(file.value).slice(from, to)
  let at = source.indexOf(text, source.indexOf('=') + 1)
  for (let n = 0; n < keer && at !== -1; n++) at = source.indexOf(text, at + 1)
  if (at === -1) return span
  const place = fileLocation(file)
  const startPoint = place.toPoint(from + at)
  const endPoint = place.toPoint(from + at + text.length)
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
