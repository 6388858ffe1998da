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
import { watch } from 'node:fs'
import path from 'node:path'
import { basisProblem } from '../model/schema.ts'
import { Pipeline } from '../pipeline/pipeline.ts'
import { isLoopback } from '../serve/request-guard.ts'
import { startSiteServer } from '../serve/site-server.ts'
import { packageRoot } from '../site/build-site.ts'
import { refuseOutput } from '../site/output-dir.ts'
import { resolveOutput } from '../site/output-safety.ts'
import { runBuild } from './build-command.ts'
import { escapeForTerminal } from './terminal-output.ts'

export async function runServe(dir: string, options: { out: string; port: number; host: string; basis?: string }): Promise<number> {
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
  const pipeline = Pipeline.forFolder(path.resolve(dir))
  const check = await pipeline.check()
  // The server's path is fixed when it starts, so every rebuild uses this basis.
  const yml = check.context.verordening.meta.basis
  const basis = options.basis ?? (yml !== undefined && basisProblem(yml) === null ? yml : '/')
  const first = await runBuild(dir, { out: options.out, check, basis })
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
  process.stdout.write(`De site draait op ${server.url} — stoppen met Ctrl+C\n`)

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
        const code = await runBuild(dir, { out: options.out, check: await (names ? pipeline.recheck(names) : pipeline.check()), basis })
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
