// `--out` names a folder that the build replaces as a whole. The build must
// never delete what it did not make: a folder of the user's, a file, the
// current folder or one above it, the project, the verordening (also when a
// symbolic link hides the overlap). Two builds to one folder take turns, and a
// killed build leaves neither a stuck lock nor temporary folders behind.
import { execFile, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cp, mkdir, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { homedir, hostname } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { packageRoot } from '../../src/package-root.ts'
import { buildSite } from '../../src/site/build-site.ts'
import { siteMarker } from '../../src/site/output-dir.ts'
import { lockFileFor, lockOutput } from '../../src/site/output-lock.ts'
import { type Outcome, verordening, verordeningProces } from '../helpers/cli.ts'
import { basisDir, makeSiteFixture } from '../helpers/fixture.ts'

const bin = path.resolve('bin/verordening.js')
const made: string[] = []
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })))
})

const setup = () => makeSiteFixture(made)

/** Every file under `dir` with its content, to prove nothing changed. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort()
  return Object.fromEntries(await Promise.all(files.map(async (file) => [path.relative(dir, file), (await readFile(file)).toString('base64')] as const)))
}

/** The command run from another working folder. */
async function runIn(cwd: string, args: string[]): Promise<Outcome> {
  return promisify(execFile)(process.execPath, [bin, ...args], { cwd }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  )
}

function expectCleanRefusal(outcome: Outcome, message: RegExp) {
  expect(outcome.code).toBe(1)
  expect(outcome.stderr).toMatch(message)
  expect(outcome.stderr).not.toMatch(/Interne fout|\n\s+at /)
}

const hiddenLeftovers = async (parent: string) => (await readdir(parent)).filter((name) => name.startsWith('.'))

describe('the output folder', () => {
  it('keeps a folder of the user’s: `--out victim` refuses and important.txt stays', async () => {
    const { source, parent } = await setup()
    const victim = path.join(parent, 'victim')
    await mkdir(victim)
    await writeFile(path.join(victim, 'important.txt'), 'keep\n')
    const outcome = await verordening(['build', source, '--out', victim])
    expectCleanRefusal(
      outcome,
      /De uitvoermap `[^`]*victim` bestaat al en is niet door verordening gemaakt.*kies een andere map met --out of maak deze map leeg/,
    )
    expect(await readFile(path.join(victim, 'important.txt'), 'utf8')).toBe('keep\n')
    expect(await hiddenLeftovers(parent)).toEqual([])
  })

  it('keeps a file: `--out some-file.txt` refuses and the file stays', async () => {
    const { source, parent } = await setup()
    const file = path.join(parent, 'some-file.txt')
    await writeFile(file, 'keep\n')
    const result = await buildSite(source, file)
    expect(result.problem).toMatch(/is geen map maar een bestand/)
    expect(await readFile(file, 'utf8')).toBe('keep\n')
    // Nor is a link that leads to a file, or a loop of links.
    const link = path.join(parent, 'link')
    await symlink(file, link)
    expect((await buildSite(source, link)).problem).toMatch(/is geen map maar een bestand/)
    await symlink(path.join(parent, 'loop-b'), path.join(parent, 'loop-a'))
    await symlink(path.join(parent, 'loop-a'), path.join(parent, 'loop-b'))
    expect((await buildSite(source, path.join(parent, 'loop-a'))).problem).toMatch(/is geen map maar een bestand/)
    expect(await readFile(file, 'utf8')).toBe('keep\n')
    // A folder where nothing can be written: a message, no hang and no internal error.
    if (existsSync('/proc/self'))
      expect((await buildSite(source, '/proc/nieuw/_site')).problem).toMatch(/niet schrijven \(het bestand of de map bestaat niet\)/)
  })

  it('refuses the current folder and every folder above it', async () => {
    const { source, parent } = await setup()
    const cwd = path.join(parent, 'a', 'b')
    await mkdir(cwd, { recursive: true })
    await writeFile(path.join(cwd, 'werk.txt'), 'keep\n')
    for (const out of ['.', '..']) {
      expectCleanRefusal(
        await runIn(cwd, ['build', source, '--out', out]),
        /is de huidige map \(`[^`]+`\) of een map daarboven, verwacht een aparte map zoals `_site`/,
      )
    }
    expect(await readFile(path.join(cwd, 'werk.txt'), 'utf8')).toBe('keep\n')
  })

  it('refuses the project, its templates, the home folder and the root', async () => {
    const { source } = await setup()
    const templates = await snapshot(path.join(packageRoot, 'site'))
    expect((await buildSite(source, packageRoot)).problem).toMatch(/is de map van het programma verordening/)
    // (The folder above the project may also hold the temporary source.)
    expect((await buildSite(source, path.dirname(packageRoot))).problem).toMatch(
      /is de map van het programma verordening|valt samen met de map van de verordening/,
    )
    expect((await buildSite(source, path.join(packageRoot, 'site'))).problem).toMatch(/niet door verordening gemaakt/)
    expect(await snapshot(path.join(packageRoot, 'site'))).toEqual(templates)
    expect((await buildSite(source, homedir())).problem).toMatch(/is (uw thuismap|de hoofdmap|de map van het programma|de huidige map)/)
    expect((await buildSite(source, '/')).problem).toMatch(/is de hoofdmap van het bestandssysteem/)
  })

  it('sees through symbolic links: a source inside the output, an output inside the source', async () => {
    const { parent } = await setup()
    // `ln -s out/src srclink; build srclink --out out`
    const out = path.join(parent, 'out')
    await mkdir(out)
    const realSource = path.join(out, 'src')
    await cp(basisDir, realSource, { recursive: true })
    const srclink = path.join(parent, 'srclink')
    await symlink(realSource, srclink)
    const before = await snapshot(realSource)
    const outcome = await verordening(['build', srclink, '--out', out])
    expectCleanRefusal(outcome, /valt samen met de map van de verordening/)
    expect(await snapshot(realSource)).toEqual(before)

    // An output folder that is a link into the source (to a folder that does not exist yet).
    const outlink = path.join(parent, 'outlink')
    await symlink(path.join(realSource, 'uit'), outlink)
    expect((await buildSite(realSource, outlink)).problem).toMatch(/via een link: `[^`]+uit`\) valt samen met de map van de verordening/)
    expect(await snapshot(realSource)).toEqual(before)
  })

  it('replaces a folder it built itself, and fills an empty one', async () => {
    const { source, parent } = await setup()
    const out = path.join(parent, 'leeg')
    await mkdir(out)
    expect((await buildSite(source, out)).problem).toBeNull()
    expect(existsSync(path.join(out, siteMarker))).toBe(true)
    expect(existsSync(path.join(out, 'index.html'))).toBe(true)
    // Leftovers of killed builds never outlive the next build.
    await mkdir(path.join(parent, '.leeg.bouw-1-1'))
    await mkdir(path.join(parent, '.leeg.oud-1-1'))
    await writeFile(path.join(parent, '.leeg.lock-1-abcd'), '')
    expect((await buildSite(source, out)).problem).toBeNull()
    expect(existsSync(path.join(out, siteMarker))).toBe(true)
    expect(await hiddenLeftovers(parent)).toEqual([])
  })
})

describe('one build per output folder', () => {
  it('two concurrent builds to the same folder both end cleanly, with one site and no temporary folders', async () => {
    const { source, parent, out } = await setup()
    const [first, second] = await Promise.all([verordeningProces(['build', source, '--out', out]), verordeningProces(['build', source, '--out', out])])
    for (const outcome of [first, second]) {
      expect(outcome.stderr).not.toMatch(/Interne fout|ENOTEMPTY|EEXIST|\n\s+at /)
      if (outcome.code !== 0) expect(outcome.stderr).toMatch(/Er loopt al een build naar/)
    }
    expect([first.code, second.code]).toContain(0)
    expect(existsSync(path.join(out, 'index.html'))).toBe(true)
    expect(existsSync(path.join(out, 'zoeken', 'documenten.json'))).toBe(true)
    expect(await readdir(parent)).toEqual(['_site'])

    // Within one process (serve rebuilding while a build runs) they take turns too.
    const results = await Promise.all([buildSite(source, out), buildSite(source, out)])
    expect(results.map((result) => result.problem)).toEqual([null, null])
    expect(await readdir(parent)).toEqual(['_site'])
  })

  it('a build killed with SIGKILL does not leave the lock stuck', async () => {
    const { source, parent, out } = await setup()
    const lockFile = lockFileFor(out)
    const child = spawn(process.execPath, [bin, 'build', source, '--out', out], { stdio: 'ignore' })
    // Kill while the lock is held: as soon as the staging folder exists.
    for (let attempt = 0; attempt < 3000; attempt++) {
      if ((await readdir(parent)).some((name) => name.includes('.bouw-'))) break
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    child.kill('SIGKILL')
    await new Promise((resolve) => child.once('exit', resolve))
    expect(existsSync(lockFile)).toBe(true)
    // Taken over at once, without waiting.
    const lock = await lockOutput(out, `\`${out}\``, 0)
    expect(typeof lock).not.toBe('string')
    if (typeof lock !== 'string') await lock.release()
    expect((await buildSite(source, out)).problem).toBeNull()
    expect(await readdir(parent)).toEqual(['_site'])
  })

  it('a lock held by a running process is respected, with a Dutch message naming the folder', async () => {
    const { parent, out } = await setup()
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' })
    try {
      await writeFile(lockFileFor(out), JSON.stringify({ pid: sleeper.pid, host: hostname(), token: 'test' }))
      const refused = await lockOutput(out, `\`${out}\``, 0)
      expect(refused).toBe(
        `Er loopt al een build naar \`${out}\` (proces ${sleeper.pid}), verwacht één build tegelijk; wacht tot die klaar is. Loopt er geen build meer, verwijder dan \`${lockFileFor(out)}\`.`,
      )
    } finally {
      sleeper.kill('SIGKILL')
      await new Promise((resolve) => sleeper.once('exit', resolve))
    }
    // Once that process is gone, the lock is free.
    const lock = await lockOutput(out, `\`${out}\``, 0)
    expect(typeof lock).not.toBe('string')
    if (typeof lock !== 'string') await lock.release()
    expect(await readdir(parent)).toEqual([])
  })
})
