/**
 * taal-zinslengte: a sentence in an inwoners or voorbeeld part has at most
 * `taal.maxZinslengte` words (B1 default 20). Long sentences are the first
 * thing that makes a text hard to read.
 */

import { voorbeeldHoofdstuk } from './support/examples.ts'
import { defineRule } from './support/rule.ts'
import { citaat, deelLabel, leesbaarheid, plaats, taalContext, taalDelen } from './support/taal.ts'

export default defineRule(
  {
    ruleId: 'taal-zinslengte',
    severity: 'warning',
    beschrijving:
      'Een zin in `inwoners` of `voorbeeld` heeft hoogstens `taal.maxZinslengte` woorden (standaard 20, zie `verordening.yml`). De melding wijst naar het begin van de zin. Een opsomming telt per punt als zin.',
    oplossing:
      'Maak van de lange zin twee of meer korte zinnen. Eén gedachte per zin. Begin een nieuwe zin bij “en”, “maar” of “want”, of maak een opsomming met streepjes.',
    examples: [
      {
        titel: 'Goed: korte zinnen',
        bestanden: {
          '02-wmo.md': voorbeeldHoofdstuk(`:::inwoners{titel="Hulp bij u thuis"}
Wij kijken samen met u wat u nodig heeft. Ook uw familie en buren kunnen helpen.
:::`),
        },
        verwacht: [],
      },
      {
        titel: 'Fout: een zin van 27 woorden, en een lange zin in een opsomming van een voorbeeld',
        bestanden: {
          '02-wmo.md': voorbeeldHoofdstuk(`:::inwoners{titel="Hulp bij u thuis"}
U krijgt hulp. Wij kijken samen met u en met uw familie en uw buren en uw vrienden wat u **nodig** heeft om thuis te wonen en mee te doen.
:::
:::voorbeeld{titel="Meneer Smit"}
Meneer Smit wil:

- zelf koken;
- met de bus naar de markt in het dorp waar hij al zijn hele leven woont en waar hij op zaterdag zijn vrienden ziet.
:::`),
        },
        verwacht: [
          '02-wmo.md:12:16: Zin van 27 woorden in de inwonerstekst (“Wij kijken samen met u en …”), verwacht hoogstens 20: maak er kortere zinnen van',
          '02-wmo.md:18:3: Zin van 24 woorden in het voorbeeld (“met de bus naar de markt …”), verwacht hoogstens 20: maak er kortere zinnen van',
        ],
      },
    ],
  },
  (tree, file) => {
    const taal = taalContext(file)
    if (!taal) return
    const max = taal.instellingen.maxZinslengte
    for (const deel of taalDelen(tree, file, ['inwoners', 'voorbeeld'])) {
      for (const zin of leesbaarheid(deel, taal.context).sentences) {
        if (zin.words <= max) continue
        file.message(`Zin van ${zin.words} woorden in ${deelLabel[deel.naam]} (“${citaat(zin.text)}”), verwacht hoogstens ${max}: maak er kortere zinnen van`, {
          place: plaats(file, deel, zin.start),
        })
      }
    }
  },
)
