// `verordening serve [map]`: builds the site, serves it on localhost with live
// reload, and rebuilds when the verordening (or the site templates) change.
// A build with errors prints them and keeps serving the last good site.
import { watch } from 'node:fs'
import path from 'node:path'
import EleventyDevServer from '@11ty/eleventy-dev-server'
import { packageRoot } from '../build/build-site.ts'
import { runBuild } from './build-command.ts'
import { IncrementalChecker } from '../incremental-check.ts'

export async function runServe(dir: string, options: { out: string; port: number }): Promise<number> {
  const checker = new IncrementalChecker(path.resolve(dir))
  await runBuild(dir, { ...options, check: await checker.check() })
  const server = EleventyDevServer.getServer('verordening', path.resolve(options.out), {
    port: options.port,
    domDiff: false,
    messageOnStart: ({ localhostUrl }) => `De site draait op ${localhostUrl} — stoppen met Ctrl+C`,
  })
  server.serve(options.port)

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
        process.stderr.write(`↻ ${reason} gewijzigd, opnieuw bouwen…\n`)
        const names = changed === null ? undefined : [...changed]
        changed = new Set()
        const code = await runBuild(dir, { ...options, check: await checker.check(names) })
        if (code === 0) server.reloadFiles([path.join(path.resolve(options.out), 'index.html')], false)
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

