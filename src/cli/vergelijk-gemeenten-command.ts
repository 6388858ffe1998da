// `verordening vergelijk-gemeenten <map> <map>…`: compares the verordeningen
// of several gemeenten (maps made by `importeer` or written with this tool).
// Reads and checks each map (in parallel from four maps on, gemeenten-lezen.ts),
// aligns the artikelen into topics and their values into rows
// (src/compare/gemeenten/), prints a summary, and with `--uit <map>` writes a
// small site and two CSV files. The output folder follows the rules of
// `build --out` (src/site/output-*.ts): never a verordening folder or one that
// holds one, only an empty folder or one this toolchain made, replaced as a
// whole after everything was written, under a lock.
import { mkdir, realpath, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { waardenCsv, zinnenCsv } from '../compare/gemeenten/csv.ts'
import { vergelijkingJson } from '../compare/gemeenten/json.ts'
import { kernVanWaarde } from '../compare/gemeenten/kern.ts'
import { formatWaarde, genormaliseerd } from '../compare/gemeenten/parameters.ts'
import { type Vergelijking, vergelijkGemeenten } from '../compare/gemeenten/uitlijning.ts'
import { describeFailure, type Failure, failure, type Result, succeed } from '../messages/result.ts'
import { systemReason } from '../messages/system-error.ts'
import { prepareOutput, type Staging, stageOutput } from '../site/output-dir.ts'
import { lockOutput } from '../site/output-lock.ts'
import { type ResolvedOutput, resolveOutput } from '../site/output-safety.ts'
import { writePagefindIndex } from '../site/pagefind-index.ts'
import { vergelijkingPaginas } from '../views/gemeenten-vergelijking.ts'
import { leesGemeenten } from './gemeenten-lezen.ts'
import { escapeForTerminal } from './terminal-output.ts'

export interface VergelijkGemeentenOptions {
  uit?: string
  /** The comparison as JSON on stdout instead of the summary (src/compare/gemeenten/json.ts). */
  json?: boolean
  /** Worker threads (tests set 1 or 2; default one per core). */
  threads?: number
}

function fail(problem: Failure): number {
  process.stderr.write(`✖ ${escapeForTerminal(describeFailure(problem), { lines: true })}\n`)
  return 1
}

/** Each map exists, is a folder, and is given once. */
async function checkMaps(maps: readonly string[]): Promise<Result<void>> {
  if (maps.length < 2)
    return failure(
      `Geef ten minste twee mappen met een verordening, bijvoorbeeld \`verordening vergelijk-gemeenten beekdal rivierstad\`${maps.length === 1 ? ` (nu alleen \`${maps[0]}\`)` : ''}.`,
    )
  const seen = new Map<string, string>()
  for (const [index, map] of maps.entries()) {
    const where = `argument ${index + 1}`
    const info = await stat(map).catch((error: unknown) => error as NodeJS.ErrnoException)
    if (info instanceof Error)
      return failure(
        info.code === 'ENOENT'
          ? `De map \`${map}\` (${where}) bestaat niet; geef een map met een verordening, zoals \`importeer\` die maakt.`
          : `De map \`${map}\` (${where}) kan niet worden gelezen (${systemReason(info)}).`,
      )
    if (!info.isDirectory()) return failure(`\`${map}\` (${where}) is een bestand, geen map; geef de map van een verordening (met verordening.yml erin).`)
    const real = await realpath(map)
    const earlier = seen.get(real)
    if (earlier !== undefined) return failure(`De map \`${map}\` (${where}) is dezelfde als \`${earlier}\`; geef elke gemeente één keer.`)
    seen.set(real, map)
  }
  return succeed(undefined)
}

/** The output folder may not be, hold or lie in any of the maps compared. */
async function checkOutput(maps: readonly string[], uit: string): Promise<Result<ResolvedOutput>> {
  let resolved: Result<ResolvedOutput> = failure('')
  for (const map of maps) {
    resolved = await resolveOutput(map, uit)
    if (!resolved.ok) return failure(resolved.message.replace('--out', '--uit').replace('`_site`', '`vergelijking`'))
  }
  return resolved
}

export async function runVergelijkGemeenten(maps: readonly string[], options: VergelijkGemeentenOptions): Promise<number> {
  const checked = await checkMaps(maps)
  if (!checked.ok) return fail(checked)
  let target: ResolvedOutput | undefined
  if (options.uit !== undefined) {
    const resolved = await checkOutput(maps, options.uit)
    if (!resolved.ok) return fail(resolved)
    target = resolved.value
  }

  const gelezen = await leesGemeenten(maps, { threads: options.threads })
  for (const [index, read] of gelezen.entries()) {
    const map = maps[index]!
    if (read.gemeente.artikelen.length === 0) {
      if (read.fatal) process.stderr.write(`${read.fatal}\n`)
      return fail(
        failure(
          `In de map \`${map}\` staan geen artikelen die gelezen konden worden (zie de meldingen hierboven); verwacht een verordening zoals \`verordening importeer\` die maakt.`,
        ),
      )
    }
    if (read.errors > 0) {
      const more = read.errors - read.eersteFouten.length
      process.stderr.write(
        `${escapeForTerminal(`Let op: ${read.gemeente.naam} (\`${map}\`) heeft ${read.errors === 1 ? '1 fout' : `${read.errors} fouten`}; de vergelijking gebruikt wat gelezen kon worden. ${read.errors === 1 ? 'De fout' : more > 0 ? `De eerste ${read.eersteFouten.length}` : 'De fouten'} (alle meldingen: \`verordening check ${map}\`):`)}\n${read.eersteFouten.map((line) => `  ${escapeForTerminal(line)}\n`).join('')}${more > 0 ? `  … en nog ${more}\n` : ''}`,
      )
    }
  }
  // Two maps of the same gemeente (two versions, or a copy): the folder tells them apart.
  const names = gelezen.map((read) => read.gemeente.naam)
  const gemeenten = gelezen.map((read) =>
    names.filter((naam) => naam === read.gemeente.naam).length > 1
      ? { ...read.gemeente, naam: `${read.gemeente.naam} (${path.basename(path.resolve(read.gemeente.map))})` }
      : read.gemeente,
  )
  const vergelijking = vergelijkGemeenten(gemeenten)
  // JSON goes out as it is: JSON.stringify escapes every control character, and a program reads it, not a terminal.
  if (options.json) process.stdout.write(`${JSON.stringify(vergelijkingJson(vergelijking), null, 2)}\n`)
  else process.stdout.write(escapeForTerminal(samenvatting(vergelijking), { lines: true }))

  if (target) {
    const written = await writeSite(target, vergelijking)
    if (!written.ok) return fail(written)
    process.stderr.write(`✓ Vergelijking geschreven naar ${escapeForTerminal(options.uit ?? '')}: index.html, vergelijking.csv en zinnen.csv\n`)
  }
  return 0
}

/** The summary on stdout: per topic with values, the value per gemeente; then the topics only some gemeenten have. */
export function samenvatting(vergelijking: Vergelijking): string {
  const total = vergelijking.gemeenten.length
  const lines: string[] = []
  const gedeeld = vergelijking.onderwerpen.filter((onderwerp) => onderwerp.artikelen.every((entry) => entry !== undefined)).length
  const verschillen = vergelijking.onderwerpen.reduce((sum, onderwerp) => sum + onderwerp.rijen.filter((rij) => rij.verschilt).length, 0)
  lines.push(`Vergelijking van ${total} gemeenten: ${vergelijking.gemeenten.map((gemeente) => gemeente.naam).join(', ')}`)
  lines.push(
    `${vergelijking.onderwerpen.length} onderwerpen, waarvan ${gedeeld} in alle gemeenten; ${verschillen} ${verschillen === 1 ? 'waarde verschilt' : 'waarden verschillen'}.`,
  )
  const width = Math.max(...vergelijking.gemeenten.map((gemeente) => gemeente.naam.length))
  for (const onderwerp of vergelijking.onderwerpen) {
    if (onderwerp.rijen.length === 0) continue
    const aantal = onderwerp.artikelen.filter((entry) => entry !== undefined).length
    lines.push('', `${onderwerp.titel} (${aantal} van ${total} gemeenten)`)
    for (const rij of onderwerp.rijen) {
      lines.push(`  ${rij.label}${rij.verschilt ? '  — verschilt' : ''}`)
      const present = rij.waarden.map((waarde, index) => ({ waarde, index })).filter((item) => item.waarde !== undefined)
      const kern = present[0] ? kernVanWaarde(present[0].waarde!) : ''
      if (kern) lines.push(`    „${kern}” (${vergelijking.gemeenten[present[0]!.index]!.naam})`)
      if (total > 8) {
        // Many gemeenten: the range and how many distinct values, not a line per gemeente.
        // Compared per year where an amount says its period ("€ 30 per maand" is € 360 per jaar).
        const values = present.map((item) => genormaliseerd(item.waarde!).waarde)
        const distinct = new Set(present.map((item) => formatWaarde(item.waarde!)))
        const low = present[values.indexOf(Math.min(...values))]!
        const high = present[values.indexOf(Math.max(...values))]!
        lines.push(
          `    ${present.length} gemeenten, ${distinct.size} verschillende waarden, van ${formatWaarde(low.waarde!)} (${vergelijking.gemeenten[low.index]!.naam}) tot ${formatWaarde(high.waarde!)} (${vergelijking.gemeenten[high.index]!.naam})`,
        )
        continue
      }
      for (const { waarde, index } of present) {
        const artikel = onderwerp.artikelen[index]!.artikel
        lines.push(
          `    ${vergelijking.gemeenten[index]!.naam.padEnd(width)}  ${formatWaarde(waarde!)}  (artikel ${artikel.nr}${waarde!.plaats ? `, ${waarde!.plaats}` : ''})`,
        )
      }
    }
  }
  const partial = vergelijking.onderwerpen.filter((onderwerp) => onderwerp.artikelen.some((entry) => entry === undefined))
  if (partial.length > 0) {
    lines.push('', 'Alleen in een deel van de gemeenten:')
    for (const onderwerp of partial.slice(0, 40)) {
      const bij = vergelijking.gemeenten.filter((_, index) => onderwerp.artikelen[index] !== undefined).map((gemeente) => gemeente.naam)
      lines.push(`  ${onderwerp.titel}: ${bij.length > 6 ? `${bij.length} gemeenten` : bij.join(', ')}`)
    }
    if (partial.length > 40) lines.push(`  … en nog ${partial.length - 40} (zie --uit)`)
  }
  return `${lines.join('\n')}\n`
}

async function writeSite(target: ResolvedOutput, vergelijking: Vergelijking): Promise<Result<void>> {
  const shown = target.shown
  const lock = await lockOutput(target.out, shown)
  if (typeof lock === 'string') return failure(lock.replace('--out', '--uit'))
  let staging: Staging | undefined
  try {
    const refusal = await prepareOutput(target.out, shown)
    if (refusal) return failure(refusal.replace('--out', '--uit'))
    staging = stageOutput(target.out)
    const files = [
      ...vergelijkingPaginas(vergelijking, { zoeken: true }),
      { pad: 'vergelijking.csv', inhoud: waardenCsv(vergelijking) },
      { pad: 'zinnen.csv', inhoud: zinnenCsv(vergelijking) },
    ]
    for (const file of files) {
      const full = path.join(staging.dir, ...file.pad.split('/'))
      await mkdir(path.dirname(full), { recursive: true })
      await writeFile(full, file.inhoud)
    }
    const search = await writePagefindIndex(staging.dir)
    if (!search.ok)
      process.stderr.write(
        `${escapeForTerminal(`Let op: zoeken werkt niet op deze vergelijking: ${search.message}. De pagina’s en CSV-bestanden zijn er wel.`)}\n`,
      )
    await staging.commit()
    return succeed(undefined)
  } catch (error) {
    await staging?.discard()
    return failure(
      `De vergelijking kan niet worden geschreven naar ${shown} (${systemReason(error)}); een eerdere versie is ongewijzigd. Kies met --uit een map waarin u mag schrijven.`,
    )
  } finally {
    await lock.release()
  }
}
