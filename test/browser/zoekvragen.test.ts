// The search page answers everyday questions: for each question of
// test/fixtures/zoekvragen.ts, typed into the real search page in Chromium,
// the expected effect page is among the first three results. Prints the top-3
// success rate; the bar is 90 %.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { zoekvragen } from '../fixtures/zoekvragen.ts'
import { type ServedSite, serveBuiltSite } from '../helpers/served-site.ts'

let site: ServedSite

beforeAll(async () => {
  site = await serveBuiltSite('verordening')
}, 120_000)

afterAll(async () => {
  await site?.close()
})

describe('search answers everyday questions', () => {
  it('has at least 40 questions, each for an effect of the example', () => {
    expect(zoekvragen.length).toBeGreaterThanOrEqual(40)
    const ids = new Set(site.result.site!.effecten.map((effect) => effect.id))
    for (const { effect } of zoekvragen) expect(ids.has(effect), effect).toBe(true)
  })

  it('finds the right effect in the top 3 for at least 90 % of the questions', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } })
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(`${site.url}/zoeken/`, { waitUntil: 'networkidle' })
    await page.locator('#zoekversie input').first().waitFor()
    const misses: string[] = []
    for (const { vraag, effect } of zoekvragen) {
      await page.locator('#zoekterm').fill(vraag)
      await page.locator('#zoekterm').press('Enter')
      await page.waitForFunction((term) => document.getElementById('zoekstatus')?.textContent?.includes(`“${term}”`), vraag)
      const top = await page
        .locator('.zoekresultaat__link')
        .evaluateAll((anchors) => anchors.slice(0, 3).map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname))
      if (!top.includes(`/inwoners/effect/${effect}/`)) misses.push(`${vraag} → verwacht ${effect}, kreeg ${top.join(', ') || 'niets'}`)
    }
    await page.close()
    const rate = (zoekvragen.length - misses.length) / zoekvragen.length
    console.log(
      `zoekvragen: top 3 goed voor ${zoekvragen.length - misses.length} van ${zoekvragen.length} (${Math.round(rate * 100)} %)${misses.length ? `\n  mis: ${misses.join('\n  mis: ')}` : ''}`,
    )
    expect(errors).toEqual([])
    expect(rate).toBeGreaterThanOrEqual(0.9)
  }, 300_000)
})
