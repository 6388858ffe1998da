// `verordening build [map] [--out map] [--streng] [--stil] [--basis /pad/]`:
// checks, then builds the site; on errors (with `--streng` also on warnings) it
// prints them and exits 1, leaving the previous output untouched. Progress per
// step on long work (./progress.ts); `--stil` prints the messages only.
// `--basis` is the path the site is published at; it overrides `basis:` in
// verordening.yml.
import path from 'node:path'
import { todoSentence } from '../messages/todo.ts'
import { basisProblem } from '../model/schema.ts'
import { type CheckResult, checkSource } from '../pipeline/pipeline.ts'
import { type BuildOptions, type BuildResult, buildSite, buildSteps } from '../site/build-site.ts'
import { readRevision } from '../sources/git-source.ts'
import { documentenRegel, met, schrijfGemeenteDocumenten } from './gemeente-documenten.ts'
import { gemeenteKeuzeProbleem } from './gemeente-option.ts'
import { progress } from './progress.ts'
import { escapeForTerminal, formatMessages, summaryLine } from './terminal-output.ts'

export async function runBuild(
  dir: string,
  options: { out: string; check?: CheckResult; streng?: boolean; sinds?: string; basis?: string; stil?: boolean; gemeente?: string; alle?: boolean } & Pick<
    BuildOptions,
    'nunjucksForTesting'
  >,
): Promise<number> {
  if (options.basis !== undefined) {
    const problem = basisProblem(options.basis)
    if (problem) {
      process.stderr.write(`Ongeldige --basis \`${escapeForTerminal(options.basis)}\`: ${problem}\n`)
      return 1
    }
  }
  // gemeenten.yml: one site per gemeente; the choice is checked before anything is read twice (./gemeente-option.ts).
  if (!options.check) {
    const keuze = await gemeenteKeuzeProbleem(dir, options, 'build')
    if (keuze) {
      process.stderr.write(`✖ ${escapeForTerminal(keuze, { lines: true })}\n`)
      return 1
    }
    if (options.alle) {
      const { runBuildAlle } = await import('./build-alle-command.ts')
      return runBuildAlle(dir, options)
    }
  }
  let sinds: BuildOptions['sinds']
  if (options.sinds !== undefined) {
    // The old version is read from git and checked by the same pipeline; only its model is used.
    const old = await readRevision(dir, options.sinds)
    if (!old.ok) {
      process.stderr.write(`✖ ${escapeForTerminal(old.message, { lines: true })}\n`)
      return 1
    }
    const checked = await checkSource(old.value)
    sinds = { label: options.sinds, verordening: checked.context.verordening }
  }
  const shown = progress('Bouwen', buildSteps, { stil: options.stil })
  const result = await buildSite(dir, options.out, {
    check: options.check,
    streng: options.streng,
    sinds,
    basis: options.basis,
    nunjucksForTesting: options.nunjucksForTesting,
    ...(options.gemeente === undefined ? {} : { gemeente: options.gemeente }),
    onStep: (step) => shown.step(step),
  })
  shown.end()
  // Notes do not stop the build; they come first, so the last line says how it went.
  for (const note of result.notes) process.stderr.write(`${note}\n`)
  const files = result.check.files
  for (const file of files) file.path = path.relative(process.cwd(), file.path) || file.path
  // File names and quotes come from the author's files: escaped, never raw to the terminal.
  const report = formatMessages(files)
  if (options.stil) {
    if (report) process.stderr.write(`${report}\n`)
    if (result.problem) process.stderr.write(`✖ ${escapeForTerminal(result.problem, { lines: true })}\n`)
    if (!result.problem && options.gemeente !== undefined && !options.check) return gemeenteDocumenten(dir, options.out, options.gemeente, result, true)
    return result.problem ? 1 : 0
  }
  if (report)
    process.stderr.write(
      `${report}\n\n${summaryLine(result.check.errors, result.check.warnings, { streng: options.streng === true || result.check.context.verordening.meta.streng === true })}\n`,
    )
  if (result.check.concept && result.check.todo.length > 0) process.stderr.write(`${todoSentence(result.check.todo)}\n`)
  if (result.problem) {
    process.stderr.write(`✖ ${escapeForTerminal(result.problem, { lines: true })}\n`)
    return 1
  }
  const seconds = result.seconds.toLocaleString('nl-NL', { maximumFractionDigits: 1 })
  const basis = result.site?.urls.basis ?? '/'
  const onder = basis === '/' ? '' : ` voor het pad ${basis}`
  process.stderr.write(
    `✓ Site gebouwd in ${escapeForTerminal(path.relative(process.cwd(), path.resolve(options.out)) || options.out)}/${onder}: ${result.pages} pagina’s, ${result.indexed} in de zoekindex, in ${seconds} s\n`,
  )
  // `build --gemeente <id>`: the gemeente's own documents in the folder of its site, as `--alle` makes them (not for `serve`, which passes its check).
  if (options.gemeente !== undefined && !options.check) return gemeenteDocumenten(dir, options.out, options.gemeente, result)
  return 0
}

async function gemeenteDocumenten(dir: string, out: string, id: string, result: BuildResult, stil = false): Promise<number> {
  const gemeente = result.check.context.gemeente
  const folder = path.resolve(out)
  const documenten = await schrijfGemeenteDocumenten(dir, [{ gemeente: { id, naam: gemeente?.naam ?? id }, folder, result }])
  for (const note of documenten.notes) process.stderr.write(`${escapeForTerminal(note, { lines: true })}\n`)
  if (documenten.problem) {
    process.stderr.write(`✖ ${escapeForTerminal(documenten.problem, { lines: true })}\n`)
    return 1
  }
  if (!stil) process.stderr.write(`${documentenRegel(documenten)}: ${met(documenten.geschreven.get(id) ?? [])}\n`)
  return 0
}
