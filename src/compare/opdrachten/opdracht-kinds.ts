// Every kind of wijzigingsopdracht, each in one entry: its Dutch text, how
// that text is read back, and what it does to the old artikelen. A new kind
// is a member of `Wijzigingsopdracht` (model.ts) and an entry here;
// TypeScript refuses the table until it has one with all three.

import { failure, type Result, succeed } from '../../messages/result.ts'
import type { ArtikelTekst } from '../../model/artikel-tekst.ts'
import { artikelLines, blockAfter, type Line, quoteBlock, readArtikel } from './blocks.ts'
import { applyEdit, readEdit, type Sentence, writeEdit } from './edit-kinds.ts'
import { type ArtikelEdit, cloneArtikelTekst, type Wijzigingsopdracht, type WijzigingsopdrachtKind } from './model.ts'

/** The old artikelen while opdrachten are applied (apply.ts): working copies by their old number. */
export interface WorkingSet {
  artikelen: Map<string, ArtikelTekst>
  /** Old number → new number. */
  renumbered: Map<string, string>
  inserted: ArtikelTekst[]
}

export interface OpdrachtKind<K extends WijzigingsopdrachtKind> {
  /** The opdracht as Markdown, without its letter. */
  write(opdracht: Wijzigingsopdracht<K>): string
  /** Recognises the first line (trimmed). The kinds are tried in the order of the table. */
  pattern: RegExp
  read(match: RegExpExecArray, sentence: Sentence): Result<Wijzigingsopdracht<K>>
  apply(working: WorkingSet, opdracht: Wijzigingsopdracht<K>): Result<void>
}

const done: Result<void> = succeed(undefined)

function existing(working: WorkingSet, nr: string): Result<ArtikelTekst> {
  const tekst = working.artikelen.get(nr)
  return tekst ? succeed(tekst) : failure(`Artikel ${nr} bestaat niet (meer) in de oude tekst`)
}

function readQuotedArtikel({ lines, index, where }: Sentence): Result<ArtikelTekst> {
  const quoted = blockAfter(lines, index + 1)
  return quoted.ok ? readArtikel(quoted.value.block, where) : quoted
}

/** The items of "Artikel 3.2 wordt als volgt gewijzigd:", each "1. <sentence>". */
function readEditList(lines: readonly Line[], from: number): Result<ArtikelEdit[]> {
  const edits: ArtikelEdit[] = []
  let index = from
  while (index < lines.length) {
    const item = lines[index]!
    if (item.text.trim() === '') {
      index++
      continue
    }
    const marker = /^(\d+)\. /.exec(item.text)
    if (!marker) return failure(`Regel ${item.number}: verwacht een genummerde wijziging '1. …'`)
    const stripped = [...lines.slice(0, index), { ...item, text: item.text.slice(marker[0].length) }, ...lines.slice(index + 1)]
    const read = readEdit(stripped, index)
    if (!read.ok) return read
    edits.push(read.value.edit)
    index = read.value.next
  }
  return succeed(edits)
}

/** In the order their first lines are recognised; a wijzig with one edit is that edit's sentence (`readSingleEdit`). */
export const opdrachtKinds: { [K in WijzigingsopdrachtKind]: OpdrachtKind<K> } = {
  vervalt: {
    write: (opdracht) => `Artikel ${opdracht.artikel} vervalt.`,
    pattern: /^Artikel (\S+) vervalt\.$/,
    read: (match) => succeed({ kind: 'vervalt', artikel: match[1]! }),
    apply(working, opdracht) {
      const tekst = existing(working, opdracht.artikel)
      if (!tekst.ok) return tekst
      working.artikelen.delete(opdracht.artikel)
      return done
    },
  },
  vernummerd: {
    write: (opdracht) => `Artikel ${opdracht.artikel} wordt vernummerd tot artikel ${opdracht.to}.`,
    pattern: /^Artikel (\S+) wordt vernummerd tot (?:artikel )?(\S+)\.$/,
    read: (match) => succeed({ kind: 'vernummerd', artikel: match[1]!, to: match[2]! }),
    apply(working, opdracht) {
      const tekst = existing(working, opdracht.artikel)
      if (!tekst.ok) return tekst
      working.renumbered.set(opdracht.artikel, opdracht.to)
      return done
    },
  },
  luidt: {
    write: (opdracht) => `Artikel ${opdracht.artikel} komt te luiden:\n\n${quoteBlock(artikelLines(opdracht.text))}`,
    pattern: /^Artikel (\S+) komt te luiden:$/,
    read(match, sentence) {
      const text = readQuotedArtikel(sentence)
      return text.ok ? succeed({ kind: 'luidt', artikel: match[1]!, text: text.value }) : text
    },
    apply(working, opdracht) {
      const tekst = existing(working, opdracht.artikel)
      if (!tekst.ok) return tekst
      working.artikelen.set(opdracht.artikel, { ...cloneArtikelTekst(opdracht.text), nr: opdracht.artikel })
      return done
    },
  },
  ingevoegd: {
    write: (opdracht) =>
      `${opdracht.after === null ? 'Aan het begin' : `Na artikel ${opdracht.after}`} wordt een artikel ingevoegd, luidende:\n\n${quoteBlock(artikelLines(opdracht.text))}`,
    pattern: /^(?:Aan het begin|Na artikel (\S+)) wordt een artikel ingevoegd, luidende:$/,
    read(match, sentence) {
      const text = readQuotedArtikel(sentence)
      return text.ok ? succeed({ kind: 'ingevoegd', after: match[1] ?? null, text: text.value }) : text
    },
    apply(working, opdracht) {
      working.inserted.push(cloneArtikelTekst(opdracht.text))
      return done
    },
  },
  wijzig: {
    write(opdracht) {
      if (opdracht.edits.length === 1) return writeEdit(opdracht.edits[0]!, opdracht.artikel, '')
      const items = opdracht.edits.map((edit, index) => {
        const marker = `${index + 1}. `
        return `${marker}${writeEdit(edit, undefined, ' '.repeat(marker.length))}`
      })
      return `Artikel ${opdracht.artikel} wordt als volgt gewijzigd:\n\n${items.join('\n\n')}`
    },
    pattern: /^Artikel (\S+) wordt als volgt gewijzigd:$/,
    read(match, { lines, index }) {
      const edits = readEditList(lines, index + 1)
      return edits.ok ? succeed({ kind: 'wijzig', artikel: match[1]!, edits: edits.value }) : edits
    },
    apply(working, opdracht) {
      const tekst = existing(working, opdracht.artikel)
      if (!tekst.ok) return tekst
      for (const edit of opdracht.edits) {
        const applied = applyEdit(tekst.value, edit)
        if (!applied.ok) return applied
      }
      return done
    },
  },
}

/** A wijzig with one edit: the edit's sentence, naming the artikel ("In artikel 3.2 wordt …"). */
export function readSingleEdit({ lines, index, where }: Sentence): Result<Wijzigingsopdracht<'wijzig'>> {
  const read = readEdit(lines, index)
  if (!read.ok) return read
  if (read.value.artikel === undefined) return failure(`${where}: de wijzigingsopdracht noemt geen artikel`)
  return succeed({ kind: 'wijzig', artikel: read.value.artikel, edits: [read.value.edit] })
}
