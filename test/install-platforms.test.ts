// The lockfile installs on every platform a gemeente works on: Windows,
// macOS and Linux, x64 and arm64, on Node 20 and 22. npm decides from
// process.platform, process.arch and process.version whether a package fits
// (EBADPLATFORM, EBADENGINE), so a preload script sets those to another
// machine's and `npm ci --dry-run` plans the install from package.json and
// package-lock.json alone (nothing is downloaded or run). Pagefind's
// `@pagefind/linux-x64` as a direct dependency failed this for Windows and
// macOS, nanoid 6 (through docx) warned EBADENGINE on Node 20.
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { npm } from './helpers/npm.ts'

const platforms = ['win32-x64', 'darwin-arm64', 'darwin-x64', 'linux-x64', 'linux-arm64'] as const
// The lowest versions of each line that `engines` in package.json allows, and that the dependencies ask for.
const nodeVersions = ['20.19.0', '22.13.0'] as const

const fake = `// Preloaded into npm (NODE_OPTIONS=--require): npm then plans for another machine.
const [platform, arch] = process.env.NEP_PLATFORM.split('-')
Object.defineProperty(process, 'platform', { value: platform })
Object.defineProperty(process, 'arch', { value: arch })
Object.defineProperty(process, 'version', { value: 'v' + process.env.NEP_NODE })
Object.defineProperty(process, 'versions', { value: { ...process.versions, node: process.env.NEP_NODE } })
`

let dir: string

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'platformen-'))
  await copyFile('package.json', path.join(dir, 'package.json'))
  await copyFile('package-lock.json', path.join(dir, 'package-lock.json'))
  await writeFile(path.join(dir, 'nep-platform.cjs'), fake)
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('npm ci with the lockfile', () => {
  for (const platform of platforms) {
    for (const node of nodeVersions) {
      it(`installs on ${platform} with Node ${node}`, async () => {
        const outcome = await npm(['ci', '--dry-run', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel', 'warn'], {
          cwd: dir,
          env: {
            ...process.env,
            NODE_OPTIONS: `--require ${JSON.stringify(path.join(dir, 'nep-platform.cjs'))}`,
            NEP_PLATFORM: platform,
            NEP_NODE: node,
            npm_config_engine_strict: 'false',
          },
        })
        const said = `${outcome.stdout}\n${outcome.stderr}`
        expect(said).not.toMatch(/EBADPLATFORM|EBADENGINE|notsup/i)
        expect(outcome.code, said).toBe(0)
        // The fake works: npm picks esbuild's binary for that machine, and no other.
        expect(said).toContain(`add @esbuild/${platform} `)
        expect(said.match(/add @esbuild\/[\w-]+/g)).toEqual([`add @esbuild/${platform}`])
      }, 120_000)
    }
  }
})
