// Full-text search for the comparison of many gemeenten (vergelijk-gemeenten
// --uit): Pagefind indexes the pages that were written and writes its index in
// chunks under pagefind/, so a query loads only the chunks of its words and
// the fragments of the results shown, not one index of all 34,000 artikelen
// (the bench row "Zoeken" measures both). The single-gemeente site keeps
// MiniSearch. Pagefind runs its own binary (@pagefind/<platform>); when that
// cannot run, the comparison is written without search and the caller says so.
import path from 'node:path'
import { failure, type Result, succeed } from '../messages/result.ts'
import { systemReason } from '../messages/system-error.ts'

/** Indexes the HTML pages in `dir` (only what lies in `data-pagefind-body`) and writes the index to `dir/pagefind`. */
export async function writePagefindIndex(dir: string): Promise<Result<{ pages: number }>> {
  let pagefind: typeof import('pagefind')
  try {
    pagefind = await import('pagefind')
  } catch (error) {
    return failure(`Pagefind kon niet worden geladen (${systemReason(error)})`)
  }
  try {
    const created = await pagefind.createIndex({ forceLanguage: 'nl' })
    if (!created.index) return failure(`Pagefind kon geen index maken (${created.errors.join('; ')})`)
    const added = await created.index.addDirectory({ path: dir })
    if (added.errors.length > 0) return failure(`Pagefind kon de pagina’s niet lezen (${added.errors.join('; ')})`)
    const written = await created.index.writeFiles({ outputPath: path.join(dir, 'pagefind') })
    if (written.errors.length > 0) return failure(`Pagefind kon de index niet schrijven (${written.errors.join('; ')})`)
    return succeed({ pages: added.page_count })
  } catch (error) {
    return failure(`Pagefind is mislukt (${systemReason(error)})`)
  } finally {
    await pagefind.close().catch(() => undefined)
  }
}
