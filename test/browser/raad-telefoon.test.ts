// The raadsoverzicht on a phone: at 375 px the page stays under 5,000 px, the
// effect × wet chart is a list that needs no sideways scrolling (the SVG is for
// wide screens), no label is drawn as a badge that looks like a button, and an
// artikel that names no effect where it should is listed as a gap.
import { rm } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { checkVerordening } from '../../src/pipeline/pipeline.ts'
import { exampleHoofdstuk } from '../../src/rules/support/examples.ts'
import { buildSiteData } from '../../src/views/site-data.ts'
import { makeFixture } from '../helpers/fixture.ts'
import { type ServedSite, serveBuiltSite } from '../helpers/served-site.ts'

let site: ServedSite
const made: string[] = []

beforeAll(async () => {
  site = await serveBuiltSite('verordening')
}, 120_000)

afterAll(async () => {
  await site?.close()
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })))
})

describe('the raad on a phone', () => {
  it('is at most 5,000 px tall at 375 px and shows the chart as a list without sideways scrolling', async () => {
    const page = await site.browser.newPage({ viewport: { width: 375, height: 800 } })
    await page.goto(`${site.url}/raad/`, { waitUntil: 'networkidle' })
    const hoogte = await page.evaluate(() => document.documentElement.scrollHeight)
    console.log(`raad: ${hoogte} px hoog bij 375 px`)
    expect(hoogte).toBeLessThanOrEqual(5000)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
    expect(await page.locator('.grafiek__vlak').isVisible()).toBe(false)
    const lijst = page.locator('.grafieklijst')
    expect(await lijst.isVisible()).toBe(true)
    expect(await lijst.locator('.grafieklijst__rij').count()).toBe(site.result.site!.effecten.length)
    // Every wet column with a count is there, in words, and nothing inside the chart is wider than the chart.
    expect(await lijst.textContent()).toContain('Wmo 2015: ')
    expect(await lijst.textContent()).toContain('Wgs: ')
    const breder = await page.evaluate(() => {
      const figuur = document.querySelector('figure.grafiek')!
      return figuur.scrollWidth > figuur.clientWidth
    })
    expect(breder).toBe(false)
    await page.close()
  })

  it('shows the SVG chart on a wide screen', async () => {
    const page = await site.browser.newPage({ viewport: { width: 1280, height: 800 } })
    await page.goto(`${site.url}/raad/`, { waitUntil: 'networkidle' })
    expect(await page.locator('.grafiek__vlak svg').isVisible()).toBe(true)
    expect(await page.locator('.grafieklijst').isVisible()).toBe(false)
    await page.close()
  })

  it('draws no label as a badge: no bordered, rounded, coloured span that is not a control', async () => {
    const page = await site.browser.newPage({ viewport: { width: 375, height: 800 } })
    await page.goto(`${site.url}/raad/`, { waitUntil: 'networkidle' })
    const badges = await page.evaluate(() =>
      [...document.querySelectorAll('main span, main strong, main em')]
        .filter((element) => {
          const style = getComputedStyle(element)
          return style.borderTopStyle !== 'none' && Number.parseFloat(style.borderTopWidth) > 0 && Number.parseFloat(style.borderRadius) > 0
        })
        .map((element) => element.textContent),
    )
    expect(badges).toEqual([])
    await page.close()
  })

  it('explains artikelen and artikelen met een effect where both counts appear', async () => {
    const page = await site.browser.newPage({ viewport: { width: 375, height: 800 } })
    await page.goto(`${site.url}/raad/`, { waitUntil: 'networkidle' })
    const { telling } = site.result.site!.raad
    expect(await page.locator('.telling__uitleg').textContent()).toContain(`${telling.metEffect} artikelen noemen een effect`)
    expect(await page.locator('section[aria-labelledby="matrix"] summary').textContent()).toContain(`${telling.metEffect} artikelen met een effect`)
    await page.close()
  })
})

describe('gaps on the raadsoverzicht', () => {
  it('lists an artikel without an effect as a gap, but not one whose soort needs none', async () => {
    const hoofdstuk = exampleHoofdstuk({
      artikelen: [
        {},
        { nr: '2.2', titel: 'Zonder doel', effect: null },
        { nr: '2.3', titel: 'Citeertitel', kenmerken: 'soort="citeertitel"', effect: null, grondwaarde: null, inwoners: null, inwonersTitel: null },
      ],
    })
    const dir = await makeFixture({ '02-wmo.md': hoofdstuk })
    made.push(dir)
    const data = buildSiteData((await checkVerordening(dir)).context, { imageUrl: () => null, now: new Date(0) })
    expect(data.raad.artikelenZonderEffect.map((link) => link.titel)).toEqual(['Artikel 2.2 Zonder doel'])
    expect(data.raad.telling.vrijVanEffect).toBe(1)
  })
})
