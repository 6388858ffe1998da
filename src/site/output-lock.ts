// One build per output folder at a time. Two builds to the same folder (say
// `serve` and `build`, both to `_site`) would delete each other's staging
// folders and collide in the final renames.
//
// Why a lock file with the process id (created with O_EXCL) and not
// proper-lockfile: proper-lockfile decides that a lock is abandoned by its age
// and keeps it fresh with a timer, so a killed build blocks the next one for the
// whole stale period, and a build whose event loop stalls longer than that
// period (rendering a large verordening) loses its lock halfway. A process id
// says at once whether the holder still runs: a killed build's lock is taken
// over by the next build immediately, and a long build never loses it. The
// host name is stored too; a lock from another machine (a shared disk) cannot be
// checked, so it counts as held and the message names the file to remove.
import { randomBytes } from 'node:crypto'
import { link, lstat, mkdir, open, readFile, rename, stat, unlink } from 'node:fs/promises'
import { hostname } from 'node:os'
import path from 'node:path'
import { systemReason } from '../messages/system-error.ts'

export interface OutputLock {
  release(): Promise<void>
}

interface Holder {
  pid: number
  host: string
  token: string
}

/** How long a build waits for another build to the same folder before it gives up. */
const defaultWaitMs = 20_000
const pollMs = 100
/** A lock file without readable content is being written; older than this, its writer died. */
const unreadableStaleMs = 5_000

/** Lock files this process holds, so that a lock with our own pid left by an earlier process (pid reuse after a restart) is not mistaken for ours. */
const heldHere = new Set<string>()

export function lockFileFor(out: string): string {
  return path.join(path.dirname(out), `.${path.basename(out)}.lock`)
}

/**
 * Takes the lock of output folder `out` (a real path), waiting up to `waitMs`
 * for a running build to finish. Returns a Dutch message when it is not free.
 */
export async function lockOutput(out: string, shown: string, waitMs = defaultWaitMs): Promise<OutputLock | string> {
  const file = lockFileFor(out)
  const me: Holder = { pid: process.pid, host: hostname(), token: randomBytes(8).toString('hex') }
  const content = JSON.stringify(me)
  const deadline = Date.now() + waitMs
  for (let quickRetries = 0; ; ) {
    let holder: Awaited<ReturnType<typeof tryAcquire>>
    try {
      await makeFolder(path.dirname(file))
      holder = await tryAcquire(file, content)
    } catch (error) {
      return `Kan in de map boven de uitvoermap ${shown} niet schrijven (${systemReason(error)}), verwacht een map waarin u mag schrijven; kies een andere map met --out.`
    }
    // The lock just went away (released, or abandoned and removed): try again at once.
    if (holder === 'gone' && quickRetries++ < 10) continue
    if (holder === null) {
      heldHere.add(file)
      return {
        async release() {
          heldHere.delete(file)
          // Only remove the file if it is still ours.
          if ((await readFile(file, 'utf8').catch(() => '')) === content) await unlink(file).catch(() => undefined)
        },
      }
    }
    if (Date.now() >= deadline) {
      const who =
        holder === 'unknown' || holder === 'gone' ? '' : holder.host === me.host ? ` (proces ${holder.pid})` : ` (proces ${holder.pid} op ${holder.host})`
      return `Er loopt al een build naar ${shown}${who}, verwacht één build tegelijk; wacht tot die klaar is. Loopt er geen build meer, verwijder dan \`${file}\`.`
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs))
  }
}

/** Null when the lock is now ours; 'gone' when it was freed just now; otherwise who holds it. */
async function tryAcquire(file: string, content: string): Promise<Holder | 'unknown' | 'gone' | null> {
  try {
    const handle = await open(file, 'wx')
    try {
      await handle.writeFile(content)
    } finally {
      await handle.close()
    }
    return null
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  const seen = await readFile(file, 'utf8').catch(() => null)
  if (seen === null) return 'gone'
  const holder = parseHolder(seen)
  if (holder === null) {
    const age =
      Date.now() -
      (await stat(file).then(
        (info) => info.mtimeMs,
        () => Date.now(),
      ))
    if (age < unreadableStaleMs) return 'unknown'
  } else if (isRunning(holder, file)) {
    return holder
  }
  await removeStale(file, seen)
  return 'gone'
}

/**
 * Moves the abandoned lock aside with a rename (atomic), then checks that what
 * it moved is the abandoned lock: another build may have replaced it in
 * between, and then that lock is put back.
 */
async function removeStale(file: string, seen: string): Promise<void> {
  const aside = `${file}-${process.pid}-${randomBytes(4).toString('hex')}`
  try {
    await rename(file, aside)
  } catch {
    return // someone else moved it first
  }
  if ((await readFile(aside, 'utf8').catch(() => seen)) !== seen) await link(aside, file).catch(() => undefined)
  await unlink(aside).catch(() => undefined)
}

/**
 * Creates `dir` and its missing parents one by one. Not `mkdir(…, { recursive:
 * true })`: on Node 20 that never returns for a folder under /proc.
 */
async function makeFolder(dir: string): Promise<void> {
  const missing: string[] = []
  for (let current = dir; (await lstat(current).catch(() => null)) === null && path.dirname(current) !== current; current = path.dirname(current))
    missing.push(current)
  for (const folder of missing.reverse()) {
    await mkdir(folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error
    })
  }
}

function parseHolder(text: string): Holder | null {
  try {
    const value = JSON.parse(text) as Partial<Holder>
    return typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.token === 'string'
      ? { pid: value.pid, host: value.host, token: value.token }
      : null
  } catch {
    return null
  }
}

function isRunning(holder: Holder, file: string): boolean {
  if (holder.host !== hostname()) return true
  if (holder.pid === process.pid) return heldHere.has(file)
  try {
    process.kill(holder.pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
