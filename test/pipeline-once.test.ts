// A pipeline that checks once (check, build, export, the comparison of many
// gemeenten) lets the rules read the model itself instead of through the
// recording wrapper a re-check needs (src/pipeline/track.ts). Both must say
// exactly the same; and the spelling checkers of many projects share one memo
// of the words every project accepts, which must not change an answer.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { generateVerordening } from '../bench/generate.ts'
import { type CheckResult, checkVerordening, Pipeline } from '../src/pipeline/pipeline.ts'
import { SpellChecker } from '../src/taal/spelling.ts'
import { makeFixture } from './helpers/fixture.ts'

const made: string[] = []
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })))
})

const messages = (result: CheckResult) =>
  result.files.flatMap((file) =>
    file.messages.map((message) => `${path.basename(file.path)}:${message.line}:${message.column} ${message.fatal} ${message.ruleId} ${message.reason}`),
  )

/** A generated verordening of 60 artikelen with its own gemeente name and some misspelled words (the bench's shape). */
async function generated(naam: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'eenmalig-'))
  made.push(dir)
  for (const [name, text] of generateVerordening(60).files) {
    const content = text
      .replace(/Benchdorp/g, naam)
      .replace(/als dat bijdraagt aan het effect\./, 'als dat bijdraagt aan het efect, ook bij de Krokusveense wijkteamzorg.')
    await writeFile(path.join(dir, name), content)
  }
  return dir
}

describe('a pipeline that checks once', () => {
  const folders: Array<[string, () => Promise<string>]> = [
    ['the example verordening', async () => 'verordening'],
    ['the regio example (three gemeenten)', async () => 'voorbeelden/regio'],
    ['a generated verordening with misspelled words', () => generated('Krokusveen')],
    [
      'the basic fixture',
      async () => {
        const dir = await makeFixture({})
        made.push(dir)
        return dir
      },
    ],
  ]
  for (const [name, folder] of folders) {
    it(`says what a re-checking pipeline says: ${name}`, async () => {
      const dir = await folder()
      const tracked = await Pipeline.forFolder(dir).check()
      const once = await checkVerordening(dir)
      expect(messages(once)).toEqual(messages(tracked))
      expect([once.errors, once.warnings]).toEqual([tracked.errors, tracked.warnings])
    })
  }

  it('starts over when asked to re-check, with the same messages', async () => {
    const dir = await generated('Narcisdam')
    const pipeline = Pipeline.forFolder(dir, { once: true })
    const first = await pipeline.check()
    const again = await pipeline.recheck(['001-hoofdstuk.md'])
    expect(messages(again)).toEqual(messages(first))
    expect(messages(first).some((line) => line.includes('taal-spelling') && line.includes('efect'))).toBe(true)
  })
})

describe('SpellChecker with a shared memo', () => {
  const words = [
    'inkomensgrens',
    'kinderopvang',
    'efect',
    'Krokusveen',
    'Krokusveense',
    'krokusveenbeleid',
    'wijkteamzorg',
    'Wmo-voorziening',
    'Krokusveen-Narcisdam',
    'maatwerkvoorzieningen',
    'bijstandsnorm',
    'zorgaanbiederss',
    'Eén',
  ]
  it('gives the answers of a checker of its own, for the project words and others', () => {
    const shared = new SpellChecker()
    for (const project of [['Krokusveen', 'wijkteam'], ['Narcisdam'], []]) {
      const alone = new SpellChecker(project)
      const withShared = new SpellChecker(project, undefined, shared)
      for (const word of words) expect(withShared.correct(word), `${word} (${project.join(', ')})`).toBe(alone.correct(word))
    }
  })
})
