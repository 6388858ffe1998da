// Reads one file from the verordening map, and only if it really is a regular
// file inside the map. Symbolic links (of the file or of a folder on its way)
// are resolved first, so a link to `/etc/passwd` or to a folder elsewhere is
// refused before a single byte of it is read: nothing outside the map can end
// up in a message or on the site.
import { constants } from 'node:fs'
import { type FileHandle, open, realpath, stat } from 'node:fs/promises'
import path from 'node:path'

export type MapFileProblem =
  /** No such file (also: a link that points nowhere). */
  | 'ontbreekt'
  /** After resolving links, the file lies outside the map. */
  | 'buiten-map'
  /** A folder, device, socket or pipe. */
  | 'geen-bestand'
  | 'te-groot'
  /** Anything else: no permission, changed while reading, … */
  | 'onleesbaar'

export type MapFileResult = { ok: true; bytes: Buffer } | { ok: false; problem: MapFileProblem; size?: number }

// O_NOFOLLOW: the resolved path must not have become a link since realpath.
// O_NONBLOCK: a pipe swapped in after the check must not hang the build.
const openFlags = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0)

/** True when `child` (a resolved path) is `parent` or lies below it. */
export function isInside(child: string, parent: string): boolean {
  const relative = path.relative(parent, child)
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
}

/**
 * Reads `filePath` if, after resolving links, it is a regular file of at most
 * `maxBytes` inside `root` (itself resolved too). Never throws.
 */
export async function readMapFile(root: string, filePath: string, maxBytes: number): Promise<MapFileResult> {
  const where = await locateMapFile(root, filePath)
  if (!where.ok) return where
  if (where.size > maxBytes) return { ok: false, problem: 'te-groot', size: where.size }
  let handle: FileHandle
  try {
    handle = await open(where.real, openFlags)
  } catch {
    return { ok: false, problem: 'onleesbaar' }
  }
  try {
    // The file that was opened must be the one that was checked.
    const info = await handle.stat()
    if (!info.isFile() || info.ino !== where.ino || info.dev !== where.dev) return { ok: false, problem: 'onleesbaar' }
    if (info.size > maxBytes) return { ok: false, problem: 'te-groot', size: info.size }
    const bytes = await handle.readFile()
    if (bytes.length > maxBytes) return { ok: false, problem: 'te-groot', size: bytes.length }
    return { ok: true, bytes }
  } catch {
    return { ok: false, problem: 'onleesbaar' }
  } finally {
    await handle.close().catch(() => undefined)
  }
}

/** Resolves and checks a path without reading it (size, identity for the later read). */
export async function locateMapFile(
  root: string,
  filePath: string,
): Promise<{ ok: true; real: string; size: number; ino: number; dev: number } | { ok: false; problem: MapFileProblem }> {
  let real: string
  let realRoot: string
  try {
    realRoot = await realpath(root)
  } catch {
    return { ok: false, problem: 'onleesbaar' }
  }
  try {
    real = await realpath(filePath)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return { ok: false, problem: code === 'ENOENT' || code === 'ENOTDIR' ? 'ontbreekt' : 'onleesbaar' }
  }
  if (!isInside(real, realRoot)) return { ok: false, problem: 'buiten-map' }
  try {
    const info = await stat(real)
    if (!info.isFile()) return { ok: false, problem: 'geen-bestand' }
    return { ok: true, real, size: info.size, ino: info.ino, dev: info.dev }
  } catch {
    return { ok: false, problem: 'onleesbaar' }
  }
}
