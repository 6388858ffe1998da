// Every kind of change within one artikel, each in one entry: its Dutch
// sentence, how that sentence is read back, and how it changes the old text.
// A new kind is a member of `ArtikelEdit` (model.ts) and an entry here;
// TypeScript refuses the table until it has one with all three.

import { failure, type Result, succeed } from '../../messages/result.ts'
import type { ArtikelTekst, LidTekst } from '../../model/artikel-tekst.ts'
import { blockAfter, type Line, lidLines, onderdeelLine, quoteBlock, readLeden } from './blocks.ts'
import type { ArtikelEdit, ArtikelEditKind, NumberedLid } from './model.ts'
import { applyTextEdit } from './text-edit.ts'
import {
  capital,
  fromOrdinal,
  ordinal,
  placeName,
  placePhrase,
  quoted,
  quotedPattern,
  readPlacePhrase,
  readRenumberedLeden,
  renumberedLeden,
} from './wording.ts'

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
    write: (edit, artikel) => `Het opschrift${artikel !== undefined ? ` van artikel ${artikel}` : ''} komt te luiden: ${quoted(edit.title)}.`,
    pattern: new RegExp(`^Het opschrift(?: van artikel (\\S+))? komt te luiden: ${quotedPattern}\\.$`, 's'),
    read: (match, { index }) => succeed({ edit: { kind: 'opschrift', title: match[2]! }, artikel: match[1], next: index + 1 }),
    apply(tekst, edit) {
      tekst.titel = edit.title
      return done
    },
  },
  vervangen: {
    write: (edit, artikel) => `In ${placePhrase(artikel, edit.place)} wordt ${quoted(edit.from)} vervangen door ${quoted(edit.to)}.`,
    pattern: new RegExp(`^In (.+?) wordt ${quotedPattern} vervangen door ${quotedPattern}\\.$`, 's'),
    read(match, { index, where }) {
      const read = readPlacePhrase(match[1]!, where)
      if (!read.ok) return read
      return succeed({ edit: { kind: 'vervangen', place: read.value.place, from: match[2]!, to: match[3]! }, artikel: read.value.artikel, next: index + 1 })
    },
    apply: applyInPlace,
  },
  geschrapt: {
    write: (edit, artikel) => `In ${placePhrase(artikel, edit.place)} vervalt ${quoted(edit.text)}.`,
    pattern: new RegExp(`^In (.+?) vervalt ${quotedPattern}\\.$`, 's'),
    read(match, { index, where }) {
      const read = readPlacePhrase(match[1]!, where)
      if (!read.ok) return read
      return succeed({ edit: { kind: 'geschrapt', place: read.value.place, text: match[2]! }, artikel: read.value.artikel, next: index + 1 })
    },
    apply: applyInPlace,
  },
  'lid-vervalt': {
    // "Het tweede lid vervalt, onder vernummering van het derde lid tot tweede lid." (Ar 3.29); alone: "Artikel 3.2, tweede lid, vervalt."
    write: (edit, artikel) =>
      `${artikel !== undefined ? `Artikel ${artikel}, ${ordinal(edit.lid)} lid,` : `Het ${ordinal(edit.lid)} lid`} vervalt${edit.shifted > 0 ? `, onder vernummering van ${renumberedLeden(edit.lid + 1, edit.shifted, -1)}` : ''}.`,
    pattern: /^(?:Het (\S+) lid|Artikel (\S+), (\S+) lid,) vervalt(?:, onder vernummering van (.+))?\.$/,
    read(match, { index, where }) {
      const lid = fromOrdinal(match[1] ?? match[3]!)
      if (!lid.ok) return lid
      const shifted = match[4] === undefined ? succeed(0) : readRenumberedLeden(match[4], lid.value + 1, -1, where)
      if (!shifted.ok) return shifted
      return succeed({ edit: { kind: 'lid-vervalt', lid: lid.value, shifted: shifted.value }, artikel: match[2], next: index + 1 })
    },
    apply(tekst, edit) {
      const lid = findLid(tekst, edit.lid)
      if (!lid.ok) return lid
      const at = tekst.leden.indexOf(lid.value)
      if (tekst.leden.length - at - 1 !== edit.shifted)
        return failure(
          `Artikel ${tekst.nr} heeft ${tekst.leden.length - at - 1} leden na het ${ordinal(edit.lid)} lid, de opdracht vernummert er ${edit.shifted}`,
        )
      tekst.leden.splice(at, 1)
      renumber(tekst)
      return done
    },
  },
  'lid-ingevoegd': {
    // A new last lid is "toegevoegd", one elsewhere "ingevoegd" with the leden that move (Ar 6.11).
    write(edit, artikel, indent) {
      const quote = quoteBlock(lidLines(edit.lid), indent)
      if (edit.shifted === 0) return `${artikel !== undefined ? `Aan artikel ${artikel} wordt` : 'Er wordt'} een lid toegevoegd, luidende:\n\n${quote}`
      const where = edit.lid.nr === 1 ? 'voor het eerste lid' : `na het ${ordinal(edit.lid.nr - 1)} lid`
      const renumbering = `onder vernummering van ${renumberedLeden(edit.lid.nr, edit.shifted, 1)}`
      return `${artikel !== undefined ? `In artikel ${artikel} wordt, ${renumbering}, ${where}` : `${capital(renumbering)} wordt ${where}`} een lid ingevoegd, luidende:\n\n${quote}`
    },
    pattern:
      /^(?:(?:Er wordt|Aan artikel (\S+) wordt) een lid toegevoegd|(?:Onder vernummering van (.+?) wordt|In artikel (\S+) wordt, onder vernummering van (.+?),) (?:voor|na) het \S+ lid een lid ingevoegd), luidende:$/,
    read(match, sentence) {
      const read = readOneLid(sentence, 'verwacht precies één genummerd lid')
      if (!read.ok) return read
      const phrase = match[2] ?? match[4]
      const shifted = phrase === undefined ? succeed(0) : readRenumberedLeden(phrase, read.value.lid.nr, 1, sentence.where)
      if (!shifted.ok) return shifted
      const edit: ArtikelEdit<'lid-ingevoegd'> = { kind: 'lid-ingevoegd', lid: read.value.lid, shifted: shifted.value }
      const artikel = match[1] ?? match[3]
      // "na het tweede lid" must fit the number of the quoted lid: the sentence we would write is the one that was read.
      const first = sentence.lines[sentence.index]!.text.trim()
      if (phrase !== undefined && writeEdit(edit, artikel, '').split('\n')[0] !== first)
        return failure(`${sentence.where}: de plaats in de zin past niet bij het nummer van het nieuwe lid (${read.value.lid.nr})`)
      return succeed({ edit, artikel, next: read.value.next })
    },
    apply(tekst, edit) {
      const at = edit.lid.nr - 1
      if (at < 0 || at > tekst.leden.length || tekst.leden.some((lid) => lid.nr === null) || tekst.leden.length - at !== edit.shifted)
        return failure(`In artikel ${tekst.nr} kan geen ${ordinal(edit.lid.nr)} lid worden ${edit.shifted === 0 ? 'toegevoegd' : 'ingevoegd'}`)
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
