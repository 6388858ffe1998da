// `verordening export stop|docx|pdf [map] [--uit bestand] [--versie …]`: checks,
// then writes one official document. On errors it prints check's messages
// and exits 1, leaving an earlier file as it was. Progress per step on long
// work (./progress.ts); `--stil` prints the messages only.
import path from 'node:path'
import { exportVerordening, type PdfVersie } from '../export/export.ts'
import type { ExportKind } from '../export/output-file.ts'
import { exportSteps } from '../export/steps.ts'
import { gemeenteKeuzeProbleem } from './gemeente-option.ts'
import { progress } from './progress.ts'
import { escapeForTerminal, formatMessages, summaryLine } from './terminal-output.ts'

const names: Record<ExportKind, string> = { stop: 'STOP-XML', docx: 'Word-bestand', pdf: 'PDF' }

export async function runExport(
  kind: ExportKind,
  dir: string,
  options: { uit: string; versie?: PdfVersie; sinds?: string; sjabloon?: string; stil?: boolean; effectrapportage?: boolean; gemeente?: string },
): Promise<number> {
  // gemeenten.yml: the document of one gemeente (./gemeente-option.ts).
  const keuze = await gemeenteKeuzeProbleem(dir, options, 'export')
  if (keuze) {
    process.stderr.write(`✖ ${escapeForTerminal(keuze, { lines: true })}\n`)
    return 1
  }
  const shown = progress('Exporteren', exportSteps(kind), { stil: options.stil })
  const result = await exportVerordening(kind, dir, { ...options, onStep: (step) => shown.step(step) })
  shown.end()
  if (result.check) {
    const files = result.check.files
    for (const file of files) file.path = path.relative(process.cwd(), file.path) || file.path
    // File names and quotes come from the author's files: formatMessages escapes them.
    const report = formatMessages(files)
    if (report) process.stderr.write(options.stil ? `${report}\n` : `${report}\n\n${summaryLine(result.check.errors, result.check.warnings)}\n`)
  }
  for (const detail of result.details) process.stderr.write(`${escapeForTerminal(detail, { lines: true })}\n`)
  if (result.problem || !result.file) {
    process.stderr.write(`✖ ${escapeForTerminal(result.problem ?? 'Er is niets geschreven.', { lines: true })}\n`)
    return 1
  }
  if (options.stil) return 0
  const seconds = result.seconds.toLocaleString('nl-NL', { maximumFractionDigits: 1 })
  process.stderr.write(
    `✓ ${kind === 'stop' && !/\.xml$/i.test(options.uit) ? 'STOP-aanlevering' : names[kind]} geschreven: ${escapeForTerminal(path.relative(process.cwd(), result.file) || result.file)} (${result.summary}), in ${seconds} s\n`,
  )
  return 0
}
