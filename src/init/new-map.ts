// Creates a new verordening map in one step: every file is written into a
// hidden folder beside the target, and only when all of them are there is the
// folder renamed to its name. A failure halfway leaves nothing behind, and an
// existing map with content is never touched.
import { randomBytes } from 'node:crypto'
import { lstat, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { errorCode, systemReason } from '../messages/system-error.ts'

/** File name (with `/` for a subfolder) → its text. */
export type MapFiles = Record<string, string>

/** Why the map cannot be made there, in Dutch, or null when it can. */
export async function refuseTarget(target: string): Promise<string | null> {
  const resolved = path.resolve(target)
  const shown = target
  const parent = path.dirname(resolved)
  const parentInfo = await lstat(parent).catch(() => null)
  if (!parentInfo?.isDirectory())
    return `De map \`${path.dirname(shown) || '.'}\` bestaat niet, verwacht een bestaande map waarin de nieuwe map \`${path.basename(resolved)}\` komt.`
  const info = await lstat(resolved).catch(() => null)
  if (!info) return null
  if (info.isSymbolicLink()) return `\`${shown}\` is een snelkoppeling, verwacht de naam van een nieuwe of lege map.`
  if (!info.isDirectory()) return `\`${shown}\` is een bestand, verwacht de naam van een nieuwe of lege map.`
  const entries = await readdir(resolved)
  if (entries.length > 0)
    return `De map \`${shown}\` is niet leeg (${entries.length} ${entries.length === 1 ? 'bestand of map' : 'bestanden of mappen'}), verwacht een nieuwe of lege map: er wordt niets overschreven.`
  return null
}

/** Writes the files into a hidden folder and renames it to `target`; returns a Dutch problem or null. */
export async function createMap(target: string, files: MapFiles): Promise<string | null> {
  const refusal = await refuseTarget(target)
  if (refusal) return refusal
  const resolved = path.resolve(target)
  const temporary = path.join(path.dirname(resolved), `.${path.basename(resolved)}.nieuw-${randomBytes(4).toString('hex')}`)
  try {
    await mkdir(temporary)
    for (const [name, text] of Object.entries(files)) {
      const file = path.join(temporary, ...name.split('/'))
      await mkdir(path.dirname(file), { recursive: true })
      await writeFile(file, text, { flag: 'wx' })
    }
    // An empty target folder is replaced by the rename; a folder that filled up meanwhile is not.
    const again = await refuseTarget(target)
    if (again) throw new Error(again)
    await rename(temporary, resolved)
    return null
  } catch (error) {
    await rm(temporary, { recursive: true, force: true })
    const own = error instanceof Error && errorCode(error) === undefined ? error.message : ''
    return own.startsWith('De map') || own.startsWith('`')
      ? own
      : `De map \`${target}\` kon niet worden gemaakt (${systemReason(error)}); er is niets geschreven.`
  }
}
