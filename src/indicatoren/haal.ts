// `verordening indicatoren haal [map]`: fetches the figures of the indicatoren
// with a CBS bron and merges them into indicatoren.csv. New periods are added,
// a changed figure or status is updated and said, nothing is deleted. Every
// table is fetched before anything is written, and the file is replaced in one
// step (a new file next to it, then a rename): offline or an error from the
// CBS leaves the folder as it was. This is the one command that writes into
// the author's folder, and it writes only indicatoren.csv.
import { randomBytes } from 'node:crypto'
import { rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { stringify } from 'csv-stringify/sync'
import { describeFailure, failure, type Result, succeed } from '../messages/result.ts'
import {
  type Cijfer,
  type CijferStatus,
  cijferKolommen,
  eigenRegistratie,
  formatWaarde,
  type Indicator,
  parsePeriode,
  periodeOrder,
} from '../model/indicatoren.ts'
import { loadRegistries } from '../pipeline/assemble.ts'
import { nu } from '../sources/nu.ts'
import { readSource } from '../sources/read-source.ts'
import { cbsBasisUrl, type Fetch, haalCbsReeks } from './cbs.ts'

export interface HaalOptions {
  fetch?: Fetch
  /** The CBS OData address (a test's server). */
  basisUrl?: string
  /** The date written in `opgehaald` (YYYY-MM-DD); today by default. */
  vandaag?: string
}

export interface HaalWijziging {
  indicator: string
  periode: string
  soort: 'nieuw' | 'gewijzigd'
  /** What changed, in words: "voorlopig → definitief", "0,9 % → 0,8 %". */
  wat: string
}

export interface HaalResultaat {
  bestand: string
  /** How many indicatoren were fetched from the CBS. */
  indicatoren: number
  wijzigingen: HaalWijziging[]
  /** Whether indicatoren.csv was written (only when something changed). */
  geschreven: boolean
}

export async function haalIndicatoren(dir: string, options: HaalOptions = {}): Promise<Result<HaalResultaat>> {
  const fetch = options.fetch ?? ((url: string) => globalThis.fetch(url, { headers: { accept: 'application/json' } }))
  const source = await readSource(dir)
  const notRead = source.unreadable.find((file) => file.messages.some((message) => message.ruleId === 'map-leesbaar'))
  if (notRead) return failure(notRead.messages[0]!.reason)
  const registries = loadRegistries(source)
  const bestand = path.join(dir, 'indicatoren.csv')
  // A registry with problems is not fetched for: check shows the messages, and a rewrite would lose rows.
  for (const name of ['verordening.yml', 'indicatoren.yml', 'indicatoren.csv']) {
    const file = source.registries[name] ?? source.unreadable.find((candidate) => path.basename(candidate.path) === name)
    const problem = file?.messages.find((message) => message.fatal)
    if (problem)
      return failure(
        `${describeFailure({ ok: false, message: problem.reason, place: { file: file!.path, line: problem.line ?? 1, column: problem.column ?? 1 } })}; verbeter eerst de fouten in ${name} (zie \`verordening check\`), er is niets veranderd`,
      )
  }
  const gemeentecode = registries.verordening?.data.cbs
  if (!gemeentecode)
    return failure('In verordening.yml staat geen `cbs:`, verwacht de gemeentecode van het CBS, bijvoorbeeld `cbs: "0363"`; er is niets veranderd')
  const indicatoren = registries.indicatoren?.data ?? []
  const cbs = indicatoren.filter(
    (indicator): indicator is Indicator & { bron: Exclude<Indicator['bron'], typeof eigenRegistratie> } => indicator.bron !== eigenRegistratie,
  )
  if (cbs.length === 0)
    return failure(
      'Geen indicator in indicatoren.yml heeft een CBS-bron, verwacht ten minste één indicator met `bron:` en daaronder `cbs:` met `tabel` en `onderwerp`; er is niets veranderd',
    )

  const vandaag = options.vandaag ?? nu().toISOString().slice(0, 10)
  const rows: Cijfer[] = [...(registries.cijfers?.data ?? [])]
  const wijzigingen: HaalWijziging[] = []
  for (const indicator of cbs) {
    const reeks = await haalCbsReeks(indicator.bron.cbs, gemeentecode, fetch, options.basisUrl ?? cbsBasisUrl)
    if (!reeks.ok) return failure(`${reeks.message} (indicator \`${indicator.id}\`); er is niets veranderd`)
    for (const cijfer of reeks.value) {
      const bron = `CBS ${indicator.bron.cbs.tabel}`
      const index = rows.findIndex((row) => row.indicator === indicator.id && row.periode === cijfer.periode)
      const existing = rows[index]
      if (!existing) {
        rows.push({ indicator: indicator.id, periode: cijfer.periode, waarde: cijfer.waarde, status: cijfer.status, bron, opgehaald: vandaag })
        wijzigingen.push({
          indicator: indicator.id,
          periode: cijfer.periode,
          soort: 'nieuw',
          wat: `${formatWaarde(cijfer.waarde, indicator)} (${cijfer.status})`,
        })
        continue
      }
      if (existing.waarde === cijfer.waarde && existing.status === cijfer.status) continue
      const wat = [
        existing.status !== cijfer.status ? `${existing.status} → ${cijfer.status}` : '',
        existing.waarde !== cijfer.waarde ? `${formatWaarde(existing.waarde, indicator)} → ${formatWaarde(cijfer.waarde, indicator)}` : '',
      ].filter(Boolean)
      rows[index] = { ...existing, waarde: cijfer.waarde, status: cijfer.status satisfies CijferStatus, bron, opgehaald: vandaag }
      wijzigingen.push({ indicator: indicator.id, periode: cijfer.periode, soort: 'gewijzigd', wat: wat.join(', ') })
    }
  }
  if (wijzigingen.length === 0) return succeed({ bestand, indicatoren: cbs.length, wijzigingen, geschreven: false })
  const written = await writeAtomically(bestand, toCsv(rows, source.registries['indicatoren.csv'] ? String(source.registries['indicatoren.csv'].value) : ''))
  if (!written.ok) return written
  return succeed({ bestand, indicatoren: cbs.length, wijzigingen, geschreven: true })
}

/** The rows as CSV: per indicator in the order they first appear, periods in order; the author's delimiter kept. */
function toCsv(rows: readonly Cijfer[], before: string): string {
  const firstLine = before.split('\n', 1)[0] ?? ''
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ','
  const order = [...new Set(rows.map((row) => row.indicator))]
  const sorted = [...rows].sort(
    (a, b) => order.indexOf(a.indicator) - order.indexOf(b.indicator) || periodeOrder(parsePeriode(a.periode)!) - periodeOrder(parsePeriode(b.periode)!),
  )
  // A figure with the decimal comma in a semicolon file, as Excel in Dutch writes it.
  const waarde = (n: number): string => (delimiter === ';' ? String(n).replace('.', ',') : String(n))
  return stringify(
    sorted.map((row) => [row.indicator, row.periode, waarde(row.waarde), row.status, row.bron, row.opgehaald]),
    { header: true, columns: [...cijferKolommen], delimiter },
  )
}

/** Writes a new file next to the old one and renames it over: the old file stays whole until the new one is. */
async function writeAtomically(file: string, text: string): Promise<Result<void>> {
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    await writeFile(temporary, text, { flag: 'wx' })
    await rename(temporary, file)
    return succeed(undefined)
  } catch (error) {
    await rm(temporary, { force: true })
    const code = (error as NodeJS.ErrnoException).code
    return failure(`${file} kan niet worden geschreven (${code ?? String(error)}), verwacht een map waarin u mag schrijven; het oude bestand is niet veranderd`)
  }
}
