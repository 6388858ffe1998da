// Hostile input: the checker refuses it with clear messages, and even when the
// checker is bypassed, nothing from the source executes in the browser and no
// file outside the verordening map is read.
import { readdir, readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { wmoHoofdstuk } from '../../src/rules/support/examples.ts'
import { type BuildResult, buildSite } from '../../src/site/build-site.ts'
import { makeFixture } from '../helpers/fixture.ts'
import { type ServedSite, serveBuiltSite } from '../helpers/served-site.ts'
import { readSite } from '../helpers/site-links.ts'

const payload = 'window.__pwned=1;alert(1)'
const hostile = wmoHoofdstuk({
  titel: `Hulp <img src=x onerror=${payload}>`,
  kenmerken: `onclick="${payload}"`,
  juridisch: `1. Het college <script>${payload}</script> kan hulp bieden, zie [dit](javascript:${payload}) en :begrip[college]{term="college\\"><script>${payload}</script>"}.
2. Zie <img src=x onerror="${payload}"> en <a href="javascript:${payload}">klik</a> en <svg onload="${payload}"></svg>.`,
  inwoners: `Wij helpen u. ![Geheim](../../../../etc/passwd.png) ![Ook geheim](/etc/hostname.png) ![x](javascript:${payload})

<iframe src="javascript:${payload}"></iframe>
<style>body{display:none}</style>`,
  delen: `:::voorbeeld{titel="<script>${payload}</script>"}
Mevrouw <b onmouseover="${payload}">Jansen</b> krijgt hulp.
:::`,
})

let source: string
let site: ServedSite
let result: BuildResult
let out: string
let browser: Browser
const server = { url: '' }

beforeAll(async () => {
  source = await makeFixture({
    '02-aanval.md': hostile,
    'effecten.yml': `- id: meedoen\n  titel: "Meedoen <script>${payload}</script>"\n  vraag: Ik wil meedoen\n  tekst: "<img src=x onerror=${payload}>"\n  levensdomein: Meedoen\n  indicator: x\n  status: vastgesteld\n  raadsbesluit: { datum: 2026-06-01, kenmerk: RB-1 }\n  __proto__: { polluted: true }\n`,
  })
  site = await serveBuiltSite(source, { ignoreErrorsForTesting: true })
  ;({ result, out, browser } = site)
  server.url = site.url
}, 120_000)

afterAll(async () => {
  await site?.close()
  await rm(source, { recursive: true, force: true })
})

describe('hostile input', () => {
  it('is refused by the checker with clear, positioned messages', () => {
    const messages = result.check.files.flatMap((file) =>
      file.messages.map((message) => `${path.basename(file.path)}:${message.line}:${message.column} ${message.ruleId}`),
    )
    for (const ruleId of ['geen-html', 'link-veilig', 'directive-attributen', 'register-schema']) {
      expect(
        messages.some((message) => message.endsWith(` ${ruleId}`)),
        `${ruleId} in ${messages.join('\n')}`,
      ).toBe(true)
    }
    expect(result.check.errors).toBeGreaterThan(5)
    // And a normal build refuses to publish it.
    return buildSite(source, path.join(path.dirname(out), 'normaal')).then((normal) => expect(normal.problem).toMatch(/fouten/))
  })

  it('never reads files outside the verordening map', async () => {
    const files = await readdir(out, { recursive: true })
    expect(files.filter((name) => /passwd|hostname/.test(String(name)))).toEqual([])
  })

  it('executes nothing in the browser on any page, even with the checker bypassed', async () => {
    const pages = [...(await readSite(out)).keys()]
    expect(pages.length).toBeGreaterThan(5)
    const dialogs: string[] = []
    for (const url of pages) {
      const page = await browser.newPage()
      page.on('dialog', (dialog) => {
        dialogs.push(`${url}: ${dialog.message()}`)
        void dialog.dismiss()
      })
      await page.goto(`${server.url}${url}`, { waitUntil: 'load' })
      // Hover and click everything a payload could hang on.
      for (const element of await page.locator('main a, main b, main img, main button').all()) {
        await element.hover({ timeout: 500 }).catch(() => undefined)
      }
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), url).toBeUndefined()
      // Hostile text may show as text; what matters is that it never became markup.
      const markup = await page.evaluate(() =>
        [...document.querySelectorAll('*')].flatMap((element) => {
          const found: string[] = []
          for (const attribute of element.getAttributeNames()) {
            const value = element.getAttribute(attribute) ?? ''
            if (attribute.startsWith('on')) found.push(`${element.tagName} ${attribute}`)
            if (/^\s*javascript:/i.test(value)) found.push(`${element.tagName} ${attribute}=${value}`)
          }
          if (element.tagName === 'IFRAME' || element.tagName === 'OBJECT' || element.tagName === 'EMBED') found.push(element.tagName)
          if (element.tagName === 'SCRIPT' && !element.getAttribute('src')) found.push('inline SCRIPT')
          return found
        }),
      )
      expect(markup, url).toEqual([])
      await page.close()
    }
    expect(dialogs).toEqual([])
  })

  it('sends a Content-Security-Policy without unsafe-inline scripts on every page', async () => {
    for (const page of (await readSite(out)).values()) {
      const html = await readFile(page.file, 'utf8')
      const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1]
      expect(csp, page.url).toBeDefined()
      const scriptSrc = /script-src ([^;]+)/.exec(csp ?? '')?.[1] ?? ''
      expect(scriptSrc, page.url).not.toContain("'unsafe-inline'")
    }
  })
})
