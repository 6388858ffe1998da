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

/** At most this many changed passages in one lid or onderdeel; more, and the lid "komt te luiden". */
const maxPassages = 3
/** Two changes with at most this many words between them are one passage: one replacement reads better than two next to each other. */
const passageGap = 4
/** A lid or onderdeel of which more than this share changes "komt te luiden" (Aanwijzing 6.9: a wijziging that is no longer clear). */
const maxChangedShare = 0.5

/** A changed passage: [os, oe) in the old text becomes [ns, ne) in the new; outside the passages both texts are equal. */
interface Passage {
  os: number
  oe: number
  ns: number
  ne: number
  /** Nothing but whole words taken out (not merged with another change): the words "vervalt" names. */
  removal?: string
}

const space = (char: string | undefined) => char !== undefined && /\s/.test(char)
const wordy = (piece: string) => /[\p{L}\p{N}]/u.test(piece)
const wordCount = (text: string) => text.split(/\s+/).filter(wordy).length

/** The raw changes of a word diff, with their place in both texts; an insertion or removal of words slides left over a space so it ends at a word. */
function rawPassages(from: string, to: string): Passage[] {
  const result: Passage[] = []
  let o = 0
  let n = 0
  let open: Passage | undefined
  for (const change of diffWordsWithSpace(from, to)) {
    const length = change.value.length
    if (!change.added && !change.removed) {
      if (open) result.push(open)
      open = undefined
      o += length
      n += length
      continue
    }
    open ??= { os: o, oe: o, ns: n, ne: n }
    if (change.removed) o = open.oe = o + length
    else n = open.ne = n + length
  }
  if (open) result.push(open)
  for (const passage of result) {
    const inserted = passage.os === passage.oe
    const removed = passage.ns === passage.ne
    // "een " inserted before "of" is " een" inserted after the word before: the passage then ends where a word ends.
    while ((inserted || removed) && passage.os > 0) {
      const last = inserted ? to[passage.ne - 1] : from[passage.oe - 1]
      if (!space(last) || from[passage.os - 1] !== last) break
      passage.os--
      passage.oe--
      passage.ns--
      passage.ne--
    }
    // Words taken out between spaces, or before the punctuation that ends a sentence or clause: "In het eerste lid vervalt "direct"."
    const words = from.slice(passage.os, passage.oe).trim()
    const start = from.indexOf(words, passage.os)
    const before = from[start - 1]
    const after = from[start + words.length]
    if (removed && wordy(words) && (before === undefined || space(before)) && (after === undefined || space(after) || /[.,;:]/.test(after)))
      passage.removal = words
  }
  return result
}

/** Widens each passage to whole words with their punctuation and joins passages that touch or lie close together. */
function widen(from: string, raw: readonly Passage[]): Passage[] {
  const result: Passage[] = []
  raw.forEach((original, index) => {
    let passage = { ...original }
    const previous = result.at(-1)
    const bound = previous ? previous.oe : 0
    while (passage.os > bound && !space(from[passage.os - 1])) {
      passage.os--
      passage.ns--
    }
    if (previous && (passage.os <= previous.oe || wordCount(from.slice(previous.oe, passage.os)) <= passageGap)) {
      result.pop()
      passage = { os: previous.os, ns: previous.ns, oe: passage.oe, ne: passage.ne }
    }
    const next = raw[index + 1]?.os ?? from.length
    // To the end of the word, but not over the unchanged full stop or comma after it (Ar 6.11: words added to a sentence go before its full stop).
    let end = passage.oe
    while (end < next && !space(from[end])) end++
    if (end < next || end === from.length) while (end > passage.oe && /[.,;:!?)]/.test(from[end - 1]!)) end--
    passage.ne += end - passage.oe
    passage.oe = end
    result.push(passage)
  })
  return result
}

/**
 * Text changes from `from` to `to` as vervangen/geschrapt: one per changed
 * passage, whole words, each naming a piece that occurs once and none
 * overlapping another; undefined when that is not possible or the text
 * changes too much (the caller then rewrites the whole lid).
 */
function textEdits(place: Place, from: string, to: string): ArtikelEdit[] | undefined {
  if (from === to) return []
  if (from === '' || to === '') return undefined
  const raw = rawPassages(from, to)
  const changed = raw.reduce((sum, passage) => sum + (passage.oe - passage.os) + (passage.ne - passage.ns), 0)
  if (changed > maxChangedShare * Math.max(from.length, to.length)) return undefined
  let passages = widen(from, raw)
  for (let attempt = 0; attempt <= raw.length; attempt++) {
    if (passages.length > maxPassages) return undefined
    const pieces = uniquePieces(from, to, passages)
    if (typeof pieces === 'number') {
      // A piece had to grow into its neighbour: the two are one passage.
      const [a, b] = [passages[pieces]!, passages[pieces + 1]!]
      passages = [...passages.slice(0, pieces), { os: a.os, oe: b.oe, ns: a.ns, ne: b.ne }, ...passages.slice(pieces + 2)]
      continue
    }
    if (!pieces) return undefined
    const edits = pieces.map(
      (piece): ArtikelEdit<'vervangen' | 'geschrapt'> =>
        piece.removal ? { kind: 'geschrapt', place, text: piece.from } : { kind: 'vervangen', place, from: piece.from, to: piece.to },
    )
    // The pieces were found in the old text; applied one after another each must still be there once, and the end must be the new text.
    let current = from
    for (const edit of edits) {
      const applied = applyTextEdit(current, edit)
      if (!applied.ok || !roundTrips(edit)) return undefined
      current = applied.value
    }
    return current === to ? edits : undefined
  }
  return undefined
}

interface Piece {
  from: string
  to: string
  removal: boolean
}

/**
 * For each passage the smallest piece of whole words that occurs once in the
 * old text: first the passage itself, then a word more to the left, to the
 * right, and so on. A number: the passage at that index and the next must be
 * joined (a piece reached the other); undefined: no piece is unique.
 */
function uniquePieces(from: string, to: string, passages: readonly Passage[]): Piece[] | number | undefined {
  const pieces: Piece[] = []
  for (let index = 0; index < passages.length; index++) {
    const passage = passages[index]!
    if (passage.removal !== undefined && occurrences(from, passage.removal) === 1) {
      pieces.push({ from: passage.removal, to: '', removal: true })
      continue
    }
    const lo = index > 0 ? passages[index - 1]!.oe : 0
    const hi = passages[index + 1]?.os ?? from.length
    let { os, oe, ns, ne } = passage
    for (let step = 0; ; step++) {
      // Spaces at the edges belong to neither piece.
      while (os < oe && ns < ne && space(from[os]) && from[os] === to[ns]) [os, ns] = [os + 1, ns + 1]
      while (oe > os && ne > ns && space(from[oe - 1]) && from[oe - 1] === to[ne - 1]) [oe, ne] = [oe - 1, ne - 1]
      const piece = from.slice(os, oe)
      if (wordy(piece) && occurrences(from, piece) === 1) break
      const canLeft = os > lo
      const canRight = oe < hi
      if (!canLeft && !canRight) {
        if (index > 0 && lo > 0) return index - 1
        if (index + 1 < passages.length) return index
        return undefined
      }
      if (canLeft && (step % 2 === 0 || !canRight)) {
        const target = growLeft(from, os, lo)
        ns -= os - target
        os = target
      } else {
        const target = growRight(from, oe, hi)
        ne += target - oe
        oe = target
      }
    }
    pieces.push({ from: from.slice(os, oe), to: to.slice(ns, ne), removal: false })
  }
  return pieces
}

function growLeft(text: string, at: number, bound: number): number {
  let index = at
  while (index > bound && space(text[index - 1])) index--
  while (index > bound && !space(text[index - 1])) index--
  return index
}

function growRight(text: string, at: number, bound: number): number {
  let index = at
  while (index < bound && space(text[index])) index++
  while (index < bound && !space(text[index])) index++
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

/** How different two leden are: 0 the same, 1 nothing in common (the share of changed characters). */
function difference(a: LidTekst, b: LidTekst): number {
  const text = (lid: LidTekst) => [lid.tekst, ...lid.onderdelen.map((onderdeel) => `${onderdeel.letter}. ${onderdeel.tekst}`)].join('\n')
  const x = text(a)
  const y = text(b)
  if (x === y) return 0
  const changed = diffWordsWithSpace(x, y).reduce((sum, change) => sum + (change.added || change.removed ? change.value.length : 0), 0)
  return changed / Math.max(1, x.length + y.length)
}

type Step = { pair: [LidTekst, LidTekst] } | { inserted: number } | { removed: number }

/**
 * The old and new leden aligned at the least cost (a changed pair costs its
 * difference, a lid that comes or goes 1). On equal cost a pair comes first,
 * so a lid that came at the end is "toegevoegd" rather than "ingevoegd" before
 * a changed one.
 */
function alignLeden(a: readonly LidTekst[], b: readonly LidTekst[]): Step[] {
  const differences = a.map((x) => b.map((y) => difference(x, y)))
  const pairCost = (i: number, j: number) => differences[i]![j]!
  const cost: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0))
  for (let i = a.length; i >= 0; i--)
    for (let j = b.length; j >= 0; j--) {
      if (i === a.length && j === b.length) continue
      cost[i]![j] = Math.min(
        i < a.length && j < b.length ? pairCost(i, j) + cost[i + 1]![j + 1]! : Number.POSITIVE_INFINITY,
        i < a.length ? 1 + cost[i + 1]![j]! : Number.POSITIVE_INFINITY,
        j < b.length ? 1 + cost[i]![j + 1]! : Number.POSITIVE_INFINITY,
      )
    }
  const steps: Step[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    const here = cost[i]![j]!
    if (i < a.length && j < b.length && pairCost(i, j) + cost[i + 1]![j + 1]! === here) steps.push({ pair: [a[i++]!, b[j++]!] })
    else if (i < a.length && 1 + cost[i + 1]![j]! === here) steps.push({ removed: i++ })
    else steps.push({ inserted: j++ })
  }
  return steps
}

/** The leden that come or go, as edits after the text edits; undefined when that is more than the sentences can say clearly. */
function structuralEdits(steps: readonly Step[], a: readonly LidTekst[], b: readonly LidTekst[]): ArtikelEdit[] | undefined {
  const structural = steps.filter((step) => !('pair' in step))
  if (structural.length === 0) return []
  const lastPair = steps.reduce((last, step, index) => ('pair' in step ? index : last), -1)
  const atEnd = structural.every((step) => steps.indexOf(step) > lastPair)
  const inserted = structural.flatMap((step) => ('inserted' in step ? [step.inserted] : []))
  const removed = structural.flatMap((step) => ('removed' in step ? [step.removed] : []))
  const lid = (index: number) => structuredClone(b[index]!) as NumberedLid
  // New last leden: "Er wordt een lid toegevoegd", each after the one before.
  if (atEnd && removed.length === 0) return inserted.map((index) => ({ kind: 'lid-ingevoegd', lid: lid(index), shifted: 0 }))
  // The last leden vervallen, the last first, so no lid gets a new number.
  if (atEnd && inserted.length === 0) return [...removed].reverse().map((index) => ({ kind: 'lid-vervalt', lid: index + 1, shifted: 0 }))
  if (structural.length > 1) return undefined
  if (inserted[0] !== undefined) return [{ kind: 'lid-ingevoegd', lid: lid(inserted[0]), shifted: b.length - 1 - inserted[0] }]
  return [{ kind: 'lid-vervalt', lid: removed[0]! + 1, shifted: a.length - 1 - removed[0]! }]
}

/** Edits turning `from` into `to` (same artikel), or undefined: the artikel "komt te luiden". */
function artikelEdits(from: ArtikelTekst, to: ArtikelTekst): ArtikelEdit[] | undefined {
  const result: ArtikelEdit[] = []
  if (from.titel !== to.titel) result.push({ kind: 'opschrift', title: to.titel })
  const a = from.leden
  const b = to.leden
  const numbered = (leden: readonly LidTekst[]) => leden.every((lid) => lid.nr !== null)
  if (a.length === 0 || b.length === 0 || numbered(a) !== numbered(b)) return undefined
  const steps: Step[] = numbered(a) ? alignLeden(a, b) : a.length === b.length ? a.map((lid, index) => ({ pair: [lid, b[index]!] })) : []
  if (steps.length === 0) return undefined
  const structural = structuralEdits(steps, a, b)
  if (!structural) return undefined
  // Text first, in the old numbering; then the leden that come or go.
  for (const step of steps) {
    if (!('pair' in step)) continue
    const [x, y] = step.pair
    const edits = lidEdits(x, { ...y, nr: x.nr })
    if (!edits) return undefined
    result.push(...edits)
  }
  result.push(...structural)
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
