import { describe, expect, it } from 'vitest'
import { type Cijfer, oordeelVan, trendInWoorden } from '../../src/model/indicatoren.ts'

const reeks = (...pairs: Array<[string, number, Cijfer['status']?]>): Cijfer[] =>
  pairs.map(([periode, waarde, status = 'definitief']) => ({ indicator: 'x', periode, waarde, status, bron: '', opgehaald: '' }))
const hoger = { richting: 'hoger', streefwaarde: { waarde: 85, jaar: 2027 }, eenheid: '%' } as const
const lager = { richting: 'lager', streefwaarde: { waarde: 0, jaar: 2028 }, eenheid: 'ontruimingen' } as const

describe('op koers, achter, bereikt', () => {
  it('compares the latest figure with the straight line from the first figure to the streefwaarde', () => {
    // 78 in 2023 → 85 in 2027: the line is at 81,5 in 2025.
    expect(oordeelVan(hoger, reeks(['2023', 78], ['2025', 82]))).toBe('op-koers')
    expect(oordeelVan(hoger, reeks(['2023', 78], ['2025', 81]))).toBe('achter')
    expect(oordeelVan(hoger, reeks(['2023', 78], ['2025', 85]))).toBe('bereikt')
    // Lower is better: 9 in 2021 → 0 in 2028 is 3,86 in 2025.
    expect(oordeelVan(lager, reeks(['2021', 9], ['2025', 3]))).toBe('op-koers')
    expect(oordeelVan(lager, reeks(['2021', 9], ['2025', 4]))).toBe('achter')
    expect(oordeelVan(hoger, reeks(['2025', 80]))).toBe('achter')
    expect(oordeelVan(hoger, [])).toBe('geen-cijfers')
  })

  it('says the trend in words, with a voorlopig figure and a quarter', () => {
    expect(trendInWoorden(hoger, reeks(['2023', 78], ['2024', 80], ['2025', 82, 'voorlopig']))).toBe(
      'Van 78 % in 2023 naar 82 % in 2025 (voorlopig); het doel is 85 % in 2027.',
    )
    expect(trendInWoorden(lager, reeks(['2025-K2', 4.5]))).toBe('4,5 ontruimingen in 2025 (2e kwartaal); het doel is 0 ontruimingen in 2028.')
    expect(trendInWoorden(hoger, [])).toBe('Nog geen cijfers; het doel is 85 % in 2027.')
  })
})
