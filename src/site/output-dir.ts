// The output folder is replaced only when a build has fully succeeded: the
// site is built in a hidden sibling folder and then swapped in with renames,
// so a failed or killed build leaves the previous site as it was.
//
// Replacing a folder deletes what was in it, so a build replaces only a folder
// that a build made (it holds the marker file) or an empty one. Everything here
// runs under the output lock (output-lock.ts): cleaning up another build's
// staging folder while it runs would break that build.
import { lstat, readdir, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

/** Written into every built site; its presence is what allows the next build to replace the folder. */
export const siteMarker = '.verordening-site'

export interface Staging {
  /** Where this build writes. */
  dir: string
  /** Marks the staged site as ours and puts it in place of the output folder. */
  commit(): Promise<void>
  /** Removes the staged site (after a failure). */
  discard(): Promise<void>
}

/**
 * Cleans up after killed builds, then says (in Dutch) why `out` may not be
 * replaced, or null when it may: it does not exist, is empty, or holds the marker.
 */
export async function prepareOutput(out: string, shown: string): Promise<string | null> {
  await recover(out)
  return refuseOutput(out, shown)
}

/**
 * Says (in Dutch) why `out` may not be built into, or null when it may. Only
 * reads: `serve` asks this before it starts, so that it never serves a folder
 * a build would refuse (the build asks again under the lock).
 */
export async function refuseOutput(out: string, shown: string): Promise<string | null> {
  const info = await lstat(out).catch(() => null)
  if (info === null) return null
  if (!info.isDirectory()) return `De uitvoermap ${shown} is geen map maar een bestand, verwacht een map; kies een andere map met --out.`
  const names = await readdir(out)
  if (names.length === 0) return null
  const marker = await lstat(path.join(out, siteMarker)).catch(() => null)
  if (marker?.isFile()) return null
  return `De uitvoermap ${shown} bestaat al en is niet door verordening gemaakt (er staat geen \`${siteMarker}\` in), verwacht een lege map of een eerder gebouwde site; kies een andere map met --out of maak deze map leeg.`
}

export function stageOutput(out: string): Staging {
  const parent = path.dirname(out)
  const base = path.basename(out)
  const dir = path.join(parent, `.${base}.bouw-${process.pid}-${Date.now()}`)
  return {
    dir,
    async commit() {
      await writeFile(
        path.join(dir, siteMarker),
        'Deze map is gemaakt door `verordening build`. De volgende build vervangt haar helemaal; zet hier niets anders in.\n',
      )
      const old = path.join(parent, `.${base}.oud-${process.pid}-${Date.now()}`)
      const hadOutput = (await lstat(out).catch(() => null)) !== null
      if (hadOutput) await rename(out, old)
      await rename(dir, out)
      if (hadOutput) await rm(old, { recursive: true, force: true })
    },
    async discard() {
      await rm(dir, { recursive: true, force: true })
    },
  }
}

/**
 * Cleans up after a build that was killed: removes half-built folders and
 * locks moved aside, and if the kill fell between the two renames of a swap,
 * puts the old site back.
 */
async function recover(out: string): Promise<void> {
  const parent = path.dirname(out)
  const base = path.basename(out)
  let names: string[]
  try {
    names = await readdir(parent)
  } catch {
    return
  }
  const olds = names.filter((name) => name.startsWith(`.${base}.oud-`)).sort()
  const latest = olds.at(-1)
  if (latest && (await lstat(out).catch(() => null)) === null) {
    await rename(path.join(parent, latest), out)
    olds.pop()
  }
  const leftovers = [...olds, ...names.filter((name) => name.startsWith(`.${base}.bouw-`) || name.startsWith(`.${base}.lock-`))]
  await Promise.all(leftovers.map((name) => rm(path.join(parent, name), { recursive: true, force: true })))
}
