// `verordening vergelijk <van> [<naar>] [map]`: compares the verordening at
// two git revisions (`naar` defaults to the working tree), or two folders
// (`vergelijk <map> <map>`), both read and checked by the one pipeline. Prints the renvooi (default), the changes as
// JSON (`--json`) or the draft wijzigingsverordening (`--ontwerp` to stdout,
// `--uit <bestand>` to a file: as the exports write theirs, src/export/output-file.ts:
// never in the map, only over a file it wrote itself, atomically), or an
// amendement (`--amendement`, Markdown, or Word with `--uit x.docx`).
import { stat } from 'node:fs/promises'
import { amendement } from '../compare/amendement.ts'
import { renvooiVoorTerminal } from '../compare/renvooi.ts'
import { vergelijk, wijzigingenAlsJson } from '../compare/vergelijking.ts'
import { wijzigingsverordening } from '../compare/wijzigingsverordening.ts'
import { markdownDocx } from '../export/docx-markdown.ts'
import { type OutputFile, resolveOutputFile, writeAtomically } from '../export/output-file.ts'
import { markdownMarker } from '../export/output-marker.ts'
import { describeFailure, type Failure, failure, type Result, succeed } from '../messages/result.ts'
import { type CheckResult, checkSource } from '../pipeline/pipeline.ts'
import { readRevision } from '../sources/git-source.ts'
import { readSource, type SourceFiles } from '../sources/read-source.ts'
import { escapeForTerminal, formatMessages, stringifyJson } from './terminal-output.ts'

export interface VergelijkOptions {
  json: boolean
  ontwerp: boolean
  uit?: string
  /** Write an amendement instead of the wijzigingsverordening. */
  amendement?: boolean
  indieners?: readonly string[]
  toelichting?: string
}

/**
 * `vergelijk v1 verordening`: a second argument that is a folder on disk is the map;
 * `vergelijk ontwerp amendement`: two folders are compared as they are (`folders`).
 */
export async function splitArguments(positionals: readonly string[]): Promise<Result<{ van: string; naar?: string; map: string; folders?: boolean }>> {
  const [van, second, third, ...rest] = positionals
  if (rest.length > 0) return failure(`Te veel argumenten, verwacht \`verordening vergelijk <van> [<naar>] [map]\``)
  if (van === undefined) return failure('Geef ten minste één revisie, bijvoorbeeld `verordening vergelijk v1.0` (vergelijkt tag v1.0 met de werkmap)')
  if (third === undefined && second !== undefined && (await isDirectory(van)) && (await isDirectory(second)))
    return succeed({ van, naar: second, map: van, folders: true })
  if (third !== undefined) return succeed({ van, naar: second, map: third })
  if (second !== undefined && (await isDirectory(second))) return succeed({ van, map: second })
  return succeed({ van, naar: second, map: 'verordening' })
}

async function isDirectory(candidate: string): Promise<boolean> {
  try {
    return (await stat(candidate)).isDirectory()
  } catch {
    return false
  }
}

function fail(problem: Failure): number {
  process.stderr.write(`${escapeForTerminal(describeFailure(problem), { lines: true })}\n`)
  return 1
}

async function checkSide(source: SourceFiles, label: string): Promise<Result<CheckResult>> {
  const result = await checkSource(source)
  const artikelen = result.context.verordening.hoofdstukken.reduce((sum, hoofdstuk) => sum + hoofdstuk.artikelen.length, 0)
  if (artikelen === 0) {
    const report = formatMessages(result.files.filter((file) => file.messages.some((message) => message.fatal)))
    if (report) process.stderr.write(`${report}\n`)
    return failure(`Versie \`${label}\` heeft geen artikelen die gelezen konden worden, verwacht een verordening om te vergelijken`)
  }
  if (result.errors > 0) {
    // The line end stays outside the escape: escaped, it printed as a literal `\x0a`.
    process.stderr.write(
      `${escapeForTerminal(`Let op: versie \`${label}\` heeft ${result.errors === 1 ? '1 fout' : `${result.errors} fouten`} (zie \`verordening check\`); de vergelijking gebruikt wat gelezen kon worden.`)}\n`,
    )
  }
  return succeed(result)
}

export async function runVergelijk(positionals: readonly string[], options: VergelijkOptions): Promise<number> {
  const args = await splitArguments(positionals)
  if (!args.ok) return fail(args)
  const { van, naar, map, folders } = args.value
  if (options.json && (options.ontwerp || options.uit || options.amendement))
    return fail(failure('Kies `--json` of een document (`--ontwerp`, `--amendement`, `--uit`), niet allebei'))
  if (options.ontwerp && options.amendement) return fail(failure('Kies `--ontwerp` (de wijzigingsverordening) of `--amendement`, niet allebei'))

  // The output file is checked before anything is read: a refusal costs nothing. An amendement may be Word.
  let target: OutputFile | undefined
  const word = options.amendement === true && options.uit !== undefined && /\.docx$/i.test(options.uit)
  if (options.uit !== undefined) {
    for (const dir of folders ? [map, naar!] : [map]) {
      const resolved = await resolveOutputFile(dir, options.uit, word ? 'docx' : 'ontwerp')
      if (!resolved.ok) return fail(resolved)
      target = resolved.value
    }
  }

  let oudSource: SourceFiles
  let nieuwSource: SourceFiles
  const naarLabel = naar ?? 'werkmap'
  if (folders) {
    oudSource = await readSource(van)
    nieuwSource = await readSource(naar!)
  } else {
    const oud = await readRevision(map, van)
    if (!oud.ok) return fail(oud)
    oudSource = oud.value
    if (naar !== undefined) {
      const read = await readRevision(map, naar)
      if (!read.ok) return fail(read)
      nieuwSource = read.value
    } else nieuwSource = await readSource(map)
  }

  const checkedBefore = await checkSide(oudSource, van)
  if (!checkedBefore.ok) return fail(checkedBefore)
  const checkedAfter = await checkSide(nieuwSource, naarLabel)
  if (!checkedAfter.ok) return fail(checkedAfter)
  const before = checkedBefore.value
  const after = checkedAfter.value

  const wijzigingen = vergelijk(before.context.verordening, after.context.verordening)
  if (options.json) {
    process.stdout.write(`${stringifyJson(wijzigingenAlsJson(wijzigingen))}\n`)
    return 0
  }
  if (options.amendement) return writeAmendement(wijzigingen, after, options, target, word)
  if (options.ontwerp || target !== undefined) {
    const { markdown, nogTeDoen } = wijzigingsverordening(wijzigingen, after.context.verordening.meta)
    if (nogTeDoen) process.stderr.write(`${escapeForTerminal(nogTeDoen)}\n`)
    if (target === undefined) {
      // On a terminal, control and bidi characters from the author's text print as escapes; redirected, the document stays as it is.
      process.stdout.write(process.stdout.isTTY === true ? escapeForTerminal(markdown, { lines: true }) : markdown)
      return 0
    }
    // The first line is the mark that lets the next `--uit` replace this file, and nothing else (src/export/output-marker.ts).
    const written = await writeAtomically(target, `${markdownMarker}\n\n${markdown}`)
    if (!written.ok) return fail(written)
    process.stderr.write(`✓ Ontwerp-wijzigingsverordening geschreven naar ${escapeForTerminal(options.uit ?? '')}\n`)
    return 0
  }
  const kleur = process.stdout.isTTY === true && !process.env.NO_COLOR
  process.stdout.write(renvooiVoorTerminal(wijzigingen, kleur, (text) => escapeForTerminal(text)))
  return 0
}

/** The amendement to stdout or to `--uit` (Markdown, or Word for a .docx); what is missing is listed on stderr as "Nog te doen". */
async function writeAmendement(
  wijzigingen: ReturnType<typeof vergelijk>,
  after: CheckResult,
  options: VergelijkOptions,
  target: OutputFile | undefined,
  word: boolean,
): Promise<number> {
  const meta = after.context.verordening.meta
  const result = amendement(wijzigingen, meta, { indieners: options.indieners ?? [], toelichting: options.toelichting })
  if (target === undefined) process.stdout.write(process.stdout.isTTY === true ? escapeForTerminal(result.markdown, { lines: true }) : result.markdown)
  else {
    const content = word
      ? await markdownDocx(result.markdown, `Amendement: ${meta.citeertitel || 'verordening'}`, meta.gemeente ? `Gemeente ${meta.gemeente}` : '')
      : `${markdownMarker}\n\n${result.markdown}`
    const written = await writeAtomically(target, content)
    if (!written.ok) return fail(written)
    process.stderr.write(
      `✓ Amendement geschreven naar ${escapeForTerminal(options.uit ?? '')} (${result.opdrachten.length === 1 ? '1 wijzigingsopdracht' : `${result.opdrachten.length} wijzigingsopdrachten`})\n`,
    )
  }
  if (result.nogTeDoen.length > 0)
    process.stderr.write(
      `${escapeForTerminal(`Nog te doen (${result.nogTeDoen.length}), in het amendement als [nog in te vullen: …]:\n${result.nogTeDoen.map((item) => `- ${item}`).join('\n')}`, { lines: true })}\n`,
    )
  return 0
}
