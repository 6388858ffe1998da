// The Markdown parser slows down more than linearly on very deep nesting
// (1,000 nested blocks take seconds). No verordening nests that deep, so such
// a file is refused before parsing with a message that says where.
import type { VFile } from 'vfile'
import { report } from '../messages/report.ts'

export const maxBlockDepth = 12
export const maxFenceLength = 16
export const maxIndent = 80

/** Returns true when the file is fit to parse; otherwise it carries a message. */
export function guardStructure(file: VFile): boolean {
  const lines = String(file.value).split('\n')
  let depth = 0
  let inCode = false
  for (const [index, line] of lines.entries()) {
    if (/^\s*(```|~~~)/.test(line)) inCode = !inCode
    if (inCode) continue
    const place = { line: index + 1, column: 1 }
    const indent = /^[ \t]*/.exec(line)?.[0].replace(/\t/g, '    ').length ?? 0
    if (indent > maxIndent) {
      report(file, `Regel ${index + 1} springt ${indent} posities in, verwacht hoogstens ${maxIndent}: zo diep geneste lijsten kan de controle niet lezen`, place, 'bestand-structuur')
      return false
    }
    const fence = /^\s*(:{3,})(\S*)/.exec(line)
    if (!fence) continue
    const colons = fence[1]?.length ?? 0
    if (colons > maxFenceLength) {
      report(file, `Blok met ${colons} dubbele punten, verwacht hoogstens ${maxFenceLength}: gebruik \`::::\` voor een artikel en \`:::\` voor de delen erin`, place, 'bestand-structuur')
      return false
    }
    if (fence[2]) depth++
    else depth = Math.max(0, depth - 1)
    if (depth > maxBlockDepth) {
      report(file, `Blokken zijn hier ${depth} diep in elkaar gezet, verwacht hoogstens ${maxBlockDepth}: sluit blokken af met \`:::\` voordat u een nieuw blok begint`, place, 'bestand-structuur')
      return false
    }
  }
  return true
}
