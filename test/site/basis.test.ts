// A site published under a path (`build --basis /verordening/`, as at
// www.gemeente.nl/verordening/): served at that path only, every reference on
// every page works (crawled over HTTP, also from the 404 page at an unknown
// address), search works in Chromium, and the 404 page is styled. The same
// crawl at the root proves the default is unchanged.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildSite } from '../../src/site/build-site.ts'
import { verordening } from '../helpers/cli.ts'
import { crawl } from '../helpers/crawl.ts'
import { basisDir, makeFixture } from '../helpers/fixture.ts'
import { type ServedSite, serveBuiltSite } from '../helpers/served-site.ts'
import { readSite } from '../helpers/site-links.ts'
import { serveStatic } from '../helpers/static-server.ts'

const basis = '/verordening/'
let sub: ServedSite

/** The basic fixture with a line added to its verordening.yml. */
async function fixtureWith(line: string): Promise<string> {
  return makeFixture({ 'verordening.yml': `${await readFile(path.join(basisDir, 'verordening.yml'), 'utf8')}\n${line}\n` })
}

beforeAll(async () => {
  sub = await serveBuiltSite('verordening', { basis })
}, 180_000)

afterAll(async () => {
  await sub?.close()
})

/** Every HTML file of a built site as a start address (so a page no link reaches is checked too), and an unknown address. */
async function starts(out: string, site: string): Promise<Array<{ url: string; status: number }>> {
  const pages = [...(await readSite(out)).keys()].filter((url) => url !== '/404.html')
  return [
    ...pages.map((url) => ({ url: `${site}${url.slice(1)}`, status: 200 })),
    { url: `${site}bestaat/niet/diep/`, status: 404 },
    { url: `${site}inwoners/artikel/99-99/`, status: 404 },
  ]
}

describe('a site under a basis path', () => {
  it('links every page, asset, style sheet, script and form under the path, also from the 404 page', async () => {
    const result = await crawl(sub.url, basis, await starts(sub.out, `${sub.url}${basis}`))
    expect(result.broken).toEqual([])
    const htmlFiles = (await readdir(sub.out, { recursive: true })).filter((name) => name.endsWith('.html')).length
    // Every HTML file but 404.html at its own address, plus the two unknown addresses.
    expect(result.pages).toBe(htmlFiles - 1 + 2)
    expect(result.links).toBeGreaterThan(result.pages * 20)
  }, 120_000)

  it('makes no link to the root of the domain', async () => {
    for (const page of (await readSite(sub.out)).values()) {
      for (const link of page.links) {
        if (link.startsWith('/')) expect(link.startsWith(basis), `${page.url} → ${link}`).toBe(true)
      }
    }
    const documenten = JSON.parse(await readFile(path.join(sub.out, 'zoeken', 'documenten.json'), 'utf8')) as Array<{ url: string }>
    expect(documenten.length).toBeGreaterThan(0)
    expect(documenten.filter((document) => !document.url.startsWith(basis))).toEqual([])
  })

  it('searches in Chromium from /verordening/zoeken/?q=…', async () => {
    const page = await sub.browser.newPage({ viewport: { width: 1280, height: 900 } })
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    const response = await page.goto(`${sub.url}${basis}zoeken/?q=scootmobiel`)
    expect(response?.status()).toBe(200)
    await page.locator('.zoekresultaat__link').first().waitFor({ timeout: 15_000 })
    const links = await page
      .locator('.zoekresultaat__link')
      .evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname))
    expect(links.length).toBeGreaterThan(0)
    expect(links.filter((link) => !link.startsWith(`${basis}inwoners/`))).toEqual([])
    // A result opens its page under the path.
    await page.locator('.zoekresultaat__link').first().click()
    await page.waitForURL((url) => url.pathname === links[0])
    expect(await page.locator('h1').count()).toBe(1)
    expect(errors).toEqual([])
    await page.close()
  })

  it('shows the styled 404 page at an unknown address under the path', async () => {
    const page = await sub.browser.newPage({ viewport: { width: 375, height: 900 } })
    const failed: string[] = []
    page.on('response', (response) => {
      if (response.status() >= 400 && response.request().resourceType() !== 'document') failed.push(`${response.status()} ${response.url()}`)
    })
    page.on('requestfailed', (request) => failed.push(`mislukt ${request.url()}`))
    const response = await page.goto(`${sub.url}${basis}een/adres/dat/niet/bestaat`, { waitUntil: 'networkidle' })
    expect(response?.status()).toBe(404)
    expect(await page.locator('h1').textContent()).toBe('Deze pagina bestaat niet')
    expect(failed).toEqual([])
    // Every style sheet loaded and has rules; the NL Design System tokens are there.
    const sheets = await page.evaluate(() =>
      [...document.querySelectorAll('link[rel=stylesheet]')].map((link) => ({
        href: (link as HTMLLinkElement).href,
        rules: (link as HTMLLinkElement).sheet?.cssRules.length ?? -1,
      })),
    )
    expect(sheets.length).toBeGreaterThanOrEqual(4)
    expect(sheets.filter((sheet) => sheet.rules <= 0 && !sheet.href.endsWith('huisstijl.css'))).toEqual([])
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toMatch(/^"?Times/)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
    // Its links lead into the site under the path.
    await page.locator('main a', { hasText: 'juridische versie' }).first().click()
    await page.waitForURL((url) => url.pathname === `${basis}juridisch/`)
    await page.close()
  })
})

describe('the same site at the root', () => {
  it('still links everything at /', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'basis-root-'))
    try {
      const out = path.join(dir, '_site')
      const built = await buildSite('verordening', out)
      expect(built.problem).toBeNull()
      expect(built.site?.urls.basis).toBe('/')
      const server = await serveStatic(out)
      try {
        const result = await crawl(server.url, '/', await starts(out, `${server.url}/`))
        expect(result.broken).toEqual([])
        expect(result.pages).toBeGreaterThan(100)
      } finally {
        await server.close()
      }
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }, 180_000)
})

describe('basis in verordening.yml and --basis', () => {
  it('takes basis from verordening.yml, and --basis overrides it', async () => {
    const source = await fixtureWith('basis: /regels/')
    const dir = await mkdtemp(path.join(tmpdir(), 'basis-yml-'))
    try {
      const fromYml = await verordening(['build', source, '--out', path.join(dir, 'yml')])
      expect(fromYml.code, fromYml.stderr).toBe(0)
      expect(fromYml.stderr).toContain('voor het pad /regels/')
      expect(await readFile(path.join(dir, 'yml', 'index.html'), 'utf8')).toContain('href="/regels/assets/site.css"')
      const fromFlag = await verordening(['build', source, '--out', path.join(dir, 'vlag'), '--basis', '/elders/'])
      expect(fromFlag.code, fromFlag.stderr).toBe(0)
      expect(await readFile(path.join(dir, 'vlag', 'index.html'), 'utf8')).toContain('href="/elders/assets/site.css"')
      const root = await verordening(['build', source, '--out', path.join(dir, 'root'), '--basis', '/'])
      expect(root.code, root.stderr).toBe(0)
      expect(await readFile(path.join(dir, 'root', 'index.html'), 'utf8')).toContain('href="/assets/site.css"')
    } finally {
      await rm(dir, { recursive: true, force: true })
      await rm(source, { recursive: true, force: true })
    }
  }, 120_000)

  it('refuses a bad --basis with a Dutch message that says how to write it, and builds nothing', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'basis-fout-'))
    try {
      const cases: Array<[string, string]> = [
        ['verordening', 'Het pad moet beginnen en eindigen met /: schrijf /verordening/.'],
        ['/verordening', 'schrijf /verordening/.'],
        ['https://www.gemeente.nl/verordening/', 'Geef alleen het pad, zonder http(s):// en domein: schrijf /verordening/.'],
        ['/a/../b/', 'Een pad met `.` of `..` als deel kan niet'],
        ['/met spatie/', 'alleen letters, cijfers en - . _ ~'],
        ['/a//b/', 'twee schuine strepen na elkaar'],
        ['', 'Geef het pad waarop de site komt te staan'],
      ]
      for (const [value, message] of cases) {
        const outcome = await verordening(['build', 'verordening', '--out', path.join(dir, '_site'), '--basis', value])
        expect(outcome.code, value).toBe(1)
        expect(outcome.stderr, value).toContain(message)
        expect(outcome.stderr, value).toContain(`Ongeldige --basis \`${value}\``)
      }
      expect(await readdir(dir)).toEqual([])
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })

  it('reports a bad basis in verordening.yml at its line', async () => {
    const source = await fixtureWith('basis: verordening')
    try {
      const outcome = await verordening(['check', source])
      expect(outcome.code).toBe(1)
      expect(outcome.stderr).toContain('verordening.yml')
      expect(outcome.stderr).toMatch(/^ +\d+:\d+ +fout +Veld `basis`: Het pad moet beginnen en eindigen met \/: schrijf \/verordening\/\./m)
    } finally {
      await rm(source, { recursive: true, force: true })
    }
  })
})

describe('templates and scripts', () => {
  it('make no address of their own: every URL comes from site.urls (src/views/links.ts)', async () => {
    const root = path.resolve('site')
    const files = (await readdir(root, { recursive: true })).filter((name) => /\.(njk|js|css)$/.test(name))
    expect(files.length).toBeGreaterThan(10)
    const found: string[] = []
    for (const name of files) {
      const text = await readFile(path.join(root, name), 'utf8')
      for (const [index, line] of text.split('\n').entries()) {
        if (/^permalink:/.test(line) || /^\s*(\/\/|\/\*|\*|\{#)/.test(line)) continue
        // A quoted root-relative address ("/…" or '/…') in markup, data or a fetch.
        if (/(["'])\/(?![/*])[^"'\s]*\1/.test(line) || /url\(\s*["']?\//.test(line)) found.push(`site/${name}:${index + 1}: ${line.trim()}`)
      }
    }
    expect(found).toEqual([])
  })
})

describe('the crawl itself', () => {
  it('finds each kind of broken reference', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'crawl-'))
    try {
      await mkdir(path.join(dir, 'a'))
      await writeFile(path.join(dir, 'a', 'index.html'), '<!doctype html><title>a</title><h1 id="kop">a</h1><a href="#kop">ok</a><a href="#weg">anker</a>')
      await writeFile(path.join(dir, 'stijl.css'), 'body { background: url("/b/plaatje.png") } .x { background: url(data:image/png;base64,AA==) }')
      await writeFile(
        path.join(dir, 'index.html'),
        '<!doctype html><title>x</title><link rel="stylesheet" href="/b/stijl.css"><script src="/b/weg.js"></script>' +
          '<a href="/b/a/#kop">ok</a><a href="/b/a/#weg">anker</a><a href="/a/">buiten</a><a href="">leeg</a>' +
          '<img src="/b/a/" srcset="/b/weg-1x.png 1x, /b/weg-2x.png 2x" alt=""><form action="/b/zoek/"></form><div data-documenten="/b/weg.json"></div>' +
          '<a href="https://example.org/">extern</a><a href="mailto:a@example.org">mail</a>',
      )
      const server = await serveStatic(dir, { basis: '/b/' })
      try {
        const result = await crawl(server.url, '/b/', [{ url: `${server.url}/b/`, status: 200 }])
        expect(result.broken.sort()).toEqual(
          [
            '/b/ → "/b/a/#weg" (anker ontbreekt)',
            '/b/ → "/a/" (buiten /b/)',
            '/b/ → "" (leeg)',
            '/b/ → "/b/weg.js" (status 404)',
            '/b/ → "/b/weg-1x.png" (status 404)',
            '/b/ → "/b/weg-2x.png" (status 404)',
            '/b/ → "/b/zoek/" (status 404)',
            '/b/ → "/b/weg.json" (status 404)',
            '/b/a/ → "#weg" (anker ontbreekt)',
            '/b/stijl.css → "/b/plaatje.png" (status 404)',
          ].sort(),
        )
        expect(result.pages).toBe(2)
      } finally {
        await server.close()
      }
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
