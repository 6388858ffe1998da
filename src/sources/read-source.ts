// Reads the files of a verordening map into VFiles. Nothing here writes: the
// author's map is only ever read. Every problem becomes a positioned message.
import { readdir, realpath, stat } from 'node:fs/promises'
import path from 'node:path'
import { VFile } from 'vfile'
import { pointAt, report } from '../messages/report.ts'
import { classify, type Layout, type SourceEntry, standardLayout } from './layout.ts'
import { isInside, readMapFile } from './map-file.ts'

export { maxCasusBytes, maxMarkdownBytes, maxYamlBytes } from './layout.ts'

export interface SourceFiles {
  dir: string
  /** The table the files were read by; every later step reads the same one. */
  layout: Layout
  /** The registries that are there, by file name. */
  registries: Record<string, VFile>
  hoofdstukken: VFile[]
  /** Files that could not be read or decoded; they carry the messages. */
  unreadable: VFile[]
  /** The casussen (`casussen/*.md`), in file name order; empty when there are none. */
  casussen: VFile[]
  /** `woordenlijst.txt`, when the folder has one and it could be read. */
  woordenlijst?: VFile
  /** Set when the files come from a git revision (its name as given). */
  revisie?: string
}

export interface ReadOptions {
  /**
   * File name → text that replaces what is on disk: an editor's unsaved
   * buffers (the language server). A name in the overlay that is not on disk
   * yet counts as a file of the map.
   */
  overlay?: ReadonlyMap<string, string>
  layout?: Layout
}

/** Reads a map: every file the layout names, nothing else. Nothing is written. */
export async function readSource(dir: string, { overlay, layout = standardLayout }: ReadOptions = {}): Promise<SourceFiles> {
  let names: string[]
  try {
    const info = await stat(dir)
    if (!info.isDirectory()) throw new Error('not a directory')
    names = await readdir(dir)
  } catch {
    const file = new VFile({ path: dir })
    report(
      file,
      `Map \`${dir}\` niet gevonden of niet leesbaar, verwacht een map met de verordening (hoofdstukken in Markdown en de registers in YAML)`,
      undefined,
      'map-leesbaar',
    )
    return { dir, layout, registries: {}, hoofdstukken: [], unreadable: [file], casussen: [] }
  }
  const onDisk = names.includes(layout.casussen) ? [...names, ...(await casusNames(dir, layout))] : names
  const all = overlay ? [...new Set([...onDisk, ...overlay.keys()])] : onDisk
  const encoder = new TextEncoder()
  const files = new Map<string, Uint8Array | VFile>()
  if (names.includes(layout.casussen)) {
    const refused = await casussenOutside(dir, layout)
    if (refused) files.set(`${layout.casussen}/`, refused)
  }
  await Promise.all(
    all.map(async (name) => {
      const entry = classify(layout, name)
      if (!entry || (files.has(`${layout.casussen}/`) && entry.kind === 'casus')) return
      const buffer = overlay?.get(name)
      files.set(name, buffer === undefined ? await readBytes(path.join(dir, ...name.split('/')), entry.maxBytes, dir) : encoder.encode(buffer))
    }),
  )
  return sourceFromBytes(dir, files, layout)
}

/** The Markdown files in the casussen folder, as `casussen/<name>.md`; none when it cannot be listed. */
async function casusNames(dir: string, layout: Layout): Promise<string[]> {
  try {
    return (await readdir(path.join(dir, layout.casussen))).filter((name) => name.endsWith('.md')).map((name) => `${layout.casussen}/${name}`)
  } catch {
    return []
  }
}

/**
 * The casussen folder must itself lie in the map after links are resolved;
 * each file in it is then read like any other (a regular file inside the
 * map, or a message). Returns the file that says why the folder is refused.
 */
async function casussenOutside(dir: string, layout: Layout): Promise<VFile | undefined> {
  const folder = path.join(dir, layout.casussen)
  try {
    const [real, realRoot] = await Promise.all([realpath(folder), realpath(dir)])
    if (!isInside(real, realRoot)) {
      const file = new VFile({ path: folder })
      report(
        file,
        `De map \`${layout.casussen}\` verwijst (als snelkoppeling) naar een plek buiten de map van de verordening en is niet gelezen, verwacht een gewone map in de map zelf`,
        undefined,
        'bestand-buiten-map',
      )
      return file
    }
    const info = await stat(real)
    if (info.isDirectory()) await readdir(real)
    return undefined
  } catch {
    const file = new VFile({ path: folder })
    report(file, `De map \`${layout.casussen}\` is niet leesbaar, verwacht een map met één Markdown-bestand per casus`, undefined, 'bestand-leesbaar')
    return file
  }
}

/**
 * The same validation for files that are already in memory (fuzzing, tests,
 * and `serve`, which re-reads only what changed). A string value is a file
 * whose reading failed and carries that reason.
 */
export function sourceFromBytes(dir: string, files: ReadonlyMap<string, Uint8Array | VFile>, layout: Layout = standardLayout): SourceFiles {
  const result: SourceFiles = { dir, layout, registries: {}, hoofdstukken: [], unreadable: [], casussen: [] }
  const names = [...files.keys()].sort((a, b) => a.localeCompare(b, 'nl', { numeric: true }))
  for (const spec of layout.registries) {
    if (spec.required && !names.includes(spec.name)) {
      const file = new VFile({ path: path.join(dir, spec.name), value: '' })
      report(
        file,
        `Register \`${spec.name}\` ontbreekt, verwacht het bestand \`${path.join(dir, spec.name)}\` met ${spec.description} (zie docs/schrijven.md voor de velden)`,
        undefined,
        'register-aanwezig',
      )
      result.unreadable.push(file)
    }
  }
  const entries = names.map((name) => ({ name, entry: classify(layout, name) }))
  if (!entries.some(({ entry }) => entry?.kind === 'hoofdstuk')) {
    const file = new VFile({ path: dir })
    report(file, 'Geen hoofdstukken gevonden, verwacht ten minste één Markdown-bestand (`01-algemene-bepalingen.md`)', undefined, 'map-leesbaar')
    result.unreadable.push(file)
  }
  // Registries first, in the order of the layout; then hoofdstukken and casussen by name.
  const order = (entry: SourceEntry | undefined): number => (entry?.kind === 'registry' ? layout.registries.indexOf(entry.spec) : layout.registries.length)
  entries.sort((a, b) => order(a.entry) - order(b.entry))
  for (const { name, entry } of entries) {
    const content = files.get(name)
    if (!entry) {
      // A refusal that is about the map rather than one file (a casussen folder outside the map).
      if (content instanceof VFile) result.unreadable.push(content)
      continue
    }
    const file = content instanceof VFile ? content : decodeTextFile(path.join(dir, ...name.split('/')), content ?? new Uint8Array(), entry.maxBytes)
    if (file.messages.length > 0) result.unreadable.push(file)
    else if (entry.kind === 'casus') result.casussen.push(file)
    else if (entry.kind === 'hoofdstuk') result.hoofdstukken.push(file)
    else if (entry.kind === 'woordenlijst') result.woordenlijst = file
    else result.registries[name] = file
  }
  return result
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
  else if (read.problem === 'buiten-map')
    report(
      file,
      'Bestand verwijst (als snelkoppeling) naar een plek buiten de map van de verordening en is niet gelezen, verwacht een gewoon bestand in de map zelf',
      undefined,
      'bestand-buiten-map',
    )
  else if (read.problem === 'geen-bestand')
    report(
      file,
      'Bestand is geen gewoon bestand (maar bijvoorbeeld een map), verwacht een gewoon tekstbestand in de map van de verordening',
      undefined,
      'bestand-leesbaar',
    )
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
    report(
      file,
      `Bestand is geen UTF-8-tekst (ongeldige byte 0x${text.byte.toString(16).padStart(2, '0')}), verwacht UTF-8: sla het bestand op als "UTF-8" in uw editor`,
      text.point,
      'bestand-codering',
    )
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
