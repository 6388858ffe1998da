// Crawls a served site over HTTP, as a visitor's browser would resolve its
// links: every page reachable from the start addresses is fetched, and every
// reference in it (a, link, script, img, srcset, form action, any other href
// or src, data-documenten of the search page, and url() in the style sheets)
// must answer 200 under the site's basis; a fragment must name an id on the
// target page. Start addresses may be pages that answer 404 (the 404 page
// served for an unknown address): their references must work from there.

import type { Element } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { visit } from 'unist-util-visit'

export interface CrawlResult {
  /** HTML documents fetched and read. */
  pages: number
  /** References checked (every occurrence on every page and in every style sheet). */
  links: number
  /** Distinct addresses fetched. */
  addresses: number
  /** `page → reference (why)` for each broken reference; empty when all work. */
  broken: string[]
}

interface Fetched {
  status: number
  type: string
  body: string
  ids: Set<string> | null
}

/** The attributes that hold one address, as hast names them. */
const single = ['href', 'src', 'action', 'xLinkHref', 'poster', 'dataDocumenten'] as const

/**
 * Crawls from `starts` (absolute URLs on `origin`). Every reference must stay
 * under `origin + basis`: a link to the domain's root would leave the site.
 */
export async function crawl(origin: string, basis: string, starts: Array<{ url: string; status: number }>): Promise<CrawlResult> {
  const site = `${origin}${basis}`
  const cache = new Map<string, Promise<Fetched>>()
  const load = (address: string): Promise<Fetched> => {
    let found = cache.get(address)
    if (!found) {
      found = fetch(address, { redirect: 'manual' }).then(async (response) => {
        const type = response.headers.get('content-type') ?? ''
        const body = await response.text()
        return { status: response.status, type, body, ids: type.startsWith('text/html') ? idsOf(body) : null }
      })
      cache.set(address, found)
    }
    return found
  }

  const broken: string[] = []
  let pages = 0
  let links = 0
  const queued = new Set<string>()
  const queue: Array<{ url: string; status: number }> = []
  const enqueue = (url: string, status: number) => {
    if (queued.has(url)) return
    queued.add(url)
    queue.push({ url, status })
  }
  for (const start of starts) enqueue(start.url, start.status)

  while (queue.length > 0) {
    const { url, status } = queue.shift()!
    const page = await load(url)
    if (page.status !== status) {
      broken.push(`${url} (status ${page.status}, verwacht ${status})`)
      continue
    }
    const shown = url.slice(origin.length)
    const references = page.type.startsWith('text/html') ? htmlReferences(page.body) : page.type.startsWith('text/css') ? cssReferences(page.body) : []
    if (page.type.startsWith('text/html')) pages++
    for (const reference of references) {
      links++
      const problem = await check(reference)
      if (problem) broken.push(`${shown} → ${JSON.stringify(reference)} (${problem})`)
    }

    async function check(reference: string): Promise<string | null> {
      if (reference.trim() === '') return 'leeg'
      if (/^(mailto|tel|data):/i.test(reference)) return null
      let target: URL
      try {
        target = new URL(reference, url)
      } catch {
        return 'geen geldig adres'
      }
      if (target.origin !== origin) return /^https?:$/.test(target.protocol) ? null : `protocol ${target.protocol}`
      if (!target.href.startsWith(site)) return `buiten ${basis}`
      const fragment = decodeURIComponent(target.hash.slice(1))
      target.hash = ''
      // `#inhoud` on this very document (also when it is the 404 page at an unknown address).
      if (target.href === new URL(url).href.replace(/#.*/, '')) return fragment && page.ids && !page.ids.has(fragment) ? 'anker ontbreekt' : null
      const fetched = await load(target.href)
      if (fetched.status !== 200) return `status ${fetched.status}`
      if (fragment && fetched.ids && !fetched.ids.has(fragment)) return 'anker ontbreekt'
      // Pages and style sheets are read in turn; search and other queries are the same page.
      target.search = ''
      if (fetched.type.startsWith('text/html') || fetched.type.startsWith('text/css')) enqueue(target.href, 200)
      return null
    }
  }
  return { pages, links, addresses: cache.size, broken }
}

function idsOf(html: string): Set<string> {
  const ids = new Set<string>()
  visit(fromHtml(html), 'element', (node: Element) => {
    if (typeof node.properties.id === 'string') ids.add(node.properties.id)
    // An anchor by name is a target too (not used by the site, but valid HTML).
    if (node.tagName === 'a' && typeof node.properties.name === 'string') ids.add(node.properties.name)
  })
  return ids
}

function htmlReferences(html: string): string[] {
  const found: string[] = []
  visit(fromHtml(html), 'element', (node: Element) => {
    for (const name of single) {
      const value = node.properties[name]
      if (typeof value === 'string') found.push(value)
    }
    // srcset: "a.png 1x, b.png 2x" (hast keeps it as a list of the comma-separated parts).
    const srcset = node.properties.srcSet
    const parts = Array.isArray(srcset) ? srcset.map(String) : typeof srcset === 'string' ? srcset.split(',') : []
    for (const part of parts) found.push(part.trim().split(/\s+/)[0] ?? '')
    const style = node.properties.style
    if (typeof style === 'string') found.push(...cssReferences(style))
    if (node.tagName === 'style') found.push(...cssReferences(node.children.map((child) => ('value' in child ? String(child.value) : '')).join('')))
  })
  return found
}

function cssReferences(css: string): string[] {
  const found: string[] = []
  for (const match of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)) found.push(match[1] ?? match[2] ?? match[3] ?? '')
  for (const match of css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/g)) found.push(match[1] ?? match[2] ?? '')
  return found
}
