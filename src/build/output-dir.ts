// The output folder is replaced only when a build has fully succeeded: the
// site is built in a hidden sibling folder and then swapped in with renames,
// so a failed or killed build leaves the previous site as it was.
import { readdir, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'

export interface Staging {
  /** Where this build writes. */
  dir: string
  /** Puts the staged site in place of the output folder. */
  commit(): Promise<void>
  /** Removes the staged site (after a failure). */
  discard(): Promise<void>
}

export async function stageOutput(out: string): Promise<Staging> {
  const parent = path.dirname(out)
  const base = path.basename(out)
  await recover(out)
  const dir = path.join(parent, `.${base}.bouw-${process.pid}-${Date.now()}`)
  return {
    dir,
    async commit() {
      const old = path.join(parent, `.${base}.oud-${process.pid}-${Date.now()}`)
      const hadOutput = await exists(out)
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
 * Cleans up after a build that was killed: removes half-built folders, and if
 * the kill fell between the two renames of a swap, puts the old site back.
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
  if (latest && !(await exists(out))) {
    await rename(path.join(parent, latest), out)
    olds.pop()
  }
  const leftovers = [...olds, ...names.filter((name) => name.startsWith(`.${base}.bouw-`))]
  await Promise.all(leftovers.map((name) => rm(path.join(parent, name), { recursive: true, force: true })))
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file)
    return true
  } catch {
    return false
  }
}
