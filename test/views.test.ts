// The views join on ids (effect id, grondwaarde id), never on what a view
// displays: an artikel is listed once per effect or grondwaarde it names, and
// an effect titled like another, or an unknown id, changes nothing.
import { rm } from 'node:fs/promises'
import { afterAll, describe, expect, it } from 'vitest'
import { checkVerordening } from '../src/pipeline/pipeline.ts'
import { exampleHoofdstuk, exampleVerordening, wmoHoofdstuk } from '../src/rules/support/examples.ts'
import { buildSiteData } from '../src/views/site-data.ts'
import { makeFixture } from './helpers/fixture.ts'

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
  it('shows the raad which effect only general artikelen realise, in the picture and the list', async () => {
    const dir = await makeFixture({ 'effecten.yml': effecten, '02-wmo.md': hoofdstuk2 })
    made.push(dir)
    const site = buildSiteData((await checkVerordening(dir)).context, { imageUrl: () => null, now: new Date(0) })
    const raad = site.raad
    // meedoen: only 1.1 and 1.2 of the gemeenschappelijke kop (no wet) name it — a gap; thuis has 2.1 in the Wmo hoofdstuk.
    expect(raad.overzicht.map((entry) => [entry.effect.id, entry.eigenArtikelen.length, entry.algemeneArtikelen.length, entry.gat])).toEqual([
      ['meedoen', 0, 2, true],
      ['thuis', 1, 0, false],
    ])
    expect(raad.effectenAlleenAlgemeen.map((entry) => entry.effect.id)).toEqual(['meedoen'])
    expect(raad.overzicht[1]!.wetten.map((wet) => [wet.key, wet.aantal])).toEqual([['wmo', 1]])
    expect(raad.grafiek.kolommen).toEqual(['Wmo 2015', 'Algemeen'])
    expect(raad.grafiek.rijen.map((rij) => [rij.waarden, rij.gat])).toEqual([
      [[0, 2], true],
      [[1, 0], false],
    ])
    expect(raad.grafiek.svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="grafiek-titel grafiek-desc"/)
    expect(raad.grafiek.svg).toContain('<title id="grafiek-titel">Eigen artikelen per effect en per wet</title>')
    expect(raad.grafiek.beschrijving).toContain('Zonder eigen artikel (een gat): Meedoen in de samenleving.')
    // Without contact in verordening.yml: the gemeente by name, no channels, and no steps marked.
    expect(site.hulp).toMatchObject({ naam: 'de gemeente Proefdorp', telefoon: null, email: null, stappen: [] })
    // Search documents: one per effect, and per artikel one in each version.
    expect(site.zoekdocumenten.map((doc) => doc.id)).toEqual([
      'effect:meedoen',
      'effect:thuis',
      'inwoners:1.1',
      'juridisch:1.1',
      'inwoners:1.2',
      'juridisch:1.2',
      'inwoners:2.1',
      'juridisch:2.1',
    ])
  })

  it('takes the help block and the steps with their termijnen from the model', async () => {
    const contact =
      'contact:\n  naam: het Loket\n  telefoon: (0123) 45 67 89\n  email: loket@proefdorp.example\n  adres: Dorpsplein 1\n  openingstijden: elke werkdag\n'
    const procedure = exampleHoofdstuk({
      kop: { hoofdstuk: 2, titel: 'Procedure', wet: null },
      artikelen: [
        { nr: '2.1', titel: 'Melding', inwoners: null, delen: ':::inwoners{titel="Hulp vragen" stap="melding"}\nBel ons.\n:::' },
        {
          nr: '2.2',
          titel: 'Beslissing',
          inwoners: null,
          delen: ':::inwoners{titel="Ons besluit" stap="besluit" termijn="binnen acht weken"}\nU krijgt binnen acht weken een besluit.\n:::',
        },
      ],
    })
    const dir = await makeFixture({ 'verordening.yml': exampleVerordening({ extra: contact }), '02-procedure.md': procedure })
    made.push(dir)
    const site = buildSiteData((await checkVerordening(dir)).context, { imageUrl: () => null, now: new Date(0) })
    expect(site.hulp.naam).toBe('het Loket')
    expect(site.hulp.telefoon).toEqual({ tekst: '(0123) 45 67 89', href: 'tel:0123456789' })
    expect(site.hulp.stappen.map((stap) => [stap.stap, stap.termijnen.map((termijn) => `${termijn.tekst} (${termijn.artikel.titel})`)])).toEqual([
      ['melding', []],
      ['besluit', ['binnen acht weken (Artikel 2.2 Ons besluit)']],
    ])
    // Every inwoners page gets the block: effecten and artikelen too.
    expect(site.effecten.every((effect) => effect.hulp.stappen.length === 2)).toBe(true)
    expect(site.artikelen.every((artikel) => artikel.hulp.naam === 'het Loket')).toBe(true)
  })

  it('joins artikelen, effecten and grondwaarden by id', async () => {
    const dir = await makeFixture({ 'effecten.yml': effecten, '02-wmo.md': hoofdstuk2 })
    made.push(dir)
    const site = buildSiteData((await checkVerordening(dir)).context, { imageUrl: () => null, now: new Date(0) })
    const effect = (id: string) => site.effecten.find((entry) => entry.id === id)
    // Two effecten with the same title stay apart; an artikel naming one twice is listed once.
    // Inwoners see the short B1 titles of :::inwoners{titel="…"}.
    expect(effect('meedoen')?.artikelen.map((link) => link.titel)).toEqual(['Eerst kijken wat u wilt bereiken', 'Als een regel niet past'])
    expect(effect('thuis')?.artikelen.map((link) => link.titel)).toEqual(['Hulp bij u thuis'])
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
