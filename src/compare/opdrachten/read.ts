// Reads wijzigingsopdrachten back from the Markdown that write.ts makes (or an
// author edited): the sections under `### A`, `### B`, … or one opdracht
// without a letter. Text it does not know is a Failure that names its line.
import { failure, type Result, succeed } from '../../messages/result.ts'
import type { Line } from './blocks.ts'
import type { Wijzigingsopdracht } from './model.ts'
import { opdrachtKinds, readSingleEdit } from './opdracht-kinds.ts'

export function readWijzigingsopdrachten(markdown: string): Result<Wijzigingsopdracht[]> {
  const lines: Line[] = markdown.split('\n').map((text, index) => ({ text, number: index + 1 }))
  const sections: Line[][] = []
  let current: Line[] | undefined
  const lettered = lines.some((line) => /^### [A-Z]+$/.test(line.text))
  if (!lettered) {
    if (lines.every((line) => line.text.trim() === '')) return succeed([])
    sections.push(lines)
  } else {
    for (const line of lines) {
      if (/^### [A-Z]+$/.test(line.text)) sections.push((current = []))
      else if (/^##? /.test(line.text)) current = undefined
      else current?.push(line)
    }
  }
  const opdrachten: Wijzigingsopdracht[] = []
  for (const section of sections) {
    const read = readWijzigingsopdracht(section)
    if (!read.ok) return read
    opdrachten.push(read.value)
  }
  return succeed(opdrachten)
}

function readWijzigingsopdracht(lines: readonly Line[]): Result<Wijzigingsopdracht> {
  let index = 0
  while (index < lines.length && lines[index]!.text.trim() === '') index++
  const line = lines[index]
  if (!line) return failure('Een lege wijzigingsopdracht')
  const text = line.text.trim()
  const sentence = { lines, index, where: `Regel ${line.number}` }
  for (const kind of Object.values(opdrachtKinds)) {
    const match = kind.pattern.exec(text)
    if (match) return kind.read(match, sentence)
  }
  return readSingleEdit(sentence)
}
