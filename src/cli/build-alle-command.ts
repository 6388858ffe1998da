// `verordening build [map] --alle [--out map]`: a text shared by several
// gemeenten (gemeenten.yml) becomes one site per gemeente in `<out>/<id>/`,
// with the page and CSV "Verschillen tussen de gemeenten" beside them
// (src/site/regio-build.ts), and in each site's folder the gemeente's own
// documents: `verordening.xml` (STOP) and `verordening.docx`. The messages and
// the summary are those of `build`; per gemeente one line says what was made.
import path from 'node:path'
import { exportVerordening } from '../export/export.ts'
import { todoSentence } from '../messages/todo.ts'
import { buildAlleGemeenten } from '../site/regio-build.ts'
import { escapeForTerminal, formatMessages, summaryLine } from './terminal-output.ts'

export async function runBuildAlle(dir: string, options: { out: string; streng?: boolean; basis?: string; stil?: boolean }): Promise<number> {
  const result = await buildAlleGemeenten(dir, options.out, {
    ...(options.streng === undefined ? {} : { streng: options.streng }),
    ...(options.basis === undefined ? {} : { basis: options.basis }),
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
  for (const { gemeente, result: site } of result.sites) {
    // The gemeente's official documents beside its site, so they are published with it.
    const folder = path.join(path.resolve(options.out), gemeente.id)
    for (const [kind, uit] of [
      ['stop', 'verordening.xml'],
      ['docx', 'verordening.docx'],
    ] as const) {
      const exported = await exportVerordening(kind, dir, { uit: path.join(folder, uit), gemeente: gemeente.id })
      if (exported.problem) {
        process.stderr.write(`✖ ${escapeForTerminal(`${gemeente.naam}, ${uit}: ${exported.problem}`, { lines: true })}\n`)
        return 1
      }
    }
    if (!options.stil)
      process.stderr.write(
        `✓ ${escapeForTerminal(gemeente.naam)}: site gebouwd in ${shown(folder)}/ (${site.pages} pagina’s), met verordening.xml en verordening.docx\n`,
      )
  }
  if (!options.stil) process.stderr.write(`✓ Verschillen tussen de gemeenten: ${shown(result.verschillen.html)} en ${shown(result.verschillen.csv)}\n`)
  return 0
}
