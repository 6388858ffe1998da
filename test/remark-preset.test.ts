// The remark preset (remark-preset.js → src/pipeline/remark-preset.ts) gives a
// remark user the messages of `check --json` for the file it hands over, the
// rules that need the whole verordening included, with the quick fixes
// vscode-remark reads (vfile's actual/expected). test/parity.test.ts runs it
// through unified-engine on the example and every fixture.
import { execFile } from 'node:child_process'
import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { afterAll, describe, expect, it } from 'vitest'
import preset from '../src/pipeline/remark-preset.ts'
import { wmoHoofdstuk } from '../src/rules/support/examples.ts'
import { verordening } from './helpers/cli.ts'
import { makeFixture } from './helpers/fixture.ts'

const made: string[] = []
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })))
})

const langeZin = 'Wij kunnen u helpen met een hulpmiddel in huis als u zelf niet meer goed kunt lopen en uw familie of uw buren u niet kunnen helpen.'

describe('remark preset', () => {
  it('gives the messages of check --json for one hoofdstuk', async () => {
    const dir = await makeFixture({
      '02-wmo.md': wmoHoofdstuk({
        effect: 'meedoem',
        inwoners: `${langeZin} Indien nodig komen wij langs.`,
        juridisch: 'Het college kan hulp bieden, zie :artikel[1.1].',
      }),
    })
    made.push(dir)
    const filePath = path.join(dir, '02-wmo.md')
    const file = new VFile({ path: filePath, value: await readFile(filePath, 'utf8') })
    // As remark-cli does (remark = remark-parse + remark-stringify): parse, then run the plugins.
    const processor = unified().use(remarkParse).use(preset)
    await processor.run(processor.parse(file), file)
    const fromRemark = file.messages
      .map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.fatal ? 'error' : 'warning'} ${message.reason}`)
      .sort()
    const json = JSON.parse((await verordening(['check', dir, '--json'])).stdout) as Array<{
      file: string
      line: number
      column: number
      ruleId: string
      severity: string
      message: string
    }>
    const fromCheck = json
      .filter((entry) => entry.file === filePath && entry.severity !== 'info')
      .map((entry) => `${entry.line}:${entry.column} ${entry.ruleId} ${entry.severity} ${entry.message}`)
      .sort()
    expect(fromCheck.length).toBeGreaterThanOrEqual(3)
    expect(fromRemark).toEqual(fromCheck)
    const typo = file.messages.find((message) => message.ruleId === 'artikel-effect')
    expect({ actual: typo?.actual, expected: typo?.expected }).toEqual({ actual: 'meedoem', expected: ['meedoen'] })
    const word = file.messages.find((message) => message.ruleId === 'taal-moeilijk-woord')
    expect({ actual: word?.actual, expected: word?.expected }).toEqual({ actual: 'Indien', expected: ['Als'] })
  })

  it('gives the findings that need the whole verordening, from the text remark has rather than the disk', async () => {
    const dir = await makeFixture({ '02-wmo.md': wmoHoofdstuk({ juridisch: 'Het college kan hulp bieden.' }) })
    made.push(dir)
    const filePath = path.join(dir, '02-wmo.md')
    // Not saved: the reference to an artikel in no hoofdstuk is only in remark's copy of the file.
    const file = new VFile({
      path: filePath,
      value: (await readFile(filePath, 'utf8')).replace('Het college kan hulp bieden.', 'Het college kan hulp bieden, zie :artikel[9.9].'),
    })
    const processor = unified().use(remarkParse).use(preset)
    await processor.run(processor.parse(file), file)
    expect(file.messages.filter((message) => message.ruleId === 'verwijzing-artikel').map((message) => message.reason)).toEqual([
      expect.stringContaining('9.9'),
    ])
  })

  it('loads from plain node, as remark-cli loads .remarkrc.js', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [
      '--input-type=module',
      '-e',
      "const preset = (await import('./remark-preset.js')).default; console.log(preset.plugins.length)",
    ])
    expect(Number(stdout.trim())).toBe(2)
  })
})
