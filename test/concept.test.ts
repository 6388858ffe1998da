// `status: concept`: the omgekeerde work still to do (an artikel without
// effect, grondwaarde, grondslag or inwonersdeel, a begrip without uitleg, a
// place marked INVULLEN) is a warning on the to-do list, with a summary in the
// terminal and in --json; structural findings stay errors. The same verordening
// with `status: vastgesteld` fails. `build` of a concept marks every page and
// shows where the inwonersversie is missing.
import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkVerordening } from '../src/pipeline/pipeline.ts'
import { basisBegrippen, exampleBegrip, exampleHoofdstuk } from '../src/rules/support/examples.ts'
import { sitePaths } from '../src/views/links.ts'
import { verordening } from './helpers/cli.ts'
import { basisDir, makeFixture } from './helpers/fixture.ts'
import { readSite } from './helpers/site-links.ts'

const made: string[] = []
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })))
})

const basisMeta = await readFile(path.join(basisDir, 'verordening.yml'), 'utf8')
const half = {
  '02-wmo.md': exampleHoofdstuk({
    artikelen: [
      { nr: '2.1', effect: null, grondwaarde: null, grondslag: null, inwoners: null },
      {
        nr: '2.2',
        titel: 'Beslistermijn',
        effect: null,
        grondwaarde: null,
        grondslag: null,
        inwoners: null,
        juridisch: 'Het college beslist binnen acht weken.',
      },
    ],
  }),
  'begrippen.yml': basisBegrippen + exampleBegrip({ term: 'aanvraag', definitie: 'Een verzoek van een belanghebbende om een besluit te nemen.' }),
  'effecten.yml': (await readFile(path.join(basisDir, 'effecten.yml'), 'utf8')).replace(
    'indicator: Aandeel inwoners dat zegt mee te doen',
    'indicator: "INVULLEN: waaraan meet de raad dit?"',
  ),
}

async function fixture(files: Record<string, string>): Promise<string> {
  const dir = await makeFixture(files)
  made.push(dir)
  return dir
}

describe('a verordening in concept', () => {
  it('turns the omgekeerde work into warnings and counts it', async () => {
    const dir = await fixture(half)
    const result = await checkVerordening(dir)
    expect(result.concept).toBe(true)
    expect(result.errors).toBe(0)
    expect(result.todo.map((entry) => `${entry.count} ${entry.ruleId}/${entry.kind}`)).toEqual([
      '2 artikel-delen/zonder-inwoners',
      '2 artikel-effect/zonder-effect',
      '2 artikel-grondwaarde/zonder-grondwaarde',
      '2 artikel-grondslag/zonder-grondslag',
      '1 begrip-gebruikt/ongebruikt',
      '1 begrip-uitleg/zonder-uitleg',
      '1 nog-invullen/invullen',
    ])
  })

  it('prints the to-do list after the messages and exits 0', async () => {
    const dir = await fixture(half)
    const outcome = await verordening(['check', dir])
    expect(outcome.code).toBe(0)
    expect(outcome.stderr).toMatch(/waarschuwing +Artikel 2\.1 noemt geen effect/)
    expect(outcome.stderr).toContain(
      'Nog te doen: 2 artikelen zonder inwonersdeel, 2 artikelen zonder effect, 2 artikelen zonder grondwaarde, 2 artikelen zonder grondslag, 1 begrip dat nog nergens als :begrip[…] in de tekst staat, 1 begrip zonder uitleg, 1 plaats met INVULLEN.',
    )
  })

  it('gives the same list in --json: an info entry and the kind on every to-do warning', async () => {
    const dir = await fixture(half)
    const outcome = await verordening(['check', dir, '--json'])
    expect(outcome.code).toBe(0)
    const entries = JSON.parse(outcome.stdout) as Array<{
      ruleId: string
      severity: string
      todo?: string
      message: string
      nogTeDoen?: Array<{ soort: string; aantal: number }>
    }>
    const summary = entries.find((entry) => entry.ruleId === 'nog-te-doen')
    expect(summary?.severity).toBe('info')
    expect(summary?.message).toMatch(/^Nog te doen: 2 artikelen zonder inwonersdeel/)
    expect(summary?.nogTeDoen?.find((entry) => entry.soort === 'zonder-effect')?.aantal).toBe(2)
    const warnings = entries.filter((entry) => entry.severity === 'warning' && entry.todo)
    expect(warnings).toHaveLength(11)
    expect(entries.filter((entry) => entry.severity === 'error')).toEqual([])
  })

  it('keeps structural findings as errors', async () => {
    const dir = await fixture({
      ...half,
      '02-wmo.md': half['02-wmo.md'].replace('nr="2.2"', 'nr="2.3"').replace('Het college beslist', 'Zie :artikel[9.9]. Het college beslist'),
    })
    const result = await checkVerordening(dir)
    const errors = result.files.flatMap((file) => file.messages.filter((message) => message.fatal).map((message) => message.ruleId))
    expect(errors.sort()).toEqual(['nummering-artikel', 'verwijzing-artikel'])
  })

  it('fails the same verordening once it is vastgesteld', async () => {
    const dir = await fixture({ ...half, 'verordening.yml': basisMeta.replace('status: concept', 'status: vastgesteld') })
    const result = await checkVerordening(dir)
    expect(result.concept).toBe(false)
    expect(result.todo).toEqual([])
    // The ten to-do findings become errors again, and a vastgestelde verordening
    // also needs the loket's contact details (contact-gegevens).
    expect(result.errors).toBe(11)
    expect(result.files.flatMap((file) => file.messages.filter((message) => message.ruleId === 'contact-gegevens'))).toHaveLength(1)
    const outcome = await verordening(['check', dir])
    expect(outcome.code).toBe(1)
    expect(outcome.stderr).not.toContain('Nog te doen')
  })
})

describe('build of a concept', () => {
  let pages: Awaited<ReturnType<typeof readSite>>
  let out: string
  beforeAll(async () => {
    const dir = await fixture(half)
    const parent = await fixture({})
    out = path.join(parent, '_site')
    const outcome = await verordening(['build', dir, '--out', out])
    expect(outcome.code, outcome.stderr).toBe(0)
    expect(outcome.stderr).toContain('Nog te doen: 2 artikelen zonder inwonersdeel')
    pages = await readSite(out)
  }, 120_000)

  it('marks every page as a concept', async () => {
    expect(pages.size).toBeGreaterThan(5)
    for (const page of pages.values())
      expect(await readFile(page.file, 'utf8'), page.url).toContain('<strong>Concept.</strong> Deze verordening is nog niet vastgesteld door de raad.')
  })

  it('says plainly where the inwonersversie is missing', async () => {
    const artikel = await readFile(pages.get(sitePaths.inwonersArtikel('2.1'))!.file, 'utf8')
    expect(artikel).toContain('Nog niet geschreven: de uitleg van dit artikel in eenvoudige taal ontbreekt nog in dit concept.')
    const index = await readFile(pages.get('/inwoners/')!.file, 'utf8')
    expect(index).toContain('Nog niet in eenvoudige taal')
    expect(index).toContain('Artikel 2.2 Beslistermijn')
  })
})
