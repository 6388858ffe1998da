/**
 * begrip-dubbel: a begrip defined in more than one place with the same text
 * is not wrong, but the next change will make it wrong at one place only.
 */

import { groepen, inBestand, vergelijkbaar } from './support/definities.ts'
import { algemeen, algemeenHoofdstuk, basisBegrippen, exampleBegrip, wmoHoofdstuk } from './support/examples.ts'
import { defineRule } from './support/rule.ts'

const begrippen =
  basisBegrippen +
  exampleBegrip({ term: 'huishouden', definitie: 'de inwoner en de personen met wie hij duurzaam een woning deelt.', uitleg: 'De mensen met wie u woont.' })
const bepalingen = algemeenHoofdstuk([
  algemeen.toetsingsartikel,
  algemeen.hardheidsclausule,
  {
    nr: '1.3',
    titel: 'Begripsbepalingen',
    kenmerken: 'soort="begripsbepalingen"',
    effect: null,
    grondwaarde: null,
    grondslag: null,
    inwoners: null,
    juridisch: '1. In deze verordening wordt verstaan onder:\n   - a. :begrip[huishouden]: De inwoner en de personen met wie hij duurzaam een woning deelt;',
  },
])

export default defineRule(
  {
    ruleId: 'begrip-dubbel',
    severity: 'warning',
    beschrijving:
      'Staat een begrip op meer plaatsen met dezelfde definitie (in `begrippen.yml` en in een artikel met `soort="begripsbepalingen"`), dan klopt het nu, maar een volgende wijziging gebeurt licht op één plaats. De melding staat op elke plaats. Verschillen de teksten, dan meldt `begrip-definitie` een fout.',
    oplossing: 'Laat de definitie op één plaats staan, bij voorkeur in `begrippen.yml`, en haal de andere weg.',
    examples: [
      {
        titel: 'Goed: één plaats',
        bestanden: { 'begrippen.yml': begrippen, '02-wmo.md': wmoHoofdstuk({ juridisch: 'Het college helpt het :begrip[huishouden].' }) },
        verwacht: [],
      },
      {
        titel: 'Fout: dezelfde definitie op twee plaatsen',
        bestanden: { 'begrippen.yml': begrippen, '01-algemeen.md': bepalingen },
        verwacht: [
          '01-algemeen.md:27:4: Het begrip “huishouden” staat met dezelfde definitie ook in begrippen.yml:5:14, verwacht één plaats: haal de definitie hier of daar weg',
          'begrippen.yml:5:14: Het begrip “huishouden” staat met dezelfde definitie ook in artikel 1.3 (01-algemeen.md:27:4), verwacht één plaats: haal de definitie hier of daar weg',
        ],
      },
    ],
  },
  (_tree, file) => {
    const context = file.data.context
    if (!context || (file.data.kind !== 'hoofdstuk' && file.data.kind !== 'begrippen')) return
    for (const [, lijst] of groepen(context)) {
      for (const hier of lijst) {
        if (!inBestand(hier, file.path)) continue
        const gelijk = lijst.filter((ander) => ander !== hier && vergelijkbaar(ander.definitie) === vergelijkbaar(hier.definitie))
        if (gelijk.length === 0) continue
        file.message(
          `Het begrip “${hier.term}” staat met dezelfde definitie ook in ${gelijk.map((ander) => ander.waar).join(' en ')}, verwacht één plaats: haal de definitie hier of daar weg`,
          { place: hier.place },
        )
      }
    }
  },
)
