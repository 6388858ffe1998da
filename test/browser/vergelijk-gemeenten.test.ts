// The comparison site of `vergelijk-gemeenten --uit` for the six test
// verordeningen (test/fixtures/gemeenten/), in a real browser: the overview
// has no axe violations at 1280 and 375 px (WCAG 2.1 A + AA and axe's best
// practices, so also label-title-only), Pagefind's search box has our visible
// Dutch label as its name, and a search finds the topic pages.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { importeer } from '../../src/import/importeer.ts'
import { gemeenten } from '../fixtures/gemeenten/gemeenten.ts'
import { bronNaam } from '../fixtures/gemeenten/render.ts'
import { launchBrowser } from '../helpers/browser.ts'
import { verordening } from '../helpers/cli.ts'
import { serveStatic } from '../helpers/static-server.ts'

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'EN-301-549', 'best-practice']
const label = 'Zoek een woord of zin in de artikelen van alle gemeenten'

let root: string
let server: { url: string; close: () => Promise<void> }
let browser: Browser

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'vergelijk-browser-'))
  const maps: string[] = []
  for (const gemeente of gemeenten) {
    const map = path.join(root, gemeente.id)
    const imported = await importeer(path.join('test/fixtures/gemeenten', bronNaam(gemeente)), map)
    if (!imported.ok) throw new Error(imported.message)
    maps.push(map)
  }
  const outcome = await verordening(['vergelijk-gemeenten', ...maps, '--uit', path.join(root, 'uit')])
  expect(outcome.code).toBe(0)
  server = await serveStatic(path.join(root, 'uit'))
  browser = await launchBrowser()
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  await rm(root, { recursive: true, force: true })
})

describe('the comparison site in a browser', () => {
  it('has no axe violations on the overview, and a visibly labelled search box that finds the topics', async () => {
    const context = await browser.newContext()
    const violations: string[] = []
    for (const width of [1280, 375]) {
      const page = await context.newPage()
      await page.setViewportSize({ width, height: 900 })
      const failed: string[] = []
      page.on('requestfailed', (request) => failed.push(request.url()))
      page.on('response', (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`)
      })
      const response = await page.goto(`${server.url}/`, { waitUntil: 'load' })
      expect(response?.status()).toBe(200)
      // The script gives Pagefind's input the id the label points at, and shows the label.
      const veld = page.locator('#zoekveld')
      await veld.waitFor()
      expect(await page.getByLabel(label).count()).toBe(1)
      expect(await page.locator('label[for="zoekveld"]').isVisible()).toBe(true)
      await page.evaluate(axeSource)
      const result = (await page.evaluate(async (runTags) => {
        const axe = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<unknown> } }).axe
        return axe.run(document, { runOnly: { type: 'tag', values: runTags }, resultTypes: ['violations'] })
      }, tags)) as { violations: Array<{ id: string; help: string }> }
      violations.push(...result.violations.map((violation) => `${width}px: ${violation.id} ${violation.help}`))
      // Clicking the label puts the cursor in the box; a search finds the topic pages.
      await page.locator('label[for="zoekveld"]').click()
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('zoekveld')
      await page.keyboard.type('noodfonds')
      await page.locator('.pagefind-ui__result').first().waitFor()
      expect(await page.locator('.pagefind-ui__result-link').first().getAttribute('href')).toContain('onderwerpen/')
      expect(await page.locator('.pagefind-ui__search-clear').textContent()).toBe('Wissen')
      expect(failed).toEqual([])
      await page.close()
    }
    await context.close()
    expect(violations).toEqual([])
  }, 240_000)
})
