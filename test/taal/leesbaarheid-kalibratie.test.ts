// The defaults of the readability judgement (src/taal/zinsoordeel.ts and the
// B1 defaults in src/taal/instellingen.ts) against the calibration sets:
// officialese inwonersteksten in the style of real verordeningen and their
// plain rewrites (test/taal/data/leesbaarheid-kalibratie.tsv). Good text
// passes, officialese fails.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { deelLeesbaarheid } from '../../src/taal/artikel-scores.ts'
import { B1_STANDAARD } from '../../src/taal/instellingen.ts'
import { analyseReadability } from '../../src/taal/readability.ts'
import { beoordeelDeel, beoordeelZin, waaromZwaar } from '../../src/taal/zinsoordeel.ts'

interface Tekst {
  id: string
  soort: 'ambtelijk' | 'eenvoudig'
  tekst: string
}

const teksten: Tekst[] = readFileSync(new URL('./data/leesbaarheid-kalibratie.tsv', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => /^\d/.test(line))
  .map((line) => {
    const [id, soort, tekst] = line.split('\t') as [string, Tekst['soort'], string]
    return { id, soort, tekst }
  })

const faalt = (tekst: string): boolean => beoordeelDeel(deelLeesbaarheid('inwoners', tekst, analyseReadability(tekst), []), B1_STANDAARD).reden !== null

describe('readability judgement: calibration at the defaults', () => {
  it('has two sets of at least 30 texts, in pairs', () => {
    const ambtelijk = teksten.filter((t) => t.soort === 'ambtelijk')
    const eenvoudig = teksten.filter((t) => t.soort === 'eenvoudig')
    expect(ambtelijk.length).toBeGreaterThanOrEqual(30)
    expect(eenvoudig.map((t) => t.id)).toEqual(ambtelijk.map((t) => t.id))
  })

  it('passes the plain rewrites and fails the officialese originals (confusion matrix)', () => {
    const matrix = { ambtelijk: { faalt: 0, slaagt: 0 }, eenvoudig: { faalt: 0, slaagt: 0 } }
    for (const t of teksten) matrix[t.soort][faalt(t.tekst) ? 'faalt' : 'slaagt']++
    expect(matrix).toEqual({ ambtelijk: { faalt: 36, slaagt: 0 }, eenvoudig: { faalt: 0, slaagt: 36 } })
  })

  it('judges a part of one sentence, where Flesch-Douma is information only', () => {
    const kort = 'De aanvraag om een maatwerkvoorziening wordt door het college binnen acht weken na ontvangst van de aanvraag afgehandeld.'
    const deel = deelLeesbaarheid('inwoners', kort, analyseReadability(kort), [])
    const oordeel = beoordeelDeel(deel, B1_STANDAARD)
    expect(oordeel).toMatchObject({ reden: 'zinnen', zinnen: 1, fleschDoumaBeoordeeld: false })
    expect(waaromZwaar(oordeel.zwareZinnen[0]!, B1_STANDAARD)).toBe('2 lange woorden en een lijdende vorm')
    expect(faalt('Wij beslissen binnen acht weken over uw aanvraag.')).toBe(false)
  })

  it('counts begrippen and accepted words not as long words', () => {
    const tekst = 'U krijgt een maatwerkvoorziening voor huishoudelijke ondersteuning.'
    const zonder = deelLeesbaarheid('inwoners', tekst, analyseReadability(tekst), [])
    const met = deelLeesbaarheid('inwoners', tekst, analyseReadability(tekst, { allowedWords: ['maatwerkvoorziening', 'huishoudelijke ondersteuning'] }), [
      'maatwerkvoorziening',
      'huishoudelijke ondersteuning',
    ])
    expect(beoordeelZin(zonder.zinnen[0]!, B1_STANDAARD).signalen).toContain('lange-woorden')
    expect(beoordeelZin(met.zinnen[0]!, B1_STANDAARD).signalen).toEqual([])
  })
})
