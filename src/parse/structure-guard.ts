// The Markdown parser slows down more than linearly on some shapes, and the
// tree walkers recurse: 1,000 nested blocks take seconds, 20,000 `> ` on one
// line overflow the stack, and a paragraph full of `*a` or unclosed `<!--`
// takes time that grows with the square of its length. No verordening looks
// like that, so such a file is refused before parsing, with a message that says
// where. The guard itself reads each character once (linear time).
import type { VFile } from 'vfile'
import { report } from '../messages/report.ts'

export const maxBlockDepth = 12
export const maxFenceLength = 16
export const maxIndent = 80
/** Block quotes and lists that one line opens inside each other. */
export const maxContainers = 12
/**
 * Per paragraph (lines between blank lines or block openers): the parser
 * pairs `*`/`_` by looking back over the paragraph, and every unclosed `[`,
 * backtick run, `<` or `{` makes it scan ahead to the paragraph's end.
 */
export const maxEmphasisRuns = 1000
export const maxBracketDepth = 32
export const maxUnclosedBackticks = 4
export const maxThematicBreak = 1000
export const maxHtmlOpeners = 32
export const maxBraces = 64

const numberFormat = new Intl.NumberFormat('nl-NL')
const count = (value: number): string => numberFormat.format(value)

/** Returns true when the file is fit to parse; otherwise it carries a message. */
export function guardStructure(file: VFile): boolean {
  const lines = String(file.value).split('\n')
  let depth = 0
  let inCode = false
  const paragraph = new ParagraphCounter()
  for (const [index, line] of lines.entries()) {
    // Fenced code is skipped for the check on indents, as before. The other
    // checks do not skip it: a fence the guard misreads (an inline code span
    // at the start of a line, a fence that a list item or a block ends) must
    // not hide a hostile paragraph or hostile nesting from them.
    const fenceLine = /^\s*(```|~~~)/.test(line)
    if (fenceLine) inCode = !inCode
    const nesting = checkLineNesting(file, line, index + 1)
    if (!nesting) return false
    const rest = line.slice(nesting.end)
    const blank = /^[\s>]*$/.test(line)
    if (blank || fenceLine || /^ {0,3}:{3,}[^\s:]/.test(rest)) {
      // Blank lines and block openers end a paragraph. An opener line is
      // counted on its own: if the parser does not take it as an opener
      // (`:::a *a*a…`, an inline code span at the start), it is text.
      if (!paragraph.end(file)) return false
      if (!blank) paragraph.addLine(line, nesting.end, index + 1)
      if (!paragraph.end(file)) return false
    } else {
      paragraph.addLine(line, nesting.end, index + 1)
    }
    const place = { line: index + 1, column: 1 }
    // Directive blocks are counted inside fenced code too. The guard's idea of a fence is a line of
    // backticks until the next such line, while the parser ends a fence with the block around it:
    // after `::::juridisch`, a fence and `::::`, the parser reads 27,000 nested openers as blocks
    // (minutes, then out of memory) that the guard took for code (found by the fuzzer).
    const fence = /^\s*(:{3,})(\S*)/.exec(line)
    if (fence) {
      const colons = fence[1]?.length ?? 0
      if (colons > maxFenceLength) {
        report(
          file,
          `Blok met ${colons} dubbele punten, verwacht hoogstens ${maxFenceLength}: gebruik \`::::\` voor een artikel en \`:::\` voor de delen erin`,
          place,
          'bestand-structuur',
        )
        return false
      }
      if (fence[2]) depth++
      else depth = Math.max(0, depth - 1)
      if (depth > maxBlockDepth) {
        report(
          file,
          `Blokken zijn hier ${depth} diep in elkaar gezet, verwacht hoogstens ${maxBlockDepth}: sluit blokken af met \`:::\` voordat u een nieuw blok begint`,
          place,
          'bestand-structuur',
        )
        return false
      }
    }
    if (inCode) continue
    const indent = /^[ \t]*/.exec(line)?.[0].replace(/\t/g, '    ').length ?? 0
    if (indent > maxIndent) {
      report(
        file,
        `Regel ${index + 1} springt ${indent} posities in, verwacht hoogstens ${maxIndent}: zo diep geneste lijsten kan de controle niet lezen`,
        place,
        'bestand-structuur',
      )
      return false
    }
  }
  return paragraph.end(file)
}

const isSpace = (code: number): boolean => code === 32 || code === 9
const isDigit = (code: number): boolean => code >= 48 && code <= 57

/**
 * Reads the block quote and list markers at the start of a line (`> - 1. `).
 * Returns where the text after them starts, or undefined when the line opens
 * too many containers (then the file carries a message).
 */
function checkLineNesting(file: VFile, line: string, lineNr: number): { end: number } | undefined {
  const tail = thematicBreakTail(line)
  let tailBullets = 0
  let quotes = 0
  let lists = 0
  let position = 0
  let end = 0
  let firstOver = 0
  // Spaces before a marker: leading ones, and those after `>` (`>      - a`),
  // which nest lists as deep as leading ones do.
  let spaces = 0
  let indent = 0
  while (position < line.length) {
    let pending = 0
    while (position < line.length && isSpace(line.charCodeAt(position))) pending += line.charCodeAt(position++) === 9 ? 4 : 1
    const code = line.charCodeAt(position)
    let next = -1
    if (code === 62 /* > */) {
      quotes++
      next = position + 1
    } else if ((code === 45 || code === 42 || code === 43) /* - * + */ && (position + 1 === line.length || isSpace(line.charCodeAt(position + 1)))) {
      // `- - -` alone is a thematic break, not three lists.
      if (position >= tail.start && tail.marks - tailBullets++ >= 3) break
      lists++
      next = position + 1
    } else if (isDigit(code)) {
      let digits = position
      while (digits < line.length && digits - position < 10 && isDigit(line.charCodeAt(digits))) digits++
      const marker = line.charCodeAt(digits)
      if (digits - position > 9 || (marker !== 46 && marker !== 41) /* . ) */ || !(digits + 1 === line.length || isSpace(line.charCodeAt(digits + 1)))) break
      lists++
      next = digits + 1
    } else break
    if (quotes + lists === maxContainers + 1) firstOver = position
    spaces += pending
    indent = spaces
    position = next
    end = next
  }
  // What follows the markers may be a thematic break (`- - -`); the parser is
  // slow on one of a million marks, and no verordening needs more than a few.
  if (position >= tail.start && tail.marks - tailBullets >= 3 && line.length - position > maxThematicBreak) {
    report(
      file,
      `Regel ${lineNr} is een scheidingslijn van ${count(line.length - position)} tekens, verwacht hoogstens ${count(maxThematicBreak)}: schrijf \`---\` voor een scheidingslijn`,
      { line: lineNr, column: position + 1 },
      'bestand-structuur',
    )
    return undefined
  }
  const total = quotes + lists
  if (total > maxContainers) {
    const what = lists === 0 ? 'citaatblokken' : quotes === 0 ? 'lijsten' : 'citaatblokken en lijsten'
    report(
      file,
      `Regel ${lineNr} zet ${count(total)} ${what} in elkaar, verwacht hoogstens ${maxContainers}: zo diep geneste citaten en lijsten kan de controle niet lezen`,
      { line: lineNr, column: firstOver + 1 },
      'bestand-structuur',
    )
    return undefined
  }
  if (indent > maxIndent) {
    report(
      file,
      `Regel ${lineNr} springt ${indent} posities in, verwacht hoogstens ${maxIndent}: zo diep geneste lijsten kan de controle niet lezen`,
      { line: lineNr, column: 1 },
      'bestand-structuur',
    )
    return undefined
  }
  return { end }
}

/**
 * Where a trailing thematic break (`- - -`, `* * *`) could start: the longest
 * tail of the line made of one mark and spaces, and how many marks it has.
 * Computed once per line, so the marker loop stays linear.
 */
function thematicBreakTail(line: string): { start: number; marks: number } {
  let start = line.length
  let marks = 0
  let mark = -1
  for (let index = line.length - 1; index >= 0; index--) {
    const code = line.charCodeAt(index)
    if (isSpace(code)) start = index
    else if ((code === 45 || code === 42) && (mark === -1 || mark === code)) {
      mark = code
      marks++
      start = index
    } else break
  }
  return { start, marks }
}

/** Counts, per paragraph, what makes the inline parser look back or scan ahead. */
class ParagraphCounter {
  private startLine = 0
  private emphasisRuns = 0
  private emphasisOver: { line: number; column: number } | undefined
  private bracketDepth = 0
  private deepestBrackets = 0
  private bracketsOver: { line: number; column: number } | undefined
  /** Backtick runs: offset in the paragraph, length and place, to find the ones without a closing run. */
  private backtickRuns: Array<{ offset: number; length: number; line: number; column: number }> = []
  private length = 0
  private htmlOpeners = 0
  private htmlOver: { line: number; column: number } | undefined
  private braces = 0
  private bracesOver: { line: number; column: number } | undefined

  addLine(line: string, from: number, lineNr: number): void {
    if (this.startLine === 0) this.startLine = lineNr
    let index = from
    while (index < line.length) {
      const code = line.charCodeAt(index)
      const place = { line: lineNr, column: index + 1 }
      if (code === 92 /* \ */) {
        index += 2 // an escaped character is plain text to the parser
        continue
      }
      if (code === 42 || code === 95 || code === 96) {
        let runEnd = index + 1
        while (runEnd < line.length && line.charCodeAt(runEnd) === code) runEnd++
        if (code === 96) this.backtickRuns.push({ offset: this.length + index - from, length: runEnd - index, ...place })
        else if (++this.emphasisRuns === maxEmphasisRuns + 1) this.emphasisOver = place
        index = runEnd
        continue
      }
      if (code === 91 /* [ */) {
        this.bracketDepth++
        if (this.bracketDepth > this.deepestBrackets) {
          this.deepestBrackets = this.bracketDepth
          if (this.deepestBrackets === maxBracketDepth + 1) this.bracketsOver = place
        }
      } else if (code === 93 /* ] */) {
        this.bracketDepth = Math.max(0, this.bracketDepth - 1)
      } else if (code === 60 /* < */ && /[A-Za-z!?/]/.test(line.charAt(index + 1))) {
        if (++this.htmlOpeners === maxHtmlOpeners + 1) this.htmlOver = place
      } else if (code === 123 /* { */) {
        if (++this.braces === maxBraces + 1) this.bracesOver = place
      }
      index++
    }
    this.length += line.length - from + 1
  }

  /**
   * A code span starts at a run of backticks and ends at the next run of the
   * same length. A run with no such run after it is literal, but the parser
   * first reads to the paragraph's end looking for one; replayed here in
   * linear time by linking each run to the next of its length.
   */
  private unclosedBackticks(): { count: number; first?: { line: number; column: number } } {
    const runs = this.backtickRuns
    const next = new Array<number>(runs.length).fill(-1)
    const lastOfLength = new Map<number, number>()
    for (let index = runs.length - 1; index >= 0; index--) {
      const run = runs[index]
      if (!run) continue
      next[index] = lastOfLength.get(run.length) ?? -1
      lastOfLength.set(run.length, index)
    }
    let count = 0
    let first: { line: number; column: number } | undefined
    for (let index = 0; index < runs.length; ) {
      const closing = next[index] ?? -1
      if (closing !== -1) {
        index = closing + 1
        continue
      }
      const run = runs[index]
      if (count === maxUnclosedBackticks && run) first = { line: run.line, column: run.column }
      count++
      index++
    }
    return { count, first }
  }

  /** Ends the paragraph; false when it was too much (then the file carries a message). */
  end(file: VFile): boolean {
    const from = this.startLine
    const backticks = this.unclosedBackticks()
    const problems: Array<[{ line: number; column: number } | undefined, string]> = [
      [
        this.emphasisOver,
        `De alinea vanaf regel ${from} heeft ${count(this.emphasisRuns)} reeksen \`*\` of \`_\`, verwacht hoogstens ${count(maxEmphasisRuns)} in één alinea: zet een lege regel tussen alinea's, of \`\\*\` voor een sterretje als teken`,
      ],
      [
        this.bracketsOver,
        `De alinea vanaf regel ${from} opent ${count(this.deepestBrackets)} haken \`[\` in elkaar, verwacht hoogstens ${maxBracketDepth}: sluit elke \`[\` met \`]\`, of schrijf \`\\[\` voor een haak als teken`,
      ],
      [
        backticks.first,
        `De alinea vanaf regel ${from} heeft ${count(backticks.count)} reeksen backticks (\`) zonder afsluiting, verwacht hoogstens ${maxUnclosedBackticks}: sluit code af met evenveel backticks als waarmee ze begint, of schrijf \`\\\`\` voor het teken`,
      ],
      [
        this.htmlOver,
        `De alinea vanaf regel ${from} heeft ${count(this.htmlOpeners)} keer \`<\` voor een letter, \`!\`, \`?\` of \`/\`, verwacht hoogstens ${maxHtmlOpeners} in één alinea: HTML hoort niet in de verordening; schrijf \`\\<\` voor het teken`,
      ],
      [
        this.bracesOver,
        `De alinea vanaf regel ${from} heeft ${count(this.braces)} keer \`{\`, verwacht hoogstens ${maxBraces} in één alinea: kenmerken staan in \`{…}\` direct na een directive; zet een lege regel tussen alinea's`,
      ],
    ]
    this.reset()
    for (const [place, reason] of problems) {
      if (!place) continue
      report(file, reason, place, 'bestand-structuur')
      return false
    }
    return true
  }

  private reset(): void {
    this.startLine = 0
    this.emphasisRuns = 0
    this.emphasisOver = undefined
    this.bracketDepth = 0
    this.deepestBrackets = 0
    this.bracketsOver = undefined
    this.backtickRuns = []
    this.length = 0
    this.htmlOpeners = 0
    this.htmlOver = undefined
    this.braces = 0
    this.bracesOver = undefined
  }
}
