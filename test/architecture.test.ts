// The layers of docs/architectuur.md, checked on the real imports: each layer
// imports only from the layers before it, nothing in src/ but the pipeline
// imports plugins/, no import cycles, every module in a layer. The rules are in
// .dependency-cruiser.cjs; `npx depcruise src plugins --config .dependency-cruiser.cjs` shows them too.
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)

describe('import boundaries', () => {
  it('every import runs from an earlier layer to a later one', async () => {
    const outcome = await run(process.execPath, ['node_modules/dependency-cruiser/bin/dependency-cruise.mjs', 'src', 'plugins', '--config', '.dependency-cruiser.cjs', '--output-type', 'err'], { maxBuffer: 16 * 1024 * 1024 }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    )
    expect(outcome.stdout.split('\n').filter((line) => line.includes('error ')), outcome.stdout).toEqual([])
    expect(outcome.code).toBe(0)
  }, 60_000)
})
