// `export stop|docx|pdf`: check, then write one official document from the
// checked model. A verordening with errors is never exported (the messages
// are check's own, as with `build`); the file is written atomically, outside
// the map of the verordening. Each format is loaded only when it is asked for.
import path from 'node:path'
import { vergelijk } from '../compare/vergelijking.ts'
import { failure, succeed } from '../messages/result.ts'
import type { CheckContext } from '../model/context.ts'
import { type CheckResult, checkSource, checkVerordening } from '../pipeline/pipeline.ts'
import { readRevision } from '../sources/git-source.ts'
import { nu } from '../sources/nu.ts'
import { type ExportKind, type OutputFile, resolveOutputFile, writeAtomically } from './output-file.ts'
import { resolveOutputFolder, writeFolderAtomically } from './output-folder.ts'
import type { PdfPrinter, PdfVersie, PrintableSite } from './pdf.ts'
import { checkStep, fileStep } from './steps.ts'
import { wellFormed } from './xml.ts'

export type { PdfVersie }
export interface ExportOptions {
  /** The output file (`--uit`). */
  uit: string
  /** PDF only: which part of the site. */
  versie?: PdfVersie
  /** STOP and DOCX: the git revision to compare with (`--sinds`): the wijzigingsbesluit, or the wijzigingsverordening and renvooi. */
  sinds?: string
  /** `export effectrapportage`: the effectrapportage of the raad instead of the verordening (DOCX or PDF). */
  effectrapportage?: boolean
  /** DOCX only: the gemeente's Word template (`--sjabloon`), for styles, header and footer. */
  sjabloon?: string
  /** Called as each step of `exportSteps(kind)` (./steps.ts) begins. */
  onStep?: (step: string) => void
  /** With gemeenten.yml: the document of this gemeente (its values, variants and data). */
  gemeente?: string
  /**
   * `build --gemeente`/`--alle`: the check the build of this gemeente's site
   * already did (the same sources, the same gemeente), so the documents are
   * not checked again.
   */
  check?: CheckResult
  /** PDF only: print this site, already built, with this browser (one for all gemeenten), instead of building a site and starting one. */
  gebouwd?: PrintableSite & { printer: PdfPrinter }
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
  // `export stop --uit <map>` (a name not ending in .xml) writes the aanlevering for the LVBB; `--uit <bestand>.xml` only the regeling (or the wijzigingsbesluit).
  const aanlevering = kind === 'stop' && !/\.xml$/i.test(options.uit)
  const resolved = aanlevering ? await resolveOutputFolder(source, options.uit) : await resolveOutputFile(source, options.uit, kind)
  if (!resolved.ok) return done({ check: null, problem: resolved.message, details: [], file: null, summary: '' })
  const target = resolved.value

  const unchanged = 'er is niets geschreven en een eerder bestand is ongewijzigd'
  // The old version is read before the check: an unknown revision costs nothing.
  let oud: { context: CheckContext; commit: string } | undefined
  if (options.sinds !== undefined) {
    const read = await readRevision(sourceDir, options.sinds)
    if (!read.ok) return done({ check: null, problem: `${read.message} (${unchanged})`, details: [], file: null, summary: '' })
    // Checked as a whole (begrippen, wetten, references), as `vergelijk` does; its own messages are not the author's concern now.
    const { context } = await checkSource(read.value)
    if (context.verordening.hoofdstukken.every((hoofdstuk) => hoofdstuk.artikelen.length === 0)) {
      return done({
        check: null,
        problem: `Versie \`${options.sinds}\` heeft geen artikelen die gelezen konden worden, verwacht een verordening om mee te vergelijken (${unchanged})`,
        details: [],
        file: null,
        summary: '',
      })
    }
    oud = { context, commit: read.value.commit }
  }

  // The template is read before the check too: a template Word cannot use costs nothing, and nothing is written.
  let sjabloon: import('./docx-sjabloon.ts').Sjabloon | undefined
  if (options.sjabloon !== undefined && kind === 'docx') {
    const { readSjabloon } = await import('./docx-sjabloon.ts')
    const read = await readSjabloon(options.sjabloon)
    if (!read.ok) return done({ check: null, problem: `${read.message} (${unchanged})`, details: [], file: null, summary: '' })
    sjabloon = read.value
  }

  const step = options.onStep ?? (() => undefined)
  step(checkStep)
  const check = options.check ?? (await checkVerordening(source, options.gemeente === undefined ? {} : { gemeente: options.gemeente }))
  if (check.errors > 0) return done({ check, problem: `De verordening heeft fouten; ${unchanged}.`, details: [], file: null, summary: '' })

  if (aanlevering)
    return done(await writeAanlevering(check, sourceDir, target, oud && options.sinds !== undefined ? { ...oud, sinds: options.sinds } : undefined))

  let content: string | Uint8Array
  let summary: string
  // Notes printed with a successful export (what the raadsbesluit still needs: a blank in the document).
  const notes: string[] = []
  if (kind !== 'pdf') step(fileStep)
  switch (kind) {
    case 'stop': {
      const { buildStop, stopProblem } = await import('./stop.ts')
      const problem = stopProblem(check.context)
      if (problem)
        return done({ check, problem: `${path.join(sourceDir, 'verordening.yml')}:1:1: ${problem} (${unchanged})`, details: [], file: null, summary: '' })
      if (oud) {
        const { buildWijzigingsbesluit } = await import('./stop-wijziging.ts')
        const besluit = buildWijzigingsbesluit(oud.context, check.context, vergelijk(oud.context.verordening, check.context.verordening), {
          van: options.sinds!,
          commit: oud.commit,
        })
        if (!besluit)
          return done({
            check,
            problem: `Sinds \`${options.sinds}\` is de juridische tekst niet gewijzigd, verwacht ten minste één gewijzigd, ingevoegd of vervallen artikel voor een wijzigingsbesluit (${unchanged})`,
            details: [],
            file: null,
            summary: '',
          })
        if (besluit.problems.length > 0)
          return done({ check, problem: `De tekst past niet in STOP; ${unchanged}.`, details: besluit.problems, file: null, summary: '' })
        content = besluit.xml
        if (besluit.nogTeDoen) notes.push(besluit.nogTeDoen)
        const { vervang, voegToe, verwijder, vervangKop } = besluit.telling
        summary = `wijzigingsbesluit sinds ${options.sinds}: ${[`${vervang} Vervang`, `${voegToe} VoegToe`, `${verwijder} Verwijder`, ...(vervangKop > 0 ? [`${vervangKop} VervangKop`] : [])].join(', ')}, STOP imop-tekst 1.1.0 (BesluitCompact)`
        break
      }
      const stop = buildStop(check.context)
      if (stop.problems.length > 0)
        return done({ check, problem: `De tekst past niet in STOP; ${unchanged}.`, details: stop.problems, file: null, summary: '' })
      content = stop.xml
      summary = `${count(stop.artikelen, 'artikel', 'artikelen')}, STOP imop-tekst 1.1.0 (RegelingCompact)`
      break
    }
    case 'docx': {
      if (options.effectrapportage) {
        const { buildEffectrapportageDocx } = await import('./effectrapportage-docx.ts')
        const rapport = await buildEffectrapportageDocx(check.context)
        content = rapport.bytes
        summary = `effectrapportage, ${count(rapport.effecten, 'effect', 'effecten')}, ${count(rapport.indicatoren, 'indicator', 'indicatoren')}`
        break
      }
      const { buildDocx } = await import('./docx.ts')
      const wijziging = oud ? { wijzigingen: vergelijk(oud.context.verordening, check.context.verordening), van: options.sinds!, naar: 'werkmap' } : undefined
      const docx = await buildDocx(check.context, nu(), wijziging, sjabloon)
      content = docx.bytes
      if (docx.nogTeDoen) notes.push(docx.nogTeDoen)
      summary = `${count(docx.artikelen, 'artikel', 'artikelen')}, ${count(docx.toelichtingen, 'toelichting', 'toelichtingen')}${sjabloon ? `, met het sjabloon ${path.basename(options.sjabloon ?? '')}` : ''}${wijziging ? `, wijzigingsverordening en renvooi sinds ${options.sinds} (${count(docx.gewijzigd, 'artikel', 'artikelen')} gewijzigd)` : ''}`
      break
    }
    case 'pdf': {
      const versie = options.effectrapportage ? 'effectrapportage' : (options.versie ?? 'juridisch')
      const { buildPdf } = await import('./pdf.ts')
      const pdf = options.gebouwd ? await options.gebouwd.printer.print(options.gebouwd, versie) : await buildPdf(check, source, versie, step)
      if (!pdf.ok) return done({ check, problem: `${pdf.message} (${unchanged})`, details: [], file: null, summary: '' })
      content = pdf.value.bytes
      summary = `${options.effectrapportage ? 'effectrapportage' : (options.versie ?? 'juridisch')}, ${count(pdf.value.pages, 'pagina', 'pagina’s')}`
      break
    }
  }
  // A STOP file is read back and parsed before it replaces anything: XML that is not well-formed is never reported as written.
  const verify =
    kind === 'stop'
      ? (written: Buffer) => {
          const problem = wellFormed(written.toString('utf8'))
          return problem
            ? failure(
                `De STOP-XML die de export maakte, is geen geldige XML (${problem}); ${unchanged}. Dit is een fout in de toolchain: meld hem, met de tekst op die plaats.`,
              )
            : succeed(undefined)
        }
      : undefined
  const written = await writeAtomically(target, content, verify)
  if (!written.ok) return done({ check, problem: written.message, details: [], file: null, summary: '' })
  return done({ check, problem: null, details: notes, file: target.path, summary })
}

/** The aanlevering folder: refused with the list of what the LVBB needs and verordening.yml lacks, else built, checked and written. */
async function writeAanlevering(
  check: CheckResult,
  sourceDir: string,
  target: OutputFile,
  oud: { context: CheckContext; sinds: string } | undefined,
): Promise<Omit<ExportResult, 'seconds'>> {
  const unchanged = 'er is niets geschreven en een eerdere aanlevering is ongewijzigd'
  const yml = path.join(sourceDir, 'verordening.yml')
  const refuse = (problem: string, details: string[] = []) => ({ check, problem, details, file: null, summary: '' })
  const { aanleveringBestanden, aanleveringGegevens, aanleveringSchemaVersie, buildAanlevering } = await import('./stop-aanlevering.ts')
  const meta = check.context.verordening.meta
  const soort = oud ? 'wijziging' : 'vaststelling'
  const missing = aanleveringGegevens(meta, soort)
  if (missing.length > 0)
    return refuse(
      `De STOP-aanlevering is niet gemaakt: de LVBB vraagt ${missing.length === 1 ? 'een gegeven dat' : `${missing.length} gegevens die`} nog niet in ${yml} ${missing.length === 1 ? 'staat' : 'staan'} (hierboven); ${unchanged}. Wilt u alleen de regeling als STOP-XML, geef dan met --uit een bestandsnaam op .xml.`,
      missing.map((gegeven) => {
        // A field under `besluit:` is missing at the place of that block; a top-level field has no place of its own.
        const onder = gegeven.sleutel.startsWith('besluit.')
        const start = onder ? check.context.registries.verordening?.place(['besluit'])?.start : undefined
        const plaats = start ? `${yml}:${start.line}:${start.column}` : yml
        return `${plaats}: \`${gegeven.sleutel}\` ontbreekt: ${gegeven.omschrijving}; vul het in${onder ? ' onder `besluit:`' : ''}.`
      }),
    )
  const wijziging = oud ? { oud: oud.context, wijzigingen: vergelijk(oud.context.verordening, check.context.verordening), sinds: oud.sinds } : undefined
  const built = buildAanlevering(check.context, wijziging, nu())
  if (built.problems.length > 0)
    return refuse(
      `De STOP-aanlevering is niet gemaakt; ${unchanged}.`,
      built.problems.map((problem) => (problem.includes(': ') && /^\S+:\d+:\d+:/.test(problem) ? problem : `${yml}: ${problem}`)),
    )
  const { checkBedrijfsregels } = await import('./stop-bedrijfsregels.ts')
  const written = await writeFolderAtomically(target, built.bestanden, (files) => {
    for (const [name, xml] of files) {
      const problem = wellFormed(xml)
      if (problem) return failure(`${name} in de aanlevering is geen geldige XML (${problem}); ${unchanged}. Dit is een fout in de toolchain: meld hem.`)
    }
    const findings = checkBedrijfsregels(files, aanleveringBestanden.besluit)
    return findings.length > 0
      ? failure(
          `De aanlevering voldoet niet aan de regels van de LVBB: ${findings.join('; ')}. ${unchanged[0]!.toUpperCase()}${unchanged.slice(1)}. Controleer de datums onder \`besluit:\` in ${yml}; klopt alles, dan is dit een fout in de toolchain: meld hem.`,
        )
      : succeed(undefined)
  })
  if (!written.ok) return refuse(written.message)
  const { telling } = built
  const inhoud = telling
    ? `wijzigingsbesluit sinds ${oud?.sinds}: ${[`${telling.vervang} Vervang`, `${telling.voegToe} VoegToe`, `${telling.verwijder} Verwijder`, ...(telling.vervangKop > 0 ? [`${telling.vervangKop} VervangKop`] : [])].join(', ')}`
    : `eerste vaststelling, ${count(built.artikelen, 'artikel', 'artikelen')}`
  return {
    check,
    problem: null,
    details: [],
    file: target.path,
    summary: `aanlevering voor de LVBB: ${built.bestanden.map((bestand) => bestand.naam).join(', ')}; ${inhoud}, STOP ${aanleveringSchemaVersie} (BesluitCompact)`,
  }
}

export function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('nl-NL')} ${n === 1 ? one : many}`
}
