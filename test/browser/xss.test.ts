// XSS filter evasion vectors (after the OWASP cheat sheet, test/fixtures/
// xss-vectors.txt) in every field that reaches a page or the search index.
// The checker would refuse them; here the model is filled after checking and
// the site is built anyway, then opened in Chromium with the CSP switched off,
// so the templates, the renderer and the search page stand on their own.
// The check-level part: entity-encoded markup in a registry is refused with a
// positioned Dutch message.
import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import type { BrowserContext, Page as BrowserPage } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type CheckResult, checkVerordening } from '../../src/pipeline/pipeline.ts'
import { exampleEffect, wmoHoofdstuk } from '../../src/rules/support/examples.ts'
import { makeFixture } from '../helpers/fixture.ts'
import { type ServedSite, serveBuiltSite } from '../helpers/served-site.ts'
import { readSite } from '../helpers/site-links.ts'

const vectors = (await readFile(new URL('../fixtures/xss-vectors.txt', import.meta.url), 'utf8'))
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('# '))
  .map((line) => line.replaceAll('\\u0000', '\u0000'))

/** A vector whose markup only shows after decoding entities, like `&lt;img …&gt;`. */
const entityEncoded = vectors.filter((vector) => !/<[a-z!/?]/i.test(vector) && /&[#a-z0-9]+;?/i.test(vector))

// All vectors in one value, each after a marker word, so one build covers them all.
const payload = vectors.map((vector, index) => `xssvector${index} ${vector}`).join(' ¦ ')

// A hoofdstuk with a voorbeeld, on top of the basic fixture (which has none).
const wmo = wmoHoofdstuk({
  juridisch: 'Het :begrip[college] kan hulp bij het huishouden geven.',
  inwoners: 'Wij kunnen u helpen met het huishouden.',
  delen: ':::voorbeeld{titel="Mevrouw Jansen"}\nMevrouw Jansen krijgt hulp.\n:::',
})

/** Every field that reaches a page or the search index, filled with the payload. */
function inject(check: CheckResult): string[] {
  const { verordening } = check.context
  const fields: string[] = []
  const set = <T extends object>(target: T, key: keyof T & string, label: string) => {
    ;(target as Record<string, unknown>)[key] = payload
    if (!fields.includes(label)) fields.push(label)
  }
  const { meta } = verordening
  for (const key of ['gemeente', 'citeertitel', 'titel', 'aanhef', 'disclaimer'] as const) set(meta, key, `verordening.${key}`)
  for (const wet of Object.values(meta.wetten)) {
    set(wet, 'naam', 'wet.naam')
    set(wet, 'afkorting', 'wet.afkorting')
  }
  for (const effect of verordening.effecten) {
    for (const key of ['titel', 'vraag', 'tekst', 'levensdomein', 'indicator'] as const) set(effect, key, `effect.${key}`)
    if (effect.raadsbesluit) set(effect.raadsbesluit, 'kenmerk', 'effect.raadsbesluit.kenmerk')
  }
  for (const grondwaarde of verordening.grondwaarden) {
    set(grondwaarde, 'tekst', 'grondwaarde.tekst')
    set(grondwaarde, 'toelichting', 'grondwaarde.toelichting')
    set(grondwaarde.bron, 'artikel', 'grondwaarde.bron.artikel')
  }
  for (const begrip of verordening.begrippen) {
    set(begrip, 'definitie', 'begrip.definitie')
    set(begrip, 'uitleg', 'begrip.uitleg')
  }
  for (const hoofdstuk of verordening.hoofdstukken) {
    set(hoofdstuk, 'titel', 'hoofdstuk.titel')
    for (const artikel of hoofdstuk.artikelen) {
      set(artikel, 'titel', 'artikel.titel')
      for (const voorbeeld of artikel.voorbeelden) set(voorbeeld, 'titel', 'voorbeeld.titel')
    }
  }
  return fields
}

/** Runs in the page: every element or attribute that could run script or leave the site. */
function markupInPage(): string[] {
  const found: string[] = []
  const samePath = (value: string) => value.startsWith('/') && !value.startsWith('//')
  for (const element of document.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase()
    for (const name of element.getAttributeNames()) {
      const value = element.getAttribute(name) ?? ''
      // Browsers skip control characters and spaces before a scheme.
      const squashed = value.replace(/[\u0000-\u0020]/g, '').toLowerCase()
      if (name.startsWith('on')) found.push(`${tag}[${name}]`)
      if (name === 'style') found.push(`${tag}[style]`)
      if (/^(javascript|vbscript|data):/.test(squashed)) found.push(`${tag}[${name}=${value.slice(0, 40)}]`)
    }
    const src = element.getAttribute('src') ?? ''
    const href = element.getAttribute('href') ?? ''
    switch (tag) {
      case 'script':
        if (!/^\/assets\//.test(src)) found.push(`script src=${src || '(inline)'}`)
        break
      case 'meta':
        if (element.hasAttribute('http-equiv') && element.getAttribute('http-equiv')?.toLowerCase() !== 'content-security-policy')
          found.push('meta[http-equiv]')
        break
      case 'iframe':
      case 'frame':
      case 'frameset':
      case 'object':
      case 'embed':
      case 'applet':
      case 'base':
      case 'style':
      case 'svg':
        // The raadsoverzicht's chart, drawn by the build from numbers and escaped text
        // (src/views/raad-grafiek.ts): only its own shapes and text, nothing from the input.
        if (
          element.classList.contains('grafiek__svg') &&
          element.parentElement?.classList.contains('grafiek__vlak') &&
          [...element.querySelectorAll('*')].every((child) => ['title', 'desc', 'text', 'rect', 'line', 'circle'].includes(child.tagName.toLowerCase()))
        )
          break
        found.push(tag)
        break
      case 'math':
        found.push(tag)
        break
      case 'img':
        if (!samePath(src)) found.push(`img src=${src}`)
        break
      case 'link':
        if (!samePath(href)) found.push(`link href=${href}`)
        break
      case 'a':
        // Site paths, anchors, and the fixed outside links of the templates.
        if (href && !/^(\/(?!\/)|#|https:\/\/(wetten\.overheid\.nl|www\.nationaleombudsman\.nl)\/|mailto:|tel:)/.test(href))
          found.push(`a href=${href.slice(0, 40)}`)
        break
      case 'form':
        if (!['/zoeken/', ''].includes(element.getAttribute('action') ?? '')) found.push(`form action=${element.getAttribute('action')}`)
        break
      case 'input':
        if (element.getAttribute('type')?.toLowerCase() === 'image') found.push('input[type=image]')
        break
    }
  }
  return found
}

const squash = (text: string) => text.replace(/\s+/g, ' ')

let source: string
let site: ServedSite
let context: BrowserContext
let fields: string[] = []
const dialogs: string[] = []
const strayRequests: string[] = []

beforeAll(async () => {
  source = await makeFixture({ '02-wmo.md': wmo })
  const check = await checkVerordening(source)
  fields = inject(check)
  site = await serveBuiltSite(source, { check, ignoreErrorsForTesting: true })
  context = await site.browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } })
  context.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(`${site.url}/`) && !url.startsWith('data:')) strayRequests.push(url)
  })
}, 120_000)

afterAll(async () => {
  await context?.close()
  await site?.close()
  await rm(source, { recursive: true, force: true })
})

async function open(url: string): Promise<{ page: BrowserPage; documents: string[] }> {
  const page = await context.newPage()
  const documents: string[] = []
  page.on('request', (request) => {
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) documents.push(request.url())
  })
  page.on('dialog', (dialog) => {
    dialogs.push(`${url}: ${dialog.message()}`)
    void dialog.dismiss().catch(() => undefined)
  })
  await page.goto(`${site.url}${url}`, { waitUntil: 'load' })
  return { page, documents }
}

async function expectUntouched(page: BrowserPage, documents: string[], url: string): Promise<void> {
  // Meta refresh with 0 seconds would have fired by now; give it a moment anyway.
  await page.waitForTimeout(100)
  expect(new URL(page.url()).pathname, url).toBe(new URL(`${site.url}${url}`).pathname)
  expect(documents, url).toHaveLength(1)
  expect(await page.evaluate(markupInPage), url).toEqual([])
}

describe('XSS vectors in every field, CSP off', () => {
  it('covers at least 40 vectors in every field that reaches a page or the index', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(40)
    expect(fields).toEqual(
      expect.arrayContaining([
        'effect.titel',
        'effect.tekst',
        'grondwaarde.tekst',
        'begrip.definitie',
        'begrip.uitleg',
        'verordening.citeertitel',
        'verordening.gemeente',
        'verordening.disclaimer',
        'verordening.aanhef',
        'artikel.titel',
        'voorbeeld.titel',
      ]),
    )
    console.log(`xss: ${vectors.length} vectoren × ${fields.length} velden = ${vectors.length * fields.length} (${fields.join(', ')})`)
  })

  it('shows them as text and runs nothing on any page', async () => {
    const pages = [...(await readSite(site.out)).keys()]
    expect(pages.length).toBeGreaterThan(8)
    for (const url of pages) {
      const { page, documents } = await open(url)
      await expectUntouched(page, documents, url)
      await page.close()
    }
    // Nothing lost: the effect page shows every vector as the text it was
    // (null characters are dropped by the HTML parser itself).
    const effect = site.result.site!.effecten[0]!
    const { page } = await open(effect.url)
    const text = squash((await page.locator('main').textContent()) ?? '')
    for (const vector of vectors.filter((entry) => !entry.includes('\u0000'))) expect(text, vector).toContain(squash(vector).trim())
    await page.close()
    expect(dialogs).toEqual([])
    expect(strayRequests).toEqual([])
  }, 300_000)

  it('finds them on the search page and shows every result field as text', async () => {
    const { page, documents } = await open('/zoeken/')
    // The filters come from the index as soon as the page loads, before any search.
    // (If they never show, the check below says what went wrong instead.)
    await page
      .locator('#zoekfilters')
      .waitFor({ timeout: 15_000 })
      .catch(() => undefined)
    await expectUntouched(page, documents, '/zoeken/')
    expect(dialogs).toEqual([])
    const input = page.locator('#zoekterm')
    for (const word of ['alert', 'script', 'onerror', 'xss', 'javascript', 'refresh', 'svg', 'iframe', 'xssvector7']) {
      await input.fill('')
      await input.pressSequentially(word, { delay: 20 })
      await page.locator('.zoekresultaat__link').first().waitFor({ timeout: 15_000 })
      await page.waitForTimeout(400)
      // Load every page of results, so each excerpt is rendered once.
      while (await page.locator('#zoeken-meer').isVisible()) {
        await page.locator('#zoeken-meer').click()
        await page.waitForTimeout(200)
      }
      expect(await page.locator('#zoekstatus').textContent(), word).toMatch(/resultaten? voor/)
      const hrefs = await page.locator('.zoekresultaat a').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''))
      for (const href of hrefs) expect(href, word).toMatch(/^\/(?!\/)/)
      await expectUntouched(page, documents, '/zoeken/')
    }
    // Result titles and filter labels hold the vectors as text, also the
    // entity-encoded ones that a second decode would turn into markup.
    const titles = await page.locator('.zoekresultaat__link').allTextContents()
    expect(titles.some((title) => title.includes("<script>alert('XSS')</script>"))).toBe(true)
    const labels = (await page.locator('.zoekfilters__label').allTextContents()).join('\n')
    expect(labels).toContain('&lt;img src=x onerror=alert(19)&gt;')
    expect(labels).toContain("<svg/onload=alert('XSS')>")
    // A filter still works with such a value.
    await page.locator('.zoekfilters__vak').last().check()
    await page.waitForTimeout(500)
    await expectUntouched(page, documents, '/zoeken/')
    await page.close()
    expect(dialogs).toEqual([])
    expect(strayRequests).toEqual([])
  }, 300_000)
})

describe('entity-encoded markup in a registry', () => {
  it('is refused with a Dutch message at the position of each value', async () => {
    expect(entityEncoded.length).toBeGreaterThanOrEqual(8)
    // One effect per vector; its titel is on line 2 of each 7-line item.
    const items = entityEncoded.map((vector, index) =>
      exampleEffect({ id: `effect-${index}`, titel: JSON.stringify(vector), status: 'concept', raadsbesluit: null }),
    )
    const dir = await makeFixture({ 'effecten.yml': items.join('') })
    try {
      const result = await checkVerordening(dir)
      const file = result.files.find((entry) => path.basename(entry.path) === 'effecten.yml')
      const messages = (file?.messages ?? []).filter((message) => message.ruleId === 'register-schema')
      entityEncoded.forEach((vector, index) => {
        const line = index * 7 + 2
        const message = messages.find((entry) => entry.line === line)
        expect(message, `${vector} (regel ${line})`).toBeDefined()
        expect(message!.column, vector).toBe(10)
        expect(message!.fatal, vector).toBe(true)
        expect(message!.reason, vector).toMatch(
          /^Veld `titel` in item \d+: HTML is hier niet toegestaan, ook niet met entiteiten zoals `&lt;` \(dit leest als `<[!/?]?[a-z]*`\), verwacht gewone tekst\.$/i,
        )
      })
      expect(result.errors).toBeGreaterThanOrEqual(entityEncoded.length)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
