// `verordening serve`: builds, serves on localhost, and rebuilds after an edit;
// an edit with an error keeps the last good site online.
import { type ChildProcess, spawn } from 'node:child_process'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { verordening } from './helpers/cli.ts'
import { freePort, makeFixture } from './helpers/fixture.ts'

const made: string[] = []
let child: ChildProcess | undefined
let underBasis: ChildProcess | undefined
afterAll(async () => {
  child?.kill('SIGTERM')
  underBasis?.kill('SIGTERM')
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })))
})

async function waitFor(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let attempt = 0; attempt < 600; attempt++) {
    if (await check().catch(() => false)) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`timed out waiting for ${what}`)
}

describe('verordening serve', () => {
  it('serves the site and rebuilds after an edit, keeping the last good site on errors', async () => {
    const source = await makeFixture({})
    const parent = await mkdtemp(path.join(tmpdir(), 'serve-'))
    made.push(source, parent)
    const port = await freePort()
    let output = ''
    child = spawn(process.execPath, [path.resolve('bin/verordening.js'), 'serve', source, '--out', path.join(parent, '_site'), '--port', String(port)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout?.on('data', (chunk) => (output += String(chunk)))
    child.stderr?.on('data', (chunk) => (output += String(chunk)))
    const page = (url: string) => fetch(`http://127.0.0.1:${port}${url}`).then((response) => response.text())

    await waitFor(async () => (await page('/inwoners/artikel/1-1/')).includes('We kijken eerst naar wat u wilt bereiken.'), 'the first build')
    // An unknown address gets the site's own Dutch 404 page, not the dev server's.
    const missing = await fetch(`http://127.0.0.1:${port}/bestaat/niet/`)
    expect(missing.status).toBe(404)
    expect(await missing.text()).toContain('Deze pagina bestaat niet')

    const file = path.join(source, '01-algemeen.md')
    const original = await readFile(file, 'utf8')
    await writeFile(file, original.replace('We kijken eerst naar wat u wilt bereiken.', 'We kijken eerst naar wat u echt wilt.'))
    await waitFor(async () => (await page('/inwoners/artikel/1-1/')).includes('We kijken eerst naar wat u echt wilt.'), 'the rebuild')

    await writeFile(file, original.replace('effect="meedoen"', 'effect="meedoem"'))
    await waitFor(async () => output.includes('bedoelt u `meedoen`?'), 'the error message')
    expect(await page('/inwoners/artikel/1-1/')).toContain('We kijken eerst naar wat u echt wilt.')
    expect(output).toContain('vorige versie is ongewijzigd')
  }, 240_000)

  it('serves the site under --basis, as it will be published, and sends / there', async () => {
    const source = await makeFixture({})
    const parent = await mkdtemp(path.join(tmpdir(), 'serve-basis-'))
    made.push(source, parent)
    const port = await freePort()
    let output = ''
    underBasis = spawn(
      process.execPath,
      [path.resolve('bin/verordening.js'), 'serve', source, '--out', path.join(parent, '_site'), '--port', String(port), '--basis', '/verordening/'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    )
    underBasis.stdout?.on('data', (chunk) => (output += String(chunk)))
    underBasis.stderr?.on('data', (chunk) => (output += String(chunk)))
    const origin = `http://127.0.0.1:${port}`
    await waitFor(async () => (await fetch(`${origin}/verordening/`)).ok, 'the first build')
    expect(output).toContain(`De site draait op ${origin}/verordening/`)
    const home = await (await fetch(`${origin}/verordening/`)).text()
    expect(home).toContain('href="/verordening/assets/site.css"')
    expect((await fetch(`${origin}/verordening/assets/site.css`)).status).toBe(200)
    const root = await fetch(`${origin}/`, { redirect: 'manual' })
    expect(root.status).toBe(302)
    expect(root.headers.get('location')).toBe('/verordening/')
    const missing = await fetch(`${origin}/verordening/bestaat/niet/`)
    expect(missing.status).toBe(404)
    expect(await missing.text()).toContain('href="/verordening/inwoners/"')
  }, 240_000)

  it('refuses a bad --basis before it builds', async () => {
    const outcome = await verordening(['serve', 'verordening', '--basis', 'https://www.gemeente.nl/regels'])
    expect(outcome.code).toBe(1)
    expect(outcome.stderr).toBe('Ongeldige --basis `https://www.gemeente.nl/regels`: Geef alleen het pad, zonder http(s):// en domein: schrijf /regels/.\n')
  })
})

// A text shared by several gemeenten (gemeenten.yml, voorbeelden/regio).
const regioDir = path.resolve('voorbeelden/regio')
const regioChildren: ChildProcess[] = []
afterAll(() => {
  for (const process of regioChildren) process.kill('SIGTERM')
})

async function serveRegio(args: string[]): Promise<{ source: string; origin: string; output: () => string }> {
  const source = await mkdtemp(path.join(tmpdir(), 'serve-regio-bron-'))
  const parent = await mkdtemp(path.join(tmpdir(), 'serve-regio-'))
  made.push(source, parent)
  await cp(regioDir, source, { recursive: true })
  const port = await freePort()
  let output = ''
  const started = spawn(
    process.execPath,
    [path.resolve('bin/verordening.js'), 'serve', source, '--out', path.join(parent, '_site'), '--port', String(port), ...args],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  )
  regioChildren.push(started)
  started.stdout?.on('data', (chunk) => (output += String(chunk)))
  started.stderr?.on('data', (chunk) => (output += String(chunk)))
  return { source, origin: `http://127.0.0.1:${port}`, output: () => output }
}

describe('verordening serve for several gemeenten', () => {
  it('serves every gemeente under its own path with the table of differences at /, and rebuilds them all after an edit', async () => {
    const { source, origin, output } = await serveRegio([])
    const page = (url: string) => fetch(`${origin}${url}`).then((response) => response.text())
    await waitFor(async () => (await page('/')).includes('Verschillen tussen de gemeenten'), 'the first build')
    expect(output()).toContain(`De sites van 3 gemeenten draaien op ${origin}/`)
    expect(output()).toContain(`Narcisveen: ${origin}/narcisveen/`)
    const index = await page('/')
    for (const id of ['tulpdam', 'narcisveen', 'krokushoeve']) expect(index).toContain(`href="${id}/"`)
    expect(await page('/narcisveen/juridisch/artikel/2-1/')).toContain('€ 500')
    expect(await page('/tulpdam/juridisch/artikel/2-1/')).toContain('€ 350')
    // Each site from its own folder, under its own basis.
    expect(await page('/krokushoeve/')).toContain('href="/krokushoeve/assets/site.css"')
    expect((await fetch(`${origin}/krokushoeve/juridisch/artikel/2-4/`)).status).toBe(404)

    const file = path.join(source, 'gemeenten.yml')
    await writeFile(file, (await readFile(file, 'utf8')).replace('iit-alleenstaande: "€ 500"', 'iit-alleenstaande: "€ 550"'))
    await waitFor(async () => (await page('/narcisveen/juridisch/artikel/2-1/')).includes('€ 550'), 'the rebuild')
    // The table is written after the sites.
    await waitFor(async () => (await page('/')).includes('€ 550'), 'the table of differences')
    expect(await page('/tulpdam/juridisch/artikel/2-1/')).toContain('€ 350')
  }, 240_000)

  it('serves the site of one gemeente with --gemeente, at the root', async () => {
    const { source, origin, output } = await serveRegio(['--gemeente', 'krokushoeve'])
    const page = (url: string) => fetch(`${origin}${url}`).then((response) => response.text())
    await waitFor(async () => (await page('/juridisch/artikel/2-1/')).includes('€ 350'), 'the first build')
    expect(output()).toContain(`De site van Krokushoeve draait op ${origin}/`)
    expect(await page('/juridisch/')).toContain('Verordening individuele inkomenstoeslag Krokushoeve 2027')
    // The noodfonds is a variant of Tulpdam and Narcisveen only.
    expect((await fetch(`${origin}/juridisch/artikel/2-4/`)).status).toBe(404)
    const file = path.join(source, '02-toeslag.md')
    await writeFile(file, (await readFile(file, 'utf8')).replace('eenmaal per jaar aan bij het college', 'eenmaal per jaar schriftelijk aan bij het college'))
    await waitFor(async () => (await page('/juridisch/artikel/2-3/')).includes('schriftelijk'), 'the rebuild')
  }, 240_000)

  it('refuses an unknown gemeente in Dutch before it builds or listens', async () => {
    const outcome = await verordening(['serve', regioDir, '--gemeente', 'tulpdan', '--out', path.join(tmpdir(), 'serve-regio-nooit')])
    expect(outcome.code).toBe(1)
    expect(outcome.stderr).toBe('✖ Onbekende gemeente `tulpdan` bij --gemeente, bedoelt u `tulpdam`?.\n')
  })
})
