// Search knows the names people use for services: for each question of
// test/fixtures/dienstvragen.ts (variants, misspellings, plurals of the names
// in diensten.yml), typed into the real search page in Chromium, one of the
// expected artikelen' inwoners pages is among the first three results. Prints
// the top-3 success rate; the bar is 90 %.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { standaardDiensten } from '../../src/model/diensten.ts'
import { dienstvragen } from '../fixtures/dienstvragen.ts'
import { type ServedSite, serveBuiltSite } from '../helpers/served-site.ts'

let site: ServedSite

beforeAll(async () => {
  site = await serveBuiltSite('verordening')
}, 120_000)

afterAll(async () => {
  await site?.close()
})

describe('search has no dead ends', () => {
  it('keeps the spaces between blocks in the snippets ("bereiken;op welke wet" was glued)', () => {
    const glued = site.result.site!.zoekdocumenten.flatMap((doc) => [doc.samenvatting, doc.tekst]).flatMap((text) => text.match(/\p{Ll}[;:]\p{L}/gu) ?? [])
    expect(glued).toEqual([])
  })

  it('shows the loket, the onderwerpen and a near spelling when a question finds nothing', async () => {
    const page = await site.browser.newPage({ viewport: { width: 375, height: 900 } })
    await page.goto(`${site.url}/zoeken/`, { waitUntil: 'networkidle' })
    await page.locator('#zoekversie input').first().waitFor()
    const ask = async (vraag: string) => {
      await page.locator('#zoekterm').fill(vraag)
      await page.locator('#zoekterm').press('Enter')
      await page.waitForFunction((term) => document.getElementById('zoekstatus')?.textContent?.includes(`“${term}”`), vraag)
    }
    // A question outside the sociaal domein: the loket and the onderwerpen, no suggestion.
    await ask('xylofoonles')
    expect(await page.locator('#zoekstatus').textContent()).toContain('Geen resultaten')
    const geen = page.locator('#zoeken-geen')
    expect(await geen.isVisible()).toBe(true)
    expect(await geen.locator('a[href^="tel:"]').textContent()).toBe('(0123) 45 67 89')
    expect(await geen.locator('a[href^="mailto:"]').textContent()).toBe('info@lingedal.example')
    expect(await geen.locator('.hulp__open').textContent()).toContain('maandag tot en met vrijdag')
    expect(await geen.locator('.linklijst a').count()).toBe(site.result.site!.effecten.length)
    expect(await page.locator('#zoeksuggestie').isVisible()).toBe(false)
    // A misspelling too far for the fuzzy search: a suggestion that searches the near word.
    await ask('taxu')
    expect(await page.locator('#zoeksuggestie').isVisible()).toBe(true)
    expect(await page.locator('#zoeksuggestie-link').textContent()).toBe('taxi')
    await page.locator('#zoeksuggestie-link').click()
    await page.waitForFunction(() => document.getElementById('zoekstatus')?.textContent?.includes('“taxi”'))
    expect(await page.locator('.zoekresultaat').count()).toBeGreaterThan(0)
    expect(await geen.isVisible()).toBe(false)
    await page.close()
  })
})

describe('search knows the names of services', () => {
  it('has at least 40 questions, none a name of the default list verbatim, each for artikelen of the example', () => {
    expect(dienstvragen.length).toBeGreaterThanOrEqual(40)
    const namen = new Set(standaardDiensten.flatMap((dienst) => [dienst.naam, ...dienst.varianten]))
    const nrs = new Set(site.result.site!.artikelen.map((artikel) => artikel.nr))
    for (const { vraag, artikelen } of dienstvragen) {
      expect(namen.has(vraag.toLowerCase()), vraag).toBe(false)
      for (const nr of artikelen) expect(nrs.has(nr), nr).toBe(true)
    }
  })

  it('finds a right artikel in the top 3 for at least 90 % of the questions', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 900 } })
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(`${site.url}/zoeken/`, { waitUntil: 'networkidle' })
    await page.locator('#zoekversie input').first().waitFor()
    const misses: string[] = []
    for (const { vraag, artikelen } of dienstvragen) {
      await page.locator('#zoekterm').fill(vraag)
      await page.locator('#zoekterm').press('Enter')
      await page.waitForFunction((term) => document.getElementById('zoekstatus')?.textContent?.includes(`“${term}”`), vraag)
      const top = await page
        .locator('.zoekresultaat__link')
        .evaluateAll((anchors) => anchors.slice(0, 3).map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname))
      const verwacht = artikelen.map((nr) => `/inwoners/artikel/${nr.replace('.', '-')}/`)
      if (!top.some((url) => verwacht.includes(url))) misses.push(`${vraag} → verwacht ${artikelen.join(' of ')}, kreeg ${top.join(', ') || 'niets'}`)
    }
    await page.close()
    const rate = (dienstvragen.length - misses.length) / dienstvragen.length
    console.log(
      `dienstvragen: top 3 goed voor ${dienstvragen.length - misses.length} van ${dienstvragen.length} (${Math.round(rate * 100)} %)${misses.length ? `\n  mis: ${misses.join('\n  mis: ')}` : ''}`,
    )
    expect(errors).toEqual([])
    expect(rate).toBeGreaterThanOrEqual(0.9)
  }, 300_000)
})
