// `build --sinds <rev>`: the page /juridisch/wijzigingen/ in Chromium, built
// from the example in a temporary git repository: renvooi as <del>/<ins> with
// words a screen reader announces, a table of contents of the changed
// artikelen, and 0 axe-core violations (WCAG 2.1 A + AA) at 1280 and 375 px.
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchBrowser } from '../helpers/browser.ts'
import { verordening } from '../helpers/cli.ts'
import { makeRepo, type Repo } from '../helpers/git-repo.ts'
import { serveStatic } from '../helpers/static-server.ts'

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'EN-301-549']

const made: string[] = []
let repo: Repo
let out: string
let browser: Browser
let server: { url: string; close: () => Promise<void> }

beforeAll(async () => {
  repo = await makeRepo(made)
  await repo.edit('03-werk-en-inkomen.md', 'binnen vijf werkdagen na de melding', 'binnen tien werkdagen na de melding')
  await repo.edit('03-werk-en-inkomen.md', 'Dan beslissen we binnen vijf werkdagen', 'Dan beslissen we binnen tien werkdagen')
  await repo.edit(
    '03-werk-en-inkomen.md',
    'de inschrijving te laten corrigeren.\n',
    'de inschrijving te laten corrigeren.\n4. Het college legt de uitkomst van het onderzoek schriftelijk vast.\n',
  )
  const parent = await mkdtemp(path.join(tmpdir(), 'wijzigingen-site-'))
  made.push(parent)
  out = path.join(parent, '_site')
  const built = await verordening(['build', repo.map, '--out', out, '--sinds', 'v1'])
  if (built.code !== 0) throw new Error(built.stderr)
  server = await serveStatic(out)
  browser = await launchBrowser()
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })))
})

describe('/juridisch/wijzigingen/', () => {
  it('toont de renvooi met tekst voor een schermlezer en een inhoudsopgave', async () => {
    const page = await browser.newPage()
    await page.goto(`${server.url}/juridisch/wijzigingen/`)
    expect(await page.locator('h1').textContent()).toBe('Wijzigingen sinds v1')
    const toc = await page.locator('nav.inhoudsopgave a').evaluateAll((links) => links.map((link) => [link.textContent, link.getAttribute('href')]))
    expect(toc).toEqual([
      ['Artikel 3.2', '#wijziging-1'],
      ['Artikel 3.3', '#wijziging-2'],
    ])
    for (const [, href] of toc) expect(await page.locator(href!).count()).toBe(1)
    const removed = await page.locator('#wijziging-1 ~ .renvooi del').first().textContent()
    const added = await page.locator('#wijziging-1 ~ .renvooi ins').first().textContent()
    expect([removed, added]).toEqual(['[verwijderd: vijf]', '[toegevoegd: tien]'])
    // What a sighted reader sees: the struck word only; the announcement is visually hidden.
    const hidden = await page.locator('#wijziging-1 ~ .renvooi del .visually-hidden').first().boundingBox()
    expect(hidden && hidden.width <= 1 && hidden.height <= 1).toBe(true)
    expect(
      await page
        .locator('#wijziging-1 ~ .renvooi del')
        .first()
        .evaluate((node) => getComputedStyle(node).textDecorationLine),
    ).toBe('line-through')
    expect(
      await page
        .locator('#wijziging-1 ~ .renvooi ins')
        .first()
        .evaluate((node) => getComputedStyle(node).textDecorationLine),
    ).toBe('underline')
    expect(await page.locator('section', { has: page.locator('#wijziging-2') }).textContent()).toContain(
      'Het college legt de uitkomst van het onderzoek schriftelijk vast.',
    )
    await page.close()
  })

  it('heeft 0 overtredingen van axe-core op 1280 en 375 px', async () => {
    const context = await browser.newContext({ bypassCSP: true })
    const violations: string[] = []
    for (const width of [1280, 375]) {
      const page = await context.newPage()
      await page.setViewportSize({ width, height: 900 })
      await page.goto(`${server.url}/juridisch/wijzigingen/`, { waitUntil: 'load' })
      await page.evaluate(axeSource)
      const result = (await page.evaluate(async (runTags) => {
        const axe = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<unknown> } }).axe
        return axe.run(document, { runOnly: { type: 'tag', values: runTags }, resultTypes: ['violations'] })
      }, tags)) as { violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }> }
      for (const violation of result.violations)
        violations.push(`${width}px: ${violation.id} ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
      await page.close()
    }
    await context.close()
    expect(violations).toEqual([])
  })

  it('bestaat alleen met --sinds, en een onbekende revisie stopt de build', async () => {
    const parent = await mkdtemp(path.join(tmpdir(), 'wijzigingen-zonder-'))
    made.push(parent)
    const plain = path.join(parent, '_site')
    expect((await verordening(['build', repo.map, '--out', plain])).code).toBe(0)
    await expect(access(path.join(plain, 'juridisch', 'wijzigingen', 'index.html'))).rejects.toThrow()
    const marker = path.join(plain, 'vorige.txt')
    await writeFile(marker, 'de vorige site\n')
    const failed = await verordening(['build', repo.map, '--out', plain, '--sinds', 'v9'])
    expect(failed.code).toBe(1)
    expect(failed.stderr).toContain('✖ Onbekende revisie `v9`')
    expect(await readFile(marker, 'utf8')).toBe('de vorige site\n')
  }, 120_000)
})
