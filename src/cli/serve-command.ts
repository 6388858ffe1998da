// `verordening serve [map]`: builds the site, serves it on this computer only
// (127.0.0.1, unless `--host` says otherwise) with live reload, and rebuilds
// when the verordening (or the site templates) change. A build with errors
// prints them and keeps serving the last good site of this run. Under a basis
// (`--basis` or `basis:` in verordening.yml) the site is served at that path,
// as it will be once published; the basis of the first build holds until
// serve restarts.
//
// Order matters: the output folder is checked before anything starts (a folder
// a build would refuse is refused here with the same message, and nothing is
// served), and the server shows the folder only after a build of this run
// succeeded (`built`); until then it answers with a "not built yet" page.
//
// A text shared by several gemeenten (gemeenten.yml): `--gemeente <id>` serves
// that gemeente's site, as `build --gemeente` makes it. Without `--gemeente`,
// serve shows what `build --alle` makes: every gemeente's site under
// `<basis><id>/`, and at the basis the page "Verschillen tussen de gemeenten",
// which links to each of them. Every rebuild then builds all gemeenten: a
// change in the shared text or in gemeenten.yml can change any of them. The
// documents (STOP, Word, PDF) are left to `build`: a preview rebuilds at every
// save, and printing would make it wait.
import { watch } from 'node:fs'
import path from 'node:path'
import { basisProblem } from '../model/schema.ts'
import { Pipeline, regioGemeenten } from '../pipeline/pipeline.ts'
import { isLoopback } from '../serve/request-guard.ts'
import { startSiteServer } from '../serve/site-server.ts'
import { packageRoot } from '../site/build-site.ts'
import { refuseOutput } from '../site/output-dir.ts'
import { resolveOutput } from '../site/output-safety.ts'
import { readSource } from '../sources/read-source.ts'
import { runBuild } from './build-command.ts'
import { gemeenteKeuzeProbleem } from './gemeente-option.ts'
import { escapeForTerminal } from './terminal-output.ts'

export async function runServe(dir: string, options: { out: string; port: number; host: string; basis?: string; gemeente?: string }): Promise<number> {
  // The words `build` would say (build-command.ts), before anything is built or served.
  const refuse = (problem: string) => {
    process.stderr.write(`✖ ${escapeForTerminal(problem, { lines: true })}
`)
    return 1
  }
  const problem = options.basis === undefined ? null : basisProblem(options.basis)
  if (problem) {
    process.stderr.write(`Ongeldige --basis \`${escapeForTerminal(options.basis ?? '')}\`: ${problem}
`)
    return 1
  }
  const resolved = await resolveOutput(path.resolve(dir), options.out)
  if (!resolved.ok) return refuse(resolved.message)
  const target = resolved.value
  const refusal = await refuseOutput(target.out, target.shown)
  if (refusal) return refuse(refusal)
  // gemeenten.yml: one gemeente (--gemeente), or all of them; a wrong id, or --gemeente without gemeenten.yml, is said as build says it.
  if (options.gemeente !== undefined) {
    const keuze = await gemeenteKeuzeProbleem(dir, { gemeente: options.gemeente }, 'export')
    if (keuze) return refuse(keuze)
  }
  const regio = options.gemeente === undefined ? regioGemeenten(await readSource(path.resolve(dir))) : undefined
  const pipeline = Pipeline.forFolder(path.resolve(dir), options.gemeente === undefined ? {} : { gemeente: options.gemeente })
  const check = await pipeline.check()
  // The server's path is fixed when it starts, so every rebuild uses this basis.
  const yml = check.context.verordening.meta.basis
  const basis = options.basis ?? (yml !== undefined && basisProblem(yml) === null ? yml : '/')
  const build = async (checked: typeof check): Promise<number> => {
    if (!regio) return runBuild(dir, { out: options.out, check: checked, basis, ...(options.gemeente === undefined ? {} : { gemeente: options.gemeente }) })
    const { runBuildAlle } = await import('./build-alle-command.ts')
    return runBuildAlle(dir, { out: options.out, check: checked, basis })
  }
  const first = await build(check)
  const started = await startSiteServer(target.out, { host: options.host, port: options.port, basis })
  if (!started.ok) {
    process.stderr.write(`✖ ${started.message}\n`)
    return 1
  }
  const server = started.value
  if (first === 0) server.built()
  else process.stderr.write('De site is nog niet gebouwd; de browser toont een wachtpagina. Herstel de fouten hierboven en sla op: serve bouwt dan opnieuw.\n')
  if (!isLoopback(options.host))
    process.stderr.write(
      `Let op: de site luistert op ${options.host}, dus anderen op het netwerk kunnen deze conceptversie zien. Laat --host weg om haar alleen op deze computer te tonen.\n`,
    )
  if (regio) {
    // Each gemeente under its own path, as build --alle lays them out; the table of differences at the basis links to them.
    const sites = regio.map((gemeente) => `  ${escapeForTerminal(gemeente.naam)}: ${server.url}${gemeente.id}/`).join('\n')
    process.stdout.write(
      `De sites van ${regio.length} gemeenten draaien op ${server.url} (de verschillen tussen de gemeenten) — stoppen met Ctrl+C\n${sites}\nEén gemeente bekijken: verordening serve --gemeente <id>\n`,
    )
  } else if (options.gemeente !== undefined) {
    process.stdout.write(`De site van ${escapeForTerminal(check.context.gemeente?.naam ?? options.gemeente)} draait op ${server.url} — stoppen met Ctrl+C\n`)
  } else process.stdout.write(`De site draait op ${server.url} — stoppen met Ctrl+C\n`)

  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> = Promise.resolve()
  // Changed files in the verordening map since the last build; null = check everything.
  let changed: Set<string> | null = new Set()
  const rebuild = (reason: string, file?: string) => {
    if (file === undefined) changed = null
    else changed?.add(file)
    clearTimeout(timer)
    // Editors save in several steps; wait until the writes settle.
    timer = setTimeout(() => {
      running = running.then(async () => {
        process.stderr.write(`↻ ${escapeForTerminal(reason)} gewijzigd, opnieuw bouwen…\n`)
        const names = changed === null ? undefined : [...changed]
        changed = new Set()
        const code = await build(await (names ? pipeline.recheck(names) : pipeline.check()))
        if (code === 0) server.built()
      })
    }, 150)
  }
  const watchers = [
    watch(path.resolve(dir), { recursive: true }, (_event, name) => rebuild(name ? String(name) : dir, name ? String(name) : undefined)),
    watch(path.join(packageRoot, 'site'), { recursive: true }, (_event, name) => rebuild(`site/${name ?? ''}`)),
  ]

  return new Promise((resolve) => {
    const stop = () => {
      watchers.forEach((watcher) => watcher.close())
      void server.close().then(() => resolve(0))
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
}
