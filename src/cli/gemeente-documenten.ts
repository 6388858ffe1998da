// The official documents of a gemeente of a text shared by several gemeenten
// (gemeenten.yml), in the folder of its site, so they are published with it:
// `verordening.xml` (STOP), `verordening.docx` and `verordening.pdf`. Used by
// `build --gemeente <id>` and `build --alle`. Each document reads the check
// the build of that gemeente's site already did (no second check), and the
// PDF prints that built site: one Chromium for every gemeente, started once.
// Without a Chromium the sites and the other documents are still made; a note
// says why there is no PDF and how to get one.
import path from 'node:path'
import { exportVerordening } from '../export/export.ts'
import type { PdfPrinter } from '../export/pdf.ts'
import type { BuildResult } from '../site/build-site.ts'

export interface GemeenteSite {
  gemeente: { id: string; naam: string }
  /** The folder of the gemeente's site (where its documents go). */
  folder: string
  result: BuildResult
}

export interface DocumentenResult {
  /** Why not every document was written (Dutch, with the gemeente named); null when all were. */
  problem: string | null
  /** Per gemeente, the file names written. */
  geschreven: Map<string, string[]>
  /** Lines for the author that do not stop the build (no Chromium: no PDF). */
  notes: string[]
  /** Seconds for the documents of all gemeenten, and of the PDFs among them (for the timing in the docs). */
  seconds: { totaal: number; pdf: number }
}

const documenten = [
  ['stop', 'verordening.xml'],
  ['docx', 'verordening.docx'],
  ['pdf', 'verordening.pdf'],
] as const

export async function schrijfGemeenteDocumenten(dir: string, sites: readonly GemeenteSite[]): Promise<DocumentenResult> {
  const started = performance.now()
  let pdfMs = 0
  const geschreven = new Map<string, string[]>()
  const notes: string[] = []
  const done = (problem: string | null): DocumentenResult => ({
    problem,
    geschreven,
    notes,
    seconds: { totaal: (performance.now() - started) / 1000, pdf: pdfMs / 1000 },
  })
  // Chromium is loaded only when there is a site to print.
  let printer: PdfPrinter | null = null
  if (sites.length > 0) {
    const pdfStart = performance.now()
    const { openPdfPrinter } = await import('../export/pdf.ts')
    const opened = await openPdfPrinter()
    pdfMs += performance.now() - pdfStart
    if (opened.ok) printer = opened.value
    else notes.push(`Let op: geen verordening.pdf gemaakt. ${opened.message}. De websites en de andere documenten zijn wel gemaakt.`)
  }
  try {
    for (const { gemeente, folder, result } of sites) {
      const files: string[] = []
      geschreven.set(gemeente.id, files)
      for (const [kind, uit] of documenten) {
        if (kind === 'pdf' && (!printer || !result.site)) continue
        const begin = performance.now()
        const exported = await exportVerordening(kind, dir, {
          uit: path.join(folder, uit),
          gemeente: gemeente.id,
          check: result.check,
          ...(kind === 'pdf' && printer && result.site ? { gebouwd: { dir: folder, site: result.site, printer } } : {}),
        })
        if (kind === 'pdf') pdfMs += performance.now() - begin
        if (exported.problem) return done(`${gemeente.naam}, ${uit}: ${exported.problem}`)
        files.push(uit)
      }
    }
    return done(null)
  } finally {
    const closing = performance.now()
    await printer?.close()
    pdfMs += performance.now() - closing
  }
}

/** "verordening.xml, verordening.docx en verordening.pdf" */
export function met(files: readonly string[]): string {
  if (files.length <= 1) return files[0] ?? 'geen documenten'
  return `${files.slice(0, -1).join(', ')} en ${files.at(-1)}`
}

/** The time the documents took, with the PDFs apart: printing is the slow part. */
export function documentenRegel({ geschreven, seconds }: DocumentenResult): string {
  const s = (value: number) => value.toLocaleString('nl-NL', { maximumFractionDigits: 1 })
  const aantal = geschreven.size
  const pdf = [...geschreven.values()].some((files) => files.includes('verordening.pdf')) ? ` (waarvan de PDF’s ${s(seconds.pdf)} s)` : ''
  return `✓ Documenten van ${aantal === 1 ? '1 gemeente' : `${aantal} gemeenten`} gemaakt in ${s(seconds.totaal)} s${pdf}`
}
