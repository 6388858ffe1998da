// Builds the shipped example and checks the site as a whole: a page per artikel
// in both versions, every internal link and anchor resolving, and a search
// index that holds pages of both versions.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type BuildResult, buildSite, buildSteps } from '../../src/site/build-site.ts'
import { brokenLinks, type Page, readSite } from '../helpers/site-links.ts'

let dir: string
let out: string
let result: BuildResult
let pages: Map<string, Page>
const steps: string[] = []

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'site-'))
  out = path.join(dir, '_site')
  result = await buildSite('verordening', out, { onStep: (step) => steps.push(step) })
  pages = await readSite(out)
}, 120_000)

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('verordening build on the example', () => {
  it('builds without problems', () => {
    expect(result.problem).toBeNull()
    expect(result.check.errors).toBe(0)
  })

  it('names its steps in order, for the progress line', () => {
    expect(steps).toEqual([...buildSteps])
  })

  it('has a page per artikel in both versions', () => {
    const artikelen = result.site?.artikelen ?? []
    expect(artikelen.length).toBeGreaterThanOrEqual(35)
    for (const artikel of artikelen) {
      expect(pages.has(artikel.urls.inwoners), artikel.urls.inwoners).toBe(true)
      expect(pages.has(artikel.urls.juridisch), artikel.urls.juridisch).toBe(true)
    }
  })

  it('has the three parts, the home page and a page per effect', () => {
    for (const url of ['/', '/inwoners/', '/juridisch/', '/raad/', '/raad/grondwaarden/', '/zoeken/', '/toegankelijkheid/'])
      expect(pages.has(url), url).toBe(true)
    for (const effect of result.site?.effecten ?? []) expect(pages.has(effect.url), effect.url).toBe(true)
  })

  it('has stable STOP-style anchors for every hoofdstuk, artikel, lid and onderdeel on the whole-text page', () => {
    const whole = pages.get('/juridisch/')
    for (const hoofdstuk of result.site?.hoofdstukken ?? []) {
      expect(whole?.ids.has(hoofdstuk.eId), hoofdstuk.eId).toBe(true)
      for (const artikel of hoofdstuk.artikelen) {
        expect(whole?.ids.has(artikel.eId), artikel.eId).toBe(true)
        for (const lid of artikel.leden) {
          expect(whole?.ids.has(lid.eId), lid.eId).toBe(true)
          for (const onderdeel of lid.onderdelen) expect(whole?.ids.has(onderdeel.eId), onderdeel.eId).toBe(true)
        }
      }
    }
    expect(whole?.ids.has('chp_4__art_4.1__para_2')).toBe(true)
  })

  it('resolves every internal link and anchor', async () => {
    expect(await brokenLinks(out, pages)).toEqual([])
  })

  it('says on every inwoners page that only the juridische versie binds', async () => {
    for (const page of pages.values()) {
      if (!page.url.startsWith('/inwoners/')) continue
      expect(await readFile(page.file, 'utf8'), page.url).toContain('Alleen de juridische versie')
    }
  })

  it('links each inwoners artikel to the binding text of the same artikel', async () => {
    for (const artikel of result.site?.artikelen ?? []) {
      expect(pages.get(artikel.urls.inwoners)?.links, artikel.nr).toContain(artikel.urls.juridisch)
    }
  })

  it('has a search index with pages of both versions, filterable by versie, effect and wet', async () => {
    // The search page's MiniSearch index is built in the browser from this file.
    const records = JSON.parse(await readFile(path.join(out, 'zoeken', 'documenten.json'), 'utf8')) as Array<{
      url: string
      versie: string
      effecten: string[]
      wetten: string[]
    }>
    const urls = records.map((record) => record.url)
    expect(result.indexed).toBe(records.length)
    // An artikel without an inwonersdeel (the formal soorten) is searched in its juridische versie only.
    expect(urls.filter((url) => url.startsWith('/inwoners/artikel/')).length).toBe(
      result.site?.artikelen.filter((artikel) => artikel.inwonersHtml !== null).length,
    )
    expect(urls.filter((url) => url.startsWith('/juridisch/artikel/')).length).toBe(result.site?.artikelen.length)
    for (const url of urls) expect(pages.has(url), url).toBe(true)
    expect([...new Set(records.map((record) => record.versie))].sort()).toEqual(['Inwonersversie', 'Juridische versie'])
    expect(records.some((record) => record.effecten.length > 0)).toBe(true)
    expect(records.some((record) => record.wetten.length > 0)).toBe(true)
  })

  it('writes no Pagefind index (the search runs on MiniSearch)', async () => {
    expect(await readdir(out)).not.toContain('pagefind')
  })

  it('shows plain-language scores per artikel in the raadsoverzicht, inwoners easier than juridisch', async () => {
    const taal = result.site!.raad.taal
    expect(taal.artikelen).toHaveLength(result.site!.artikelen.length)
    expect(taal.mediaanInwoners!).toBeGreaterThan(taal.mediaanJuridisch! + 20)
    expect(taal.artikelen.filter((score) => score.b1 === false)).toEqual([])
    const html = await readFile(pages.get('/raad/')!.file, 'utf8')
    expect(html).toContain('Begrijpelijke taal per artikel')
    expect(html).toContain(`${taal.mediaanInwoners}`.replace('.', ','))
  })

  it('never lets raw HTML or script from the source reach a page', async () => {
    for (const page of pages.values()) {
      const html = await readFile(page.file, 'utf8')
      expect(html, page.url).not.toMatch(/<script(?![^>]*\bsrc=)/)
      expect(html, page.url).not.toMatch(/javascript:/i)
    }
  })
})
