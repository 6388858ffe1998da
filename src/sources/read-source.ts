// Reads the files of a verordening map into VFiles. Nothing here writes: the
// author's map is only ever read. Every problem becomes a positioned message.
import { readdir, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { VFile } from 'vfile'
import { pointAt, report } from '../messages/report.ts'
import { isInside, readMapFile } from './map-file.ts'

export const registryNames = ['verordening.yml', 'effecten.yml', 'grondwaarden.yml', 'begrippen.yml'] as const
/** Registries a verordening may have; without the file the verordening simply has none (kaders). */
export const optionalRegistryNames = ['kaders.yml'] as const
export type RegistryName = (typeof registryNames)[number] | (typeof optionalRegistryNames)[number]

/** The folder of casussen inside the map: one Markdown file per casus. */
export const casussenFolder = 'casussen'
/** A casus is a page or two; a larger file is not a casus. */
export const maxCasusBytes = 256 * 1024

/** Larger files are refused: a hoofdstuk of 1,000 artikelen is well under 2 MB. */
export const maxMarkdownBytes = 2 * 1024 * 1024
export const maxYamlBytes = 1024 * 1024

export interface SourceFiles {
  dir: string
  registries: Partial<Record<RegistryName, VFile>>
  hoofdstukken: VFile[]
  /** Files that could not be read or decoded; they carry the messages. */
  unreadable: VFile[]
  /** The casussen (`casussen/*.md`), by file name; absent or empty when there are none. */
  casussen?: VFile[]
  /**
   * `woordenlijst.txt` when the sources were not read from a folder (a git
   * revision): the file, or null when that version has none. Undefined: read
   * it from `dir`.
   */
  woordenlijst?: VFile | null
  /** Set when the files come from a git revision (its name as given). */
  revisie?: string
}

/**
 * Reads a map. `overlay` (file name → text) replaces what is on disk: an
 * editor's unsaved buffers (the language server). A name in the overlay that
 * is not on disk yet counts as a file of the map. Nothing is written.
 */
export async function readSource(dir: string, overlay?: ReadonlyMap<string, string>): Promise<SourceFiles> {
  let names: string[]
  try {
    const info = await stat(dir)
    if (!info.isDirectory()) throw new Error('not a directory')
    names = await readdir(dir)
  } catch {
    const file = new VFile({ path: dir })
    report(file, `Map \`${dir}\` niet gevonden of niet leesbaar, verwacht een map met de verordening (hoofdstukken in Markdown en de registers in YAML)`, undefined, 'map-leesbaar')
    return { dir, registries: {}, hoofdstukken: [], unreadable: [file] }
  }
  const all = overlay ? [...new Set([...names, ...overlay.keys()])] : names
  // A casus in the overlay (`casussen/…`) is not a hoofdstuk: only names at the top of the map.
  const wanted = all.filter((name) => (name.endsWith('.md') && !name.includes('/')) || isRegistryName(name))
  const encoder = new TextEncoder()
  const files = await Promise.all(
    wanted.map(async (name) => {
      const buffer = overlay?.get(name)
      return [name, buffer === undefined ? await readBytes(path.join(dir, name), limitFor(name), dir) : encoder.encode(buffer)] as const
    }),
  )
  if (names.includes(casussenFolder)) files.push(...(await readCasussen(dir)))
  return sourceFromBytes(dir, new Map(files))
}

function isRegistryName(name: string): boolean {
  return (registryNames as readonly string[]).includes(name) || (optionalRegistryNames as readonly string[]).includes(name)
}

/**
 * The Markdown files in `casussen/`, named `casussen/<name>.md`. The folder
 * must itself lie in the map after links are resolved; each file is read
 * like any other (a regular file inside the map, or a message).
 */
async function readCasussen(dir: string): Promise<Array<readonly [string, Uint8Array | VFile]>> {
  const folder = path.join(dir, casussenFolder)
  try {
    const [real, realRoot] = await Promise.all([realpath(folder), realpath(dir)])
    if (!isInside(real, realRoot)) {
      const file = new VFile({ path: folder })
      report(file, 'De map `casussen` verwijst (als snelkoppeling) naar een plek buiten de map van de verordening en is niet gelezen, verwacht een gewone map in de map zelf', undefined, 'bestand-buiten-map')
      return [[`${casussenFolder}/`, file]]
    }
    if (!(await stat(real)).isDirectory()) return []
    const names = (await readdir(folder)).filter((name) => name.endsWith('.md'))
    return Promise.all(names.map(async (name) => [`${casussenFolder}/${name}`, await readBytes(path.join(folder, name), maxCasusBytes, dir)] as const))
  } catch {
    const file = new VFile({ path: folder })
    report(file, 'De map `casussen` is niet leesbaar, verwacht een map met één Markdown-bestand per casus', undefined, 'bestand-leesbaar')
    return [[`${casussenFolder}/`, file]]
  }
}

/**
 * The same validation for files that are already in memory (fuzzing, tests,
 * and `serve`, which re-reads only what changed). A string value is a file
 * whose reading failed and carries that reason.
 */
export function sourceFromBytes(dir: string, files: ReadonlyMap<string, Uint8Array | VFile>): SourceFiles {
  const result: SourceFiles = { dir, registries: {}, hoofdstukken: [], unreadable: [] }
  const names = [...files.keys()].sort((a, b) => a.localeCompare(b, 'nl', { numeric: true }))
  for (const registry of registryNames) {
    if (!names.includes(registry)) {
      const file = new VFile({ path: path.join(dir, registry), value: '' })
      report(file, `Register \`${registry}\` ontbreekt, verwacht het bestand \`${path.join(dir, registry)}\` (zie docs/schrijven.md voor de velden)`, undefined, 'register-aanwezig')
      result.unreadable.push(file)
    }
  }
  const markdown = names.filter((name) => name.endsWith('.md') && !name.includes('/'))
  const casussen = names.filter((name) => name.startsWith(`${casussenFolder}/`))
  if (markdown.length === 0) {
    const file = new VFile({ path: dir })
    report(file, 'Geen hoofdstukken gevonden, verwacht ten minste één Markdown-bestand (`01-algemene-bepalingen.md`)', undefined, 'map-leesbaar')
    result.unreadable.push(file)
  }
  const present = [...registryNames, ...optionalRegistryNames].filter((entry) => names.includes(entry))
  for (const name of [...present, ...markdown, ...casussen]) {
    const content = files.get(name)
    const file = content instanceof VFile ? content : decodeTextFile(path.join(dir, name), content ?? new Uint8Array(), limitFor(name))
    if (file.messages.length > 0) result.unreadable.push(file)
    else if (name.startsWith(`${casussenFolder}/`)) (result.casussen ??= []).push(file)
    else if (name.endsWith('.md')) result.hoofdstukken.push(file)
    else result.registries[name as RegistryName] = file
  }
  return result
}

function limitFor(name: string): number {
  if (name.startsWith(`${casussenFolder}/`)) return maxCasusBytes
  return name.endsWith('.md') ? maxMarkdownBytes : maxYamlBytes
}

/**
 * Reads a file's bytes, or returns a file that carries why not. A link that
 * leads out of `root` is refused unread, so no message can quote what it
 * points at (the message sits at 1:1 of the link's own name).
 */
async function readBytes(filePath: string, maxBytes: number, root: string): Promise<Uint8Array | VFile> {
  const read = await readMapFile(root, filePath, maxBytes)
  if (read.ok) return read.bytes
  const file = new VFile({ path: filePath })
  if (read.problem === 'te-groot') report(file, tooLarge(read.size ?? 0, maxBytes), undefined, 'bestand-grootte')
  else if (read.problem === 'buiten-map') report(file, 'Bestand verwijst (als snelkoppeling) naar een plek buiten de map van de verordening en is niet gelezen, verwacht een gewoon bestand in de map zelf', undefined, 'bestand-buiten-map')
  else if (read.problem === 'geen-bestand') report(file, 'Bestand is geen gewoon bestand (maar bijvoorbeeld een map), verwacht een gewoon tekstbestand in de map van de verordening', undefined, 'bestand-leesbaar')
  else report(file, 'Bestand niet leesbaar, verwacht een gewoon tekstbestand dat u mag lezen', undefined, 'bestand-leesbaar')
  return file
}

/** Decodes bytes as UTF-8 text, or returns a file that carries why not. */
export function decodeTextFile(filePath: string, bytes: Uint8Array, maxBytes: number): VFile {
  const file = new VFile({ path: filePath })
  if (bytes.length > maxBytes) {
    report(file, tooLarge(bytes.length, maxBytes), undefined, 'bestand-grootte')
    return file
  }
  const text = decodeUtf8(bytes)
  if (typeof text !== 'string') {
    report(file, `Bestand is geen UTF-8-tekst (ongeldige byte 0x${text.byte.toString(16).padStart(2, '0')}), verwacht UTF-8: sla het bestand op als "UTF-8" in uw editor`, text.point, 'bestand-codering')
    return file
  }
  const nul = text.indexOf('\u0000')
  if (nul !== -1) {
    report(file, 'Bestand bevat een nul-teken en lijkt geen tekstbestand, verwacht Markdown- of YAML-tekst', pointAt(text, nul), 'bestand-codering')
    return file
  }
  // Editors on Windows save CRLF. The text is kept with LF only, so no page,
  // export or message holds a carriage return and each output is the same as
  // for LF. Lines and columns stay as they were: a CR only ever ends a line
  // (remark and the YAML parser count a lone CR as a line end too).
  file.value = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text
  return file
}

function tooLarge(size: number, maxBytes: number): string {
  return `Bestand is ${formatMegabytes(size)}, verwacht hoogstens ${formatMegabytes(maxBytes)}: splits het op in meer bestanden`
}

function decodeUtf8(bytes: Uint8Array): string | { byte: number; point: ReturnType<typeof pointAt> } {
  try {
    // A byte order mark is allowed but is no part of the text.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes)
    const index = Math.max(0, lenient.indexOf('\uFFFD'))
    const byteOffset = new TextEncoder().encode(lenient.slice(0, index)).length
    return { byte: bytes[byteOffset] ?? 0, point: pointAt(lenient, index) }
  }
}

function formatMegabytes(size: number): string {
  return `${(size / 1024 / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`
}

/**
 * Reads one file as UTF-8 text, or returns a file that carries why not. The
 * file must lie inside `root` (by default the folder it is in) after links
 * are resolved.
 */
export async function readTextFile(filePath: string, maxBytes: number, root: string = path.dirname(filePath)): Promise<VFile> {
  const bytes = await readBytes(filePath, maxBytes, root)
  return bytes instanceof VFile ? bytes : decodeTextFile(filePath, bytes, maxBytes)
}
