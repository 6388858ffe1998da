// The CBS OData v3 API (opendata.cbs.nl/ODataApi): the figures of one measure
// of a StatLine table for one gemeente, with the status of each period
// (voorlopig, nader voorlopig, definitief). Every failure is a Failure with a
// Dutch reason; nothing here touches a file.
import { failure, type Result, succeed } from '../messages/result.ts'
import type { CbsBron, CijferStatus } from '../model/indicatoren.ts'

export const cbsBasisUrl = 'https://opendata.cbs.nl/ODataApi/odata'

/** What `fetch` is to this module: the global one, or a test's. */
export type Fetch = (url: string) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>

export interface CbsCijfer {
  /** `2024` or `2024-K4`, as indicatoren.csv writes a period. */
  periode: string
  waarde: number
  status: CijferStatus
}

/** Region keys in StatLine are ten characters, padded with spaces: `GM0363    `. */
export function regioSleutel(gemeentecode: string): string {
  return `GM${gemeentecode}`.padEnd(10, ' ')
}

/** `2024JJ00` → `2024`, `2024KW04` → `2024-K4`; months and other periods are not read. */
export function periodeUitCbs(key: string): string | undefined {
  const match = /^(\d{4})(JJ00|KW0([1-4]))$/.exec(key.trim())
  if (!match) return undefined
  return match[3] ? `${match[1]}-K${match[3]}` : match[1]
}

const statusUitCbs: Record<string, CijferStatus> = { voorlopig: 'voorlopig', 'nader voorlopig': 'nader voorlopig', definitief: 'definitief' }

/** The figures of `bron` for the gemeente, oldest first; periods without a figure are left out. */
export async function haalCbsReeks(bron: CbsBron, gemeentecode: string, fetch: Fetch, basisUrl: string = cbsBasisUrl): Promise<Result<CbsCijfer[]>> {
  const tabel = `${basisUrl}/${encodeURIComponent(bron.tabel)}`
  const filters = [
    `RegioS eq '${regioSleutel(gemeentecode)}'`,
    ...Object.entries(bron.dimensies ?? {}).map(([key, value]) => `${key} eq '${value.replace(/'/g, "''")}'`),
  ]
  const query = `$filter=${encodeURIComponent(filters.join(' and '))}&$select=${encodeURIComponent(`Perioden,${bron.onderwerp}`)}&$format=json`
  const rows = await haalJson(`${tabel}/TypedDataSet?${query}`, bron.tabel, fetch)
  if (!rows.ok) return rows
  const perioden = await haalJson(`${tabel}/Perioden?$format=json`, bron.tabel, fetch)
  if (!perioden.ok) return perioden
  const status = new Map<string, CijferStatus>()
  for (const periode of perioden.value) {
    const key = typeof periode.Key === 'string' ? periode.Key.trim() : undefined
    const text = typeof periode.Status === 'string' ? statusUitCbs[periode.Status.trim().toLowerCase()] : undefined
    if (key && text) status.set(key, text)
  }
  const result: CbsCijfer[] = []
  for (const row of rows.value) {
    if (!(bron.onderwerp in row))
      return failure(
        `Tabel ${bron.tabel} van het CBS heeft geen onderwerp \`${bron.onderwerp}\`, verwacht de sleutel van een onderwerp uit ${tabel}/DataProperties in indicatoren.yml`,
      )
    const key = typeof row.Perioden === 'string' ? row.Perioden.trim() : ''
    const periode = periodeUitCbs(key)
    const waarde = row[bron.onderwerp]
    if (!periode || typeof waarde !== 'number' || !Number.isFinite(waarde)) continue
    result.push({ periode, waarde, status: status.get(key) ?? 'voorlopig' })
  }
  return succeed(result)
}

/** GET an OData collection (`{ value: [...] }`), or why not in Dutch. */
async function haalJson(url: string, tabel: string, fetch: Fetch): Promise<Result<Array<Record<string, unknown>>>> {
  let response: Awaited<ReturnType<Fetch>>
  try {
    response = await fetch(url)
  } catch (error) {
    const reason = error instanceof Error && error.cause instanceof Error ? error.cause.message : error instanceof Error ? error.message : String(error)
    return failure(`Het CBS is niet bereikbaar (${reason}), verwacht een werkende internetverbinding: controleer die en probeer het later opnieuw`)
  }
  if (!response.ok)
    return failure(
      response.status === 404
        ? `Het CBS kent tabel ${tabel} niet (HTTP 404), verwacht het nummer van een tabel uit StatLine in indicatoren.yml, bijvoorbeeld 85043NED`
        : `Het CBS gaf een fout (HTTP ${response.status}) voor tabel ${tabel}, verwacht een antwoord: probeer het later opnieuw`,
    )
  let body: unknown
  try {
    body = await response.json()
  } catch {
    return failure(`Het antwoord van het CBS voor tabel ${tabel} is geen JSON, verwacht de OData-gegevens: probeer het later opnieuw`)
  }
  const value = typeof body === 'object' && body !== null ? (body as { value?: unknown }).value : undefined
  if (!Array.isArray(value) || !value.every((row) => typeof row === 'object' && row !== null))
    return failure(
      `Het antwoord van het CBS voor tabel ${tabel} heeft niet de vorm die we kennen (geen lijst \`value\`), verwacht OData v3: meld dit aan het ontwikkelteam`,
    )
  return succeed(value as Array<Record<string, unknown>>)
}
