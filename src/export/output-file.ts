// Where a command may write its one output file (--uit: the exports, and the
// draft wijzigingsverordening of `vergelijk`), and how: never inside the map
// of the verordening, never over a folder, and over an existing file only
// when it is empty or carries this toolchain's mark of the same kind
// (output-marker.ts); written to a temporary file beside it and renamed into
// place, so a failure leaves the previous file (or nothing) as it was.
import { lstat, open, readFile, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { failure, type Result, succeed } from '../messages/result.ts'
import { systemReason } from '../messages/system-error.ts'
import { isInside, resolveReal } from '../site/output-safety.ts'
import { hasMarker, markerPlace, type OutputKind } from './output-marker.ts'

export type { OutputKind }
export type ExportKind = Exclude<OutputKind, 'ontwerp'>

const kindNames: Record<OutputKind, string> = { stop: 'STOP-XML', docx: 'Word-bestand (DOCX)', pdf: 'PDF', ontwerp: 'ontwerp-wijzigingsverordening' }
const commands: Record<OutputKind, string> = {
  stop: '`verordening export stop`',
  docx: '`verordening export docx`',
  pdf: '`verordening export pdf`',
  ontwerp: '`verordening vergelijk --uit`',
}

export interface OutputFile {
  /** The file with every link resolved. */
  path: string
  /** How messages name it. */
  shown: string
}

export async function resolveOutputFile(sourceDir: string, file: string, kind: OutputKind): Promise<Result<OutputFile>> {
  const given = path.resolve(file)
  const real = await resolveReal(given)
  const source = await resolveReal(sourceDir)
  const shown = real === given ? `\`${given}\`` : `\`${given}\` (via een link: \`${real}\`)`
  if (isInside(real, source) || isInside(source, real))
    return failure(
      `Het uitvoerbestand ${shown} ligt in de map van de verordening (\`${source}\`); de toolchain schrijft nooit in die map. Kies met --uit een bestand ergens anders.`,
    )
  const folder = await lstat(path.dirname(real)).catch(() => null)
  if (!folder?.isDirectory())
    return failure(
      `De map van het uitvoerbestand ${shown} bestaat niet, verwacht een bestaande map; maak de map eerst aan of kies met --uit een ander bestand.`,
    )
  const existing = await lstat(real).catch(() => null)
  if (existing) {
    if (!existing.isFile())
      return failure(
        `Het uitvoerbestand ${shown} is een map of geen gewoon bestand, verwacht een bestandsnaam zoals \`${exampleName(kind)}\`; kies met --uit een ander bestand.`,
      )
    // An empty file holds nothing to lose (\`touch verordening.pdf\`).
    if (existing.size > 0 && !(await hasMarker(real, kind))) {
      return failure(
        `Het bestand ${shown} bestaat al, maar deze toolchain heeft het niet als ${kindNames[kind]} geschreven (${markerPlace[kind]} ontbreekt); ${commands[kind]} overschrijft alleen een eigen bestand. ` +
          `Kies met --uit een ander bestand, of verwijder dit bestand zelf als u het niet meer nodig hebt. ` +
          `Schreef een oudere versie van deze toolchain dit bestand (nog zonder kenmerk), verwijder het dan één keer; daarna vervangt de opdracht het zelf.`,
      )
    }
  }
  return succeed({ path: real, shown })
}

export function exampleName(kind: OutputKind): string {
  return kind === 'ontwerp' ? 'wijziging.md' : `verordening.${kind === 'stop' ? 'xml' : kind}`
}

/**
 * Writes `content` to `target` atomically: a temporary file in the same
 * folder (so the rename stays on one file system), flushed, then renamed over
 * the target. `verify` reads what was written back before the rename and may
 * refuse it (a Failure with a full Dutch message), so a file that came out
 * wrong never replaces the previous one. A failure leaves no temporary file.
 */
export async function writeAtomically(target: OutputFile, content: string | Uint8Array, verify?: (written: Buffer) => Result<void>): Promise<Result<void>> {
  const temporary = path.join(path.dirname(target.path), `.${path.basename(target.path)}.${process.pid}.${Math.random().toString(36).slice(2, 8)}.tmp`)
  try {
    const handle = await open(temporary, 'wx', 0o644)
    try {
      await handle.writeFile(content)
      await handle.sync()
    } finally {
      await handle.close()
    }
    const verified = verify?.(await readFile(temporary))
    if (verified && !verified.ok) {
      await rm(temporary, { force: true })
      return verified
    }
    await rename(temporary, target.path)
    return succeed(undefined)
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined)
    return failure(
      `Het uitvoerbestand ${target.shown} kan niet worden geschreven (${writeReason(error)}); een eerder bestand is ongewijzigd. Kies met --uit een map waarin u mag schrijven.`,
    )
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
