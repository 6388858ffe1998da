// Which file a document URI from the editor names, and whether the language
// server may read the folder it is in. A URI is only text the client sends:
// `file:///ws/../buiten/verordening.yml`, `%2e%2e`, or a link inside the
// workspace that points elsewhere would otherwise make the server check (and
// quote in its diagnostics) a folder that was never opened. So every URI is
// turned into a path the way Node reads file URLs (percent-decoding, `..`, a
// host, a drive letter: fileURLToPath), its links are resolved (realpath), and
// only a file that then lies inside a workspace folder is used.
import { existsSync, readlinkSync, realpathSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { failure, type Result, succeed } from '../messages/result.ts'
import { isInside } from '../sources/map-file.ts'

/** A document of a verordening map: the folder as the editor names it, and the file name in it. */
export interface MapDocument {
  dir: string
  name: string
}

/** What a URI is: a document of a map, not one of ours (`null`: another file type or folder), or a failure: refused, with a Dutch message to log. */
export type Located = Result<MapDocument | null>

export class Workspace {
  /** The workspace folders, links resolved. Empty: the client named none, so each document's own folder counts. */
  readonly roots: readonly string[]

  constructor(rootUris: readonly string[]) {
    this.roots = rootUris.flatMap((uri) => {
      const dir = pathOf(uri)
      return dir.ok ? [realPath(dir.value)] : []
    })
  }

  /** The path of a workspace folder given as URI, or undefined when it is no local folder. */
  static folderOf(uri: string): string | undefined {
    const dir = pathOf(uri)
    return dir.ok ? dir.value : undefined
  }

  /** `file` lies, after resolving links, inside a workspace folder (always true without workspace folders). */
  contains(file: string): boolean {
    if (this.roots.length === 0) return true
    const real = realPath(file)
    return this.roots.some((root) => isInside(real, root))
  }

  /**
   * The map document `uri` names. Nothing is read before the path is known to
   * lie inside the workspace; `isMap` says whether a folder already has a
   * session (then its verordening.yml need not be looked for).
   */
  locate(uri: string, isMap: (dir: string) => boolean): Located {
    if (!uri.startsWith('file:')) return succeed(null)
    const local = pathOf(uri)
    if (!local.ok) return failure(`Het adres \`${uri}\` is geen bestand op deze computer (${local.message}); de taalserver leest het niet.`)
    const file = local.value
    const name = path.basename(file)
    if (!name.endsWith('.md') && !name.endsWith('.yml')) return succeed(null)
    const dir = path.dirname(file)
    // The folder is read as a whole, and the file itself may be a link.
    if (!this.contains(dir) || !this.contains(file)) {
      const real = realPath(file)
      const via = real === file ? '' : ` (via een link naar \`${real}\`)`
      return failure(
        `Het bestand \`${file}\`${via} ligt buiten de werkmap (${this.roots.map((root) => `\`${root}\``).join(', ')}); de taalserver leest en controleert het niet. Open de map van de verordening als werkmap.`,
      )
    }
    if (!isMap(dir) && name !== 'verordening.yml' && !existsSync(path.join(dir, 'verordening.yml'))) return succeed(null)
    return succeed({ dir, name })
  }
}

/** The local path of a file URL (percent-decoded, `..` resolved, drive letter and host as Node reads them), or why it has none (a few words). */
function pathOf(uri: string): Result<string> {
  try {
    const file = fileURLToPath(uri)
    if (file.includes('\0')) return failure('een nul-teken in het pad')
    return succeed(path.resolve(file))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return failure(
      code === 'ERR_INVALID_FILE_URL_HOST'
        ? 'een andere computer als host'
        : code === 'ERR_INVALID_FILE_URL_PATH'
          ? 'een gecodeerde / of \\ in het pad'
          : 'geen geldig file-adres',
    )
  }
}

/**
 * The real path of `file`, also when it does not exist yet (a new, unsaved
 * file): the real path of its nearest existing ancestor plus the rest. A link
 * that points nowhere is followed by hand, so it cannot hide where it leads.
 */
function realPath(file: string, depth = 0): string {
  const rest: string[] = []
  for (let current = file; ; current = path.dirname(current)) {
    try {
      return path.join(realpathSync.native(current), ...[...rest].reverse())
    } catch {
      let target: string | null = null
      try {
        target = readlinkSync(current)
      } catch {
        // Not a link: it does not exist; go up.
      }
      if (target !== null && depth < 40) return realPath(path.resolve(path.dirname(current), target, ...[...rest].reverse()), depth + 1)
      if (path.dirname(current) === current) return file
      rest.push(path.basename(current))
    }
  }
}
