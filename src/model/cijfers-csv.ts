// Reads indicatoren.csv (the figures per indicator and period) with csv-parse
// and checks each cell. Every problem is a Dutch message at the line and
// column of its cell, like the YAML registries; the result has the same shape
// as a registry (`data` and `place`), so rules and views treat it as one.
// It sits in the model layer, not in parse, because each cell is checked
// against the model's own shapes (src/model/indicatoren.ts).
import { CsvError, parse } from 'csv-parse/sync'
import type { Position } from 'unist'
import type { VFile } from 'vfile'
import { pointAt, report } from '../messages/report.ts'
import { oneOf, unknownName } from '../messages/suggest.ts'
import type { Registry } from '../parse/registry.ts'
import { nu } from '../sources/nu.ts'
import { type Cijfer, type CijferKolom, type CijferStatus, cijferKolommen, cijferStatussen, inDeToekomst, parsePeriode, parseWaarde } from './indicatoren.ts'

const rule = 'register-schema'
const required: readonly CijferKolom[] = ['indicator', 'periode', 'waarde', 'status']

/**
 * The figures of indicatoren.csv, or undefined when the file cannot be read as
 * a table (its messages say why). A row with a bad cell is reported and left
 * out; the other rows still count. `today` decides what is "in the future".
 */
export function loadCijfers(file: VFile, today: Date = nu()): Registry<Cijfer[]> | undefined {
  const text = String(file.value)
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'))
  // Excel in Dutch saves with semicolons (the comma is the decimal sign); both are read.
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ','
  let records: Array<{ record: string[]; raw: string }>
  try {
    // With `info` and `raw` csv-parse returns `{ record, info, raw }` per record; its types do not say so.
    records = parse(text, { delimiter, info: true, raw: true, relax_column_count: true, skip_empty_lines: true }) as unknown as Array<{
      record: string[]
      raw: string
    }>
  } catch (error) {
    if (!(error instanceof CsvError)) throw error
    report(file, `CSV-fout: ${translateCsvError(error)}`, { line: Number(error.lines) || 1, column: 1 }, 'csv-syntax')
    return undefined
  }
  // Where each cell starts: the raw text of the records, in order, is the whole file.
  const cells: Position[][] = []
  let offset = 0
  for (const { raw } of records) {
    cells.push(cellPlaces(text, offset, raw, delimiter))
    offset += raw.length
  }
  const header = records[0]?.record.map((name) => name.trim().toLowerCase())
  if (!header || header.every((name) => name === '')) {
    report(file, `Het bestand heeft geen kopregel, verwacht als eerste regel: ${cijferKolommen.join(delimiter)}`, { line: 1, column: 1 }, rule)
    return undefined
  }
  const columns = new Map<CijferKolom, number>()
  let headerOk = true
  header.forEach((name, index) => {
    const known = cijferKolommen.find((kolom) => kolom === name)
    if (known && !columns.has(known)) columns.set(known, index)
    else {
      headerOk = false
      report(
        file,
        known
          ? `Kolom \`${name}\` staat twee keer in de kopregel, verwacht elke kolom één keer`
          : unknownName({ soort: 'veld', naam: name, bekend: cijferKolommen, onderwerp: `Onbekende kolom \`${name}\`` }),
        cells[0]?.[index],
        rule,
      )
    }
  })
  for (const kolom of required) {
    if (!columns.has(kolom)) {
      headerOk = false
      report(file, `Kolom \`${kolom}\` ontbreekt in de kopregel, verwacht de kolommen ${cijferKolommen.join(delimiter)}`, cells[0]?.[0], rule)
    }
  }
  if (!headerOk) return undefined

  const data: Cijfer[] = []
  /** Per row of `data`: its index among the records, for `place`. */
  const rowOf: number[] = []
  const seen = new Map<string, number>()
  records.slice(1).forEach(({ record }, index) => {
    const row = index + 1
    if (record.every((cell) => cell.trim() === '')) return
    const at = (kolom: CijferKolom): Position | undefined => cells[row]?.[columns.get(kolom) ?? 0] ?? cells[row]?.[0]
    const cell = (kolom: CijferKolom): string => {
      const column = columns.get(kolom)
      return column === undefined ? '' : (record[column] ?? '').trim()
    }
    if (record.length > header.length) {
      report(
        file,
        `Deze regel heeft ${record.length} waarden en de kopregel ${header.length} kolommen, verwacht evenveel: staat er een komma in een getal? Zet het getal dan tussen aanhalingstekens ("82,5") of gebruik een punt (82.5)`,
        cells[row]?.[header.length],
        rule,
      )
      return
    }
    let ok = true
    const problem = (kolom: CijferKolom, reason: string): void => {
      ok = false
      report(file, reason, at(kolom), rule)
    }
    const indicator = cell('indicator')
    if (indicator === '') problem('indicator', 'Kolom `indicator` is leeg, verwacht een id uit indicatoren.yml')
    const periodeText = cell('periode')
    const periode = parsePeriode(periodeText)
    if (!periode) problem('periode', `Periode \`${periodeText}\` is geen jaar of kwartaal, verwacht bijvoorbeeld \`2024\` of \`2024-K4\``)
    else if (inDeToekomst(periode, today)) problem('periode', `Periode \`${periodeText}\` ligt in de toekomst, verwacht een periode waarover al cijfers zijn`)
    const waardeText = cell('waarde')
    const waarde = parseWaarde(waardeText)
    if (waarde === undefined)
      problem(
        'waarde',
        waardeText === ''
          ? 'Kolom `waarde` is leeg, verwacht een getal (laat de regel weg als er nog geen cijfer is)'
          : `Waarde \`${waardeText}\` is geen getal, verwacht een getal zoals \`82\` of \`82,5\` (zonder eenheid of punt voor duizendtallen)`,
      )
    const statusText = cell('status').toLowerCase()
    const status = cijferStatussen.find((candidate) => candidate === statusText)
    if (!status) problem('status', `Status \`${cell('status')}\` is onbekend, verwacht ${oneOf(cijferStatussen.map((name) => `\`${name}\``))}`)
    const opgehaald = cell('opgehaald')
    if (opgehaald !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(opgehaald))
      problem('opgehaald', `Datum \`${opgehaald}\` in kolom \`opgehaald\` klopt niet, verwacht een datum als 2026-03-26`)
    if (!ok || waarde === undefined || !status) return
    const key = `${indicator}\u0000${periodeText}`
    const first = seen.get(key)
    if (first !== undefined) {
      report(
        file,
        `Indicator \`${indicator}\` heeft periode \`${periodeText}\` twee keer (ook op regel ${first}), verwacht één cijfer per periode`,
        at('periode'),
        rule,
      )
      return
    }
    seen.set(key, cells[row]?.[0]?.start.line ?? row + 1)
    data.push({ indicator, periode: periodeText, waarde, status: status satisfies CijferStatus, bron: cell('bron'), opgehaald })
    rowOf.push(row)
  })
  const place = (path: ReadonlyArray<string | number>): Position | undefined => {
    const [index, kolom] = path
    if (typeof index !== 'number') return cells[0]?.[0]
    const row = rowOf[index]
    if (row === undefined) return undefined
    const column = typeof kolom === 'string' ? columns.get(kolom as CijferKolom) : 0
    return cells[row]?.[column ?? 0] ?? cells[row]?.[0]
  }
  return { file, data, place }
}

/**
 * The place of each cell of one record, from its raw text (csv-parse already
 * checked the quoting, so a delimiter outside quotes starts the next cell).
 * Leading empty lines that the parser skipped are part of `raw`.
 */
function cellPlaces(text: string, offset: number, raw: string, delimiter: string): Position[] {
  let start = offset
  while (text[start] === '\n' && start < offset + raw.length) start++
  const places: Position[] = []
  let quoted = false
  let cellStart = start
  const end = offset + raw.replace(/\n$/, '').length
  const close = (at: number): void => {
    places.push({ start: pointAt(text, cellStart), end: pointAt(text, Math.max(cellStart, at)) })
    cellStart = at + 1
  }
  for (let index = start; index < end; index++) {
    const char = text[index]
    if (char === '"') quoted = !quoted
    else if (char === delimiter && !quoted) close(index)
  }
  close(end)
  return places
}

function translateCsvError(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'een aanhalingsteken `"` wordt niet gesloten, verwacht een `"` aan het eind van de waarde'
    case 'INVALID_OPENING_QUOTE':
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'een aanhalingsteken `"` midden in een waarde, verwacht de hele waarde tussen aanhalingstekens (`"82,5"`) of geen aanhalingstekens'
    default:
      return `de tabel kan niet worden gelezen (${error.code}), verwacht één regel per cijfer met waarden gescheiden door komma's`
  }
}
