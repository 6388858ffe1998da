import { mkdtemp, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { escapeUTF8 } from 'entities'
import { failure, type Result, succeed } from '../messages/result.ts'
import { errorCode, systemReason } from '../messages/system-error.ts'
import type { CheckResult } from '../pipeline/pipeline.ts'
import { buildSite } from '../site/build-site.ts'
import type { SiteData } from '../views/types.ts'
import { chromiumArgs, findBrowser } from './browser.ts'
import { pdfMarker } from './output-marker.ts'
import { makePrintDocument, type PdfMetadata, type PdfVersie, pdfMetadata, printCss, webOnly } from './pdf-document.ts'
import { printStep } from './steps.ts'

export type { PdfVersie }

export interface PdfResult {
  bytes: Uint8Array
  pages: number
}

const origin = 'http://verordening.localhost'
/** Not a path of the built site (Eleventy writes no dot-folders there). */
const printCssPath = '/.pdf/document.css'

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
    case 'effectrapportage':
      return [site.urls.effectrapportage]
    case 'inwoners':
      return ['/inwoners/', ...site.artikelen.filter((artikel) => artikel.inwonersHtml !== null).map((artikel) => artikel.paden.inwoners)]
  }
}

export async function buildPdf(
  check: CheckResult,
  source: string,
  versie: PdfVersie,
  onStep: (step: string) => void = () => undefined,
): Promise<Result<PdfResult>> {
  // The browser is found before the site is built: without one, nothing is built in vain.
  const found = findBrowser()
  if (!found.ok) return found
  const work = await mkdtemp(path.join(tmpdir(), 'verordening-pdf-'))
  try {
    const siteDir = path.join(work, 'site')
    // At the root whatever `basis:` says: this site is read from its folder, never published.
    const built = await buildSite(source, siteDir, { check, onStep, basis: '/' })
    if (built.problem || !built.site) return failure(built.problem ?? 'De site voor de PDF kon niet worden gebouwd')
    onStep(printStep)
    const printer = await openPdfPrinter()
    if (!printer.ok) return printer
    try {
      return await printer.value.print({ dir: siteDir, site: built.site }, versie)
    } finally {
      await printer.value.close()
    }
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}

/** A built site to print: its folder, and its data (basis, pages, citeertitel). */
export interface PrintableSite {
  dir: string
  site: SiteData
}

/**
 * One Chromium for many PDFs: `build --alle` prints the document of every
 * gemeente with the same browser (a launch costs about a second; a page,
 * much less), each in a fresh browser context, so nothing of one gemeente's
 * site is seen by the next.
 */
export interface PdfPrinter {
  print(printable: PrintableSite, versie: PdfVersie): Promise<Result<PdfResult>>
  close(): Promise<void>
}

export async function openPdfPrinter(): Promise<Result<PdfPrinter>> {
  const found = findBrowser()
  if (!found.ok) return found
  const executable = found.value
  let chromium: typeof import('playwright-core').chromium
  try {
    ;({ chromium } = await import('playwright-core'))
  } catch {
    return failure('Het pakket playwright-core ontbreekt, verwacht bij de installatie van verordening; draai `npm ci` opnieuw')
  }
  let browser: import('playwright-core').Browser
  try {
    browser = await chromium.launch({
      executablePath: executable,
      args: [...chromiumArgs],
    })
  } catch (error) {
    return failure(`Chromium (\`${executable}\`) start niet (${chromiumReason(error)}), verwacht een werkende installatie van Chromium`)
  }
  return succeed({
    print: (printable, versie) => printSite(browser, printable, versie),
    close: () => browser.close().catch(() => undefined),
  })
}

async function printSite(browser: import('playwright-core').Browser, { dir: siteDir, site }: PrintableSite, versie: PdfVersie): Promise<Result<PdfResult>> {
  const meta = site.meta
  // A site built under a basis (`build --alle`: `/<id>/`) is printed from its own folder, at that basis.
  const basis = site.urls.basis
  const underBasis = (page: string) => (page.startsWith(basis) ? page : `${basis}${page.slice(1)}`)
  const pages = pagesOf(site, versie).map(underBasis)
  let printed: Buffer
  let context: import('playwright-core').BrowserContext | undefined
  try {
    context = await browser.newContext({ locale: 'nl-NL', javaScriptEnabled: true })
    // No server and no network: every request is answered from the built site, or refused.
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url())
      // The document's own print rules, from memory: the site's CSP allows only stylesheets of its own origin.
      if (url.origin === origin && url.pathname === printCssPath) return route.fulfill({ status: 200, body: printCss, contentType: contentTypes['.css'] })
      const file = url.origin === origin && url.pathname.startsWith(basis) ? await siteFile(siteDir, `/${url.pathname.slice(basis.length)}`) : null
      if (!file) return route.fulfill({ status: 404, body: '' })
      return route.fulfill({
        status: 200,
        body: await readFile(file),
        contentType: contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      })
    })
    const page = await context.newPage()
    await page.goto(`${origin}${pages[0]}`, { waitUntil: 'load' })
    if (pages.length > 1) {
      // One document for the whole part: the main content of the other pages follows the first.
      await page.evaluate(async (urls: string[]) => {
        const main = document.querySelector('main')
        if (!main) return
        for (const [index, url] of urls.entries()) {
          const address = new URL(url, location.href)
          const html = await (await fetch(address)).text()
          const other = new DOMParser().parseFromString(html, 'text/html').querySelector('main')
          if (!other) continue
          // A link in the part is relative to its own page, not to the first one.
          for (const link of Array.from(other.querySelectorAll('a[href]'))) link.setAttribute('href', new URL(link.getAttribute('href') ?? '', address).href)
          const part = document.createElement('div')
          part.className = 'pdf-deel'
          part.id = `pdf-deel-${index + 1}`
          part.dataset.pagina = address.pathname
          part.append(...Array.from(other.childNodes).map((node) => document.importNode(node, true)))
          main.append(part)
        }
      }, pages.slice(1))
    }
    // Links to the site would point to this temporary origin in the PDF, and go nowhere: a
    // link to a page (or a place on it) that is in the PDF becomes a link inside the PDF,
    // any other link to the site stops being a link (its text stays). Links elsewhere stay.
    await page.evaluate(() => {
      const here = new URL(location.href)
      const main = document.querySelector('main')
      if (main && !main.id) main.id = 'pdf-begin'
      const tops = new Map<string, string>([[here.pathname, main?.id ?? '']])
      for (const part of Array.from(document.querySelectorAll<HTMLElement>('.pdf-deel[data-pagina]'))) tops.set(part.dataset.pagina ?? '', part.id)
      for (const link of Array.from(document.querySelectorAll('a[href]'))) {
        let url: URL
        try {
          url = new URL(link.getAttribute('href') ?? '', here)
        } catch {
          link.removeAttribute('href')
          continue
        }
        if (url.origin !== here.origin) continue
        const top = tops.get(url.pathname)
        let fragment = ''
        try {
          fragment = decodeURIComponent(url.hash.slice(1))
        } catch {
          fragment = ''
        }
        const target = top === undefined ? '' : fragment && document.getElementById(fragment) ? fragment : top
        if (target) link.setAttribute('href', `#${target}`)
        else link.removeAttribute('href')
      }
    })
    // Every toelichting (and every other folded part) is printed open.
    await page.evaluate(() => {
      for (const details of Array.from(document.querySelectorAll('details'))) details.open = true
    })
    // A document, not a web page: web-only parts out, one contact page, boxes kept whole (pdf-document.ts).
    await page.evaluate(makePrintDocument, webOnly)
    await page.addStyleTag({ url: `${origin}${printCssPath}` })
    await page.evaluate(() => document.fonts.ready.then(() => undefined))
    const titel = escapeUTF8(meta.citeertitel)
    printed = await page.pdf({
      format: 'A4',
      tagged: true,
      outline: true,
      printBackground: false,
      displayHeaderFooter: true,
      headerTemplate: `<div style="font-size:8pt;width:100%;margin:0 2cm;text-align:right;font-family:sans-serif;">${titel}</div>`,
      footerTemplate:
        '<div style="font-size:8pt;width:100%;margin:0 2cm;text-align:center;font-family:sans-serif;">Pagina <span class="pageNumber"></span> van <span class="totalPages"></span></div>',
      margin: { top: '2.2cm', bottom: '2.2cm', left: '2cm', right: '2cm' },
    })
  } catch (error) {
    // Chromium stopped or timed out while printing: the author gets a reason, not a stack trace.
    return failure(`Chromium kon de PDF niet maken (${chromiumReason(error)}), verwacht een werkende installatie van Chromium; probeer het opnieuw`)
  } finally {
    await context?.close().catch(() => undefined)
  }
  try {
    return succeed(await withMarker(printed, pdfMetadata(meta, versie)))
  } catch (error) {
    return failure(
      `De PDF van Chromium kon niet worden afgemaakt (maker en kenmerk zetten met pdf-lib: ${chromiumReason(error)}); probeer het opnieuw, en meld het als het blijft gebeuren`,
    )
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

/**
 * The PDF as Chromium printed it, with its document information (title, the
 * gemeente as author, subject, language) and this toolchain with its version
 * as Creator and Producer instead of Chromium's user agent: the Producer is the mark that lets a later
 * export replace the file (output-marker.ts, read back by pdf-info.ts). Saved
 * without object streams, so the information dictionary stays where a reader
 * finds it through the cross-reference table.
 */
async function withMarker(printed: Uint8Array, metadata: PdfMetadata): Promise<PdfResult> {
  const { PDFDocument } = await import('pdf-lib')
  const document = await PDFDocument.load(printed, { updateMetadata: false })
  document.setTitle(metadata.title, { showInWindowTitleBar: true })
  document.setAuthor(metadata.author)
  document.setSubject(metadata.subject)
  document.setKeywords(metadata.keywords)
  document.setLanguage(metadata.language)
  document.setCreator(metadata.creator)
  document.setProducer(pdfMarker.producer)
  return { bytes: await document.save({ useObjectStreams: false }), pages: document.getPageCount() }
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
