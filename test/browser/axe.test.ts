// axe-core with the WCAG 2.1 A and AA rules (and EN 301 549) over every page
// of the built example: 0 violations.
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ServedSite, serveBuiltSite } from '../helpers/served-site.ts'
import { readSite } from '../helpers/site-links.ts'

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'EN-301-549']

let site: ServedSite
let urls: string[] = []

beforeAll(async () => {
  site = await serveBuiltSite('verordening')
  urls = [...(await readSite(site.out)).keys()].sort()
}, 120_000)

afterAll(async () => {
  await site?.close()
})

/** A readable page type for the summary: "artikel (inwoners)", "effect", … */
function pageType(url: string): string {
  if (url.startsWith('/inwoners/artikel/')) return 'artikel (inwoners)'
  if (url.startsWith('/juridisch/artikel/')) return 'artikel (juridisch)'
  if (url.startsWith('/inwoners/effect/')) return 'effect'
  return url
}

interface AxeResult {
  violations: Array<{ id: string; impact: string; help: string; nodes: Array<{ target: string[] }> }>
  passes: unknown[]
}

describe('axe-core, WCAG 2.1 A + AA', () => {
  it('finds 0 violations on every page, at 1280 and 375 px', async () => {
    expect(urls.length).toBeGreaterThan(100)
    // axe is injected by the test, so the page's CSP (no inline scripts) is bypassed for it alone.
    const context = await site.browser.newContext({ bypassCSP: true })
    const violations: string[] = []
    const perType = new Map<string, number>()
    for (const width of [1280, 375]) {
      const page = await context.newPage()
      await page.setViewportSize({ width, height: 900 })
      for (const url of urls) {
        await page.goto(`${site.url}${url}`, { waitUntil: 'load' })
        await page.evaluate(axeSource)
        const result = (await page.evaluate(async (runTags) => {
          const axe = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<unknown> } }).axe
          return axe.run(document, { runOnly: { type: 'tag', values: runTags }, resultTypes: ['violations'] })
        }, tags)) as AxeResult
        for (const violation of result.violations)
          violations.push(
            `${width}px ${url}: ${violation.id} (${violation.impact}) ${violation.help} — ${violation.nodes
              .map((node) => node.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
          )
        const type = pageType(url)
        perType.set(type, (perType.get(type) ?? 0) + result.violations.length)
      }
      await page.close()
    }
    await context.close()
    console.log(`axe: ${urls.length} pagina's × 2 breedtes, overtredingen per paginatype:`, Object.fromEntries(perType))
    expect(violations).toEqual([])
  }, 600_000)
})
