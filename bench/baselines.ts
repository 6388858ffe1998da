// The baselines the toolchain is measured against, on the same text:
// (a) plain remark parsing (remark-parse + remark-frontmatter + remark-directive);
// (b) plain Eleventy + Pagefind over the same text as ordinary Markdown pages,
//     each a whole HTML document (Pagefind skips a page without <html>).
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { unified } from 'unified'
import remarkParse from 'remark-parse'
import remarkFrontmatter from 'remark-frontmatter'
import remarkDirective from 'remark-directive'
import Eleventy from '@11ty/eleventy'
import * as pagefind from 'pagefind'

const plain = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkDirective).freeze()

/** (a): read and parse every hoofdstuk, nothing else. */
export async function plainParse(dir: string): Promise<number> {
  let nodes = 0
  for (const name of await readdir(dir)) {
    if (!name.endsWith('.md')) continue
    const tree = plain.parse(await readFile(path.join(dir, name), 'utf8'))
    nodes += tree.children.length
  }
  return nodes
}

/**
 * Writes the text of every artikel as ordinary Markdown pages, two per artikel
 * (the binding text and the plain-language text), as the site has.
 */
export async function writePlainPages(files: Map<string, string>, inputDir: string): Promise<number> {
  await rm(inputDir, { recursive: true, force: true })
  await mkdir(path.join(inputDir, '_includes'), { recursive: true })
  // The smallest layout that makes each page a document Pagefind indexes. Until
  // 29 November 2026 the pages had none, so (b) indexed 0 pages and measured
  // Eleventy alone.
  await writeFile(path.join(inputDir, '_includes', 'pagina.njk'), '<!doctype html>\n<html lang="nl">\n<head><meta charset="utf-8"><title>{{ title }}</title></head>\n<body><main>\n{{ content | safe }}\n</main></body>\n</html>\n')
  let pages = 0
  for (const [name, text] of files) {
    if (!name.endsWith('.md')) continue
    const artikelen = text.split(/^::::artikel/m).slice(1)
    for (const [index, artikel] of artikelen.entries()) {
      const part = (which: string) => new RegExp(`:::${which}[^\\n]*\\n([\\s\\S]*?)\\n:::`).exec(artikel)?.[1] ?? ''
      const clean = (markdown: string) => markdown.replace(/:(begrip|artikel|wet)\[([^\]]*)\](\{[^}]*\})?/g, '$2')
      const base = `${name.replace(/\.md$/, '')}-${index + 1}`
      await writeFile(path.join(inputDir, `${base}-juridisch.md`), `---\ntitle: ${base}\nlayout: pagina.njk\n---\n\n${clean(part('juridisch'))}\n\n${clean(part('toelichting'))}\n`)
      await writeFile(path.join(inputDir, `${base}-inwoners.md`), `---\ntitle: ${base}\nlayout: pagina.njk\n---\n\n${clean(part('inwoners'))}\n\n${clean(part('voorbeeld'))}\n`)
      pages += 2
    }
  }
  return pages
}

/** (b): Eleventy over plain Markdown pages, then a Pagefind index. */
export async function plainEleventyPagefind(inputDir: string, outputDir: string): Promise<number> {
  await rm(outputDir, { recursive: true, force: true })
  // An empty config of its own: Eleventy's defaults, not this project's .eleventy.js.
  const configPath = path.join(inputDir, '..', `${path.basename(inputDir)}.eleventy.js`)
  await writeFile(configPath, 'export default function () {}\n')
  const eleventy = new Eleventy(inputDir, outputDir, { quietMode: true, configPath })
  await eleventy.write()
  const { index } = await pagefind.createIndex({ forceLanguage: 'nl' })
  if (!index) throw new Error('pagefind')
  const added = await index.addDirectory({ path: outputDir })
  await index.writeFiles({ outputPath: path.join(outputDir, 'pagefind') })
  await pagefind.close()
  if (added.page_count === 0) throw new Error('(b): Pagefind indexeerde 0 pagina’s')
  return added.page_count
}
