// Rows for `npm run bench`: what one search query costs a reader of the
// comparison site of many gemeenten, in bytes loaded. Pagefind (its index in
// chunks, src/site/pagefind-index.ts), measured in Chromium: the page loads
// pagefind.js, the search runs one query and reads the first five results,
// and every response under /pagefind/ is counted. Against one MiniSearch index
// of every artikel of every gemeente (what the single-gemeente site does), which a
// query must load whole: its JSON, gzipped as a web server would send it, plus
// the MiniSearch library.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import MiniSearch from 'minisearch'
import type { VergelijkGemeente } from '../src/compare/gemeenten/uitlijning.ts'
import { packageRoot } from '../src/package-root.ts'
import { writePagefindIndex } from '../src/site/pagefind-index.ts'
import { launchBrowser } from '../test/helpers/browser.ts'
import { serveStatic } from '../test/helpers/static-server.ts'

const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`

export async function zoekRows(
  dir: string,
  pages: ReadonlyArray<{ pad: string; inhoud: string }>,
  gemeenten: readonly VergelijkGemeente[],
  queries = ['bijstandsnorm', 'college'],
): Promise<Array<Record<string, string>>> {
  await rm(dir, { recursive: true, force: true })
  for (const page of pages) {
    const file = path.join(dir, ...page.pad.split('/'))
    await mkdir(path.dirname(file), { recursive: true })
    await writeFile(file, page.inhoud)
  }
  let started = performance.now()
  const indexed = await writePagefindIndex(dir)
  if (!indexed.ok) throw new Error(indexed.message)
  const indexTime = performance.now() - started

  const rows: Array<Record<string, string>> = []
  const server = await serveStatic(dir)
  const browser = await launchBrowser()
  try {
    for (const query of queries) {
      const page = await browser.newPage()
      let bytes = 0
      let files = 0
      page.on('response', async (response) => {
        if (!new URL(response.url()).pathname.startsWith('/pagefind/')) return
        files++
        bytes += (await response.body().catch(() => Buffer.alloc(0))).length
      })
      await page.goto(`${server.url}/index.html`)
      // The entry as an argument, not a literal: it is a file of the served site, not a module of this project.
      const results = await page.evaluate(
        async ({ term, entry }) => {
          const pagefind = await import(entry)
          const search = await pagefind.search(term)
          await Promise.all(search.results.slice(0, 5).map((result: { data(): Promise<unknown> }) => result.data()))
          return search.results.length as number
        },
        { term: query, entry: '/pagefind/pagefind.js' },
      )
      await page.waitForLoadState('networkidle')
      rows.push({
        zoeken: `Pagefind: “${query}”`,
        'bytes geladen': kb(bytes),
        bestanden: String(files),
        resultaten: String(results),
        'index maken': `${(indexTime / 1000).toFixed(1)} s`,
      })
      await page.close()
    }
  } finally {
    await browser.close()
    await server.close()
  }

  started = performance.now()
  const mini = new MiniSearch({ fields: ['titel', 'tekst'], storeFields: ['gemeente', 'titel'] })
  let id = 0
  for (const gemeente of gemeenten)
    for (const artikel of gemeente.artikelen)
      mini.add({
        id: id++,
        gemeente: gemeente.naam,
        titel: artikel.titel,
        tekst: artikel.tekst.leden.flatMap((lid) => [lid.tekst, ...lid.onderdelen.map((onderdeel) => onderdeel.tekst)]).join(' '),
      })
  const json = JSON.stringify(mini)
  const library = await readFile(path.join(packageRoot, 'node_modules/minisearch/dist/es/index.js'))
  const gzipped = gzipSync(json).length + gzipSync(library).length
  rows.push({
    zoeken: `MiniSearch: één index van ${id} artikelen (elke zoekvraag)`,
    'bytes geladen': `${kb(gzipped)} (gzip; ongecomprimeerd ${kb(json.length + library.length)})`,
    bestanden: '2',
    resultaten: '',
    'index maken': `${((performance.now() - started) / 1000).toFixed(1)} s`,
  })
  return rows
}
