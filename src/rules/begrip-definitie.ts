/**
 * begrip-definitie: a begrip has one definition. Defined in more than one
 * place (begrippen.yml, the begripsbepalingen of the gemeenschappelijke kop,
 * those of the onderdeel of one wet) with different texts, a judge cannot
 * tell which one applies: an error at each place.
 */

import { groepen, inBestand, vergelijkbaar } from './support/definities.ts'
import { algemeen, algemeenHoofdstuk, basisBegrippen, exampleBegrip, wmoHoofdstuk } from './support/examples.ts'
import { defineRule } from './support/rule.ts'

const bepalingen = (onderdelen: string) =>
  algemeenHoofdstuk([
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
      juridisch: `1. In deze verordening wordt verstaan onder:\n   - ${onderdelen}`,
    },
  ])
const begrippen =
  basisBegrippen +
  exampleBegrip({ term: 'huishouden', definitie: 'de inwoner en de personen met wie hij duurzaam een woning deelt.', uitleg: 'De mensen met wie u woont.' })

export default defineRule(
  {
    ruleId: 'begrip-definitie',
    severity: 'error',
    beschrijving:
      'Een begrip heeft één definitie. Staat hetzelfde begrip op meer plaatsen — in `begrippen.yml`, in een artikel met `soort="begripsbepalingen"` in de gemeenschappelijke kop, of in de begripsbepalingen van het onderdeel van één wet — met een andere tekst, dan weet niemand welke geldt. De melding staat op elke plaats. Hoofdletters, spaties, een punt of puntkomma aan het eind en een lidwoord vooraan tellen niet mee. In een artikel telt een onderdeel in de vorm `a. begrip: definitie;`.',
    oplossing:
      'Houd één definitie over, bij voorkeur in `begrippen.yml` (daar staat ook de uitleg voor de inwoner), en haal de andere weg. Is het verschil bedoeld, gebruik dan een ander woord voor het ene begrip.',
    examples: [
      {
        titel: 'Goed: het begrip staat alleen in begrippen.yml',
        bestanden: { 'begrippen.yml': begrippen, '02-wmo.md': wmoHoofdstuk({ juridisch: 'Het college helpt het :begrip[huishouden].' }) },
        verwacht: [],
      },
      {
        titel: 'Fout: een tweede, andere definitie in de begripsbepalingen',
        bestanden: {
          'begrippen.yml': begrippen,
          '01-algemeen.md': bepalingen('a. :begrip[huishouden]: de inwoner en de personen met wie hij een woning deelt;'),
        },
        verwacht: [
          '01-algemeen.md:27:4: Het begrip “huishouden” heeft hier een andere definitie dan in begrippen.yml:5:14, verwacht één definitie: houd er één over, bij voorkeur in begrippen.yml',
          'begrippen.yml:5:14: Het begrip “huishouden” heeft hier een andere definitie dan in artikel 1.3 (01-algemeen.md:27:4), verwacht één definitie: houd er één over, bij voorkeur in begrippen.yml',
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
        const anders = lijst.filter((ander) => ander !== hier && vergelijkbaar(ander.definitie) !== vergelijkbaar(hier.definitie))
        if (anders.length === 0) continue
        file.message(
          `Het begrip “${hier.term}” heeft hier een andere definitie dan in ${anders.map((ander) => ander.waar).join(' en ')}, verwacht één definitie: houd er één over, bij voorkeur in begrippen.yml`,
          { place: hier.place },
        )
      }
    }
  },
)
