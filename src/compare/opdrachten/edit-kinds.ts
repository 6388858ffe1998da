// Every kind of change within one artikel, each in one entry: its Dutch
// sentence, how that sentence is read back, and how it changes the old text.
// A new kind is a member of `ArtikelEdit` (model.ts) and an entry here;
// TypeScript refuses the table until it has one with all three.

import { failure, type Result, succeed } from '../../messages/result.ts'
import type { ArtikelTekst, LidTekst } from '../../model/artikel-tekst.ts'
import { blockAfter, type Line, lidLines, onderdeelLine, quoteBlock, readLeden } from './blocks.ts'
import type { ArtikelEdit, ArtikelEditKind, NumberedLid } from './model.ts'
import { applyTextEdit } from './text-edit.ts'
import { capital, fromOrdinal, ordinal, placeName, placePhrase, readPlacePhrase, renumbering } from './wording.ts'

/** A sentence being read: the lines of its opdracht, the index of its first line, and "Regel n" for messages. */
export interface Sentence {
  lines: readonly Line[]
  index: number
  where: string
}

/** What a sentence says: the edit, the artikel when the sentence names one, and the line after it. */
export interface ReadEdit {
  edit: ArtikelEdit
  artikel?: string
  next: number
}

export interface EditKind<K extends ArtikelEditKind> {
  /** The sentence: with `artikel` it stands alone and names the artikel; without, it is an item of a list whose quote lines start with `indent`. */
  write(edit: ArtikelEdit<K>, artikel: string | undefined, indent: string): string
  /** Recognises the sentence (trimmed first line). The kinds are tried in the order of the table. */
  pattern: RegExp
  read(match: RegExpExecArray, sentence: Sentence): Result<ReadEdit>
  /** Changes `tekst`, a working copy, in place. */
  apply(tekst: ArtikelTekst, edit: ArtikelEdit<K>): Result<void>
}

const done: Result<void> = succeed(undefined)

function findLid(tekst: ArtikelTekst, nr: number | null): Result<LidTekst> {
  const lid =
    nr === null ? (tekst.leden.length === 1 && tekst.leden[0]!.nr === null ? tekst.leden[0] : undefined) : tekst.leden.find((candidate) => candidate.nr === nr)
  if (!lid) return failure(`Artikel ${tekst.nr} heeft ${nr === null ? 'geen enkel lid zonder nummer' : `geen ${ordinal(nr)} lid`}`)
  return succeed(lid)
}

function renumber(tekst: ArtikelTekst): void {
  tekst.leden.forEach((lid, index) => (lid.nr = index + 1))
}

/** vervangen and geschrapt: in the lid's own text or in one of its onderdelen. */
function applyInPlace(tekst: ArtikelTekst, edit: ArtikelEdit<'vervangen' | 'geschrapt'>): Result<void> {
  const lid = findLid(tekst, edit.place.lid)
  if (!lid.ok) return lid
  const holder = edit.place.onderdeel === undefined ? lid.value : lid.value.onderdelen.find((candidate) => candidate.letter === edit.place.onderdeel)
  if (!holder) return failure(`Artikel ${tekst.nr}, ${placeName({ lid: edit.place.lid })}, heeft geen onderdeel ${edit.place.onderdeel}`)
  const changed = applyTextEdit(holder.tekst, edit)
  if (!changed.ok) return changed
  holder.tekst = changed.value
  return done
}

/** The quoted lid after a sentence: exactly one, numbered; `problem` says otherwise. */
function readOneLid(sentence: Sentence, problem: string, fits: (lid: LidTekst) => boolean = () => true): Result<{ lid: NumberedLid; next: number }> {
  const quoted = blockAfter(sentence.lines, sentence.index + 1)
  if (!quoted.ok) return quoted
  const leden = readLeden(quoted.value.block, sentence.where)
  if (!leden.ok) return leden
  const lid = leden.value[0]
  if (leden.value.length !== 1 || !lid || lid.nr === null || !fits(lid)) return failure(`${sentence.where}: ${problem}`)
  return succeed({ lid: lid as NumberedLid, next: quoted.value.next })
}

/** The kinds in the order their sentences are recognised: "… komt te luiden:" last, as its place may be anything. */
const editKinds: { [K in ArtikelEditKind]: EditKind<K> } = {
  opschrift: {
    write: (edit, artikel) => `Het opschrift${artikel !== undefined ? ` van artikel ${artikel}` : ''} komt te luiden: '${edit.title}'.`,
    pattern: /^Het opschrift(?: van artikel (\S+))? komt te luiden: '(.*)'\.$/s,
    read: (match, { index }) => succeed({ edit: { kind: 'opschrift', title: match[2]! }, artikel: match[1], next: index + 1 }),
    apply(tekst, edit) {
      tekst.titel = edit.title
      return done
    },
  },
  vervangen: {
    write: (edit, artikel) => `In ${placePhrase(artikel, edit.place)} wordt '${edit.from}' vervangen door '${edit.to}'.`,
    pattern: /^In (.+?) wordt '(.*)' vervangen door '(.*)'\.$/s,
    read(match, { index, where }) {
      const read = readPlacePhrase(match[1]!, where)
      if (!read.ok) return read
      return succeed({ edit: { kind: 'vervangen', place: read.value.place, from: match[2]!, to: match[3]! }, artikel: read.value.artikel, next: index + 1 })
    },
    apply: applyInPlace,
  },
  geschrapt: {
    write: (edit, artikel) => `In ${placePhrase(artikel, edit.place)} vervalt '${edit.text}'.`,
    pattern: /^In (.+?) vervalt '(.*)'\.$/s,
    read(match, { index, where }) {
      const read = readPlacePhrase(match[1]!, where)
      if (!read.ok) return read
      return succeed({ edit: { kind: 'geschrapt', place: read.value.place, text: match[2]! }, artikel: read.value.artikel, next: index + 1 })
    },
    apply: applyInPlace,
  },
  'lid-vervalt': {
    write: (edit, artikel) => `Het ${ordinal(edit.lid)} lid${artikel !== undefined ? ` van artikel ${artikel}` : ''} vervalt${renumbering(edit.last)}.`,
    pattern: /^Het (\S+) lid(?: van artikel (\S+))? vervalt(, onder vernummering van de volgende leden)?\.$/,
    read(match, { index }) {
      const lid = fromOrdinal(match[1]!)
      if (!lid.ok) return lid
      return succeed({ edit: { kind: 'lid-vervalt', lid: lid.value, last: match[3] === undefined }, artikel: match[2], next: index + 1 })
    },
    apply(tekst, edit) {
      const lid = findLid(tekst, edit.lid)
      if (!lid.ok) return lid
      tekst.leden.splice(tekst.leden.indexOf(lid.value), 1)
      renumber(tekst)
      return done
    },
  },
  'lid-ingevoegd': {
    write(edit, artikel, indent) {
      const where = edit.lid.nr === 1 ? 'Voor het eerste lid' : `Na het ${ordinal(edit.lid.nr - 1)} lid`
      return `${artikel !== undefined ? `In artikel ${artikel} wordt ${where.toLowerCase()}` : `${where} wordt`} een lid ingevoegd${renumbering(edit.last)}, luidende:\n\n${quoteBlock(lidLines(edit.lid), indent)}`
    },
    pattern:
      /^(?:In artikel (\S+) wordt (?:voor|na) het \S+ lid|(?:Voor|Na) het \S+ lid wordt) een lid ingevoegd(, onder vernummering van de volgende leden)?, luidende:$/,
    read(match, sentence) {
      const read = readOneLid(sentence, 'verwacht precies één genummerd lid')
      if (!read.ok) return read
      return succeed({ edit: { kind: 'lid-ingevoegd', lid: read.value.lid, last: match[2] === undefined }, artikel: match[1], next: read.value.next })
    },
    apply(tekst, edit) {
      const at = edit.lid.nr - 1
      if (at < 0 || at > tekst.leden.length || tekst.leden.some((lid) => lid.nr === null))
        return failure(`In artikel ${tekst.nr} kan geen ${ordinal(edit.lid.nr)} lid worden ingevoegd`)
      tekst.leden.splice(at, 0, structuredClone(edit.lid))
      renumber(tekst)
      return done
    },
  },
  'onderdeel-toegevoegd': {
    write: (edit, artikel, indent) =>
      `Aan ${placePhrase(artikel, { lid: edit.lid })} wordt een onderdeel toegevoegd, luidende:\n\n${quoteBlock([`- ${edit.onderdeel.letter}. ${edit.onderdeel.tekst}`], indent)}`,
    pattern: /^Aan (.+?) wordt een onderdeel toegevoegd, luidende:$/,
    read(match, { lines, index, where }) {
      const read = readPlacePhrase(match[1]!, where)
      if (!read.ok) return read
      const quoted = blockAfter(lines, index + 1)
      if (!quoted.ok) return quoted
      const onderdeel = onderdeelLine.exec(quoted.value.block[0] ?? '')
      if (quoted.value.block.length !== 1 || !onderdeel) return failure(`${where}: verwacht één onderdeel '- d. …'`)
      return succeed({
        edit: { kind: 'onderdeel-toegevoegd', lid: read.value.place.lid, onderdeel: { letter: onderdeel[1]!, tekst: onderdeel[2]! } },
        artikel: read.value.artikel,
        next: quoted.value.next,
      })
    },
    apply(tekst, edit) {
      const lid = findLid(tekst, edit.lid)
      if (!lid.ok) return lid
      lid.value.onderdelen.push({ ...edit.onderdeel })
      return done
    },
  },
  'lid-luidt': {
    write: (edit, artikel, indent) => `${capital(placePhrase(artikel, { lid: edit.lid.nr }))} komt te luiden:\n\n${quoteBlock(lidLines(edit.lid), indent)}`,
    pattern: /^(.+?) komt te luiden:$/,
    read(match, sentence) {
      const place = readPlacePhrase(match[1]!.replace(/^Het /, 'het ').replace(/^Artikel /, 'artikel '), sentence.where)
      if (!place.ok) return place
      const read = readOneLid(sentence, 'verwacht precies één lid met het nummer uit de zin', (lid) => lid.nr === place.value.place.lid)
      if (!read.ok) return read
      return succeed({ edit: { kind: 'lid-luidt', lid: read.value.lid }, artikel: place.value.artikel, next: read.value.next })
    },
    apply(tekst, edit) {
      const lid = findLid(tekst, edit.lid.nr)
      if (!lid.ok) return lid
      tekst.leden[tekst.leden.indexOf(lid.value)] = structuredClone(edit.lid)
      return done
    },
  },
}

export function writeEdit<K extends ArtikelEditKind>(edit: ArtikelEdit<K>, artikel: string | undefined, indent: string): string {
  const kind: EditKind<K> = editKinds[edit.kind]
  return kind.write(edit, artikel, indent)
}

/** Reads the sentence starting at line `index` (and its quote, if any). */
export function readEdit(lines: readonly Line[], index: number): Result<ReadEdit> {
  const line = lines[index]!
  const text = line.text.trim()
  const sentence: Sentence = { lines, index, where: `Regel ${line.number}` }
  for (const kind of Object.values(editKinds)) {
    const match = kind.pattern.exec(text)
    if (match) return kind.read(match, sentence)
  }
  return failure(`${sentence.where}: '${text}' is geen wijzigingsopdracht die dit programma kent`)
}

export function applyEdit<K extends ArtikelEditKind>(tekst: ArtikelTekst, edit: ArtikelEdit<K>): Result<void> {
  const kind: EditKind<K> = editKinds[edit.kind]
  return kind.apply(tekst, edit)
}
