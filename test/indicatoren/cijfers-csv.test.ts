import { VFile } from 'vfile'
import { describe, expect, it } from 'vitest'
import { loadCijfers } from '../../src/model/cijfers-csv.ts'

const today = new Date(Date.UTC(2026, 11, 7))
const header = 'indicator,periode,waarde,status,bron,opgehaald\n'

function load(text: string) {
  const file = new VFile({ path: 'indicatoren.csv', value: text })
  const registry = loadCijfers(file, today)
  return { registry, messages: file.messages.map((message) => `${message.line}:${message.column}: ${message.reason}`) }
}

describe('indicatoren.csv', () => {
  it('reads figures with a point, a quoted Dutch comma and a semicolon file', () => {
    const comma = load(`${header}a,2024,82.5,definitief,CBS,2025-01-02\na,2025,"83,5",voorlopig,,\n\nb,2026-K1,3,nader voorlopig,,\n`)
    expect(comma.messages).toEqual([])
    expect(comma.registry?.data.map((cijfer) => [cijfer.indicator, cijfer.periode, cijfer.waarde, cijfer.status])).toEqual([
      ['a', '2024', 82.5, 'definitief'],
      ['a', '2025', 83.5, 'voorlopig'],
      ['b', '2026-K1', 3, 'nader voorlopig'],
    ])
    // The place of a cell: line 5 (after an empty line), column of `waarde`.
    expect(comma.registry?.place([2, 'waarde'])?.start).toMatchObject({ line: 5, column: 11 })
    const semicolon = load('indicator;periode;waarde;status\na;2024;82,5;definitief\n')
    expect(semicolon.messages).toEqual([])
    expect(semicolon.registry?.data[0]?.waarde).toBe(82.5)
  })

  it('gives each bad cell its Dutch message at its line and column', () => {
    const { messages, registry } = load(
      `${header}a,2024,veel,definitief,,\na,2999,3,definitief,,\na,2023,3,klaar,,\na,2023,4,definitief,,\na,2023,5,definitief,,\na,2022,82,5,definitief,,\na,24,1,voorlopig,,2025-1-1\n`,
    )
    expect(messages).toEqual([
      '2:8: Waarde `veel` is geen getal, verwacht een getal zoals `82` of `82,5` (zonder eenheid of punt voor duizendtallen)',
      '3:3: Periode `2999` ligt in de toekomst, verwacht een periode waarover al cijfers zijn',
      '4:10: Status `klaar` is onbekend, verwacht `voorlopig`, `nader voorlopig` of `definitief`',
      '6:3: Indicator `a` heeft periode `2023` twee keer (ook op regel 5), verwacht één cijfer per periode',
      '7:25: Deze regel heeft 7 waarden en de kopregel 6 kolommen, verwacht evenveel: staat er een komma in een getal? Zet het getal dan tussen aanhalingstekens ("82,5") of gebruik een punt (82.5)',
      '8:3: Periode `24` is geen jaar of kwartaal, verwacht bijvoorbeeld `2024` of `2024-K4`',
      '8:19: Datum `2025-1-1` in kolom `opgehaald` klopt niet, verwacht een datum als 2026-03-26',
    ])
    expect(registry?.data.map((cijfer) => cijfer.periode)).toEqual(['2023'])
  })

  it('says what is wrong with the header or the quoting', () => {
    expect(load('indicator,periode,waard,status\n').messages).toEqual([
      '1:19: Onbekende kolom `waard`, bedoelt u `waarde`?',
      '1:1: Kolom `waarde` ontbreekt in de kopregel, verwacht de kolommen indicator,periode,waarde,status,bron,opgehaald',
    ])
    expect(load(`${header}a,2024,"82,5,definitief,,\n`).messages[0]).toMatch(/^\d+:1: CSV-fout: een aanhalingsteken `"` wordt niet gesloten/)
  })
})
