// Reads many verordeningen for a comparison across gemeenten: per verordening
// in parallel, one worker thread per core (a 2-core machine checks two at a
// time), each verordening handed to the next free worker. A worker sends back
// plain data only (gemeente-lezen.ts), so at most one verordening per worker
// is in memory as trees and model. With few maps, or one core, everything
// runs in this thread: a worker costs about 100 ms to start.
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { availableParallelism, totalmem } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { packageRoot } from '../package-root.ts'
import { type GelezenGemeente, leesGemeente } from './gemeente-lezen.ts'

export interface LeesOpties {
  /** Worker threads; default: one per core as far as memory allows (`workerCount`), and none below `vanafAantal` maps. */
  threads?: number
  /** From how many maps the workers are worth their start (default 4). */
  vanafAantal?: number
  /** Called after each map, in the order they finish. */
  onGelezen?: (done: number, total: number) => void
}

/**
 * The young generation of a worker's heap. A check is mostly parsing, and
 * micromark keeps the events and the tree of a whole hoofdstuk alive while it
 * parses: with V8's default (16 MB semi-spaces) every scavenge copies that
 * live state again, and the GC helper threads took nearly as much CPU as the
 * workers themselves (on 2 cores they compete with the workers). 384 MB
 * (semi-spaces of 128 MB) lets most of a verordening die young: about a third
 * less CPU per verordening (docs/architectuur.md, "Corpus in de bench").
 * The old generation keeps its default.
 */
const youngGenerationMb = 384

/**
 * What one worker may take at its peak: the young generation above plus a
 * verordening's trees and model (the 342-gemeenten bench peaks at about 1.4 GB
 * for two workers and the main thread together).
 */
const workerPeakMb = 700

/**
 * Workers for this machine: one per core, but no more than half its memory
 * holds, so a laptop with many cores and little memory does not swap (8 cores
 * and 8 GB: 5 workers). At least one.
 */
export function workerCount(cores: number, memoryBytes: number): number {
  const byMemory = Math.floor(memoryBytes / 2 / 1024 / 1024 / workerPeakMb)
  return Math.max(1, Math.min(cores, byMemory))
}

/**
 * The compiled worker in dist/; or, running from the sources (tests, the
 * bench), a small script that registers tsx in the worker and then loads the
 * TypeScript file (`--import tsx` in a worker's execArgv is not applied by Node 20).
 */
function startWorker(): Worker {
  const here = fileURLToPath(import.meta.url)
  const compiled = path.join(packageRoot, 'dist', 'src', 'cli', 'gemeente-worker.js')
  const resourceLimits = { maxYoungGenerationSizeMb: youngGenerationMb }
  if (!here.endsWith('.ts') && existsSync(compiled)) return new Worker(compiled, { resourceLimits })
  const source = pathToFileURL(path.join(packageRoot, 'src', 'cli', 'gemeente-worker.ts')).href
  // The ES module build of tsx's API (its CommonJS build loads the hooks by a path that only works from the main thread).
  const tsx = pathToFileURL(
    createRequire(path.join(packageRoot, 'package.json'))
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href
  return new Worker(`import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(source)}) })`, {
    eval: true,
    resourceLimits,
  })
}

export async function leesGemeenten(maps: readonly string[], options: LeesOpties = {}): Promise<GelezenGemeente[]> {
  const threads = Math.min(options.threads ?? workerCount(availableParallelism(), totalmem()), maps.length)
  const results: GelezenGemeente[] = new Array(maps.length)
  let done = 0
  if (threads <= 1 || maps.length < (options.vanafAantal ?? 4)) {
    for (const [index, map] of maps.entries()) {
      results[index] = await leesGemeente(map)
      options.onGelezen?.(++done, maps.length)
    }
    return results
  }
  let next = 0
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = startWorker()
      const give = () => {
        if (next >= maps.length) {
          void worker.terminate().then(() => resolve())
          return
        }
        const id = next++
        worker.postMessage({ id, map: maps[id] })
      }
      worker.on('message', (answer: { id: number; ok: true; value: GelezenGemeente } | { id: number; ok: false; error: string }) => {
        if (!answer.ok) {
          void worker.terminate()
          reject(new Error(`${maps[answer.id]}: ${answer.error}`))
          return
        }
        results[answer.id] = answer.value
        options.onGelezen?.(++done, maps.length)
        give()
      })
      worker.on('error', reject)
      worker.on('online', give)
    })
  await Promise.all(Array.from({ length: threads }, runWorker))
  return results
}
