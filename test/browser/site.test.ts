// The built example in real Chromium: every page type loads without console
// errors, search finds the right artikel in both versions as a user types,
// every inwoners page says how to get help, a missing page is the Dutch 404,
// begrippen open by keyboard, and nothing scrolls sideways at 375 px.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BuildResult } from '../../src/site/build-site.ts'
import { type ServedSite, serveBuiltSite } from '../helpers/served-site.ts'

let site: ServedSite
let result: BuildResult
let browser: Browser
const server = { url: '' }

beforeAll(async () => {
  site = await serveBuiltSite('verordening')
  ;({ result, browser } = site)
  server.url = site.url
}, 120_000)

afterAll(async () => {
  await site?.close()
})

function pageTypes(): Record<string, string> {
  const site = result.site!
  const artikel = site.artikelen.find((entry) => entry.inwonersHtml?.includes('begrip__term')) ?? site.artikelen[0]!
  return {
    home: '/',
    'inwoners start': '/inwoners/',
    effect: site.effecten[0]!.url,
    'artikel (inwoners)': artikel.urls.inwoners,
    'artikel (juridisch)': artikel.urls.juridisch,
    'hele tekst': '/juridisch/',
    raad: '/raad/',
    grondwaarden: '/raad/grondwaarden/',
    kaders: '/raad/kaders/',
    casuistiek: '/raad/casuistiek/',
    zoeken: '/zoeken/?q=uitkering',
    toegankelijkheid: '/toegankelijkheid/',
  }
}

async function open(url: string, width = 1280): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } })
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(`${message.type()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`))
  page.on('dialog', (dialog) => {
    errors.push(`dialog: ${dialog.message()}`)
    void dialog.dismiss()
  })
  await page.goto(`${server.url}${url}`, { waitUntil: 'networkidle' })
  return { page, errors }
}

describe('the site in Chromium', () => {
  it('loads every page type without console errors', async () => {
    for (const [name, url] of Object.entries(pageTypes())) {
      const { page, errors } = await open(url)
      expect(errors, name).toEqual([])
      expect(await page.locator('h1').count(), name).toBe(1)
      await page.close()
    }
  })

  it('has no horizontal scrolling at 375 px on any page type', async () => {
    for (const [name, url] of Object.entries(pageTypes())) {
      const { page } = await open(url, 375)
      const width = await page.evaluate(() => document.documentElement.scrollWidth)
      expect(width, name).toBeLessThanOrEqual(375)
      await page.close()
    }
  })

  for (const term of ['scootmobiel', 'schulden', 'jeugdhulp']) {
    it(`finds "${term}" in both versions as a user types it`, async () => {
      const expected = result.site!.artikelen.filter((artikel) =>
        `${artikel.inwonersHtml ?? ''} ${artikel.voorbeelden.map((voorbeeld) => voorbeeld.html).join(' ')} ${artikel.leden.map((lid) => lid.html + lid.onderdelen.map((onderdeel) => onderdeel.html).join(' ')).join(' ')}`
          .toLowerCase()
          .includes(term),
      )
      expect(expected.length, term).toBeGreaterThan(0)
      const { page, errors } = await open('/zoeken/')
      const input = page.locator('#zoekterm')
      await input.click()
      await input.pressSequentially(term, { delay: 40 })
      await page.locator('.zoekresultaat__link').first().waitFor({ timeout: 15_000 })
      // The inwonersversie comes first; the juridische versie is one click away.
      const first = await page
        .locator('.zoekresultaat__link')
        .evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname))
      expect(
        first.every((link) => link.startsWith('/inwoners/')),
        first.join(', '),
      ).toBe(true)
      // The filters are there (onderwerp and wet).
      expect(await page.locator('.zoekfilters__label').count()).toBeGreaterThan(2)
      await page.getByLabel('Alles').check()
      await page.waitForFunction(
        () =>
          document.getElementById('zoekstatus')?.textContent?.includes('resultat') && !document.getElementById('zoekstatus')?.textContent?.includes('inwoners'),
      )
      while (await page.locator('#zoeken-meer').isVisible()) await page.locator('#zoeken-meer').click()
      const links = await page
        .locator('.zoekresultaat__link')
        .evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname))
      const inwoners = expected.filter((artikel) => links.includes(artikel.urls.inwoners))
      const juridisch = expected.filter((artikel) => links.includes(artikel.urls.juridisch))
      expect(inwoners.length, `${term} (inwonersversie): ${links.join(', ')}`).toBeGreaterThan(0)
      expect(juridisch.length, `${term} (juridische versie): ${links.join(', ')}`).toBeGreaterThan(0)
      expect(
        links.some((link) => link.startsWith('/inwoners/artikel/')),
        term,
      ).toBe(true)
      expect(
        links.some((link) => link.startsWith('/juridisch/artikel/')),
        term,
      ).toBe(true)
      expect(errors).toEqual([])
      await page.close()
    })
  }

  it('shows Hulp vragen with the loket and Wat gebeurt er daarna? on every inwoners page', async () => {
    const site = result.site!
    const urls = ['/inwoners/', ...site.effecten.map((effect) => effect.url), ...site.artikelen.map((artikel) => artikel.urls.inwoners)]
    const page = await browser.newPage({ viewport: { width: 375, height: 900 } })
    for (const url of urls) {
      await page.goto(`${server.url}${url}`)
      const hulp = page.locator('section.hulp')
      expect(await hulp.count(), url).toBe(1)
      expect(await hulp.locator('h2').textContent(), url).toBe('Hulp vragen')
      expect(await hulp.locator('.hulp__contact a[href^="tel:"]').count(), url).toBe(1)
      expect(await hulp.locator('.stap').count(), url).toBeGreaterThanOrEqual(4)
      expect(await hulp.locator('.stap__termijn').count(), url).toBeGreaterThanOrEqual(2)
    }
    // An effect with a loket of its own shows that loket; Veilig Thuis shows beside the loket, never instead of it.
    const geld = site.effecten.find((effect) => effect.id === 'grip-op-geld')!
    await page.goto(`${server.url}${geld.url}`)
    expect(await page.locator('.hulp__contact a[href^="tel:"]').textContent()).toBe('(0123) 45 67 80')
    const veilig = site.effecten.find((effect) => effect.id === 'veilig-thuis')!
    await page.goto(`${server.url}${veilig.url}`)
    expect(await page.locator('.hulp__veilig a[href^="tel:"]').textContent()).toBe('0800-2000')
    expect(await page.locator('.hulp__veilig').textContent()).toContain('Direct gevaar of zorgen over de veiligheid?')
    expect(await page.locator('.hulp__contact a[href^="tel:"]').textContent()).toBe('(0123) 45 67 89')
    await page.close()
  })

  it('fits the help to the page: the loket on general artikelen, a team on its own artikel, compact and after the begrippen', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 900 } })
    const loket = '(0123) 45 67 89'
    // [artikel, phone of the contact, Veilig Thuis beside it]
    const cases: Array<[string, string, boolean]> = [
      ['1.1', loket, false], // doel, serves every effect
      ['7.1', loket, false], // slotbepaling
      ['1.3', loket, false],
      ['2.4', loket, false], // procedure
      ['3.5', loket, true], // three effecten: general, one of them veilig-thuis
      ['4.10', loket, true],
      ['5.6', loket, true],
      ['6.1', '(0123) 45 67 80', false], // about grip-op-geld only: the team Geldzaken
    ]
    for (const [nr, telefoon, veilig] of cases) {
      const artikel = result.site!.artikelen.find((entry) => entry.nr === nr)!
      await page.goto(`${server.url}${artikel.urls.inwoners}`)
      expect(await page.locator('.hulp__contact a[href^="tel:"]').textContent(), nr).toBe(telefoon)
      expect(await page.locator('.hulp__veilig').count(), nr).toBe(veilig ? 1 : 0)
      const box = await page.locator('section.hulp').boundingBox()
      expect(box!.height, nr).toBeLessThanOrEqual(400)
      // The details wait behind a disclosure; the block is the last section of the artikel.
      expect(await page.locator('section.hulp details.hulp__meer').count(), nr).toBe(1)
      const after = await page.evaluate(() => {
        const hulp = document.querySelector('section.hulp')!
        const woorden = [...document.querySelectorAll('main h2')].find((h) => h.textContent === 'Wat betekenen de woorden?')
        return !woorden || Boolean(woorden.compareDocumentPosition(hulp) & Node.DOCUMENT_POSITION_FOLLOWING)
      })
      expect(after, nr).toBe(true)
    }
    await page.close()
  })

  it('answers a missing page with the Dutch 404 page, also at 375 px', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 900 } })
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    const response = await page.goto(`${server.url}/bestaat/niet/`)
    expect(response?.status()).toBe(404)
    expect(await page.locator('h1').textContent()).toBe('Deze pagina bestaat niet')
    expect(await page.locator('main a[href="/inwoners/"]').count()).toBeGreaterThan(0)
    expect(await page.locator('section.hulp').count()).toBe(1)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
    expect(errors).toEqual([])
    await page.close()
  })

  it('narrows the results with a filter, and clears the search with a Dutch button', async () => {
    const { page, errors } = await open('/zoeken/?q=hulp')
    await page.locator('.zoekresultaat__link').first().waitFor({ timeout: 15_000 })
    await page.getByLabel('Alles').check()
    const count = async () => Number(/^(\d+)/.exec((await page.locator('#zoekstatus').textContent()) ?? '')?.[1] ?? 0)
    const all = await count()
    const wet = page.locator('.zoekfilters__label', { hasText: 'Jeugdwet' })
    await page.locator('#zoekfilters').evaluate((details) => ((details as HTMLDetailsElement).open = true))
    await wet.click()
    await page.waitForFunction((before) => Number(/^(\d+)/.exec(document.getElementById('zoekstatus')?.textContent ?? '')?.[1] ?? 0) < before, all)
    const narrowed = await count()
    expect(narrowed).toBeGreaterThan(0)
    expect(narrowed).toBeLessThan(all)
    const wissen = page.getByRole('button', { name: 'Wis zoekopdracht' })
    await wissen.click()
    expect(await page.locator('#zoekterm').inputValue()).toBe('')
    expect(await page.locator('.zoekresultaat').count()).toBe(0)
    expect(await page.locator('.zoekfilters__vak:checked').count()).toBe(0)
    expect(errors).toEqual([])
    await page.close()
  })

  it('opens a begrip explanation with the keyboard, without JavaScript', async () => {
    const artikel = result.site!.artikelen.find((entry) => entry.inwonersHtml?.includes('begrip__term'))!
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    await page.goto(`${server.url}${artikel.urls.inwoners}`)
    const term = page.locator('main .begrip__term').first()
    const popover = page.locator(`#${await term.getAttribute('popovertarget')}`)
    expect(await popover.isVisible()).toBe(false)
    // Tab from the start of the page until the begrip has focus, as a keyboard user would.
    for (let step = 0; step < 60 && !(await term.evaluate((element) => element === document.activeElement)); step++) await page.keyboard.press('Tab')
    expect(await term.evaluate((element) => element === document.activeElement)).toBe(true)
    await page.keyboard.press('Enter')
    expect(await popover.isVisible()).toBe(true)
    expect(await popover.textContent()).toContain(':')
    await page.keyboard.press('Escape')
    expect(await popover.isVisible()).toBe(false)
    await context.close()
  })
})
