// The effectrapportage in Chromium: per indicator an SVG chart with a title
// and a description that says the trend in words, the same figures in the
// table beside it, fitting a 320 px screen; the raadsoverzicht says per effect
// whether it is on track; 0 axe-core violations at 375 and 1280 px.
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SiteData } from '../../src/views/types.ts'
import { type ServedSite, serveBuiltSite } from '../helpers/served-site.ts'

const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'EN-301-549']

let site: ServedSite
let data: SiteData
let browser: Browser

beforeAll(async () => {
  site = await serveBuiltSite('verordening')
  browser = site.browser
  data = site.result.site!
}, 120_000)

afterAll(async () => {
  await site?.close()
})

describe('effectrapportage in Chromium', () => {
  it('draws each indicator as an SVG image named by its trend, with the same figures in its table, at 320, 375 and 1280 px', async () => {
    const indicatoren = data.effectrapportage.effecten.flatMap((entry) => entry.indicatoren).filter((indicator) => indicator.svg)
    expect(indicatoren.length).toBeGreaterThan(0)
    for (const width of [320, 375, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, javaScriptEnabled: false })
      await page.goto(`${site.url}/raad/effectrapportage/`)
      const described = await page.locator('svg.indicatorgrafiek__svg').evaluateAll((svgs) =>
        svgs.map((svg) => ({
          role: svg.getAttribute('role'),
          name: (svg.getAttribute('aria-labelledby') ?? '')
            .split(' ')
            .map((id) => document.getElementById(id)?.textContent ?? '')
            .join(' | '),
        })),
      )
      expect(described).toEqual(
        indicatoren.map((indicator) => ({ role: 'img', name: `${indicator.titel}: cijfers per jaar en het doel | ${indicator.trend}` })),
      )
      for (const indicator of indicatoren) {
        const rows = await page
          .locator(`#indicator-${indicator.id}-kop ~ .indicator__beeld table tbody tr`)
          .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? '')))
        expect(rows).toEqual([...indicator.rijen.map((rij) => [rij.periode, rij.waarde, rij.status]), ['Doel', indicator.streefwaarde]])
      }
      // Each chart and table fits the screen (the site's header is another matter at 320 px).
      const right = await page.locator('.rapport').evaluateAll((sections) => Math.max(...sections.map((section) => section.getBoundingClientRect().right)))
      expect(right).toBeLessThanOrEqual(width)
      for (const box of await page
        .locator('svg.indicatorgrafiek__svg, .indicator__tabel')
        .evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().right)))
        expect(box).toBeLessThanOrEqual(width)
      if (width >= 375) expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
      await page.close()
    }
  })

  it('says the trend in words, with the figure and the streefwaarde of the example', () => {
    const thuis = data.effectrapportage.effecten.flatMap((entry) => entry.indicatoren).find((indicator) => indicator.id === 'thuis-redden')
    expect(thuis?.trend).toBe('Van 78 % in 2023 naar 82 % in 2025 (voorlopig); het doel is 85 % in 2027.')
  })

  it('shows on the raadsoverzicht per effect whether it is on track, with a link to its figures', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 900 } })
    await page.goto(`${site.url}/raad/`)
    for (const entry of data.effectrapportage.effecten) {
      const section = page.locator(`#effect-${entry.effect.id}`)
      expect(await section.locator('.oordeel').textContent()).toBe(entry.oordeelTekst)
      expect(await section.getByRole('link', { name: 'cijfers en doel', exact: true }).getAttribute('href')).toBe(
        `${data.urls.effectrapportage}#${entry.anker}`,
      )
    }
    await page.close()
  })

  it('has 0 axe-core violations on the effectrapportage and the raadsoverzicht at 375 and 1280 px', async () => {
    const found: string[] = []
    for (const width of [375, 1280]) {
      for (const url of ['/raad/effectrapportage/', '/raad/']) {
        const page = await browser.newPage({ viewport: { width, height: 900 }, bypassCSP: true })
        await page.goto(`${site.url}${url}`)
        await page.evaluate(axeSource)
        const result = (await page.evaluate((runTags) => {
          const axe = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<unknown> } }).axe
          return axe.run(document, { runOnly: { type: 'tag', values: runTags }, resultTypes: ['violations'] })
        }, tags)) as { violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }
        for (const violation of result.violations)
          found.push(`${url} @${width}: ${violation.id} ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
        await page.close()
      }
    }
    expect(found).toEqual([])
  })
})
