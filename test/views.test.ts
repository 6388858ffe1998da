// The views join on ids (effect id, grondwaarde id), never on what a view
// displays: an artikel is listed once per effect or grondwaarde it names, and
// an effect titled like another, or an unknown id, changes nothing.
import { rm } from 'node:fs/promises'
import { afterAll, describe, expect, it } from 'vitest'
import { checkVerordening } from '../src/pipeline/pipeline.ts'
import { buildSiteData } from '../src/views/site-data.ts'
import { makeFixture } from './helpers/fixture.ts'
import { wmoHoofdstuk } from '../plugins/example-hoofdstuk.ts'

const made: string[] = []
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })))
})

const effecten = `- id: meedoen
  titel: Meedoen in de samenleving
  vraag: Ik wil meedoen
  tekst: U doet mee in uw buurt, op uw werk of bij een club.
  levensdomein: Meedoen
  indicator: Aandeel inwoners dat zegt mee te doen
  status: vastgesteld
  raadsbesluit: { datum: 2026-06-01, kenmerk: RB-2026-001 }
- id: thuis
  titel: Meedoen in de samenleving
  vraag: Ik wil thuis blijven wonen
  tekst: U woont thuis zolang dat kan.
  levensdomein: Wonen
  indicator: Aandeel inwoners dat thuis woont
  status: concept
`

// Artikel 2.1 names effect `thuis` twice and an unknown effect, and a grondwaarde twice.
const hoofdstuk2 = wmoHoofdstuk({ titel: 'Hulp', effect: 'thuis thuis onbekend', grondwaarde: 'wmo.zelfredzaamheid wmo.zelfredzaamheid' })

describe('site data', () => {
  it('joins artikelen, effecten and grondwaarden by id', async () => {
    const dir = await makeFixture({ 'effecten.yml': effecten, '02-wmo.md': hoofdstuk2 })
    made.push(dir)
    const site = buildSiteData((await checkVerordening(dir)).context, { imageUrl: () => null, now: new Date(0) })
    const effect = (id: string) => site.effecten.find((entry) => entry.id === id)
    // Two effecten with the same title stay apart; an artikel naming one twice is listed once.
    expect(effect('meedoen')?.artikelen.map((link) => link.titel)).toEqual(['Artikel 1.1 Omgekeerde toets', 'Artikel 1.2 Hardheidsclausule'])
    expect(effect('thuis')?.artikelen.map((link) => link.titel)).toEqual(['Artikel 2.1 Hulp'])
    expect(effect('thuis')?.grondwaarden.map((link) => link.titel)).toEqual(['wmo.zelfredzaamheid'])
    const zelfredzaamheid = site.grondwaarden.find((entry) => entry.id === 'wmo.zelfredzaamheid')
    expect(zelfredzaamheid?.artikelen.map((link) => link.titel)).toEqual(['Artikel 1.1 Omgekeerde toets', 'Artikel 2.1 Hulp'])
    // The matrix: one column per artikel that names a known effect, a cell where it names that row's effect.
    expect(site.raad.matrix.artikelen.map((link) => link.titel)).toEqual(['1.1', '1.2', '2.1'])
    expect(site.raad.matrix.rijen.map((rij) => rij.cellen)).toEqual([
      [true, true, false],
      [false, false, true],
    ])
    expect(site.levensdomeinen.map((domein) => [domein.naam, domein.effecten.map((entry) => entry.id)])).toEqual([
      ['Meedoen', ['meedoen']],
      ['Wonen', ['thuis']],
    ])
    // Scores from the analysis step, one row per artikel.
    expect(site.raad.taal.artikelen.map((score) => score.artikel.titel)).toEqual(site.artikelen.map((artikel) => `${artikel.nr} ${artikel.titel}`))
  })
})
