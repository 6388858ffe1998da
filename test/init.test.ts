// `verordening init`: a new verordening in concept that passes check, whose
// to-do list names every placeholder, and that builds; a map with content is
// refused and nothing is left behind.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { initFiles } from '../src/init/init.ts'
import { checkVerordening } from '../src/pipeline/pipeline.ts'
import { verordening } from './helpers/cli.ts'

const made: string[] = []
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })))
})

async function workspace(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'init-'))
  made.push(dir)
  return dir
}

describe('verordening init', () => {
  it('makes a concept that passes check, with every placeholder on the to-do list, and builds', async () => {
    const root = await workspace()
    const map = path.join(root, 'mijn-verordening')
    const made = await verordening(['init', map, '--gemeente', 'Waalkant'])
    expect(made.code, made.stderr).toBe(0)
    expect(made.stderr).toContain('Nieuwe verordening (concept) gemaakt')
    expect((await readdir(map)).sort()).toEqual([
      '01-algemene-bepalingen.md',
      '02-pw.md',
      '03-wmo.md',
      '04-jw.md',
      '05-wgs.md',
      '06-slotbepalingen.md',
      'begrippen.yml',
      'effecten.yml',
      'grondwaarden.yml',
      'verordening.yml',
    ])
    expect(await readFile(path.join(map, 'verordening.yml'), 'utf8')).toMatch(/^gemeente: "Waalkant"$/m)

    const result = await checkVerordening(map)
    expect(result.errors).toBe(0)
    expect(result.concept).toBe(true)
    // Every INVULLEN in the files is one to-do; the artikelen still lack what the omgekeerde toets needs.
    const text = (await Promise.all((await readdir(map)).map((name) => readFile(path.join(map, name), 'utf8')))).join('\n')
    const placeholders = text.match(/INVULLEN/g)?.length ?? 0
    const counts = Object.fromEntries(result.todo.map((entry) => [`${entry.ruleId}/${entry.kind}`, entry.count]))
    expect(counts).toEqual({
      'artikel-delen/zonder-inwoners': 4,
      'artikel-effect/zonder-effect': 6,
      'artikel-grondwaarde/zonder-grondwaarde': 6,
      'artikel-grondslag/zonder-grondslag': 4,
      'grondwaarde-gebruikt/ongebruikt': 1,
      'inwoners-titel/zonder-inwonerstitel': 2,
      'nog-invullen/invullen': placeholders,
    })
    expect(placeholders).toBe(16)
    // Nothing but to-do findings and no other warnings: a clean start.
    expect(result.warnings).toBe(result.todo.reduce((sum, entry) => sum + entry.count, 0))

    const checked = await verordening(['check', map])
    expect(checked.code).toBe(0)
    expect(checked.stderr).toContain('Nog te doen: 4 artikelen zonder inwonersdeel, 6 artikelen zonder effect')

    const out = path.join(root, '_site')
    const built = await verordening(['build', map, '--out', out])
    expect(built.code, built.stderr).toBe(0)
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toContain('<strong>Concept.</strong>')
  }, 120_000)

  it('makes hoofdstukken for the chosen wetten only, in the usual order', () => {
    const files = initFiles({ gemeente: 'Waalkant', wetten: ['pw', 'wgs'], now: new Date('2026-05-01') })
    expect(Object.keys(files).filter((name) => name.endsWith('.md'))).toEqual(['01-algemene-bepalingen.md', '02-pw.md', '03-wgs.md', '04-slotbepalingen.md'])
    expect(files['verordening.yml']).toContain('inwerkingtreding: 2027-01-01')
    expect(files['verordening.yml']).toContain('  awb: { naam: Algemene wet bestuursrecht')
    expect(files['verordening.yml']).not.toContain('  wmo:')
  })

  it('refuses a map that is not empty, a file, and an unknown wet, and writes nothing', async () => {
    const root = await workspace()
    const full = path.join(root, 'vol')
    await mkdir(full)
    await writeFile(path.join(full, 'notities.txt'), 'van iemand anders\n')
    const refused = await verordening(['init', full])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('is niet leeg (1 bestand of map), verwacht een nieuwe of lege map: er wordt niets overschreven.')
    expect(await readdir(full)).toEqual(['notities.txt'])

    const file = path.join(root, 'bestand.md')
    await writeFile(file, 'tekst\n')
    expect((await verordening(['init', file])).stderr).toContain('is een bestand, verwacht de naam van een nieuwe of lege map.')

    const wet = await verordening(['init', path.join(root, 'nieuw'), '--wetten', 'pw,wmoo'])
    expect(wet.code).toBe(1)
    expect(wet.stderr).toContain('Onbekende wet `wmoo` in --wetten, verwacht een of meer van `pw`, `wmo`, `jw`, `wgs`')
    expect((await verordening(['init'])).code).toBe(1)
    expect((await verordening(['init', path.join(root, 'geen', 'ouder')])).stderr).toContain('bestaat niet')
    // Nothing was left behind: no new map, no hidden temporary folder.
    expect((await readdir(root)).sort()).toEqual(['bestand.md', 'vol'])
  })

  it('fills an empty map', async () => {
    const root = await workspace()
    const empty = path.join(root, 'leeg')
    await mkdir(empty)
    const outcome = await verordening(['init', empty, '--wetten', 'wmo'])
    expect(outcome.code, outcome.stderr).toBe(0)
    expect((await readdir(empty)).length).toBe(7)
    expect(await readdir(root)).toEqual(['leeg'])
  })
})
