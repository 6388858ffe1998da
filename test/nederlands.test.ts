// Everything a command prints is Dutch: its own lines, and nothing from the
// libraries underneath (Eleventy printed "[11ty] Copied 8 Wrote 132 files in
// 2.95 seconds" after every build and PDF). Each command runs on the example
// as a user runs it, as its own process (a library that writes with
// console.log would pass unseen in-process), and its output is searched for
// English words that give such a line away. Also: the Dutch names of the
// commands (`controleer`, `bouw`, …) and `--stil`.
import { spawn } from 'node:child_process'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Outcome, verordening, verordeningProces } from './helpers/cli.ts'
import { freePort } from './helpers/fixture.ts'
import { makeRepo } from './helpers/git-repo.ts'

// Words that only an English line has. Checked as whole words, case-insensitive.
const english = [
  'wrote',
  'copied',
  'files',
  'file',
  'error',
  'errors',
  'warning',
  'warnings',
  'usage',
  'done',
  'failed',
  'cannot',
  'unable',
  'not found',
  'no such',
  'permission denied',
  'deprecated',
  'seconds',
  'server at',
  'listening',
  'loading',
  'building',
  'writing',
  'skipping',
  'success',
  'the',
  'and',
  'with',
]
const tellTale = new RegExp(`\\[11ty\\]|\\b(${english.join('|')})\\b|\\n\\s+at `, 'i')

let dir: string
const made: string[] = []

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'nederlands-'))
  made.push(dir)
})

afterAll(async () => {
  for (const folder of made) await rm(folder, { recursive: true, force: true })
})

function expectDutch(outcome: Outcome, what: string): void {
  const said = `${outcome.stdout}\n${outcome.stderr}`
  expect(said.match(tellTale)?.[0], `${what}:\n${said}`).toBeUndefined()
}

describe('every command speaks Dutch', () => {
  it('check, controleer and check --stil', async () => {
    const check = await verordeningProces(['check', 'verordening'])
    expect(check.code, check.stderr).toBe(0)
    expectDutch(check, 'check')
    const controleer = await verordeningProces(['controleer', 'verordening'])
    const timeless = (text: string) => text.replace(/in [\d,]+ s\)/, 'in … s)')
    expect({ ...controleer, stderr: timeless(controleer.stderr) }).toEqual({ ...check, stderr: timeless(check.stderr) })
    // The example has no findings: quiet means nothing at all.
    expect(await verordeningProces(['check', 'verordening', '--stil'])).toEqual({ code: 0, stdout: '', stderr: '' })
  }, 120_000)

  it('build and bouw: a Dutch summary, nothing from Eleventy', async () => {
    const build = await verordeningProces(['build', 'verordening', '--out', path.join(dir, 'site')])
    expect(build.code, build.stderr).toBe(0)
    expectDutch(build, 'build')
    expect(build.stdout).toBe('')
    expect(build.stderr).toMatch(/(^|\n)✓ Site gebouwd in .+: \d+ pagina’s, \d+ in de zoekindex, in [\d,]+ s\n$/)
    const bouw = await verordeningProces(['bouw', 'verordening', '--out', path.join(dir, 'site'), '--stil'])
    expect(bouw).toEqual({ code: 0, stdout: '', stderr: '' })
  }, 120_000)

  it('export stop, docx (and word) and pdf', async () => {
    for (const args of [
      ['export', 'stop', 'verordening', '--uit', path.join(dir, 'v.xml')],
      ['exporteer', 'word', 'verordening', '--uit', path.join(dir, 'v.docx')],
      ['export', 'pdf', 'verordening', '--versie', 'raad', '--uit', path.join(dir, 'v.pdf')],
    ]) {
      const outcome = await verordeningProces(args)
      expect(outcome.code, outcome.stderr).toBe(0)
      expectDutch(outcome, args.join(' '))
      // Progress lines come first when the export takes long (the PDF); the result is the last line.
      expect(outcome.stderr).toMatch(/(^|\n)✓ (STOP-XML|Word-bestand|PDF) geschreven: [^\n]+\n$/)
      expect(
        outcome.stderr
          .split('\n')
          .filter((line) => line !== '' && !line.startsWith('✓'))
          .every((line) => /^Exporteren: stap \d van \d — .+ …$/.test(line)),
      ).toBe(true)
    }
  }, 180_000)

  it('init (begin) and importeer', async () => {
    const begin = await verordeningProces(['begin', path.join(dir, 'nieuw'), '--gemeente', 'Lingedal'])
    expect(begin.code, begin.stderr).toBe(0)
    expectDutch(begin, 'begin')
    const check = await verordeningProces(['check', path.join(dir, 'nieuw')])
    expectDutch(check, 'check of a new verordening')
    await verordeningProces(['export', 'docx', 'verordening', '--uit', path.join(dir, 'bron.docx')])
    const importeer = await verordeningProces(['importeer', path.join(dir, 'bron.docx'), path.join(dir, 'overgenomen')])
    expect(importeer.code, importeer.stderr).toBe(0)
    expectDutch(importeer, 'importeer')
  }, 180_000)

  it('vergelijk', async () => {
    const repo = await makeRepo(made)
    await repo.edit('01-algemene-bepalingen.md', 'Deze regels gaan over hulp', 'Deze regels gaan over steun')
    const outcome = await verordeningProces(['vergelijk', 'v1', repo.map])
    expect(outcome.code, outcome.stderr).toBe(0)
    expectDutch(outcome, 'vergelijk')
    // The committed example reads without errors from git too (kaders.yml included).
    expect(outcome.stderr).not.toMatch(/fout/)
  }, 120_000)

  it('serve (bekijk)', async () => {
    await cp('verordening', path.join(dir, 'bekijk'), { recursive: true })
    const port = await freePort()
    const child = spawn(
      process.execPath,
      [path.resolve('bin/verordening.js'), 'bekijk', path.join(dir, 'bekijk'), '--out', path.join(dir, 'bekijk-site'), '--port', String(port)],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
    for (let tries = 0; tries < 600 && !stdout.includes('De site draait op'); tries++) await new Promise((resolve) => setTimeout(resolve, 100))
    expect(stdout).toContain(`De site draait op http://127.0.0.1:${port}`)
    // A page that does not exist: the dev server must not log it in English.
    await fetch(`http://127.0.0.1:${port}/bestaat-niet/`).then((response) => response.text())
    child.kill('SIGTERM')
    await exited
    expectDutch({ code: 0, stdout, stderr }, 'serve')
  }, 120_000)
})

describe('help', () => {
  it('lists the Dutch names and explains without jargon', async () => {
    const { stdout } = await verordening(['hulp'])
    expect(stdout).toMatch(/^Gebruik: verordening <opdracht>/)
    for (const [dutch, english] of [
      ['controleer', 'check'],
      ['bouw', 'build'],
      ['bekijk', 'serve'],
      ['exporteer', 'export'],
      ['begin', 'init'],
    ]) {
      expect(stdout).toContain(`${dutch} (= ${english})`)
    }
    expect(stdout).toContain('--stil')
    expect(stdout).toContain('taalserver voor uw editor')
    expect(stdout).not.toMatch(/exitcode|(?<!-)\bCI\b|localhost|tagged/i)
  })

  it('an unknown Dutch-looking command is answered with the Dutch name', async () => {
    const { code, stderr } = await verordening(['controler'])
    expect(code).toBe(1)
    expect(stderr).toMatch(/^Onbekende opdracht `controler`, bedoelt u `controleer`\?\n/)
  })
})
