// Where `export stop` may write its aanlevering folder (--uit <map>), and how:
// as output-file.ts does for one file. Never inside the map of the
// verordening; over an existing folder only when it is empty or holds nothing
// but STOP-XML this toolchain wrote (each file carries the mark of
// output-marker.ts, so the folder stays exactly what the LVBB gets: no marker
// file beside the XML). The files are written to a hidden folder beside the
// target, checked, and then swapped in with two renames, so a failure leaves
// the previous aanlevering (or nothing) as it was.
import { lstat, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { failure, type Result, succeed } from '../messages/result.ts'
import { systemReason } from '../messages/system-error.ts'
import { isInside, resolveReal } from '../site/output-safety.ts'
import type { OutputFile } from './output-file.ts'
import { hasMarker, markerPlace } from './output-marker.ts'

export async function resolveOutputFolder(sourceDir: string, dir: string): Promise<Result<OutputFile>> {
  const given = path.resolve(dir)
  const real = await resolveReal(given)
  const source = await resolveReal(sourceDir)
  const shown = real === given ? `\`${given}\`` : `\`${given}\` (via een link: \`${real}\`)`
  if (isInside(real, source) || isInside(source, real))
    return failure(
      `De uitvoermap ${shown} ligt in de map van de verordening (\`${source}\`) of bevat haar; de toolchain schrijft nooit in die map. Kies met --uit een map ergens anders.`,
    )
  const parent = await lstat(path.dirname(real)).catch(() => null)
  if (!parent?.isDirectory())
    return failure(`De map boven de uitvoermap ${shown} bestaat niet, verwacht een bestaande map; maak haar eerst aan of kies met --uit een andere map.`)
  const existing = await lstat(real).catch(() => null)
  if (existing) {
    if (!existing.isDirectory())
      return failure(
        `De uitvoermap ${shown} is een bestand, verwacht een map voor de aanlevering (of een naam op .xml voor alleen de regeling); kies met --uit een andere naam.`,
      )
    for (const name of await readdir(real)) {
      const file = path.join(real, name)
      const info = await lstat(file)
      if (!info.isFile() || !name.endsWith('.xml') || (info.size > 0 && !(await hasMarker(file, 'stop'))))
        return failure(
          `De uitvoermap ${shown} bestaat al en bevat \`${name}\`, dat deze toolchain niet als STOP-XML heeft geschreven (${markerPlace.stop} ontbreekt); \`verordening export stop\` vervangt alleen een eigen aanlevering. Kies met --uit een andere map, of maak deze map zelf leeg.`,
        )
    }
  }
  return succeed({ path: real, shown })
}

/**
 * Writes the files into a hidden folder beside `target`, lets `verify` read
 * them back (a Failure stops everything), then puts the folder in place of
 * the old one. A failure leaves no hidden folder and the old one as it was.
 */
export async function writeFolderAtomically(
  target: OutputFile,
  files: ReadonlyArray<{ naam: string; xml: string }>,
  verify: (written: ReadonlyMap<string, string>) => Result<void>,
): Promise<Result<void>> {
  const parent = path.dirname(target.path)
  const base = path.basename(target.path)
  const suffix = `${process.pid}-${Math.random().toString(36).slice(2, 8)}`
  const staging = path.join(parent, `.${base}.nieuw-${suffix}`)
  const old = path.join(parent, `.${base}.oud-${suffix}`)
  let moved = false
  try {
    await mkdir(staging)
    for (const file of files) await writeFile(path.join(staging, file.naam), file.xml, { flag: 'wx', mode: 0o644 })
    const written = new Map<string, string>()
    for (const name of await readdir(staging)) written.set(name, await readFile(path.join(staging, name), 'utf8'))
    const verified = verify(written)
    if (!verified.ok) {
      await rm(staging, { recursive: true, force: true })
      return verified
    }
    if (await lstat(target.path).catch(() => null)) {
      await rename(target.path, old)
      moved = true
    }
    await rename(staging, target.path)
    if (moved) await rm(old, { recursive: true, force: true })
    return succeed(undefined)
  } catch (error) {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined)
    if (moved && !(await lstat(target.path).catch(() => null))) await rename(old, target.path).catch(() => undefined)
    return failure(
      `De uitvoermap ${target.shown} kan niet worden geschreven (${systemReason(error)}); een eerdere aanlevering is ongewijzigd. Kies met --uit een map waarin u mag schrijven.`,
    )
  }
}
