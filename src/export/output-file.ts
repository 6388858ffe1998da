// Where an export may write, and how: one file, never inside the map of the
// verordening, never over a folder or over a file that is not an earlier
// export of the same kind; written to a temporary file beside it and renamed
// into place, so a failure leaves the previous file (or nothing) as it was.
import { lstat, open, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { systemReason } from '../messages/system-error.ts'
import { isInside, resolveReal } from '../site/output-safety.ts'

export type ExportKind = 'stop' | 'docx' | 'pdf'

const kindNames: Record<ExportKind, string> = { stop: 'STOP-XML', docx: 'Word-bestand (DOCX)', pdf: 'PDF' }

/** What the first bytes of an earlier export of each kind look like. */
const signatures: Record<ExportKind, (head: Buffer) => boolean> = {
  stop: (head) => head.toString('utf8').replace(/^\uFEFF/, '').trimStart().startsWith('<?xml'),
  docx: (head) => head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])),
  pdf: (head) => head.subarray(0, 5).toString('latin1') === '%PDF-',
}

export interface OutputFile {
  /** The file with every link resolved. */
  path: string
  /** How messages name it. */
  shown: string
}

export async function resolveOutputFile(sourceDir: string, file: string, kind: ExportKind): Promise<OutputFile | { problem: string }> {
  const given = path.resolve(file)
  const real = await resolveReal(given)
  const source = await resolveReal(sourceDir)
  const shown = real === given ? `\`${given}\`` : `\`${given}\` (via een link: \`${real}\`)`
  if (isInside(real, source)) return { problem: `Het uitvoerbestand ${shown} ligt in de map van de verordening (\`${source}\`); een export schrijft nooit in die map. Kies met --uit een bestand ergens anders.` }
  const folder = await lstat(path.dirname(real)).catch(() => null)
  if (!folder?.isDirectory()) return { problem: `De map van het uitvoerbestand ${shown} bestaat niet, verwacht een bestaande map; maak de map eerst aan of kies met --uit een ander bestand.` }
  const existing = await lstat(real).catch(() => null)
  if (existing) {
    if (!existing.isFile()) return { problem: `Het uitvoerbestand ${shown} is een map of geen gewoon bestand, verwacht een bestandsnaam zoals \`verordening.${extension(kind)}\`; kies met --uit een ander bestand.` }
    if (existing.size > 0 && !signatures[kind](await readHead(real))) {
      return { problem: `Het bestand ${shown} bestaat al en is geen ${kindNames[kind]}; de export overschrijft alleen een eerdere export. Kies met --uit een ander bestand of verwijder dit bestand zelf.` }
    }
  }
  return { path: real, shown }
}

export function extension(kind: ExportKind): string {
  return kind === 'stop' ? 'xml' : kind
}

async function readHead(file: string): Promise<Buffer> {
  const handle = await open(file, 'r')
  try {
    const buffer = Buffer.alloc(64)
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

/**
 * Writes `content` to `target` atomically: a temporary file in the same
 * folder (so the rename stays on one file system), flushed, then renamed over
 * the target. Returns a Dutch reason when it cannot, and leaves no temporary file.
 */
export async function writeAtomically(target: OutputFile, content: string | Uint8Array): Promise<string | null> {
  const temporary = path.join(path.dirname(target.path), `.${path.basename(target.path)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`)
  try {
    const handle = await open(temporary, 'wx', 0o644)
    try {
      await handle.writeFile(content)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temporary, target.path)
    return null
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined)
    return `Het uitvoerbestand ${target.shown} kan niet worden geschreven (${writeReason(error)}); een eerder bestand is ongewijzigd. Kies met --uit een map waarin u mag schrijven.`
  }
}

function writeReason(error: unknown): string {
  const code = (error as { code?: string } | undefined)?.code
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'geen schrijfrechten'
    case 'EROFS':
      return 'alleen-lezen bestandssysteem'
    case 'ENOSPC':
      return 'de schijf is vol'
    case 'EISDIR':
      return 'het is een map'
    case 'ENOENT':
      return 'de map laat geen nieuwe bestanden toe'
    default:
      return systemReason(error)
  }
}
