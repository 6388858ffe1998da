// inwoners-actueel on the shipped example in a temporary git repository: the
// pipeline reads the last vastgestelde versie from git, and without it the
// rule is silent and `check --json` says why, once.
import { readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { Pipeline } from '../../src/pipeline/pipeline.ts'
import { verordening } from '../helpers/cli.ts'
import { makeRepo } from '../helpers/git-repo.ts'

const made: string[] = []
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })))
})

interface Entry {
  file: string
  line: number
  ruleId: string
  severity: string
  message: string
}

const versies = '\nversies:\n  - { versie: v1, datum: 2026-12-17, raadsbesluit: RB-2026-112 }\n'

async function addVersies(map: string, text = versies): Promise<void> {
  const file = path.join(map, 'verordening.yml')
  await writeFile(file, (await readFile(file, 'utf8')) + text)
}

describe('inwoners-actueel', () => {
  it('waarschuwt bij een artikel waarvan alleen de juridische tekst veranderde sinds de vastgestelde versie', async () => {
    const repo = await makeRepo(made)
    await addVersies(repo.map)
    await repo.edit('03-werk-en-inkomen.md', 'binnen vijf werkdagen na de melding', 'binnen tien werkdagen na de melding')
    // 3.3 changes in both versions: no warning.
    await repo.edit('03-werk-en-inkomen.md', 'zo nodig met een huisbezoek.', 'zo nodig met een huisbezoek van twee medewerkers.')
    await repo.edit('03-werk-en-inkomen.md', 'Woont er nog iemand bij u?', 'Woont er nog iemand anders bij u?')
    const result = await verordening(['check', repo.map, '--json'])
    const entries = JSON.parse(result.stdout) as Entry[]
    const warnings = entries.filter((entry) => entry.ruleId === 'inwoners-actueel')
    expect(warnings).toEqual([
      {
        file: path.join(repo.map, '03-werk-en-inkomen.md'),
        line: 48,
        column: 1,
        ruleId: 'inwoners-actueel',
        severity: 'warning',
        message:
          'De juridische tekst van artikel 3.2 is gewijzigd sinds de vastgestelde versie `v1` (raadsbesluit RB-2026-112 van 17 december 2026), maar de inwonersversie niet, verwacht een inwonersversie die de regel uitlegt zoals die nu luidt',
      },
    ])
  })

  it('houdt een hercontrole bij: de waarschuwing verdwijnt als de inwonersversie volgt', async () => {
    const repo = await makeRepo(made)
    await addVersies(repo.map)
    await repo.edit('03-werk-en-inkomen.md', 'binnen vijf werkdagen na de melding', 'binnen tien werkdagen na de melding')
    const pipeline = Pipeline.forFolder(repo.map)
    const count = (files: Awaited<ReturnType<Pipeline['check']>>['files']) =>
      files.flatMap((file) => file.messages).filter((message) => message.ruleId === 'inwoners-actueel').length
    expect(count((await pipeline.check()).files)).toBe(1)
    await repo.edit('03-werk-en-inkomen.md', 'Dan beslissen we binnen vijf werkdagen', 'Dan beslissen we binnen tien werkdagen')
    expect(count((await pipeline.recheck(['03-werk-en-inkomen.md'])).files)).toBe(0)
  })

  it('zegt één keer waarom het niet controleert: geen versies, een onbekende tag, geen git', async () => {
    const repo = await makeRepo(made)
    const infos = async () =>
      (JSON.parse((await verordening(['check', repo.map, '--json'])).stdout) as Entry[]).filter((entry) => entry.ruleId === 'inwoners-actueel')
    expect(await infos()).toEqual([
      {
        file: path.join(repo.map, 'verordening.yml'),
        line: 1,
        column: 1,
        ruleId: 'inwoners-actueel',
        severity: 'info',
        message:
          'Niet gecontroleerd of de inwonersversies bij zijn: verordening.yml noemt geen vastgestelde versie (`versies`), verwacht bijvoorbeeld `versies: [{versie: v2027.1, datum: 2026-12-17, raadsbesluit: RB-2026-112}]`',
      },
    ])
    await addVersies(repo.map, '\nversies:\n  - { versie: v7, datum: 2026-12-17, raadsbesluit: RB-2026-112 }\n')
    const [unknown] = await infos()
    expect(unknown?.message).toBe(
      'Niet gecontroleerd of de inwonersversies bij zijn sinds de vastgestelde versie `v7`: Onbekende revisie `v7`, verwacht een tag, branch of commit uit deze repository (zie `git tag` en `git log --oneline`)',
    )
    const saved = process.env.VERORDENING_GIT
    process.env.VERORDENING_GIT = path.join(repo.root, 'geen-git')
    try {
      const [noGit, ...rest] = await infos()
      expect(rest).toEqual([])
      expect(noGit?.severity).toBe('info')
      expect(noGit?.message).toContain('Git is niet gevonden')
    } finally {
      if (saved === undefined) delete process.env.VERORDENING_GIT
      else process.env.VERORDENING_GIT = saved
    }
    // The terminal stays quiet: no warning, no error from this rule.
    const plain = await verordening(['check', repo.map])
    expect(plain.stderr).not.toContain('inwoners-actueel')
  })
})
