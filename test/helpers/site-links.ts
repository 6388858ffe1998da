// Reads a built site: every HTML page with its ids and its internal links, so
// tests can assert that every link and anchor resolves.
import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import type { Element, Root } from 'hast'
import { fromHtml } from 'hast-util-from-html'
import { visit } from 'unist-util-visit'

export interface Page {
  /** Site path, e.g. `/inwoners/`. */
  url: string
  file: string
  tree: Root
  ids: Set<string>
  links: string[]
}

export async function readSite(dir: string): Promise<Map<string, Page>> {
  const pages = new Map<string, Page>()
  for (const file of await listFiles(dir)) {
    if (!file.endsWith('.html')) continue
    const relative = path.relative(dir, file).split(path.sep).join('/')
    const url = `/${relative.replace(/index\.html$/, '')}`
    const tree = fromHtml(await readFile(file, 'utf8'))
    const ids = new Set<string>()
    const links: string[] = []
    visit(tree, 'element', (node: Element) => {
      const id = node.properties.id
      if (typeof id === 'string') ids.add(id)
      for (const property of ['href', 'src'] as const) {
        const value = node.properties[property]
        if (typeof value === 'string') links.push(value)
      }
    })
    pages.set(url, { url, file, tree, ids, links })
  }
  return pages
}

/** Internal links that do not resolve to a file, or to an id on the page. */
export async function brokenLinks(dir: string, pages: Map<string, Page>): Promise<string[]> {
  const broken: string[] = []
  for (const page of pages.values()) {
    for (const link of page.links) {
      if (/^(https?:|mailto:|tel:|data:)/.test(link)) continue
      const [pathPart = '', fragment] = link.split('#')
      const target = pathPart === '' ? page.url : new URL(pathPart, `http://site${page.url}`).pathname
      const targetPage = pages.get(target) ?? pages.get(`${target}/`)
      if (!targetPage) {
        if (!(await isFile(path.join(dir, decodeURIComponent(target))))) broken.push(`${page.url} → ${link}`)
        continue
      }
      if (fragment && !targetPage.ids.has(decodeURIComponent(fragment))) broken.push(`${page.url} → ${link} (anker ontbreekt)`)
    }
  }
  return broken
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name))
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile()
  } catch {
    return false
  }
}
