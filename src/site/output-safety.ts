// Where a build may write. The output folder is replaced as a whole, so a
// wrong `--out` would delete whatever it names. Every path is compared after
// resolving symbolic links, because a link can make two paths that look apart
// name the same folder (`srclink -> out/src`).
import { readlink, realpath } from 'node:fs/promises'
import { homedir } from 'node:os'
import path from 'node:path'
import { failure, type Result, succeed } from '../messages/result.ts'
import { packageRoot } from '../package-root.ts'

export interface ResolvedOutput {
  /** The output folder with every link resolved; the build works on this path only. */
  out: string
  /** How messages name the folder: as given, plus where it leads if a link is involved. */
  shown: string
}

/**
 * The real path of `file`, also when it does not exist yet: the real path of
 * its nearest existing ancestor plus the rest. A link to something that does
 * not exist yet is followed too (the build would create its target); a loop
 * of links resolves to the link itself, which is then refused as no folder.
 */
export async function resolveReal(file: string, depth = 0): Promise<string> {
  const absolute = path.resolve(file)
  const rest: string[] = []
  for (let current = absolute; ; current = path.dirname(current)) {
    const tail = [...rest].reverse()
    try {
      return path.join(await realpath(current), ...tail)
    } catch {
      const target = await readlink(current).catch(() => null)
      if (target !== null) {
        if (depth < 40) return resolveReal(path.resolve(path.dirname(current), target, ...tail), depth + 1)
        return path.join(await resolveReal(path.dirname(current), depth + 1), path.basename(current), ...tail)
      }
      if (path.dirname(current) === current) return absolute
      rest.push(path.basename(current))
    }
  }
}

/** `child` is `parent` or lies inside it. */
export function isInside(child: string, parent: string): boolean {
  return child === parent || child.startsWith(parent.endsWith(path.sep) ? parent : parent + path.sep)
}

/**
 * Resolves the output folder and refuses one that holds, or lies in, something
 * the build must never replace. Whether the folder's own content may be
 * replaced is decided later, under the lock (see `prepareOutput`).
 */
export async function resolveOutput(sourceDir: string, outDir: string): Promise<Result<ResolvedOutput>> {
  const given = path.resolve(outDir)
  const out = await resolveReal(given)
  const source = await resolveReal(sourceDir)
  const shown = out === given ? `\`${given}\`` : `\`${given}\` (via een link: \`${out}\`)`
  const apart = 'verwacht een aparte map zoals `_site`'

  if (out === path.parse(out).root) return failure(`De uitvoermap ${shown} is de hoofdmap van het bestandssysteem, ${apart}.`)
  if (isInside(out, source) || isInside(source, out))
    return failure(`De uitvoermap ${shown} valt samen met de map van de verordening (\`${source}\`), ${apart}.`)

  // Folders that would be deleted with the output folder if it held them.
  const protectedFolders: Array<[string, string]> = [
    [await resolveReal(packageRoot), 'de map van het programma verordening'],
    [await resolveReal(process.cwd()), 'de huidige map'],
    [await resolveReal(homedir()), 'uw thuismap'],
  ]
  for (const [folder, what] of protectedFolders) {
    if (isInside(folder, out)) return failure(`De uitvoermap ${shown} is ${what} (\`${folder}\`) of een map daarboven, ${apart}.`)
  }
  return succeed({ out, shown })
}
