// Passive voice against a labelled gold set (test/taal/data/lijdende-vorm.tsv):
// precision and recall on the held-out part, which the detector was not tuned on.
import { describe, expect, it } from 'vitest'
import { findPassives, isParticiple, isZijnPerfect } from '../../src/taal/passive.ts'
import { segment } from '../../src/taal/segment.ts'
import { readGold, score } from './gold.ts'

describe('passive voice on the gold set', () => {
  const gold = readGold()

  it('has at least 200 labelled sentences, split into tuning and held-out parts', () => {
    expect(gold.length).toBeGreaterThanOrEqual(200)
    const heldOut = gold.filter((s) => s.heldOut)
    expect(heldOut.length).toBeGreaterThanOrEqual(70)
    expect(heldOut.filter((s) => s.passive).length).toBeGreaterThanOrEqual(30)
    expect(heldOut.filter((s) => !s.passive).length).toBeGreaterThanOrEqual(30)
  })

  it('reaches precision and recall of at least 90 % on the held-out part', () => {
    const result = score(gold.filter((s) => s.heldOut))
    expect(result.precision).toBeGreaterThanOrEqual(0.9)
    expect(result.recall).toBeGreaterThanOrEqual(0.9)
  })
})

describe('passive voice by grammar: the cases from the issue', () => {
  const passives = (t: string): string[] => findPassives(segment(t).sentences, t).map((p) => p.text)

  it.each([
    ['Bij het onderzoek worden de persoonskenmerken en de behoeften betrokken.', 'worden de persoonskenmerken en de behoeften betrokken'],
    ['U wordt ingeschreven in de basisregistratie.', 'wordt ingeschreven'],
    ['Het besluit is genomen door een medewerker.', 'is genomen'],
    ['Daarom wordt zijn uitkering stopgezet.', 'wordt zijn uitkering stopgezet'],
    ['De begrippen zullen omschreven worden.', 'omschreven worden'],
  ])('finds the passive with a strong or prefixed participle: %s', (t, expected) => {
    expect(passives(t)).toEqual([expected])
  })

  it.each([
    'Dat is de Algemene wet bestuursrecht.',
    'Het college is bevoegd het besluit te herzien.',
    'U bent inwoner van de gemeente als u hier ingeschreven staat.',
    'Het college is verantwoordelijk en de cliënt is verplicht mee te werken.',
    'U bent welkom.',
    'Als u 18 jaar wordt, krijgt u een brief.',
    'Mevrouw Yilmaz is verhuisd en haar zoon is getrouwd.',
    'De oude regeling is vervallen en de Participatiewet is in werking getreden.',
    'Ze is naar het wijkteam gegaan.',
    'Hij heeft zijn aanvraag op tijd ingediend.',
    'Het is een gesloten systeem.',
    'De omgekeerde verordening is kort gezegd een set regels.',
  ])('finds no passive in a copula, zijn-perfect or active sentence: %s', (t) => {
    expect(passives(t)).toEqual([])
  })

  it('knows participles from the strong-verb lexicon with every prefix', () => {
    for (const w of [
      'geschreven',
      'ingeschreven',
      'beschreven',
      'voorgeschreven',
      'betrokken',
      'ingetrokken',
      'verkregen',
      'aangeboden',
      'onderzocht',
      'teruggevorderd',
      'aanbesteed',
      'gestart',
    ])
      expect(isParticiple(w), w).toBe(true)
    for (const w of ['bestuursrecht', 'gereed', 'geeft', 'gezond', 'begint', 'verliest', 'overheid']) expect(isParticiple(w), w).toBe(false)
  })

  it('tells zijn-perfect verbs from transitive ones', () => {
    for (const w of ['verhuisd', 'gegaan', 'getrouwd', 'vervallen', 'toegenomen', 'teruggekeerd']) expect(isZijnPerfect(w), w).toBe(true)
    for (const w of ['genomen', 'toegekend', 'betaald', 'afgewezen']) expect(isZijnPerfect(w), w).toBe(false)
  })
})
