// Generates the wijzigingsopdrachten that turn the old juridische tekst into
// the new: per artikel the smallest edits a raad can follow (a few words
// replaced or struck, a lid or onderdeel added, a lid removed), and a whole
// lid or artikel that "komt te luiden" when the edits would be too many or
// could be misread. Every opdracht it returns reads back as itself
// (write.ts → read.ts), so the round trip holds by construction.
//
// Not a table per kind: choosing between the kinds is the one algorithm here.
import { diffWordsWithSpace } from 'diff'
import type { ArtikelTekst, LidTekst } from '../../model/artikel-tekst.ts'
import { type ArtikelEdit, type ArtikelPair, cloneArtikelTekst, type NumberedLid, type Place, type Wijzigingsopdracht } from './model.ts'
import { readWijzigingsopdrachten } from './read.ts'
import { applyTextEdit, occurrences } from './text-edit.ts'
import { writeWijzigingsopdracht } from './write.ts'

/** At most this many text changes in one lid or onderdeel; more, and the lid "komt te luiden". */
const maxTextChanges = 3

/**
 * Text changes from `from` to `to` as vervangen/geschrapt, each naming a
 * piece that occurs once; undefined when that is not possible (the caller
 * then rewrites the whole lid).
 */
function textEdits(place: Place, from: string, to: string): ArtikelEdit[] | undefined {
  if (from === to) return []
  if (from === '' || to === '') return undefined
  const changes = diffWordsWithSpace(from, to)
  // Regions: runs of removed/added parts between common parts, with their place in the old text.
  const regions: Array<{ start: number; end: number; added: string }> = []
  let position = 0
  let open: { start: number; end: number; added: string } | undefined
  for (const change of changes) {
    if (!change.added && !change.removed) {
      if (open) regions.push(open)
      open = undefined
      position += change.value.length
      continue
    }
    open ??= { start: position, end: position, added: '' }
    if (change.removed) {
      position += change.value.length
      open.end = position
    } else open.added += change.value
  }
  if (open) regions.push(open)
  if (regions.length > maxTextChanges) return undefined
  // A text that is mostly new reads better as a whole ("komt te luiden") than as a list of replacements.
  const changed = regions.reduce((sum, region) => sum + (region.end - region.start) + region.added.length, 0)
  if (changed > 0.6 * Math.max(from.length, to.length)) return undefined
  const result: ArtikelEdit[] = []
  let current = from
  let shift = 0
  for (const region of regions) {
    const start = region.start + shift
    const end = region.end + shift
    const next = current.slice(0, start) + region.added + current.slice(end)
    const edit = pieceFor(place, current, next, start, end, region.added)
    if (!edit) return undefined
    result.push(edit)
    current = next
    shift += region.added.length - (region.end - region.start)
  }
  return current === to ? result : undefined
}

/** The shortest unique piece around [start, end) that turns `current` into `next`. */
function pieceFor(place: Place, current: string, next: string, start: number, end: number, added: string): ArtikelEdit | undefined {
  const removed = current.slice(start, end).trim()
  const works = (edit: ArtikelEdit<'vervangen' | 'geschrapt'>) => {
    const applied = applyTextEdit(current, edit)
    return applied.ok && applied.value === next && roundTrips(edit)
  }
  // A piece the raad can find: with at least one word in it, not a lone comma.
  const wordy = (piece: string) => /[\p{L}\p{N}]/u.test(piece)
  if (added.trim() === '' && wordy(removed)) {
    const geschrapt: ArtikelEdit<'geschrapt'> = { kind: 'geschrapt', place, text: removed }
    if (works(geschrapt)) return geschrapt
  }
  let left = start
  let right = end
  for (let step = 0; step < 40; step++) {
    const from = current.slice(left, right)
    const to = current.slice(left, start) + added + current.slice(end, right)
    if (wordy(from) && from === from.trim() && to !== '' && to === to.trim() && occurrences(current, from) === 1) {
      const vervangen: ArtikelEdit<'vervangen'> = { kind: 'vervangen', place, from, to }
      if (works(vervangen)) return vervangen
      if (to.trim() === '' || from.length > 0) {
        const geschrapt: ArtikelEdit<'geschrapt'> = { kind: 'geschrapt', place, text: from }
        if (to === '' && works(geschrapt)) return geschrapt
      }
    }
    // Grow by a word: left first (reads naturally: "na 'x'"), then right.
    const canLeft = left > 0
    const canRight = right < current.length
    if (!canLeft && !canRight) return undefined
    if (canLeft && (step % 2 === 0 || !canRight)) left = growLeft(current, left)
    else right = growRight(current, right)
  }
  return undefined
}

function growLeft(text: string, at: number): number {
  let index = at
  while (index > 0 && /\s/.test(text[index - 1]!)) index--
  while (index > 0 && !/\s/.test(text[index - 1]!)) index--
  return index
}

function growRight(text: string, at: number): number {
  let index = at
  while (index < text.length && /\s/.test(text[index]!)) index++
  while (index < text.length && !/\s/.test(text[index]!)) index++
  return index
}

/** Whether an opdracht we would write reads back as itself. */
function readsBack(opdracht: Wijzigingsopdracht): boolean {
  const read = readWijzigingsopdrachten(writeWijzigingsopdracht(opdracht))
  return read.ok && JSON.stringify(read.value) === JSON.stringify([opdracht])
}

/** A sentence we write must read back as itself. */
function roundTrips(edit: ArtikelEdit): boolean {
  const opdracht: Wijzigingsopdracht = { kind: 'wijzig', artikel: '1', edits: [edit] }
  const read = readWijzigingsopdrachten(writeWijzigingsopdracht(opdracht))
  return read.ok && read.value[0] !== undefined && JSON.stringify(read.value[0]) === JSON.stringify(opdracht)
}

function lidEdits(from: LidTekst, to: LidTekst): ArtikelEdit[] | undefined {
  const whole = (): ArtikelEdit[] | undefined => (to.nr === null ? undefined : [{ kind: 'lid-luidt', lid: structuredClone(to) as NumberedLid }])
  const result: ArtikelEdit[] = []
  const own = textEdits({ lid: from.nr }, from.tekst, to.tekst)
  if (!own) return whole()
  result.push(...own)
  const shared = Math.min(from.onderdelen.length, to.onderdelen.length)
  if (from.onderdelen.length > to.onderdelen.length) return whole()
  for (let index = 0; index < shared; index++) {
    const a = from.onderdelen[index]!
    const b = to.onderdelen[index]!
    if (a.letter !== b.letter) return whole()
    const changes = textEdits({ lid: from.nr, onderdeel: a.letter }, a.tekst, b.tekst)
    if (!changes) return whole()
    result.push(...changes)
  }
  const letters = new Set(to.onderdelen.map((onderdeel) => onderdeel.letter))
  if (letters.size !== to.onderdelen.length) return whole()
  for (const onderdeel of to.onderdelen.slice(shared)) result.push({ kind: 'onderdeel-toegevoegd', lid: from.nr, onderdeel: { ...onderdeel } })
  return result.length > 6 ? whole() : result
}

function mismatches(a: readonly LidTekst[], b: readonly LidTekst[]): number {
  let count = 0
  for (let index = 0; index < a.length; index++) if (JSON.stringify({ ...a[index], nr: 0 }) !== JSON.stringify({ ...b[index], nr: 0 })) count++
  return count
}

/** Edits turning `from` into `to` (same artikel), or undefined: the artikel "komt te luiden". */
function artikelEdits(from: ArtikelTekst, to: ArtikelTekst): ArtikelEdit[] | undefined {
  const result: ArtikelEdit[] = []
  if (from.titel !== to.titel) result.push({ kind: 'opschrift', title: to.titel })
  const a = from.leden
  const b = to.leden
  const numbered = (leden: readonly LidTekst[]) => leden.every((lid) => lid.nr !== null)
  if (a.length === 0 || b.length === 0) return undefined
  let structural: ArtikelEdit | undefined
  let pairs: Array<[LidTekst, LidTekst]>
  if (a.length === b.length) {
    if (numbered(a) !== numbered(b)) return undefined
    pairs = a.map((lid, index) => [lid, b[index]!])
  } else if (Math.abs(a.length - b.length) === 1 && numbered(a) && numbered(b) && a.length >= 2 && b.length >= 2) {
    if (b.length > a.length) {
      let best = 0
      let bestCount = Number.POSITIVE_INFINITY
      for (let k = 0; k < b.length; k++) {
        const count = mismatches(a, [...b.slice(0, k), ...b.slice(k + 1)])
        if (count < bestCount) [best, bestCount] = [k, count]
      }
      const rest = [...b.slice(0, best), ...b.slice(best + 1)]
      pairs = a.map((lid, index) => [lid, { ...rest[index]!, nr: lid.nr }])
      structural = { kind: 'lid-ingevoegd', lid: structuredClone(b[best]!) as NumberedLid, last: best === b.length - 1 }
    } else {
      let best = 0
      let bestCount = Number.POSITIVE_INFINITY
      for (let k = 0; k < a.length; k++) {
        const count = mismatches([...a.slice(0, k), ...a.slice(k + 1)], b)
        if (count < bestCount) [best, bestCount] = [k, count]
      }
      const rest = [...a.slice(0, best), ...a.slice(best + 1)]
      pairs = rest.map((lid, index) => [lid, { ...b[index]!, nr: lid.nr }])
      structural = { kind: 'lid-vervalt', lid: best + 1, last: best === a.length - 1 }
    }
  } else return undefined
  for (const [x, y] of pairs) {
    const changes = lidEdits(x, y)
    if (!changes) return undefined
    result.push(...changes)
  }
  if (structural) result.push(structural)
  return result.length > 8 ? undefined : result
}

/**
 * The opdrachten for the juridische tekst, in artikel order. `pairs` lists the
 * artikelen in that order (a vervallen artikel where it stood), as the
 * comparison gives them; pairs whose juridische tekst is the same and whose
 * number stays give nothing.
 */
export function generateWijzigingsopdrachten(pairs: readonly ArtikelPair[]): Wijzigingsopdracht[] {
  const result: Wijzigingsopdracht[] = []
  let previous: string | null = null
  for (const { oud, nieuw, na } of pairs) {
    if (oud && !nieuw) {
      result.push({ kind: 'vervalt', artikel: oud.nr })
      continue
    }
    if (!oud && nieuw) {
      result.push({ kind: 'ingevoegd', after: na !== undefined ? na : previous, text: cloneArtikelTekst(nieuw) })
      previous = nieuw.nr
      continue
    }
    if (!oud || !nieuw) continue
    previous = nieuw.nr
    const same = oud.titel === nieuw.titel && JSON.stringify(oud.leden) === JSON.stringify(nieuw.leden)
    if (!same) {
      const edits = artikelEdits(oud, nieuw)
      const written: Wijzigingsopdracht | undefined = edits && { kind: 'wijzig', artikel: oud.nr, edits }
      // Every opdracht we write must read back as itself; otherwise the artikel komt te luiden.
      if (written && readsBack(written)) result.push(written)
      else result.push({ kind: 'luidt', artikel: oud.nr, text: { ...cloneArtikelTekst(nieuw), nr: oud.nr } })
    }
    if (oud.nr !== nieuw.nr) result.push({ kind: 'vernummerd', artikel: oud.nr, to: nieuw.nr })
  }
  return result
}
