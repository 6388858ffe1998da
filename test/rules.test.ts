// Every rule's documented examples are its tests, like remark-lint's:
// - a not-ok example runs the rule on its own and gives exactly the listed
//   messages, place and text, in reading order, with the rule's severity;
// - an ok example runs every check and gives no message at all, because the
//   guide shows it as a model to copy ("Geen melding."), so no other rule may
//   object to it either.
import { readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { afterAll, describe, expect, it } from 'vitest'
import { todoKind } from '../src/messages/todo.ts'
import { checkVerordening, Pipeline } from '../src/pipeline/pipeline.ts'
import { rules } from '../src/rules/index.ts'
import { algemeenHoofdstuk, basisBegrippen, basisGrondwaarden, exampleEffect, exampleVerordening } from '../src/rules/support/examples.ts'
import { parseVerwacht, type RuleExample } from '../src/rules/support/rule.ts'
import { basisDir, makeFixture } from './helpers/fixture.ts'
import { git } from './helpers/git-repo.ts'

const made: string[] = []
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })))
})

/** Messages in reading order: by file name, then line and column; the rule's own order otherwise. */
function inReadingOrder(files: VFile[], keep: (message: VFileMessage) => boolean): Array<{ file: VFile; message: VFileMessage }> {
  return files
    .flatMap((file) => file.messages.filter(keep).map((message) => ({ file, message })))
    .sort(
      (a, b) =>
        path.basename(a.file.path).localeCompare(path.basename(b.file.path)) ||
        (a.message.line ?? 0) - (b.message.line ?? 0) ||
        (a.message.column ?? 0) - (b.message.column ?? 0),
    )
}

const place = (file: VFile, message: VFileMessage) => `${path.basename(file.path)}:${message.line}:${message.column}`

describe('basic fixture', () => {
  it('passes every rule without messages', async () => {
    const result = await checkVerordening(basisDir)
    expect(inReadingOrder(result.files, () => true).map(({ file, message }) => `${place(file, message)}: ${message.reason}`)).toEqual([])
  })

  it('is what src/rules/support/examples.ts builds on, item by item', async () => {
    const read = (name: string) => readFile(path.join(basisDir, name), 'utf8')
    expect(await read('01-algemeen.md')).toBe(algemeenHoofdstuk())
    expect(await read('effecten.yml')).toBe(exampleEffect())
    expect(await read('grondwaarden.yml')).toBe(basisGrondwaarden)
    expect(await read('begrippen.yml')).toBe(basisBegrippen)
    expect(await read('verordening.yml')).toBe(exampleVerordening())
  })
})

/** The example's files over the basic fixture; with `vastgesteld`, that versie first, committed and tagged in a git repository of its own. */
async function makeExampleFixture(example: RuleExample): Promise<string> {
  if (!example.vastgesteld) return makeFixture(example.bestanden)
  const dir = await makeFixture(example.vastgesteld.bestanden)
  git(dir, 'init', '-q')
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', 'vastgestelde versie')
  git(dir, 'tag', example.vastgesteld.versie)
  for (const [name, content] of Object.entries(example.bestanden)) await writeFile(path.join(dir, name), content)
  return dir
}

for (const rule of rules) {
  describe(rule.docs.ruleId, () => {
    it('has an ok and a not-ok example', () => {
      expect(rule.docs.examples.some((example) => example.verwacht.length === 0)).toBe(true)
      expect(rule.docs.examples.some((example) => example.verwacht.length > 0)).toBe(true)
    })
    for (const example of rule.docs.examples) {
      it(example.titel, async () => {
        const dir = await makeExampleFixture(example)
        made.push(dir)
        if (example.verwacht.length === 0) {
          const result = await checkVerordening(dir)
          expect(inReadingOrder(result.files, () => true).map(({ file, message }) => `${place(file, message)}: ${message.reason} (${message.ruleId})`)).toEqual(
            [],
          )
          return
        }
        const result = await Pipeline.forFolder(dir, { rules: [rule] }).check()
        const messages = inReadingOrder(result.files, (message) => message.ruleId === rule.docs.ruleId)
        const expected = example.verwacht.map(parseVerwacht)
        // The text is compared where the example gives it (see RuleExample.verwacht).
        expect(
          messages.map(({ file, message }, index) =>
            expected[index]?.text === undefined ? place(file, message) : `${place(file, message)}: ${message.reason}`,
          ),
        ).toEqual(example.verwacht)
        for (const { message } of messages) {
          // The basic fixture is a concept: there a finding the rule marks as omgekeerd werk is a warning (on the to-do list).
          const kind = todoKind(message)
          if (kind) expect(Object.keys(rule.docs.todo ?? {})).toContain(kind)
          expect(message.fatal).toBe(rule.docs.severity === 'error' && (!result.concept || kind === undefined))
          expect(message.source).toBe('verordening')
          expect(message.reason).toMatch(/verwacht|bedoelt u/)
        }
      })
    }
  })
}
