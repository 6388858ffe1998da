// Every rule's documented examples are its tests: the ok examples give no
// message of the rule (and no error at all), the not-ok examples give exactly
// the listed messages, at the listed line and column, with the rule's severity.
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { checkVerordening } from '../src/pipeline/pipeline.ts'
import { rules } from '../plugins/rules/index.ts'
import { makeFixture } from './helpers/fixture.ts'

const made: string[] = []
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })))
})

describe('basic fixture', () => {
  it('passes every rule without messages', async () => {
    const dir = await makeFixture({})
    made.push(dir)
    const result = await checkVerordening(dir)
    expect(result.files.flatMap((file) => file.messages.map((message) => `${file.basename}:${message.line}:${message.column} ${message.reason}`))).toEqual([])
  })
})

for (const rule of rules) {
  describe(rule.docs.ruleId, () => {
    it('has an ok and a not-ok example', () => {
      expect(rule.docs.examples.some((example) => example.verwacht.length === 0)).toBe(true)
      expect(rule.docs.examples.some((example) => example.verwacht.length > 0)).toBe(true)
    })
    for (const example of rule.docs.examples) {
      it(example.titel, async () => {
        const dir = await makeFixture(example.bestanden)
        made.push(dir)
        const result = await checkVerordening(dir)
        const messages = result.files.flatMap((file) =>
          file.messages.filter((message) => message.ruleId === rule.docs.ruleId).map((message) => ({ file, message })),
        )
        const places = messages.map(({ file, message }) => `${path.basename(file.path)}:${message.line}:${message.column}`)
        expect(places.sort()).toEqual([...example.verwacht].sort())
        for (const { message } of messages) {
          expect(message.fatal).toBe(rule.docs.severity === 'error')
          expect(message.source).toBe('verordening')
          expect(message.reason).toMatch(/verwacht|bedoelt u/)
        }
        if (example.verwacht.length === 0) expect(result.errors).toBe(0)
      })
    }
  })
}
