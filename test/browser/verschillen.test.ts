// `build --alle` of voorbeelden/regio: the page "Verschillen tussen de
// gemeenten" and each gemeente's site under its own folder, in a real browser:
// axe-core (WCAG 2.1 A + AA) finds nothing at 1280 and 375 px, and each
// site's stylesheet loads from its own basis (`/<id>/assets/…`).
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildAlleGemeenten } from '../../src/site/regio-build.ts'
import { launchBrowser } from '../helpers/browser.ts'
import { serveStatic } from '../helpers/static-server.ts'

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'EN-301-549']

let parent: string
let server: { url: string; close: () => Promise<void> }
let browser: Browser

beforeAll(async () => {
  parent = await mkdtemp(path.join(tmpdir(), 'regio-browser-'))
  const built = await buildAlleGemeenten('voorbeelden/regio', path.join(parent, 'uit'))
  expect(built.problem).toBeNull()
  server = await serveStatic(path.join(parent, 'uit'))
  browser = await launchBrowser()
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
  await rm(parent, { recursive: true, force: true })
})

describe('the sites of voorbeelden/regio in a browser', () => {
  it('has no axe violations on the table of differences and a gemeente page, and loads each site from its own folder', async () => {
    const context = await browser.newContext({ bypassCSP: true })
    const violations: string[] = []
    for (const width of [1280, 375]) {
      const page = await context.newPage()
      await page.setViewportSize({ width, height: 900 })
      for (const url of ['/', '/narcisveen/inwoners/artikel/2-3/']) {
        const failed: string[] = []
        page.on('requestfailed', (request) => failed.push(request.url()))
        const response = await page.goto(`${server.url}${url}`, { waitUntil: 'load' })
        expect(response?.status()).toBe(200)
        expect(failed).toEqual([])
        await page.evaluate(axeSource)
        const result = (await page.evaluate(async (runTags) => {
          const axe = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<unknown> } }).axe
          return axe.run(document, { runOnly: { type: 'tag', values: runTags }, resultTypes: ['violations'] })
        }, tags)) as { violations: Array<{ id: string; help: string }> }
        violations.push(...result.violations.map((violation) => `${width}px ${url}: ${violation.id} ${violation.help}`))
      }
      await page.close()
    }
    const page = await context.newPage()
    await page.goto(`${server.url}/narcisveen/inwoners/artikel/2-3/`, { waitUntil: 'load' })
    // The stylesheets of the site under /narcisveen/ come from its own folder (its basis), so the site is styled there.
    const sheets = await page.evaluate(() => [...document.styleSheets].map((sheet) => sheet.href ?? ''))
    expect(sheets.some((href) => href.includes('/narcisveen/assets/'))).toBe(true)
    expect(await page.textContent('main')).toContain('U hoeft de toeslag niet aan te vragen')
    await context.close()
    expect(violations).toEqual([])
  }, 240_000)
})
