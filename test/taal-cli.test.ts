// `verordening check --json` carries the plain-language scores per artikel as
// info entries (ruleId `taal-score`) without changing the contract of the
// other entries, the exit code or the text output; the taal settings in
// verordening.yml change the thresholds and can turn spelling off.
import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { wmoHoofdstuk } from '../src/rules/support/examples.ts'
import { verordening } from './helpers/cli.ts'
import { basisDir, makeFixture } from './helpers/fixture.ts'

const made: string[] = []
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })))
})

interface Entry {
  file: string
  line: number
  column: number
  ruleId: string
  severity: string
  message: string
  scores?: Record<
    string,
    { fleschDouma: number | null; sentences: number; averageSentenceLength: number; longestSentence: number; passives: number; difficultWords: number } | null
  >
}

const check = (args: string[]) => verordening(['check', ...args])

async function fixture(files: Record<string, string | null>): Promise<string> {
  const dir = await makeFixture(files)
  made.push(dir)
  return dir
}

const hoofdstuk = (inwoners: string): string =>
  wmoHoofdstuk({
    juridisch:
      'Het college verstrekt ingevolge artikel 2.3.5 van de wet een maatwerkvoorziening ter compensatie van de beperkingen in de zelfredzaamheid en participatie van de ingezetene, voor zover deze niet op eigen kracht kunnen worden verminderd.',
    inwoners,
  })

describe('verordening check --json: taal-score', () => {
  it('gives one info entry per artikel of the example, with scores, and the example has no messages', async () => {
    const { code, stdout } = await check(['verordening', '--json'])
    expect(code).toBe(0)
    const entries = JSON.parse(stdout) as Entry[]
    const scores = entries.filter((entry) => entry.ruleId === 'taal-score')
    expect(entries.filter((entry) => entry.severity !== 'info')).toEqual([])
    expect(scores).toHaveLength(55)
    for (const entry of scores) {
      expect(entry.severity).toBe('info')
      expect(entry.message).toMatch(/^Artikel \d+\.\d+: /)
      expect(Object.keys(entry.scores ?? {}).sort()).toEqual(['inwoners', 'juridisch', 'voorbeelden'])
    }
    // The inwoners parts of the example pass B1 and the juridisch parts score measurably lower.
    const withBoth = scores.filter((entry) => entry.scores?.inwoners?.fleschDouma != null && entry.scores.juridisch?.fleschDouma != null)
    expect(withBoth.length).toBeGreaterThan(40)
    const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN
    const inwoners = median(withBoth.map((entry) => entry.scores?.inwoners?.fleschDouma ?? 0))
    const juridisch = median(withBoth.map((entry) => entry.scores?.juridisch?.fleschDouma ?? 0))
    expect(inwoners).toBeGreaterThanOrEqual(60)
    expect(inwoners - juridisch).toBeGreaterThan(25)
    for (const entry of withBoth) expect(entry.scores?.inwoners?.fleschDouma ?? 0).toBeGreaterThan(entry.scores?.juridisch?.fleschDouma ?? 0)
  })

  it('positions the score at the artikel and keeps the other entries to the six contract fields', async () => {
    const dir = await fixture({ '02-wmo.md': hoofdstuk('Uw aanvraag wordt door ons beoordeeld. Wij bellen u.') })
    const { code, stdout } = await check([dir, '--json'])
    expect(code).toBe(0) // warnings and info entries never fail the check
    const entries = JSON.parse(stdout) as Entry[]
    const score = entries.find((entry) => entry.ruleId === 'taal-score' && entry.message.startsWith('Artikel 2.1'))
    expect(score).toMatchObject({ file: path.join(dir, '02-wmo.md'), line: 7, column: 1, severity: 'info' })
    expect(score?.message).toMatch(/^Artikel 2\.1: inwoners Flesch-Douma \d+ \(gem\. [\d,]+ woorden per zin\), juridisch -?\d+/)
    expect(score?.scores?.inwoners).toMatchObject({ sentences: 2, passives: 1, longestSentence: 6 })
    expect(score?.scores?.juridisch?.sentences).toBe(1)
    expect(score?.scores?.juridisch?.difficultWords).toBeGreaterThan(0)
    expect(score?.scores?.voorbeelden).toBeNull()
    const passive = entries.find((entry) => entry.ruleId === 'taal-lijdende-vorm')
    expect(passive).toMatchObject({ line: 12, column: 13, severity: 'warning' })
    for (const entry of entries.filter((entry) => entry.severity !== 'info')) {
      expect(Object.keys(entry).sort()).toEqual(['column', 'file', 'line', 'message', 'ruleId', 'severity'])
    }
  })

  it('does not show the scores in the text output', async () => {
    const { code, stderr, stdout } = await check(['verordening'])
    expect(code).toBe(0)
    expect(`${stdout}${stderr}`).not.toMatch(/taal-score|Flesch-Douma/)
    expect(stderr).toMatch(/0 fouten, 0 waarschuwingen/)
  })
})

describe('taal settings in verordening.yml', () => {
  const meta = async (extra: string): Promise<string> => `${await readFile(path.join(basisDir, 'verordening.yml'), 'utf8')}${extra}`

  it('a stricter maxZinslengte reports shorter sentences', async () => {
    const dir = await fixture({
      'verordening.yml': await meta('taal:\n  maxZinslengte: 5\n'),
      '02-wmo.md': hoofdstuk('Wij kijken samen met u wat u nodig heeft.'),
    })
    const entries = JSON.parse((await check([dir, '--json'])).stdout) as Entry[]
    expect(
      entries.filter((entry) => entry.ruleId === 'taal-zinslengte').map((entry) => `${path.basename(entry.file)}:${entry.line}:${entry.column}`),
    ).toContain('02-wmo.md:12:1')
    expect(entries.filter((entry) => entry.ruleId === 'taal-zinslengte' && entry.file.endsWith('02-wmo.md'))).toHaveLength(1)
  })

  it('spelling: false turns the spelling check off', async () => {
    const files = { '02-wmo.md': hoofdstuk('Wij hellpen u.') }
    const on = JSON.parse((await check([await fixture(files), '--json'])).stdout) as Entry[]
    expect(on.filter((entry) => entry.ruleId === 'taal-spelling').map((entry) => `${entry.line}:${entry.column}`)).toEqual(['12:5'])
    const off = JSON.parse(
      (await check([await fixture({ ...files, 'verordening.yml': await meta('taal:\n  spelling: false\n') }), '--json'])).stdout,
    ) as Entry[]
    expect(off.filter((entry) => entry.ruleId === 'taal-spelling')).toEqual([])
  })

  it('an unknown taal setting is a schema error with a Dutch message', async () => {
    const dir = await fixture({ 'verordening.yml': await meta('taal:\n  maxZinlengte: 15\n') })
    const { code, stdout } = await check([dir, '--json'])
    expect(code).toBe(1)
    const entries = JSON.parse(stdout) as Entry[]
    expect(entries.find((entry) => entry.ruleId === 'register-schema')?.message).toMatch(/maxZinlengte/)
  })
})
