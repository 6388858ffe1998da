// The comparison as two CSV files for a spreadsheet: per topic and value one
// row with one column per gemeente (named by the gemeente), and per value and
// gemeente one row with the artikel and the sentence it comes from. Dutch
// spreadsheet conventions: `;` between cells, a decimal comma, UTF-8 with a
// byte order mark (so Excel shows é and €). A cell that a spreadsheet would
// read as a formula (=, +, -, @ at the start) gets a ' in front (OWASP, CSV injection).
import { formatGetal, formatWaarde } from './parameters.ts'
import type { Vergelijking } from './uitlijning.ts'

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return `"${safe.replace(/"/g, '""')}"`
}

function line(values: readonly string[]): string {
  return values.map(cell).join(';')
}

/** Per topic and value: one column per gemeente. */
export function waardenCsv(vergelijking: Vergelijking): string {
  const rows = [line(['onderwerp', 'waarde', 'soort', 'eenheid', 'verschilt', ...vergelijking.gemeenten.map((gemeente) => gemeente.naam)])]
  for (const onderwerp of vergelijking.onderwerpen) {
    for (const rij of onderwerp.rijen) {
      const eerste = rij.waarden.find((waarde) => waarde !== undefined)
      rows.push(
        line([
          onderwerp.titel,
          rij.label,
          rij.soort,
          eerste?.eenheid ?? '',
          rij.verschilt ? 'ja' : 'nee',
          ...rij.waarden.map((waarde) => (waarde === undefined ? '' : formatGetal(waarde.waarde))),
        ]),
      )
    }
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`
}

/** Per value and gemeente: the artikel, its place and the sentence. */
export function zinnenCsv(vergelijking: Vergelijking): string {
  const rows = [line(['onderwerp', 'waarde', 'gemeente', 'artikel', 'plaats', 'getal', 'eenheid', 'zoals geschreven', 'zin'])]
  for (const onderwerp of vergelijking.onderwerpen) {
    for (const rij of onderwerp.rijen) {
      rij.waarden.forEach((waarde, index) => {
        if (waarde === undefined) return
        const artikel = onderwerp.artikelen[index]?.artikel
        rows.push(
          line([
            onderwerp.titel,
            rij.label,
            vergelijking.gemeenten[index]!.naam,
            artikel ? `artikel ${artikel.nr}` : '',
            waarde.plaats,
            formatGetal(waarde.waarde),
            formatWaarde(waarde),
            waarde.tekst,
            waarde.zin,
          ]),
        )
      })
    }
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`
}
