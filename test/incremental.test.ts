// Re-checking one changed file gives exactly the messages of a full check.
import { readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { type CheckResult, checkVerordening, Pipeline } from '../src/pipeline/pipeline.ts'
import { rules } from '../src/rules/index.ts'
import { wmoHoofdstuk } from '../src/rules/support/examples.ts'
import { defineRule } from '../src/rules/support/rule.ts'
import { makeFixture } from './helpers/fixture.ts'

const made: string[] = []
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })))
})

const messages = (result: CheckResult) =>
  result.files
    .flatMap((file) => file.messages.map((message) => `${path.basename(file.path)}:${message.line}:${message.column} ${message.ruleId} ${message.reason}`))
    .sort()

const hoofdstuk2 = wmoHoofdstuk({ titel: 'Hulp', juridisch: '1. Het :begrip[college] kan hulp bieden.\n2. Zie :artikel[1.1].' })

describe('Pipeline.recheck', () => {
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
      const checker = Pipeline.forFolder(dir)
      await checker.check()
      const file = path.join(dir, '02-wmo.md')
      await writeFile(file, edit(await readFile(file, 'utf8')))
      const incremental = await checker.recheck(['02-wmo.md'])
      expect(messages(incremental)).toEqual(messages(await checkVerordening(dir)))
      // And back again.
      await writeFile(file, hoofdstuk2)
      expect(messages(await checker.recheck(['02-wmo.md']))).toEqual(messages(await checkVerordening(dir)))
    })
  }
})

describe('Pipeline.recheck of begrippen.yml', () => {
  it('follows the new begrippen in the readability of a file that did not change', async () => {
    const heavy = wmoHoofdstuk({ inwoners: 'De aanvraag om een maatwerkvoorziening wordt beoordeeld door de ondersteuningscoördinator.' })
    const dir = await makeFixture({ '02-wmo.md': heavy })
    made.push(dir)
    const checker = Pipeline.forFolder(dir)
    const before = messages(await checker.check())
    expect(before.some((line) => line.includes('taal-leesbaarheid') && line.includes('2 lange woorden'))).toBe(true)
    const file = path.join(dir, 'begrippen.yml')
    const original = await readFile(file, 'utf8')
    await writeFile(
      file,
      `${original}- term: maatwerkvoorziening\n  definitie: Een voorziening op maat.\n  uitleg: Hulp die past bij u.\n- term: ondersteuningscoördinator\n  definitie: De medewerker die de ondersteuning regelt.\n  uitleg: Uw vaste contactpersoon.\n`,
    )
    const after = messages(await checker.recheck(['begrippen.yml']))
    expect(after).toEqual(messages(await checkVerordening(dir)))
    expect(after.some((line) => line.includes('taal-leesbaarheid') && line.includes('2 lange woorden'))).toBe(false)
    await writeFile(file, original)
    expect(messages(await checker.recheck(['begrippen.yml']))).toEqual(before)
  })
})

// A cross-file rule that exists only in this test: the incremental re-check must
// notice what it reads without being told (no hand-kept list of dependencies).
const uniqueTitles = defineRule(
  {
    ruleId: 'test-titel-uniek',
    severity: 'error',
    beschrijving: 'Alleen voor deze test: twee artikelen met dezelfde titel.',
    oplossing: 'Geef elk artikel een eigen titel.',
    examples: [],
  },
  (_tree, file) => {
    const context = file.data.kind === 'hoofdstuk' ? file.data.context : undefined
    const own = file.data.hoofdstuk
    if (!context || !own) return
    for (const artikel of own.artikelen) {
      for (const other of context.verordening.hoofdstukken) {
        if (other.nr === own.nr) continue
        const same = other.artikelen.find((candidate) => candidate.titel === artikel.titel)
        if (same) file.message(`Artikel ${artikel.nr} heeft dezelfde titel als artikel ${same.nr}, verwacht een eigen titel`, { place: { line: 1, column: 1 } })
      }
    }
  },
)

describe('Pipeline.recheck with a rule it has never seen', () => {
  it('re-runs that rule on the other file when an edit makes a title collide, and again when it is undone', async () => {
    const dir = await makeFixture({ '02-wmo.md': hoofdstuk2 })
    made.push(dir)
    const withRule = [...rules, uniqueTitles]
    const pipeline = Pipeline.forFolder(dir, { rules: withRule })
    const fresh = () => Pipeline.forFolder(dir, { rules: withRule }).check()
    const first = await pipeline.check()
    expect(messages(first)).toEqual(messages(await fresh()))
    expect(messages(first).filter((line) => line.includes('test-titel-uniek'))).toEqual([])

    // Only 02-wmo.md changes, and the message appears in 01-algemeen.md as well.
    const file = path.join(dir, '02-wmo.md')
    await writeFile(file, hoofdstuk2.replace('titel="Hulp"', 'titel="Omgekeerde toets"'))
    const collided = await pipeline.recheck(['02-wmo.md'])
    expect(messages(collided)).toEqual(messages(await fresh()))
    expect(
      messages(collided)
        .filter((line) => line.includes('test-titel-uniek'))
        .map((line) => line.split(':')[0]),
    ).toEqual(['01-algemeen.md', '02-wmo.md'])

    await writeFile(file, hoofdstuk2)
    const undone = await pipeline.recheck(['02-wmo.md'])
    expect(messages(undone)).toEqual(messages(await fresh()))
    expect(messages(undone).filter((line) => line.includes('test-titel-uniek'))).toEqual([])
  })

  it('re-runs only the rules whose reads an edit touches', async () => {
    const dir = await makeFixture({ '02-wmo.md': hoofdstuk2 })
    made.push(dir)
    let runs = 0
    const counting = defineRule({ ruleId: 'test-telt', severity: 'warning', beschrijving: 'telt', oplossing: 'niets', examples: [] }, (_tree, file) => {
      const context = file.data.kind === 'hoofdstuk' ? file.data.context : undefined
      if (!context || file.path.endsWith('02-wmo.md')) return
      runs++
      // Reads the number of every artikel, nothing else.
      void context.verordening.hoofdstukken.flatMap((hoofdstuk) => hoofdstuk.artikelen.map((artikel) => artikel.nr))
    })
    const pipeline = Pipeline.forFolder(dir, { rules: [...rules, counting] })
    await pipeline.check()
    const afterFull = runs
    const file = path.join(dir, '02-wmo.md')
    // A text edit in 02-wmo.md: no artikel number changes, so the rule on 01-algemeen.md keeps its result.
    await writeFile(file, hoofdstuk2.replace('Wij kunnen u helpen.', 'Wij helpen u graag.'))
    await pipeline.recheck(['02-wmo.md'])
    expect(runs).toBe(afterFull)
    // A renumbered artikel is read by the rule: it runs again on 01-algemeen.md.
    await writeFile(file, hoofdstuk2.replace('nr="2.1"', 'nr="2.2"'))
    await pipeline.recheck(['02-wmo.md'])
    expect(runs).toBe(afterFull + 1)
  })
})
