// A vervangen or geschrapt applied to the text of one lid or onderdeel: the
// piece must occur exactly once. generate.ts uses the same function to test a
// piece before it writes it.
import { failure, type Result, succeed } from '../../messages/result.ts'
import type { ArtikelEdit } from './model.ts'
import { placeName } from './wording.ts'

export function occurrences(text: string, piece: string): number {
  if (piece === '') return 0
  let count = 0
  for (let at = text.indexOf(piece); at !== -1; at = text.indexOf(piece, at + 1)) count++
  return count
}

export function applyTextEdit(text: string, edit: ArtikelEdit<'vervangen' | 'geschrapt'>): Result<string> {
  const piece = edit.kind === 'vervangen' ? edit.from : edit.text
  const count = occurrences(text, piece)
  if (count !== 1)
    return failure(`De tekst '${piece}' komt ${count === 0 ? 'niet' : `${count} keer`} voor in ${placeName(edit.place)}, verwacht precies één keer`)
  const at = text.indexOf(piece)
  let left = text.slice(0, at)
  let right = text.slice(at + piece.length)
  if (edit.kind === 'vervangen') return succeed(left + edit.to + right)
  if (left.endsWith(' ') && (right === '' || right.startsWith(' ') || /^[,.;:]/.test(right))) left = left.slice(0, -1)
  if (left === '') right = right.trimStart()
  return succeed(left + right)
}
