// A tagged PDF of one part of the site, printed by Chromium from the pages the
// build makes: the site is built into a temporary folder with the ordinary
// build (so the PDF shows exactly what the site shows, with its print
// stylesheet), opened in a Chromium-based browser (./browser.ts: Chromium,
// Chrome or Edge) through playwright-core without a server (every request is
// answered from that folder), and printed with tags (a structure for screen
// readers) and an outline (bookmarks per hoofdstuk and artikel, from the
// headings). Every toelichting is opened before printing.
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { escapeUTF8 } from 'entities'
import type { CheckResult } from '../pipeline/pipeline.ts'
import { buildSite } from '../site/build-site.ts'
import { printStep } from './steps.ts'
import { findBrowser } from './browser.ts'
import { errorCode, systemReason } from '../messages/system-error.ts'
import type { SiteData } from '../views/types.ts'

/** Which part of the site a PDF holds. */
export type PdfVersie = 'juridisch' | 'inwoners' | 'raad'

export interface PdfResult {
  bytes: Uint8Array
  pages: number
}

const origin = 'http://verordening.localhost'

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
}

/** The pages of each part, in reading order: the first is opened, the main content of the others is added to it. */
export function pagesOf(site: SiteData, versie: PdfVersie): string[] {
  switch (versie) {
    case 'juridisch':
      return ['/juridisch/']
    case 'raad':
      return ['/raad/', '/raad/grondwaarden/']
    case 'inwoners':
      return ['/inwoners/', ...site.artikelen.filter((artikel) => artikel.inwonersHtml !== null).map((artikel) => artikel.urls.inwoners)]
  }
}

export async function buildPdf(check: CheckResult, source: string, versie: PdfVersie, onStep: (step: string) => void = () => undefined): Promise<PdfResult | { problem: string }> {
  const browser = findBrowser()
  if ('problem' in browser) return browser
  const executable = browser.path
  let chromium: typeof import('playwright-core').chromium
  try {
    ;({ chromium } = await import('playwright-core'))
  } catch {
    return { problem: 'Het pakket playwright-core ontbreekt, verwacht bij de installatie van verordening; draai `npm ci` opnieuw' }
  }

  const work = await mkdtemp(path.join(tmpdir(), 'verordening-pdf-'))
  try {
    const siteDir = path.join(work, 'site')
    const built = await buildSite(source, siteDir, { check, onStep })
    if (built.problem || !built.site) return { problem: built.problem ?? 'De site voor de PDF kon niet worden gebouwd' }
    const pages = pagesOf(built.site, versie)
    const meta = built.site.meta

    let browser: import('playwright-core').Browser
    onStep(printStep)
    try {
      browser = await chromium.launch({
        executablePath: executable,
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      })
    } catch (error) {
      return { problem: `Chromium (\`${executable}\`) start niet (${chromiumReason(error)}), verwacht een werkende installatie van Chromium` }
    }
    try {
      const context = await browser.newContext({ locale: 'nl-NL', javaScriptEnabled: true })
      // No server and no network: every request is answered from the built site, or refused.
      await context.route('**/*', async (route) => {
        const url = new URL(route.request().url())
        const file = url.origin === origin ? await siteFile(siteDir, url.pathname) : null
        if (!file) return route.fulfill({ status: 404, body: '' })
        return route.fulfill({ status: 200, body: await readFile(file), contentType: contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream' })
      })
      const page = await context.newPage()
      await page.goto(`${origin}${pages[0]}`, { waitUntil: 'load' })
      if (pages.length > 1) {
        // One document for the whole part: the main content of the other pages follows the first.
        await page.evaluate(async (urls: string[]) => {
          const main = document.querySelector('main')
          if (!main) return
          for (const url of urls) {
            const html = await (await fetch(url)).text()
            const other = new DOMParser().parseFromString(html, 'text/html').querySelector('main')
            if (!other) continue
            const part = document.createElement('div')
            part.className = 'pdf-deel'
            part.append(...Array.from(other.childNodes).map((node) => document.importNode(node, true)))
            main.append(part)
          }
        }, pages.slice(1))
      }
      // Every toelichting (and every other folded part) is printed open.
      await page.evaluate(() => {
        for (const details of Array.from(document.querySelectorAll('details'))) details.open = true
      })
      await page.evaluate(() => document.fonts.ready.then(() => undefined))
      const titel = escapeUTF8(meta.citeertitel)
      const pdf = await page.pdf({
        format: 'A4',
        tagged: true,
        outline: true,
        printBackground: false,
        displayHeaderFooter: true,
        headerTemplate: `<div style="font-size:8pt;width:100%;margin:0 2cm;text-align:right;font-family:sans-serif;">${titel}</div>`,
        footerTemplate: '<div style="font-size:8pt;width:100%;margin:0 2cm;text-align:center;font-family:sans-serif;">Pagina <span class="pageNumber"></span> van <span class="totalPages"></span></div>',
        margin: { top: '2.2cm', bottom: '2.2cm', left: '2cm', right: '2cm' },
      })
      return { bytes: new Uint8Array(pdf), pages: countPages(pdf) }
    } catch (error) {
      // Chromium stopped or timed out while printing: the author gets a reason, not a stack trace.
      return { problem: `Chromium kon de PDF niet maken (${chromiumReason(error)}), verwacht een werkende installatie van Chromium; probeer het opnieuw` }
    } finally {
      await browser.close().catch(() => undefined)
    }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

/** The file in the built site for a URL path (`/juridisch/` → juridisch/index.html), never outside it. */
async function siteFile(siteDir: string, pathname: string): Promise<string | null> {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return null
  }
  const relative = decoded.endsWith('/') ? `${decoded}index.html` : decoded
  const file = path.resolve(siteDir, `.${relative}`)
  if (!file.startsWith(siteDir + path.sep)) return null
  const info = await stat(file).catch(() => null)
  return info?.isFile() ? file : null
}

/** The number of pages, from the page tree of the PDF (Chromium writes it uncompressed). */
export function countPages(pdf: Uint8Array): number {
  const text = Buffer.from(pdf).toString('latin1')
  let pages = 0
  for (const match of text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)) pages = Math.max(pages, Number(match[1] ?? match[2]))
  return pages
}

/** Why Chromium failed, in Dutch: playwright's messages are English and long. */
function chromiumReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  if (/Executable doesn't exist|ENOENT/.test(message)) return 'het programma is niet gevonden'
  if (/Timeout \d+ms exceeded/.test(message)) return 'het duurde te lang'
  if (/has been closed|Target closed|crash/i.test(message)) return 'Chromium stopte onverwacht'
  if (/Failed to launch|spawn/.test(message) && errorCode(error) === undefined) return 'Chromium kon niet worden gestart'
  return systemReason(error)
}
