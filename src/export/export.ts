// `export stop|docx|pdf`: check, then write one official document from the
// checked model. A verordening with errors is never exported (the messages
// are check's own, as with `build`); the file is written atomically, outside
// the map of the verordening. Each format is loaded only when it is asked for.
import path from 'node:path'
import { checkVerordening, type CheckResult } from '../pipeline/pipeline.ts'
import { resolveOutputFile, writeAtomically, type ExportKind } from './output-file.ts'
import type { PdfVersie } from './pdf.ts'

export type { PdfVersie }
export interface ExportOptions {
  /** The output file (`--uit`). */
  uit: string
  /** PDF only: which part of the site. */
  versie?: PdfVersie
}

export interface ExportResult {
  /** Null when the output was refused before checking. */
  check: CheckResult | null
  /** Why nothing was written (Dutch), or null. */
  problem: string | null
  /** Further messages with a place (file:line:column: text), printed before the problem. */
  details: string[]
  /** The file written, and what it holds ("55 artikelen, 23 pagina’s"). */
  file: string | null
  summary: string
  seconds: number
}

export async function exportVerordening(kind: ExportKind, sourceDir: string, options: ExportOptions): Promise<ExportResult> {
  const started = performance.now()
  const done = (partial: Omit<ExportResult, 'seconds'>): ExportResult => ({ ...partial, seconds: (performance.now() - started) / 1000 })
  const source = path.resolve(sourceDir)
  const target = await resolveOutputFile(source, options.uit, kind)
  if ('problem' in target) return done({ check: null, problem: target.problem, details: [], file: null, summary: '' })

  const check = await checkVerordening(source)
  const unchanged = 'er is niets geschreven en een eerder bestand is ongewijzigd'
  if (check.errors > 0) return done({ check, problem: `De verordening heeft fouten; ${unchanged}.`, details: [], file: null, summary: '' })

  let content: string | Uint8Array
  let summary: string
  switch (kind) {
    case 'stop': {
      const { buildStop, stopProblem } = await import('./stop.ts')
      const problem = stopProblem(check.context)
      if (problem) return done({ check, problem: `${path.join(sourceDir, 'verordening.yml')}:1:1: ${problem} (${unchanged})`, details: [], file: null, summary: '' })
      const stop = buildStop(check.context)
      if (stop.problems.length > 0) return done({ check, problem: `De tekst past niet in STOP; ${unchanged}.`, details: stop.problems, file: null, summary: '' })
      content = stop.xml
      summary = `${count(stop.artikelen, 'artikel', 'artikelen')}, STOP imop-tekst 1.1.0 (RegelingCompact)`
      break
    }
    case 'docx': {
      const { buildDocx } = await import('./docx.ts')
      const docx = await buildDocx(check.context)
      content = docx.bytes
      summary = `${count(docx.artikelen, 'artikel', 'artikelen')}, ${count(docx.toelichtingen, 'toelichting', 'toelichtingen')}`
      break
    }
    case 'pdf': {
      const { buildPdf } = await import('./pdf.ts')
      const pdf = await buildPdf(check, source, options.versie ?? 'juridisch')
      if ('problem' in pdf) return done({ check, problem: `${pdf.problem} (${unchanged})`, details: [], file: null, summary: '' })
      content = pdf.bytes
      summary = `${options.versie ?? 'juridisch'}, ${count(pdf.pages, 'pagina', 'pagina’s')}`
      break
    }
  }
  const failed = await writeAtomically(target, content)
  if (failed) return done({ check, problem: failed, details: [], file: null, summary: '' })
  return done({ check, problem: null, details: [], file: target.path, summary })
}

export function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('nl-NL')} ${n === 1 ? one : many}`
}
