// The table of beginner mistakes (src/docs/beginnersfouten.ts): each mistake,
// applied to a copy of the shipped example in memory, gives exactly the listed
// messages and no other; and docs/schrijven.md holds the table as rendered
// from the same list (`npm run docs` writes it).
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { beginnersfouten, withBeginnersfouten } from '../src/docs/beginnersfouten.ts'
import { Pipeline } from '../src/pipeline/pipeline.ts'
import { classify, standardLayout } from '../src/sources/layout.ts'
import { sourceFromBytes } from '../src/sources/read-source.ts'

const dir = path.resolve('verordening')
const encoder = new TextEncoder()
const example = new Map<string, string>()
// Every file of the folder's layout (hoofdstukken, registers, woordenlijst.txt), as a check reads it.
for (const name of await readdir(dir)) {
  if (classify(standardLayout, name)) example.set(name, await readFile(path.join(dir, name), 'utf8'))
}
// One pipeline for all mistakes: the dictionary and word lists load once.
const pipeline = new Pipeline(async () => sourceFromBytes(dir, new Map()))

async function messagesWith(changed: Map<string, string>): Promise<string[]> {
  const result = await pipeline.checkSources(sourceFromBytes(dir, new Map([...changed].map(([name, text]) => [name, encoder.encode(text)]))))
  return result.files
    .flatMap((file) => file.messages.map((message) => ({ file: path.basename(file.path), message })))
    .sort((a, b) => a.file.localeCompare(b.file) || (a.message.line ?? 0) - (b.message.line ?? 0) || (a.message.column ?? 0) - (b.message.column ?? 0))
    .map(({ file, message }) => `${file}:${message.line}:${message.column} ${message.ruleId}: ${message.reason}`)
}

describe('beginner mistakes in the example', () => {
  it('the example itself gives no message', async () => {
    expect(await messagesWith(example)).toEqual([])
  })

  it('has at least 15 mistakes, each described once', () => {
    expect(beginnersfouten.length).toBeGreaterThanOrEqual(15)
    expect(new Set(beginnersfouten.map((fout) => fout.wat)).size).toBe(beginnersfouten.length)
  })

  for (const fout of beginnersfouten) {
    it(`${fout.wat}: exactly the listed messages`, async () => {
      const original = example.get(fout.bestand)
      expect(original, fout.bestand).toBeDefined()
      expect(original!.split(fout.zoek).length - 1, `\`${fout.zoek}\` occurs once in ${fout.bestand}`).toBe(1)
      const changed = new Map(example).set(
        fout.bestand,
        original!.replace(fout.zoek, () => fout.door),
      )
      const messages = await messagesWith(changed)
      expect(messages).toEqual(fout.verwacht)
      expect(messages.length).toBeGreaterThan(0)
    })
  }

  it('docs/schrijven.md holds the table as rendered from this list (run `npm run docs`)', async () => {
    const guide = await readFile('docs/schrijven.md', 'utf8')
    expect(guide).toBe(withBeginnersfouten(guide))
  })
})
