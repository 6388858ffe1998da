// eleventy.config.js gives Eleventy absolute paths, so `build` runs Eleventy
// without changing the process's working directory, from any working
// directory. Where the toolchain's folder has a glob character (`C:\Program
// Files (x86)\…`) Eleventy 3.1 cannot take absolute paths; the config then
// gives relative ones and runEleventy runs Eleventy from the package root.
// Every way gives the same site, byte for byte.
import { execFile } from 'node:child_process'
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { packageRoot } from '../../src/package-root.ts'
import { buildSite } from '../../src/site/build-site.ts'

const run = promisify(execFile)
const example = path.join(packageRoot, 'verordening')

let dir: string
let fixedDate: string
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'eleventy-config-'))
  // One build moment for every build here: the footer says when the site was made.
  fixedDate = path.join(dir, 'vaste-datum.mjs')
  await writeFile(
    fixedDate,
    "const RealDate = Date\nglobalThis.Date = class extends RealDate { constructor(...args) { if (args.length === 0) super('2026-01-02T03:04:05Z'); else super(...args) } }\n",
  )
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})
afterEach(() => {
  vi.restoreAllMocks()
})

/** `verordening build` as its own process, from `cwd`, with the command in `root`. */
async function buildFrom(root: string, cwd: string, out: string): Promise<{ code: number; stderr: string }> {
  try {
    const { stderr } = await run(
      process.execPath,
      ['--import', pathToFileURL(fixedDate).href, path.join(root, 'bin', 'verordening.js'), 'build', example, '--out', out, '--stil'],
      { cwd, maxBuffer: 16 * 1024 * 1024 },
    )
    return { code: 0, stderr }
  } catch (error) {
    const failed = error as { code: number; stderr: string }
    return { code: failed.code, stderr: failed.stderr }
  }
}

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort()
}

async function expectSameSite(actual: string, expected: string): Promise<void> {
  const files = await listFiles(expected)
  expect(files.length).toBeGreaterThan(100)
  expect(await listFiles(actual)).toEqual(files)
  for (const file of files) {
    const [a, b] = await Promise.all([readFile(path.join(expected, file)), readFile(path.join(actual, file))])
    expect(b.equals(a), file).toBe(true)
  }
}

describe('eleventy.config.js', () => {
  it('gives Eleventy an absolute input folder with forward slashes', async () => {
    const { config } = (await import(pathToFileURL(path.join(packageRoot, 'eleventy.config.js')).href)) as { config: { dir: { input: string } } }
    expect(path.isAbsolute(config.dir.input)).toBe(true)
    expect(config.dir.input).not.toContain('\\')
    expect(path.resolve(config.dir.input)).toBe(path.join(packageRoot, 'site'))
  })

  it('builds without changing the working directory of the process', async () => {
    const chdir = vi.spyOn(process, 'chdir')
    const result = await buildSite(example, path.join(dir, 'in-proces'))
    expect(result.problem).toBeNull()
    expect(result.pages).toBeGreaterThan(100)
    expect(chdir).not.toHaveBeenCalled()
  }, 120_000)

  it('builds the same site from another working directory, and from a folder named like C:\\Program Files (x86)', async () => {
    const elsewhere = path.join(dir, 'ergens-anders')
    await mkdir(elsewhere)
    const fromHere = await buildFrom(packageRoot, packageRoot, path.join(dir, 'vanuit-toolchain'))
    expect(fromHere.code, fromHere.stderr).toBe(0)
    const fromElsewhere = await buildFrom(packageRoot, elsewhere, path.join(dir, 'vanuit-elders'))
    expect(fromElsewhere.code, fromElsewhere.stderr).toBe(0)
    await expectSameSite(path.join(dir, 'vanuit-elders'), path.join(dir, 'vanuit-toolchain'))

    // The toolchain in a folder whose name Eleventy would read as a glob, freshly compiled there.
    const odd = path.join(dir, 'Program Files (x86) [1]', 'omgekeerde-verordening')
    await mkdir(odd, { recursive: true })
    for (const name of ['bin', 'site', 'eleventy.config.js', 'package.json']) await cp(path.join(packageRoot, name), path.join(odd, name), { recursive: true })
    await symlink(path.join(packageRoot, 'node_modules'), path.join(odd, 'node_modules'), 'junction')
    await run(process.execPath, [path.join(packageRoot, 'scripts', 'compile.mjs'), path.join(odd, 'dist')])
    const fromOdd = await buildFrom(odd, elsewhere, path.join(dir, 'vreemde-map'))
    expect(fromOdd.code, fromOdd.stderr).toBe(0)
    await expectSameSite(path.join(dir, 'vreemde-map'), path.join(dir, 'vanuit-toolchain'))
  }, 240_000)
})
