// A failed or killed build leaves the previous site as it was, and the build
// never writes into the verordening map.
import { spawn } from 'node:child_process'
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildSite } from '../../src/site/build-site.ts'
import { makeSiteFixture } from '../helpers/fixture.ts'

const made: string[] = []
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })))
})

const setup = () => makeSiteFixture(made)

async function snapshot(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
  return Promise.all(files.map(async (file) => `${path.relative(dir, file)} ${(await readFile(file)).length}`))
}

describe('build safety', () => {
  it('a build with errors stops with a Dutch message and leaves the previous site intact', async () => {
    const { source, out } = await setup()
    expect((await buildSite(source, out)).problem).toBeNull()
    const before = await snapshot(out)
    await writeFile(
      path.join(source, '02-fout.md'),
      '---\nhoofdstuk: 2\ntitel: Fout\n---\n\n::::artikel{nr="2.1" titel="Fout" effect="bestaat-niet"}\n:::juridisch\nTekst.\n:::\n::::\n',
    )
    const failed = await buildSite(source, out)
    expect(failed.problem).toMatch(/fouten.*vorige versie is ongewijzigd/)
    expect(failed.check.errors).toBeGreaterThan(0)
    expect(await snapshot(out)).toEqual(before)
  })

  it('a build killed halfway leaves the previous site intact, and the next build cleans up', async () => {
    const { source, out, parent } = await setup()
    expect((await buildSite(source, out)).problem).toBeNull()
    const before = await snapshot(out)
    const child = spawn(process.execPath, [path.resolve('bin/verordening.js'), 'build', source, '--out', out], { stdio: 'ignore' })
    // Kill as soon as the staging folder exists, i.e. in the middle of the build.
    for (let attempt = 0; attempt < 400; attempt++) {
      if ((await readdir(parent)).some((name) => name.includes('.bouw-'))) break
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    child.kill('SIGKILL')
    await new Promise((resolve) => child.once('exit', resolve))
    expect(await snapshot(out)).toEqual(before)
    expect((await buildSite(source, out)).problem).toBeNull()
    expect((await readdir(parent)).filter((name) => name.startsWith('.'))).toEqual([])
  })

  it('refuses an output folder inside the verordening map', async () => {
    const { source } = await setup()
    const before = await snapshot(source)
    const result = await buildSite(source, path.join(source, 'site'))
    expect(result.problem).toMatch(/valt samen met de map van de verordening/)
    expect(await snapshot(source)).toEqual(before)
  })
})
