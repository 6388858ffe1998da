// What a gemeente installs: `npm pack` makes the package, it is installed into
// an empty folder from the tarball (its dependencies from the npm registry, so
// this test needs the network), and there `npx verordening` makes a new
// verordening, checks it, builds the site and exports Word. The package holds
// only what runs: the compiled dist/ (no esbuild or TypeScript at install
// time), bin/, the site templates and assets, the Eleventy config, the remark
// preset, the editor files and the schrijfwijzer.
import { execFile } from 'node:child_process'
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import { builtinModules } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { transform } from 'esbuild'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type NpmOutcome, npm } from './helpers/npm.ts'

const run = promisify(execFile)
const manifest = JSON.parse(await readFile('package.json', 'utf8')) as {
  name: string
  version: string
  files: string[]
  dependencies: Record<string, string>
  private?: boolean
}

interface Packed {
  filename: string
  size: number
  unpackedSize: number
  entryCount: number
  files: Array<{ path: string }>
}

let dir: string
let packed: Packed
let gemeente: string
let install: NpmOutcome
let installSeconds: number

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'pakket-'))
  // A copy of the project with a freshly compiled dist/, packed there: `npm
  // pack` here would run `prepare`, which rewrites dist/ under tests that run
  // the command at the same moment.
  const source = path.join(dir, 'bron')
  const skip = new Set(['node_modules', '.git', 'dist'])
  await cp('.', source, { recursive: true, filter: (from) => !skip.has(path.relative('.', from).split(path.sep)[0] ?? '') })
  await run(process.execPath, ['scripts/compile.mjs', path.join(source, 'dist')])
  const pack = await npm(['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: source })
  expect(pack.code, pack.stderr).toBe(0)
  packed = (JSON.parse(pack.stdout) as Packed[])[0]!

  gemeente = path.join(dir, 'gemeente')
  await mkdir(gemeente)
  const started = performance.now()
  install = await npm(['install', '--no-audit', '--no-fund', path.join(dir, packed.filename)], { cwd: gemeente, timeout: 400_000 })
  installSeconds = (performance.now() - started) / 1000
  console.log(
    `pakket: ${packed.filename}, ${(packed.size / 1024).toFixed(0)} kB (uitgepakt ${(packed.unpackedSize / 1024).toFixed(0)} kB), ${packed.entryCount} bestanden; installeren: ${installSeconds.toFixed(1)} s`,
  )
}, 600_000)

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** `npx verordening …` in the gemeente's folder. */
function verordening(args: string[]): Promise<NpmOutcome> {
  return npm(['exec', '--no', '--', 'verordening', ...args], { cwd: gemeente, timeout: 200_000 })
}

describe('the package a gemeente installs', () => {
  it('can be published: not private, with the files field', () => {
    expect(manifest.private).toBeUndefined()
    expect(manifest.name).toBe('omgekeerde-verordening')
    expect(manifest.files.length).toBeGreaterThan(0)
  })

  it('holds only what runs', () => {
    const files = packed.files.map((file) => file.path)
    for (const needed of [
      'bin/verordening.js',
      'dist/src/cli/main.js',
      'dist/src/pipeline/remark-preset.js',
      'eleventy.config.js',
      'remark-preset.js',
      'site/_includes/base.njk',
      'site/assets/zoeken.js',
      'editors/vscode/extension.js',
      'docs/schrijven.md',
      'package.json',
      'README.md',
    ]) {
      expect(files, needed).toContain(needed)
    }
    expect(files.filter((file) => /^(src|test|bench|scripts|plugins|verordening|voorbeelden|node_modules)\//.test(file) || file.endsWith('.ts'))).toEqual([])
  })

  it('needs at run time only its dependencies (the rest is in the bundle)', async () => {
    // Every package the compiled code imports must be in `dependencies`; a
    // devDependency would be missing in a gemeente's install.
    const imported = new Set<string>()
    for (const file of packed.files.map((entry) => entry.path).filter((name) => name.startsWith('dist/') && name.endsWith('.js'))) {
      // Minified by esbuild first, which drops every comment (JSDoc names imports too).
      const { code } = await transform(await readFile(path.join(dir, 'bron', file), 'utf8'), {
        format: 'esm',
        target: 'es2023',
        minifyWhitespace: true,
        legalComments: 'none',
      })
      for (const match of code.matchAll(
        /\bfrom\s*["']([^"']+)["']|\bimport\s*\(?\s*["']([^"']+)["']|\brequire\s*\(\s*["']([^"']+)["']\s*\)|\bresolve\(\s*["']([^"']+)\/package\.json["']/g,
      )) {
        const specifier = match[1] ?? match[2] ?? match[3] ?? match[4]!
        // Relative imports, and text that only looks like an import (`"from"` in a string).
        if (!/^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(\/[\w./-]*)?$/.test(specifier)) continue
        if (specifier.startsWith('node:') || builtinModules.includes(specifier)) continue
        imported.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!)
      }
    }
    expect(imported.size).toBeGreaterThan(3)
    expect([...imported].filter((name) => !(name in manifest.dependencies)).sort()).toEqual([])
  })

  it('installs from the tarball without compiling anything', async () => {
    expect(install.code, install.stderr).toBe(0)
    expect(install.stderr).not.toMatch(/EBADENGINE|EBADPLATFORM|ERR!/)
    const installed = path.join(gemeente, 'node_modules', manifest.name)
    expect((await stat(path.join(installed, 'dist', 'src', 'cli', 'main.js'))).isFile()).toBe(true)
    // Build tools stay out.
    const present = await readdir(path.join(gemeente, 'node_modules'))
    for (const tool of ['esbuild', 'typescript', 'tsx', 'vitest', 'docx']) expect(present, tool).not.toContain(tool)
  })

  it('runs init, check, build and export docx there', async () => {
    const init = await verordening(['init', 'mijn-verordening', '--gemeente', 'Lingedal'])
    expect(init.code, init.stderr).toBe(0)
    expect((await readdir(path.join(gemeente, 'mijn-verordening'))).length).toBeGreaterThan(3)

    const check = await verordening(['check', 'mijn-verordening'])
    expect(check.code, check.stderr).toBe(0)
    expect(check.stderr).toMatch(/0 fouten/)

    const build = await verordening(['build', 'mijn-verordening', '--out', 'site'])
    expect(build.code, build.stderr).toBe(0)
    expect(build.stderr).toMatch(/Site gebouwd/)
    const site = path.join(gemeente, 'site')
    for (const file of ['index.html', 'zoeken/documenten.json', 'assets/minisearch.js', 'assets/nlds/design-tokens.css', 'assets/nlds/component-library.css']) {
      expect((await stat(path.join(site, file))).size, file).toBeGreaterThan(0)
    }

    const docx = await verordening(['export', 'docx', 'mijn-verordening', '--uit', 'verordening.docx'])
    expect(docx.code, docx.stderr).toBe(0)
    const bytes = await readFile(path.join(gemeente, 'verordening.docx'))
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK')
  }, 300_000)
})
