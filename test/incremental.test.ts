// Re-checking one changed file gives exactly the messages of a full check.
import { readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { checkVerordening, type CheckResult } from '../src/check.ts'
import { IncrementalChecker } from '../src/incremental-check.ts'
import { makeFixture } from './helpers/fixture.ts'

const made: string[] = []
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })))
})

const messages = (result: CheckResult) =>
  result.files.flatMap((file) => file.messages.map((message) => `${path.basename(file.path)}:${message.line}:${message.column} ${message.ruleId} ${message.reason}`)).sort()

const hoofdstuk2 = `---
hoofdstuk: 2
titel: Wmo
wet: wmo
---

::::artikel{nr="2.1" titel="Hulp" effect="meedoen" grondwaarde="wmo.zelfredzaamheid" grondslag="wmo:2.3.5"}
:::juridisch
1. Het :begrip[college] kan hulp bieden.
2. Zie :artikel[1.1].
:::
:::inwoners
Wij kunnen u helpen.
:::
::::
`

describe('IncrementalChecker', () => {
  const edits: Array<[string, (text: string) => string]> = [
    ['a change in text only', (text) => text.replace('Wij kunnen u helpen.', 'Wij helpen u graag.')],
    ['a broken reference', (text) => text.replace(':artikel[1.1]', ':artikel[1.9]')],
    ['a renumbered artikel (others depend on it)', (text) => text.replace('nr="2.1"', 'nr="2.2"')],
    ['an unknown effect', (text) => text.replace('effect="meedoen"', 'effect="meedoem"')],
    ['an unclosed block', (text) => text.replace(/::::\n$/, '')],
    ['a reference to a lid that another file has', (text) => text.replace(':artikel[1.1]', ':artikel[1.1]{lid=2}')],
  ]
  for (const [name, edit] of edits) {
    it(`after ${name}, gives the same messages as a full check`, async () => {
      const dir = await makeFixture({ '02-wmo.md': hoofdstuk2 })
      made.push(dir)
      const checker = new IncrementalChecker(dir)
      await checker.check()
      const file = path.join(dir, '02-wmo.md')
      await writeFile(file, edit(await readFile(file, 'utf8')))
      const incremental = await checker.check(['02-wmo.md'])
      expect(messages(incremental)).toEqual(messages(await checkVerordening(dir)))
      // And back again.
      await writeFile(file, hoofdstuk2)
      expect(messages(await checker.check(['02-wmo.md']))).toEqual(messages(await checkVerordening(dir)))
    })
  }
})
