// The baselines the toolchain is measured against, on the same text:
// (a) plain remark parsing (remark-parse + remark-frontmatter + remark-directive);
// (b) plain Eleventy over the same text as ordinary Markdown pages, each a
//     whole HTML document. (b) used to run Pagefind as well, as the build did;
//     the build no longer does (the search runs on MiniSearch).
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import Eleventy from '@11ty/eleventy'
import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

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
  // The smallest layout that makes each page a whole HTML document, as the site's pages are.
  await writeFile(
    path.join(inputDir, '_includes', 'pagina.njk'),
    '<!doctype html>\n<html lang="nl">\n<head><meta charset="utf-8"><title>{{ title }}</title></head>\n<body><main>\n{{ content | safe }}\n</main></body>\n</html>\n',
  )
  let pages = 0
  for (const [name, text] of files) {
    if (!name.endsWith('.md')) continue
    const artikelen = text.split(/^::::artikel/m).slice(1)
    for (const [index, artikel] of artikelen.entries()) {
      const part = (which: string) => new RegExp(`:::${which}[^\\n]*\\n([\\s\\S]*?)\\n:::`).exec(artikel)?.[1] ?? ''
      const clean = (markdown: string) => markdown.replace(/:(begrip|artikel|wet)\[([^\]]*)\](\{[^}]*\})?/g, '$2')
      const base = `${name.replace(/\.md$/, '')}-${index + 1}`
      await writeFile(
        path.join(inputDir, `${base}-juridisch.md`),
        `---\ntitle: ${base}\nlayout: pagina.njk\n---\n\n${clean(part('juridisch'))}\n\n${clean(part('toelichting'))}\n`,
      )
      await writeFile(
        path.join(inputDir, `${base}-inwoners.md`),
        `---\ntitle: ${base}\nlayout: pagina.njk\n---\n\n${clean(part('inwoners'))}\n\n${clean(part('voorbeeld'))}\n`,
      )
      pages += 2
    }
  }
  return pages
}

/** (b): Eleventy over plain Markdown pages; returns the number of pages written. */
export async function plainEleventy(inputDir: string, outputDir: string): Promise<number> {
  await rm(outputDir, { recursive: true, force: true })
  // An empty config of its own: Eleventy's defaults, not this project's eleventy.config.js.
  const configPath = path.join(inputDir, '..', `${path.basename(inputDir)}.eleventy.js`)
  await writeFile(configPath, 'export default function () {}\n')
  const eleventy = new Eleventy(inputDir, outputDir, { quietMode: true, configPath })
  const written = (await eleventy.write()) as unknown
  const pages = (Array.isArray(written) ? written.flat(2) : []).filter(
    (entry: { outputPath?: unknown }) => typeof entry?.outputPath === 'string' && entry.outputPath.endsWith('.html'),
  ).length
  if (pages === 0) throw new Error('(b): Eleventy schreef 0 pagina’s')
  return pages
}
