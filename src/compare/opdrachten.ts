// Wijzigingsopdrachten after the Aanwijzingen voor de regelgeving (chapter 6):
// what changed in the juridische tekst, as instructions a raad can adopt. One
// module owns the whole cycle, so it can be tested as one: generate them from
// two versions (`maakOpdrachten`), write them in Dutch (`schrijfOpdrachten`),
// read that Dutch back (`leesOpdrachten`) and apply it to the old text
// (`pasToe`). The round trip old → opdrachten → text → opdrachten → old +
// opdrachten must give exactly the new text (test/compare/round-trip.test.ts).
//
// Conventions (docs/schrijven.md, "Wijzigen"):
// - every opdracht names an artikel by its number before the wijziging;
// - within one artikel, the sub-opdrachten apply in order: text first, then
//   leden that are inserted or removed (the later leden renumber);
// - a text change names a piece of text that occurs exactly once in that lid
//   or onderdeel ("wordt 'vijf' vervangen door 'tien'"); when no short unique
//   piece exists, or the lid changes too much, the lid (or the artikel) "komt
//   te luiden".
import { diffWordsWithSpace } from 'diff'
import { compareNr, type ArtikelTekst, type LidTekst, type OnderdeelTekst } from '../model/artikel-tekst.ts'

/** Where in an artikel: a lid (null: the artikel's only lid without number) and maybe an onderdeel. */
export interface Plek {
  lid: number | null
  onderdeel?: string
}

export type Deelopdracht =
  | { soort: 'opschrift'; titel: string }
  | { soort: 'lid-luidt'; lid: LidTekst & { nr: number } }
  | { soort: 'vervangen'; plek: Plek; van: string; door: string }
  | { soort: 'geschrapt'; plek: Plek; tekst: string }
  | { soort: 'lid-ingevoegd'; lid: LidTekst & { nr: number }; laatste: boolean }
  | { soort: 'lid-vervalt'; lid: number; laatste: boolean }
  | { soort: 'onderdeel-toegevoegd'; lid: number | null; onderdeel: OnderdeelTekst }

export type Opdracht =
  | { soort: 'wijzig'; artikel: string; delen: Deelopdracht[] }
  | { soort: 'luidt'; artikel: string; tekst: ArtikelTekst }
  | { soort: 'ingevoegd'; na: string | null; tekst: ArtikelTekst }
  | { soort: 'vervalt'; artikel: string }
  | { soort: 'vernummerd'; artikel: string; naar: string }

/** A paired artikel for generation: old and new text; either may be absent. */
export interface Paar {
  oud?: ArtikelTekst
  nieuw?: ArtikelTekst
  /** For an inserted artikel: the (new) number of the artikel before it in the new text; null at the start. */
  na?: string | null
}

export class OpdrachtFout extends Error {}

// ---------------------------------------------------------------- ordinals

const ordinals = ['eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende', 'achtste', 'negende', 'tiende', 'elfde', 'twaalfde', 'dertiende', 'veertiende', 'vijftiende', 'zestiende', 'zeventiende', 'achttiende', 'negentiende', 'twintigste']

export function ordinal(n: number): string {
  return ordinals[n - 1] ?? `${n}e`
}

function fromOrdinal(word: string): number {
  const index = ordinals.indexOf(word)
  if (index !== -1) return index + 1
  const match = /^(\d+)e$/.exec(word)
  if (match) return Number(match[1])
  throw new OpdrachtFout(`Onbekend rangtelwoord '${word}', verwacht bijvoorbeeld 'eerste' of 'tweede'`)
}

// ---------------------------------------------------------------- applying text

function occurrences(text: string, piece: string): number {
  if (piece === '') return 0
  let count = 0
  for (let at = text.indexOf(piece); at !== -1; at = text.indexOf(piece, at + 1)) count++
  return count
}

function applyText(text: string, opdracht: Extract<Deelopdracht, { soort: 'vervangen' | 'geschrapt' }>): string {
  const piece = opdracht.soort === 'vervangen' ? opdracht.van : opdracht.tekst
  const count = occurrences(text, piece)
  if (count !== 1) throw new OpdrachtFout(`De tekst '${piece}' komt ${count === 0 ? 'niet' : `${count} keer`} voor in ${plekTekst(opdracht.plek)}, verwacht precies één keer`)
  const at = text.indexOf(piece)
  let left = text.slice(0, at)
  let right = text.slice(at + piece.length)
  if (opdracht.soort === 'vervangen') return left + opdracht.door + right
  if (left.endsWith(' ') && (right === '' || right.startsWith(' ') || /^[,.;:]/.test(right))) left = left.slice(0, -1)
  if (left === '') right = right.trimStart()
  return left + right
}

function plekTekst(plek: Plek): string {
  const parts = [plek.lid === null ? 'het artikel' : `het ${ordinal(plek.lid)} lid`]
  if (plek.onderdeel) parts.push(`onderdeel ${plek.onderdeel}`)
  return parts.join(', ')
}

function clone(tekst: ArtikelTekst): ArtikelTekst {
  return { nr: tekst.nr, titel: tekst.titel, leden: tekst.leden.map((lid) => ({ ...lid, onderdelen: lid.onderdelen.map((onderdeel) => ({ ...onderdeel })) })) }
}

function findLid(tekst: ArtikelTekst, nr: number | null): LidTekst {
  const lid = nr === null ? (tekst.leden.length === 1 && tekst.leden[0]!.nr === null ? tekst.leden[0] : undefined) : tekst.leden.find((candidate) => candidate.nr === nr)
  if (!lid) throw new OpdrachtFout(`Artikel ${tekst.nr} heeft ${nr === null ? 'geen enkel lid zonder nummer' : `geen ${ordinal(nr)} lid`}`)
  return lid
}

function applyDeel(tekst: ArtikelTekst, deel: Deelopdracht): void {
  switch (deel.soort) {
    case 'opschrift':
      tekst.titel = deel.titel
      return
    case 'lid-luidt': {
      const index = tekst.leden.indexOf(findLid(tekst, deel.lid.nr))
      tekst.leden[index] = structuredClone(deel.lid)
      return
    }
    case 'vervangen':
    case 'geschrapt': {
      const lid = findLid(tekst, deel.plek.lid)
      if (deel.plek.onderdeel === undefined) {
        lid.tekst = applyText(lid.tekst, deel)
        return
      }
      const onderdeel = lid.onderdelen.find((candidate) => candidate.letter === deel.plek.onderdeel)
      if (!onderdeel) throw new OpdrachtFout(`Artikel ${tekst.nr}, ${plekTekst({ lid: deel.plek.lid })}, heeft geen onderdeel ${deel.plek.onderdeel}`)
      onderdeel.tekst = applyText(onderdeel.tekst, deel)
      return
    }
    case 'lid-ingevoegd': {
      const at = deel.lid.nr - 1
      if (at < 0 || at > tekst.leden.length || tekst.leden.some((lid) => lid.nr === null)) throw new OpdrachtFout(`In artikel ${tekst.nr} kan geen ${ordinal(deel.lid.nr)} lid worden ingevoegd`)
      tekst.leden.splice(at, 0, structuredClone(deel.lid))
      tekst.leden.forEach((lid, index) => (lid.nr = index + 1))
      return
    }
    case 'lid-vervalt': {
      const index = tekst.leden.indexOf(findLid(tekst, deel.lid))
      tekst.leden.splice(index, 1)
      tekst.leden.forEach((lid, position) => (lid.nr = position + 1))
      return
    }
    case 'onderdeel-toegevoegd':
      findLid(tekst, deel.lid).onderdelen.push({ ...deel.onderdeel })
      return
  }
}

/** Applies opdrachten to the old juridische tekst of every artikel; the result is ordered by number. */
export function pasToe(oud: readonly ArtikelTekst[], opdrachten: readonly Opdracht[]): ArtikelTekst[] {
  const working = new Map<string, ArtikelTekst>()
  for (const tekst of oud) {
    if (working.has(tekst.nr)) throw new OpdrachtFout(`Artikel ${tekst.nr} komt twee keer voor in de oude tekst`)
    working.set(tekst.nr, clone(tekst))
  }
  const get = (nr: string) => {
    const tekst = working.get(nr)
    if (!tekst) throw new OpdrachtFout(`Artikel ${nr} bestaat niet (meer) in de oude tekst`)
    return tekst
  }
  const renumbered = new Map<string, string>()
  const inserted: ArtikelTekst[] = []
  for (const opdracht of opdrachten) {
    switch (opdracht.soort) {
      case 'wijzig': {
        const tekst = get(opdracht.artikel)
        for (const deel of opdracht.delen) applyDeel(tekst, deel)
        break
      }
      case 'luidt':
        get(opdracht.artikel)
        working.set(opdracht.artikel, { ...clone(opdracht.tekst), nr: opdracht.artikel })
        break
      case 'vervalt':
        get(opdracht.artikel)
        working.delete(opdracht.artikel)
        break
      case 'vernummerd':
        get(opdracht.artikel)
        renumbered.set(opdracht.artikel, opdracht.naar)
        break
      case 'ingevoegd':
        inserted.push(clone(opdracht.tekst))
        break
    }
  }
  const result = [...working.values()].map((tekst) => ({ ...tekst, nr: renumbered.get(tekst.nr) ?? tekst.nr }))
  result.push(...inserted)
  const numbers = new Set<string>()
  for (const tekst of result) {
    if (numbers.has(tekst.nr)) throw new OpdrachtFout(`Na de wijziging zijn er twee artikelen ${tekst.nr}`)
    numbers.add(tekst.nr)
  }
  return result.sort((a, b) => compareNr(a.nr, b.nr))
}

// ---------------------------------------------------------------- generating

/** At most this many text changes in one lid or onderdeel; more, and the lid "komt te luiden". */
const maxTextChanges = 3

/**
 * Text changes from `from` to `to` as vervangen/geschrapt, each naming a
 * piece that occurs once; undefined when that is not possible (the caller
 * then rewrites the whole lid).
 */
function textOpdrachten(plek: Plek, from: string, to: string): Deelopdracht[] | undefined {
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
  const result: Deelopdracht[] = []
  let current = from
  let shift = 0
  for (const region of regions) {
    const start = region.start + shift
    const end = region.end + shift
    const next = current.slice(0, start) + region.added + current.slice(end)
    const opdracht = pieceFor(plek, current, next, start, end, region.added)
    if (!opdracht) return undefined
    result.push(opdracht)
    current = next
    shift += region.added.length - (region.end - region.start)
  }
  return current === to ? result : undefined
}

/** The shortest unique piece around [start, end) that turns `current` into `next`. */
function pieceFor(plek: Plek, current: string, next: string, start: number, end: number, added: string): Deelopdracht | undefined {
  const removed = current.slice(start, end).trim()
  const works = (opdracht: Deelopdracht) => {
    try {
      return applyText(current, opdracht as Extract<Deelopdracht, { soort: 'vervangen' | 'geschrapt' }>) === next && roundTrips(opdracht)
    } catch {
      return false
    }
  }
  // A piece the raad can find: with at least one word in it, not a lone comma.
  const wordy = (piece: string) => /[\p{L}\p{N}]/u.test(piece)
  if (added.trim() === '' && wordy(removed)) {
    const geschrapt: Deelopdracht = { soort: 'geschrapt', plek, tekst: removed }
    if (works(geschrapt)) return geschrapt
  }
  let left = start
  let right = end
  for (let step = 0; step < 40; step++) {
    const van = current.slice(left, right)
    const door = current.slice(left, start) + added + current.slice(end, right)
    if (wordy(van) && van === van.trim() && door !== '' && door === door.trim() && occurrences(current, van) === 1) {
      const vervangen: Deelopdracht = { soort: 'vervangen', plek, van, door }
      if (works(vervangen)) return vervangen
      if (door.trim() === '' || van.length > 0) {
        const geschrapt: Deelopdracht = { soort: 'geschrapt', plek, tekst: van }
        if (door === '' && works(geschrapt)) return geschrapt
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

/** A sentence we write must read back as itself. */
function roundTrips(deel: Deelopdracht): boolean {
  try {
    const written = schrijfOpdracht({ soort: 'wijzig', artikel: '1', delen: [deel] })
    const [read] = leesOpdrachten(written)
    return read !== undefined && JSON.stringify(read) === JSON.stringify({ soort: 'wijzig', artikel: '1', delen: [deel] })
  } catch {
    return false
  }
}

function lidOpdrachten(from: LidTekst, to: LidTekst): Deelopdracht[] | undefined {
  const whole = (): Deelopdracht[] | undefined => (to.nr === null ? undefined : [{ soort: 'lid-luidt', lid: structuredClone(to) as LidTekst & { nr: number } }])
  const result: Deelopdracht[] = []
  const own = textOpdrachten({ lid: from.nr }, from.tekst, to.tekst)
  if (!own) return whole()
  result.push(...own)
  const shared = Math.min(from.onderdelen.length, to.onderdelen.length)
  if (from.onderdelen.length > to.onderdelen.length) return whole()
  for (let index = 0; index < shared; index++) {
    const a = from.onderdelen[index]!
    const b = to.onderdelen[index]!
    if (a.letter !== b.letter) return whole()
    const changes = textOpdrachten({ lid: from.nr, onderdeel: a.letter }, a.tekst, b.tekst)
    if (!changes) return whole()
    result.push(...changes)
  }
  const letters = new Set(to.onderdelen.map((onderdeel) => onderdeel.letter))
  if (letters.size !== to.onderdelen.length) return whole()
  for (const onderdeel of to.onderdelen.slice(shared)) result.push({ soort: 'onderdeel-toegevoegd', lid: from.nr, onderdeel: { ...onderdeel } })
  return result.length > 6 ? whole() : result
}

function mismatches(a: readonly LidTekst[], b: readonly LidTekst[]): number {
  let count = 0
  for (let index = 0; index < a.length; index++) if (JSON.stringify({ ...a[index], nr: 0 }) !== JSON.stringify({ ...b[index], nr: 0 })) count++
  return count
}

/** Sub-opdrachten turning `from` into `to` (same artikel), or undefined: the artikel "komt te luiden". */
function artikelOpdrachten(from: ArtikelTekst, to: ArtikelTekst): Deelopdracht[] | undefined {
  const result: Deelopdracht[] = []
  if (from.titel !== to.titel) result.push({ soort: 'opschrift', titel: to.titel })
  const a = from.leden
  const b = to.leden
  const numbered = (leden: readonly LidTekst[]) => leden.every((lid) => lid.nr !== null)
  if (a.length === 0 || b.length === 0) return undefined
  let structural: Deelopdracht | undefined
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
      structural = { soort: 'lid-ingevoegd', lid: structuredClone(b[best]!) as LidTekst & { nr: number }, laatste: best === b.length - 1 }
    } else {
      let best = 0
      let bestCount = Number.POSITIVE_INFINITY
      for (let k = 0; k < a.length; k++) {
        const count = mismatches([...a.slice(0, k), ...a.slice(k + 1)], b)
        if (count < bestCount) [best, bestCount] = [k, count]
      }
      const rest = [...a.slice(0, best), ...a.slice(best + 1)]
      pairs = rest.map((lid, index) => [lid, { ...b[index]!, nr: lid.nr }])
      structural = { soort: 'lid-vervalt', lid: best + 1, laatste: best === a.length - 1 }
    }
  } else return undefined
  for (const [x, y] of pairs) {
    const changes = lidOpdrachten(x, y)
    if (!changes) return undefined
    result.push(...changes)
  }
  if (structural) result.push(structural)
  return result.length > 8 ? undefined : result
}

/**
 * The opdrachten for the juridische tekst, in artikel order. `paren` lists the
 * artikelen in that order (a vervallen artikel where it stood), as the
 * comparison gives them; pairs whose juridische tekst is the same and whose
 * number stays give nothing.
 */
export function maakOpdrachten(paren: readonly Paar[]): Opdracht[] {
  const result: Opdracht[] = []
  let previous: string | null = null
  for (const { oud, nieuw, na } of paren) {
    if (oud && !nieuw) {
      result.push({ soort: 'vervalt', artikel: oud.nr })
      continue
    }
    if (!oud && nieuw) {
      result.push({ soort: 'ingevoegd', na: na !== undefined ? na : previous, tekst: clone(nieuw) })
      previous = nieuw.nr
      continue
    }
    if (!oud || !nieuw) continue
    previous = nieuw.nr
    const same = oud.titel === nieuw.titel && JSON.stringify(oud.leden) === JSON.stringify(nieuw.leden)
    if (!same) {
      const delen = artikelOpdrachten(oud, nieuw)
      const written = delen && { soort: 'wijzig' as const, artikel: oud.nr, delen }
      // Every opdracht we write must read back as itself; otherwise the artikel komt te luiden.
      if (written && readsBack(written)) result.push(written)
      else result.push({ soort: 'luidt', artikel: oud.nr, tekst: { ...clone(nieuw), nr: oud.nr } })
    }
    if (oud.nr !== nieuw.nr) result.push({ soort: 'vernummerd', artikel: oud.nr, naar: nieuw.nr })
  }
  return result
}

function readsBack(opdracht: Opdracht): boolean {
  try {
    return JSON.stringify(leesOpdrachten(schrijfOpdracht(opdracht))) === JSON.stringify([opdracht])
  } catch {
    return false
  }
}

// ---------------------------------------------------------------- writing

function quoteBlock(lines: string[], indent = ''): string {
  return lines.map((line) => `${indent}>${line === '' ? '' : ` ${line}`}`).join('\n')
}

/** An unnumbered lid whose text looks like a lid or onderdeel line gets a backslash, as in Markdown. */
function escapeLead(text: string): string {
  // An empty text (a lid that is only its onderdelen) is a lone backslash, so the line is not blank.
  return text === '' || /^(?:\d+\.|- |\\|\s)/.test(text) ? `\\${text}` : text
}

function lidLines(lid: LidTekst): string[] {
  const lines = [lid.nr === null ? escapeLead(lid.tekst) : `${lid.nr}. ${lid.tekst}`]
  const indent = lid.nr === null ? '' : ' '.repeat(`${lid.nr}. `.length)
  for (const onderdeel of lid.onderdelen) lines.push(`${indent}- ${onderdeel.letter}. ${onderdeel.tekst}`)
  return lines
}

function artikelLines(tekst: ArtikelTekst): string[] {
  return [`**Artikel ${tekst.nr}.${tekst.titel ? ` ${tekst.titel}` : ''}**`, '', ...tekst.leden.flatMap(lidLines)]
}

/** "artikel 3.4, tweede lid, onderdeel b" (with the artikel) or "het tweede lid, onderdeel b" (within one). */
function plekZin(artikel: string | undefined, plek: Plek): string {
  const parts: string[] = []
  if (artikel !== undefined) parts.push(`artikel ${artikel}`)
  if (plek.lid !== null) parts.push(artikel !== undefined ? `${ordinal(plek.lid)} lid` : `het ${ordinal(plek.lid)} lid`)
  if (plek.onderdeel) parts.push(`onderdeel ${plek.onderdeel}`)
  if (parts.length === 0) return 'het artikel'
  // "In artikel 3.4, eerste lid, wordt …": a place of more than one part is closed by a comma.
  return parts.length > 1 ? `${parts.join(', ')},` : parts[0]!
}

function lidZin(artikel: string | undefined, lid: number | null): string {
  return plekZin(artikel, { lid })
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/** One sub-opdracht; with `artikel` it stands alone and names the artikel, without it it is an item of a list. */
function schrijfDeel(deel: Deelopdracht, artikel: string | undefined, indent: string): string {
  const vernummering = (laatste: boolean) => (laatste ? '' : ', onder vernummering van de volgende leden')
  switch (deel.soort) {
    case 'opschrift':
      return `Het opschrift${artikel !== undefined ? ` van artikel ${artikel}` : ''} komt te luiden: '${deel.titel}'.`
    case 'lid-luidt':
      return `${capital(lidZin(artikel, deel.lid.nr))} komt te luiden:\n\n${quoteBlock(lidLines(deel.lid), indent)}`
    case 'vervangen':
      return `In ${plekZin(artikel, deel.plek)} wordt '${deel.van}' vervangen door '${deel.door}'.`
    case 'geschrapt':
      return `In ${plekZin(artikel, deel.plek)} vervalt '${deel.tekst}'.`
    case 'lid-ingevoegd': {
      const where = deel.lid.nr === 1 ? 'Voor het eerste lid' : `Na het ${ordinal(deel.lid.nr - 1)} lid`
      return `${artikel !== undefined ? `In artikel ${artikel} wordt ${where.toLowerCase()}` : `${where} wordt`} een lid ingevoegd${vernummering(deel.laatste)}, luidende:\n\n${quoteBlock(lidLines(deel.lid), indent)}`
    }
    case 'lid-vervalt':
      return `Het ${ordinal(deel.lid)} lid${artikel !== undefined ? ` van artikel ${artikel}` : ''} vervalt${vernummering(deel.laatste)}.`
    case 'onderdeel-toegevoegd':
      return `Aan ${lidZin(artikel, deel.lid)} wordt een onderdeel toegevoegd, luidende:\n\n${quoteBlock([`- ${deel.onderdeel.letter}. ${deel.onderdeel.tekst}`], indent)}`
  }
}

/** One opdracht as Markdown (without its letter). */
export function schrijfOpdracht(opdracht: Opdracht): string {
  switch (opdracht.soort) {
    case 'vervalt':
      return `Artikel ${opdracht.artikel} vervalt.`
    case 'vernummerd':
      return `Artikel ${opdracht.artikel} wordt vernummerd tot ${opdracht.naar}.`
    case 'luidt':
      return `Artikel ${opdracht.artikel} komt te luiden:\n\n${quoteBlock(artikelLines(opdracht.tekst))}`
    case 'ingevoegd':
      return `${opdracht.na === null ? 'Aan het begin' : `Na artikel ${opdracht.na}`} wordt een artikel ingevoegd, luidende:\n\n${quoteBlock(artikelLines(opdracht.tekst))}`
    case 'wijzig': {
      if (opdracht.delen.length === 1) return schrijfDeel(opdracht.delen[0]!, opdracht.artikel, '')
      const items = opdracht.delen.map((deel, index) => {
        const marker = `${index + 1}. `
        return `${marker}${schrijfDeel(deel, undefined, ' '.repeat(marker.length))}`
      })
      return `Artikel ${opdracht.artikel} wordt als volgt gewijzigd:\n\n${items.join('\n\n')}`
    }
  }
}

/** The letters of Artikel I: A … Z, then AA, BB, … */
export function letter(index: number): string {
  const base = String.fromCharCode(65 + (index % 26))
  return base.repeat(Math.floor(index / 26) + 1)
}

/** The opdrachten of Artikel I, each under its letter. */
export function schrijfOpdrachten(opdrachten: readonly Opdracht[]): string {
  return opdrachten.map((opdracht, index) => `### ${letter(index)}\n\n${schrijfOpdracht(opdracht)}`).join('\n\n')
}

// ---------------------------------------------------------------- reading

interface Line {
  text: string
  number: number
}

function blockAfter(lines: Line[], from: number): { block: string[]; next: number } {
  let index = from
  while (index < lines.length && lines[index]!.text.trim() === '') index++
  const block: string[] = []
  while (index < lines.length && /^\s*>/.test(lines[index]!.text)) {
    block.push(lines[index]!.text.replace(/^\s*> ?/, ''))
    index++
  }
  if (block.length === 0) throw new OpdrachtFout(`Regel ${lines[from - 1]?.number ?? from}: na 'luidende:' of 'komt te luiden:' verwacht een tekst tussen >-regels`)
  return { block, next: index }
}

function readLeden(block: string[], where: string): LidTekst[] {
  const leden: LidTekst[] = []
  for (const line of block) {
    if (line.trim() === '') continue
    const lid = /^(\d+)\. (.*)$/s.exec(line)
    const onderdeel = /^\s*- ([a-z]{1,2})\. (.*)$/s.exec(line)
    if (onderdeel) {
      const last = leden.at(-1)
      if (!last) throw new OpdrachtFout(`${where}: een onderdeel zonder lid ervoor`)
      last.onderdelen.push({ letter: onderdeel[1]!, tekst: onderdeel[2]! })
    } else if (lid) leden.push({ nr: Number(lid[1]), tekst: lid[2]!, onderdelen: [] })
    else {
      if (leden.length > 0) throw new OpdrachtFout(`${where}: '${line}' is geen lid of onderdeel`)
      leden.push({ nr: null, tekst: line.startsWith('\\') ? line.slice(1) : line, onderdelen: [] })
    }
  }
  return leden
}

function readArtikel(block: string[], where: string): ArtikelTekst {
  const head = /^\*\*Artikel (\S+?)\.(?: (.*))?\*\*$/s.exec(block[0] ?? '')
  if (!head) throw new OpdrachtFout(`${where}: verwacht een kop '**Artikel 3.5. Opschrift**'`)
  return { nr: head[1]!, titel: head[2] ?? '', leden: readLeden(block.slice(1), where) }
}

function readPlek(phrase: string, where: string): { artikel?: string; plek: Plek } {
  let artikel: string | undefined
  const plek: Plek = { lid: null }
  if (phrase === 'het artikel') return { plek }
  for (const part of phrase.replace(/,$/, '').split(', ')) {
    const a = /^artikel (\S+)$/.exec(part)
    const l = /^(?:het )?(\S+) lid$/.exec(part)
    const o = /^onderdeel ([a-z]{1,2})$/.exec(part)
    if (a) artikel = a[1]
    else if (l) plek.lid = fromOrdinal(l[1]!)
    else if (o) plek.onderdeel = o[1]
    else throw new OpdrachtFout(`${where}: '${phrase}' is geen plaats in een artikel`)
  }
  return { artikel, plek }
}

/** Reads one sub-opdracht sentence (and its block); returns the artikel when the sentence names it. */
function readDeel(lines: Line[], index: number): { deel: Deelopdracht; artikel?: string; next: number } {
  const line = lines[index]!
  const text = line.text.trim()
  const where = `Regel ${line.number}`
  let match: RegExpExecArray | null
  if ((match = /^Het opschrift(?: van artikel (\S+))? komt te luiden: '(.*)'\.$/s.exec(text))) return { deel: { soort: 'opschrift', titel: match[2]! }, artikel: match[1], next: index + 1 }
  if ((match = /^In (.+?) wordt '(.*)' vervangen door '(.*)'\.$/s.exec(text))) {
    const { artikel, plek } = readPlek(match[1]!, where)
    return { deel: { soort: 'vervangen', plek, van: match[2]!, door: match[3]! }, artikel, next: index + 1 }
  }
  if ((match = /^In (.+?) vervalt '(.*)'\.$/s.exec(text))) {
    const { artikel, plek } = readPlek(match[1]!, where)
    return { deel: { soort: 'geschrapt', plek, tekst: match[2]! }, artikel, next: index + 1 }
  }
  if ((match = /^Het (\S+) lid(?: van artikel (\S+))? vervalt(, onder vernummering van de volgende leden)?\.$/.exec(text))) {
    return { deel: { soort: 'lid-vervalt', lid: fromOrdinal(match[1]!), laatste: match[3] === undefined }, artikel: match[2], next: index + 1 }
  }
  if ((match = /^(?:In artikel (\S+) wordt (?:voor|na) het \S+ lid|(?:Voor|Na) het \S+ lid wordt) een lid ingevoegd(, onder vernummering van de volgende leden)?, luidende:$/.exec(text))) {
    const { block, next } = blockAfter(lines, index + 1)
    const leden = readLeden(block, where)
    const lid = leden[0]
    if (leden.length !== 1 || !lid || lid.nr === null) throw new OpdrachtFout(`${where}: verwacht precies één genummerd lid`)
    return { deel: { soort: 'lid-ingevoegd', lid: lid as LidTekst & { nr: number }, laatste: match[2] === undefined }, artikel: match[1], next }
  }
  if ((match = /^Aan (.+?) wordt een onderdeel toegevoegd, luidende:$/.exec(text))) {
    const { artikel, plek } = readPlek(match[1]!, where)
    const { block, next } = blockAfter(lines, index + 1)
    const onderdeel = /^\s*- ([a-z]{1,2})\. (.*)$/s.exec(block[0] ?? '')
    if (block.length !== 1 || !onderdeel) throw new OpdrachtFout(`${where}: verwacht één onderdeel '- d. …'`)
    return { deel: { soort: 'onderdeel-toegevoegd', lid: plek.lid, onderdeel: { letter: onderdeel[1]!, tekst: onderdeel[2]! } }, artikel, next }
  }
  if ((match = /^(.+?) komt te luiden:$/.exec(text))) {
    const { artikel, plek } = readPlek(match[1]!.replace(/^Het /, 'het ').replace(/^Artikel /, 'artikel '), where)
    const { block, next } = blockAfter(lines, index + 1)
    const leden = readLeden(block, where)
    const lid = leden[0]
    if (leden.length !== 1 || !lid || lid.nr === null || plek.lid !== lid.nr) throw new OpdrachtFout(`${where}: verwacht precies één lid met het nummer uit de zin`)
    return { deel: { soort: 'lid-luidt', lid: lid as LidTekst & { nr: number } }, artikel, next }
  }
  throw new OpdrachtFout(`${where}: '${text}' is geen wijzigingsopdracht die dit programma kent`)
}

/** Reads opdrachten back from Markdown: the section under `### A`, `### B`, … or one opdracht without letter. */
export function leesOpdrachten(markdown: string): Opdracht[] {
  const lines: Line[] = markdown.split('\n').map((text, index) => ({ text, number: index + 1 }))
  const sections: Line[][] = []
  let current: Line[] | undefined
  const lettered = lines.some((line) => /^### [A-Z]+$/.test(line.text))
  if (!lettered) {
    if (lines.every((line) => line.text.trim() === '')) return []
    sections.push(lines)
  }
  else {
    for (const line of lines) {
      if (/^### [A-Z]+$/.test(line.text)) sections.push((current = []))
      else if (/^##? /.test(line.text)) current = undefined
      else current?.push(line)
    }
  }
  return sections.map(readOpdracht)
}

function readOpdracht(lines: Line[]): Opdracht {
  let index = 0
  while (index < lines.length && lines[index]!.text.trim() === '') index++
  const line = lines[index]
  if (!line) throw new OpdrachtFout('Een lege wijzigingsopdracht')
  const text = line.text.trim()
  const where = `Regel ${line.number}`
  let match: RegExpExecArray | null
  if ((match = /^Artikel (\S+) vervalt\.$/.exec(text))) return { soort: 'vervalt', artikel: match[1]! }
  if ((match = /^Artikel (\S+) wordt vernummerd tot (\S+)\.$/.exec(text))) return { soort: 'vernummerd', artikel: match[1]!, naar: match[2]! }
  if ((match = /^Artikel (\S+) komt te luiden:$/.exec(text))) return { soort: 'luidt', artikel: match[1]!, tekst: readArtikel(blockAfter(lines, index + 1).block, where) }
  if ((match = /^(?:Aan het begin|Na artikel (\S+)) wordt een artikel ingevoegd, luidende:$/.exec(text))) return { soort: 'ingevoegd', na: match[1] ?? null, tekst: readArtikel(blockAfter(lines, index + 1).block, where) }
  if ((match = /^Artikel (\S+) wordt als volgt gewijzigd:$/.exec(text))) {
    const artikel = match[1]!
    const delen: Deelopdracht[] = []
    index++
    while (index < lines.length) {
      const item = lines[index]!
      if (item.text.trim() === '') {
        index++
        continue
      }
      const marker = /^(\d+)\. /.exec(item.text)
      if (!marker) throw new OpdrachtFout(`Regel ${item.number}: verwacht een genummerde wijziging '1. …'`)
      const stripped = [...lines.slice(0, index), { ...item, text: item.text.slice(marker[0].length) }, ...lines.slice(index + 1)]
      const read = readDeel(stripped, index)
      delen.push(read.deel)
      index = read.next
    }
    return { soort: 'wijzig', artikel, delen }
  }
  const read = readDeel(lines, index)
  if (read.artikel === undefined) throw new OpdrachtFout(`${where}: de wijzigingsopdracht noemt geen artikel`)
  return { soort: 'wijzig', artikel: read.artikel, delen: [read.deel] }
}
