// Printing the site from the browser loses nothing: /juridisch/ prints every
// toelichting although they are folded on screen, and /raad/ prints its
// matrix turned a quarter (a row per artikel), so no column falls off an A4
// page. Checked in Chromium with print media at the width of an A4 page.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BuildResult } from '../../src/site/build-site.ts'
import { type ServedSite, serveBuiltSite } from '../helpers/served-site.ts'

let site: ServedSite
let result: BuildResult
let browser: Browser
/** A4 is 210 mm; less 2 cm margins each side: 170 mm ≈ 643 CSS pixels. */
const a4Width = 643

beforeAll(async () => {
  site = await serveBuiltSite('verordening')
  ;({ result, browser } = site)
}, 120_000)

afterAll(async () => {
  await site?.close()
})

async function openForPrint(url: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: a4Width, height: 900 } })
  await page.goto(`${site.url}${url}`, { waitUntil: 'networkidle' })
  await page.emulateMedia({ media: 'print' })
  return page
}

describe('the print stylesheet', () => {
  it('prints every toelichting of /juridisch/, folded on screen', async () => {
    const expected = result.site!.artikelen.filter((artikel) => artikel.toelichtingHtml !== null).length
    expect(expected).toBeGreaterThan(40)
    const page = await browser.newPage({ viewport: { width: a4Width, height: 900 } })
    await page.goto(`${site.url}/juridisch/`, { waitUntil: 'networkidle' })
    // On screen they are folded: the text is not shown.
    expect(await page.locator('.toelichting__tekst').evaluateAll((nodes) => nodes.filter((node) => node.checkVisibility()).length)).toBe(0)
    await page.emulateMedia({ media: 'print' })
    const shown = await page
      .locator('.toelichting__tekst')
      .evaluateAll((nodes) => nodes.filter((node) => node.checkVisibility() && node.getBoundingClientRect().height > 0).length)
    expect(shown).toBe(expected)
    await page.close()
  })

  it('opens the toelichtingen before printing and closes them after, for browsers that print closed details as closed', async () => {
    const page = await browser.newPage()
    await page.goto(`${site.url}/juridisch/`, { waitUntil: 'networkidle' })
    const open = () => page.evaluate(() => document.querySelectorAll('details.toelichting[open]').length)
    expect(await open()).toBe(0)
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')))
    expect(await open()).toBe(await page.locator('details.toelichting').count())
    await page.evaluate(() => dispatchEvent(new Event('afterprint')))
    expect(await open()).toBe(0)
    await page.close()
  })

  it('prints the matrix of /raad/ with every artikel and every effect within the width of the page', async () => {
    const page = await openForPrint('/raad/')
    const { matrix } = result.site!.raad
    expect(await page.locator('.matrix:has(> .matrix__tabel)').isVisible()).toBe(false)
    // The table of plain-language scores per artikel (five columns) stays as it is.
    expect(await page.locator('table.taaltabel').isVisible()).toBe(true)
    const table = page.locator('table.matrix-afdruk')
    expect(await table.isVisible()).toBe(true)
    const headers = await table.locator('thead th').allInnerTexts()
    expect(headers.map((text) => text.replace(/\s+/g, ' ').replace(/-\s/g, '').trim())).toEqual(['Artikel', ...matrix.rijen.map((rij) => rij.effect.titel)])
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((nodes) => nodes.map((row) => Array.from(row.children).map((cell) => cell.textContent?.trim() ?? '')))
    expect(rows.map((row) => row[0])).toEqual(matrix.artikelen.map((artikel) => artikel.titel))
    for (const [index, row] of rows.entries()) expect(row.slice(1)).toEqual(matrix.rijen.map((rij) => (rij.cellen[index] ? '✓' : '')))
    // Nothing sticks out on the right: every cell ends within the page.
    const right = await table.locator('th, td').evaluateAll((cells) => Math.max(...cells.map((cell) => cell.getBoundingClientRect().right)))
    expect(right).toBeLessThanOrEqual(a4Width)
    const taal = await page.locator('table.taaltabel').evaluate((node) => node.getBoundingClientRect().right)
    expect(taal).toBeLessThanOrEqual(a4Width)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(a4Width)
    await page.close()
  })
})
