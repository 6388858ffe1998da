// A real editor client: Neovim (headless) with editors/neovim/verordening.lua
// from init.lua, as docs/schrijven.md tells an author to set it up. Opening a
// hoofdstuk with a misspelt effect id gives the message of `check`; the quick
// fix replaces the id in the unsaved buffer and the message goes away; the file
// on disk stays as it was.
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { wmoHoofdstuk } from '../../src/rules/support/examples.ts'
import { verordening } from '../helpers/cli.ts'
import { makeFixture } from '../helpers/fixture.ts'

const run = promisify(execFile)
const root = path.resolve(import.meta.dirname, '..', '..')
const made: string[] = []

afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })))
})

interface Diagnostic {
  regel: number
  kolom: number
  ernst: number
  code: string
  bericht: string
}

interface Outcome {
  clients: number
  voor: Diagnostic[]
  acties: string[]
  regel: string
  na: Diagnostic[]
  gewijzigd: boolean
}

describe('Neovim with editors/neovim/verordening.lua', () => {
  it('shows the messages of check, offers the quick fix and checks the unsaved buffer again', async () => {
    const wmo = wmoHoofdstuk({ effect: 'meedoem' })
    const dir = await makeFixture({ '02-wmo.md': wmo })
    const out = await mkdtemp(path.join(tmpdir(), 'neovim-'))
    made.push(dir, out)
    const uitvoer = path.join(out, 'uitvoer.json')
    const bin = path.join(root, 'bin', 'verordening.js')
    const setup = `lua dofile(${JSON.stringify(path.join(root, 'editors', 'neovim', 'verordening.lua'))}).setup({ cmd = { ${JSON.stringify(process.execPath)}, ${JSON.stringify(bin)}, 'lsp', '--stdio' } })`
    await run(
      'nvim',
      [
        '--headless',
        '-u',
        'NONE',
        '--cmd',
        'filetype on',
        '--cmd',
        setup,
        path.join(dir, '02-wmo.md'),
        '-c',
        `luafile ${path.join(root, 'test', 'fixtures', 'neovim-driver.lua')}`,
      ],
      {
        env: { ...process.env, UITVOER: uitvoer },
        timeout: 90_000,
      },
    )
    const outcome = JSON.parse(await readFile(uitvoer, 'utf8')) as Outcome

    expect(outcome.clients).toBe(1)
    const check = JSON.parse((await verordening(['check', dir, '--json'])).stdout) as Array<{
      file: string
      line: number
      column: number
      ruleId: string
      message: string
    }>
    const expected = check.filter((entry) => path.basename(entry.file) === '02-wmo.md' && entry.ruleId === 'artikel-effect')
    expect(expected).toHaveLength(1)
    expect(outcome.voor).toContainEqual({
      regel: expected[0]!.line,
      kolom: expected[0]!.column,
      ernst: 1,
      code: 'artikel-effect',
      bericht: 'Onbekend effect `meedoem` in artikel 2.1, bedoelt u `meedoen`?',
    })

    expect(outcome.acties).toEqual(['Vervang “meedoem” door “meedoen”'])
    expect(outcome.regel).toContain('effect="meedoen"')
    expect(outcome.na.filter((entry) => entry.code === 'artikel-effect')).toEqual([])
    expect(outcome.gewijzigd).toBe(true)
    expect(await readFile(path.join(dir, '02-wmo.md'), 'utf8')).toBe(wmo)
  }, 120_000)
})
