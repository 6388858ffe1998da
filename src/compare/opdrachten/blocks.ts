// The quoted text in an opdracht ("luidende:" followed by `> ` lines): a lid,
// an onderdeel or a whole artikel, written and read back here as a pair.

import { failure, type Result, succeed } from '../../messages/result.ts'
import type { ArtikelTekst, LidTekst } from '../../model/artikel-tekst.ts'

/** A line of Markdown being read, with its 1-based number for messages. */
export interface Line {
  text: string
  number: number
}

/** An onderdeel line inside a quote: `- b. tekst`. */
export const onderdeelLine = /^\s*- ([a-z]{1,2})\. (.*)$/s

export function quoteBlock(lines: string[], indent = ''): string {
  return lines.map((line) => `${indent}>${line === '' ? '' : ` ${line}`}`).join('\n')
}

/** An unnumbered lid whose text looks like a lid or onderdeel line gets a backslash, as in Markdown. */
function escapeLead(text: string): string {
  // An empty text (a lid that is only its onderdelen) is a lone backslash, so the line is not blank.
  return text === '' || /^(?:\d+\.|- |\\|\s)/.test(text) ? `\\${text}` : text
}

export function lidLines(lid: LidTekst): string[] {
  const lines = [lid.nr === null ? escapeLead(lid.tekst) : `${lid.nr}. ${lid.tekst}`]
  const indent = lid.nr === null ? '' : ' '.repeat(`${lid.nr}. `.length)
  for (const onderdeel of lid.onderdelen) lines.push(`${indent}- ${onderdeel.letter}. ${onderdeel.tekst}`)
  return lines
}

export function artikelLines(tekst: ArtikelTekst): string[] {
  return [`**Artikel ${tekst.nr}.${tekst.titel ? ` ${tekst.titel}` : ''}**`, '', ...tekst.leden.flatMap(lidLines)]
}

/** The `>` lines after line `from` (blank lines before them skipped), without their `>`. */
export function blockAfter(lines: readonly Line[], from: number): Result<{ block: string[]; next: number }> {
  let index = from
  while (index < lines.length && lines[index]!.text.trim() === '') index++
  const block: string[] = []
  while (index < lines.length && /^\s*>/.test(lines[index]!.text)) {
    block.push(lines[index]!.text.replace(/^\s*> ?/, ''))
    index++
  }
  if (block.length === 0) return failure(`Regel ${lines[from - 1]?.number ?? from}: na 'luidende:' of 'komt te luiden:' verwacht een tekst tussen >-regels`)
  return succeed({ block, next: index })
}

export function readLeden(block: readonly string[], where: string): Result<LidTekst[]> {
  const leden: LidTekst[] = []
  for (const line of block) {
    if (line.trim() === '') continue
    const lid = /^(\d+)\. (.*)$/s.exec(line)
    const onderdeel = onderdeelLine.exec(line)
    if (onderdeel) {
      const last = leden.at(-1)
      if (!last) return failure(`${where}: een onderdeel zonder lid ervoor`)
      last.onderdelen.push({ letter: onderdeel[1]!, tekst: onderdeel[2]! })
    } else if (lid) leden.push({ nr: Number(lid[1]), tekst: lid[2]!, onderdelen: [] })
    else {
      if (leden.length > 0) return failure(`${where}: '${line}' is geen lid of onderdeel`)
      leden.push({ nr: null, tekst: line.startsWith('\\') ? line.slice(1) : line, onderdelen: [] })
    }
  }
  return succeed(leden)
}

export function readArtikel(block: readonly string[], where: string): Result<ArtikelTekst> {
  const head = /^\*\*Artikel (\S+?)\.(?: (.*))?\*\*$/s.exec(block[0] ?? '')
  if (!head) return failure(`${where}: verwacht een kop '**Artikel 3.5. Opschrift**'`)
  const leden = readLeden(block.slice(1), where)
  if (!leden.ok) return leden
  return succeed({ nr: head[1]!, titel: head[2] ?? '', leden: leden.value })
}
