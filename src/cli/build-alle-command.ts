// `verordening build [map] --alle [--out map]`: a text shared by several
// gemeenten (gemeenten.yml) becomes one site per gemeente in `<out>/<id>/`,
// with the page and CSV "Verschillen tussen de gemeenten" beside them
// (src/site/regio-build.ts), and in each site's folder the gemeente's own
// documents: `verordening.xml` (STOP), `verordening.docx` and `verordening.pdf`
// (./gemeente-documenten.ts, one Chromium for all). The messages and the
// summary are those of `build`; per gemeente one line says what was made.
import path from 'node:path'
import { todoSentence } from '../messages/todo.ts'
import type { CheckResult } from '../pipeline/pipeline.ts'
import { buildAlleGemeenten } from '../site/regio-build.ts'
import { documentenRegel, met, schrijfGemeenteDocumenten } from './gemeente-documenten.ts'
import { escapeForTerminal, formatMessages, summaryLine } from './terminal-output.ts'

export async function runBuildAlle(
  dir: string,
  options: {
    out: string
    streng?: boolean
    basis?: string
    stil?: boolean
    /** `serve`: its check of every gemeente; then only the sites and the table are made, no documents (a preview rebuilds often). */
    check?: CheckResult
  },
): Promise<number> {
  const result = await buildAlleGemeenten(dir, options.out, {
    ...(options.streng === undefined ? {} : { streng: options.streng }),
    ...(options.basis === undefined ? {} : { basis: options.basis }),
    ...(options.check === undefined ? {} : { check: options.check }),
  })
  const files = result.check.files
  for (const file of files) file.path = path.relative(process.cwd(), file.path) || file.path
  const report = formatMessages(files)
  if (report)
    process.stderr.write(
      options.stil ? `${report}\n` : `${report}\n\n${summaryLine(result.check.errors, result.check.warnings, { streng: options.streng === true })}\n`,
    )
  if (!options.stil && result.check.concept && result.check.todo.length > 0) process.stderr.write(`${todoSentence(result.check.todo)}\n`)
  const shown = (file: string) => escapeForTerminal(path.relative(process.cwd(), file) || file)
  if (result.problem || !result.verschillen) {
    process.stderr.write(`✖ ${escapeForTerminal(result.problem ?? 'Er is niets gebouwd.', { lines: true })}\n`)
    return 1
  }
  // The gemeente's official documents beside its site, so they are published with it.
  const folderOf = (id: string) => path.join(path.resolve(options.out), id)
  if (options.check) {
    for (const { gemeente, result: site } of result.sites)
      process.stderr.write(`✓ ${escapeForTerminal(gemeente.naam)}: site gebouwd in ${shown(folderOf(gemeente.id))}/ (${site.pages} pagina’s)\n`)
    return 0
  }
  const documenten = await schrijfGemeenteDocumenten(
    dir,
    result.sites.map(({ gemeente, result: site }) => ({ gemeente, folder: folderOf(gemeente.id), result: site })),
  )
  for (const note of documenten.notes) process.stderr.write(`${escapeForTerminal(note, { lines: true })}\n`)
  if (documenten.problem) {
    process.stderr.write(`✖ ${escapeForTerminal(documenten.problem, { lines: true })}\n`)
    return 1
  }
  for (const { gemeente, result: site } of result.sites) {
    if (!options.stil)
      process.stderr.write(
        `✓ ${escapeForTerminal(gemeente.naam)}: site gebouwd in ${shown(folderOf(gemeente.id))}/ (${site.pages} pagina’s), met ${met(documenten.geschreven.get(gemeente.id) ?? [])}\n`,
      )
  }
  if (!options.stil) process.stderr.write(`${documentenRegel(documenten)}\n`)
  if (!options.stil) process.stderr.write(`✓ Verschillen tussen de gemeenten: ${shown(result.verschillen.html)} en ${shown(result.verschillen.csv)}\n`)
  return 0
}
