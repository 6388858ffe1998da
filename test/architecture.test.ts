// The layers of docs/architectuur.md, checked on the real imports: each layer
// imports only from the layers before it, nothing but the pipeline imports
// the rules (src/rules/), no import cycles, every module in a layer. The rules are in
// .dependency-cruiser.cjs; `npx depcruise src --config .dependency-cruiser.cjs` shows them too.
// And no dead weight (knip, knip.jsonc): no file that no entry point reaches, no
// dependency that nothing imports, no import of a package that package.json lacks.
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)

describe('import boundaries', () => {
  it('every import runs from an earlier layer to a later one', async () => {
    const outcome = await run(
      process.execPath,
      ['node_modules/dependency-cruiser/bin/dependency-cruise.mjs', 'src', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'],
      { maxBuffer: 16 * 1024 * 1024 },
    ).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    )
    expect(
      outcome.stdout.split('\n').filter((line) => line.includes('error ')),
      outcome.stdout,
    ).toEqual([])
    expect(outcome.code).toBe(0)
  }, 60_000)
})

describe('no dead weight', () => {
  it('every file is reached, every dependency used and listed (knip)', async () => {
    const outcome = await run(
      process.execPath,
      ['node_modules/knip/bin/knip.js', '--include', 'files,dependencies,unlisted,unresolved,binaries', '--no-progress'],
      { maxBuffer: 16 * 1024 * 1024 },
    ).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    )
    expect(outcome.stdout.trim(), outcome.stdout).toBe('')
    expect(outcome.code).toBe(0)
  }, 120_000)
})
