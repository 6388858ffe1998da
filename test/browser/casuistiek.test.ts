// The casuïstiek page in Chromium: the chart is an SVG image with a title and
// a description that a screen reader reads, the table beside it holds the same
// numbers, and kaders and casussen reach the artikel pages. (axe-core checks
// these pages with all the others in axe.test.ts.)
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SiteData } from '../../src/views/types.ts'
import { type ServedSite, serveBuiltSite } from '../helpers/served-site.ts'

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

describe('kaders and casuïstiek in Chromium', () => {
  it('draws the chart as an accessible SVG with the same data as the table, at 375 and 1280 px', async () => {
    for (const width of [375, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } })
      await page.goto(`${site.url}/raad/casuistiek/`)
      const svg = page.locator('svg.casusgrafiek__svg')
      expect(await svg.getAttribute('role')).toBe('img')
      // The accessible name and description come from <title> and <desc>.
      const name = await page.evaluate(() => {
        const element = document.querySelector('svg.casusgrafiek__svg')!
        const ids = (element.getAttribute('aria-labelledby') ?? '').split(' ')
        return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' | ')
      })
      expect(name).toContain('Casussen en afwijkingen per artikel')
      for (const artikel of data.casuistiek.artikelen)
        expect(name).toContain(
          `Artikel ${artikel.nr}: ${artikel.casussen} ${artikel.casussen === 1 ? 'casus' : 'casussen'}, ${artikel.afgeweken} keer afgeweken`,
        )
      expect(await page.locator('svg.casusgrafiek__svg .casusgrafiek__casussen').count()).toBe(data.casuistiek.artikelen.length)
      const rows = await page
        .locator('table.casuistiek-tabel tbody tr')
        .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent?.trim() ?? '')))
      expect(rows.map((row) => [row[1], row[2]])).toEqual(data.casuistiek.artikelen.map((artikel) => [String(artikel.casussen), String(artikel.afgeweken)]))
      // The chart fits the screen: no sideways scrolling of the page.
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true)
      const box = await svg.boundingBox()
      expect(box!.width).toBeLessThanOrEqual(width)
      await page.close()
    }
  })

  it('shows the kaders on a juridisch artikel page and in plain language on the inwoners page', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 900 } })
    await page.goto(`${site.url}/juridisch/artikel/3-2/`)
    expect(await page.getByRole('heading', { name: 'Kaders bij dit artikel' }).count()).toBe(1)
    expect(await page.getByRole('link', { name: 'Niemand zonder geld tijdens de aanvraag' }).count()).toBe(1)
    await page.goto(`${site.url}/inwoners/artikel/3-2/`)
    expect(await page.getByRole('heading', { name: 'Hier letten wij altijd op' }).count()).toBe(1)
    expect(await page.getByText('Wij zetten geen gezin met kinderen uit huis.').count()).toBe(1)
    await page.goto(`${site.url}/inwoners/artikel/4-1/`)
    expect(await page.getByRole('heading', { name: /Uit de praktijk: Mevrouw D\. vraagt een scootmobiel/ }).count()).toBe(1)
    await page.close()
  })
})
