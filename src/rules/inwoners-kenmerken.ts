/**
 * inwoners-kenmerken: the kenmerken of the inwoners block. `stap` marks the
 * step of the procedure the artikel describes (melding, gesprek, aanvraag,
 * besluit) for "Wat gebeurt er daarna?" on every inwoners page; `termijn` is
 * the termijn of that step as the inwoners text says it, so the site takes it
 * from the artikel and it cannot drift from the text.
 */
import type { ContainerDirective } from 'mdast-util-directive'
import { toString } from 'mdast-util-to-string'
import { unknownName } from '../messages/suggest.ts'
import { procedureStappen } from '../model/schema.ts'
import { isContainer } from '../model/verordening-model.ts'
import { attributePosition } from '../parse/attributes.ts'
import { wmoHoofdstuk } from './support/examples.ts'
import { defineRule } from './support/rule.ts'
import { artikelName, artikelNodes, hoofdstukContext } from './support/walk.ts'

const gewoon = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim()

export default defineRule(
  {
    ruleId: 'inwoners-kenmerken',
    severity: 'error',
    beschrijving:
      'Het blok `:::inwoners` kan zeggen welke stap van de procedure het artikel beschrijft: `stap="…"` is een van ' +
      procedureStappen.map((stap) => `\`${stap}\``).join(', ') +
      '. De site toont die stappen op elke pagina van de inwonersversie onder “Wat gebeurt er daarna?”. `termijn="…"` geeft de termijn van die stap, precies zoals de tekst van het blok hem noemt (bijvoorbeeld `termijn="hoogstens zes weken"`), zodat de site en de tekst hetzelfde zeggen. Een termijn hoort bij een stap.',
    oplossing: 'Kies een bekende stap, en neem de termijn letterlijk over uit de tekst van het blok `:::inwoners` (of zet de termijn in die tekst).',
    examples: [
      {
        titel: 'Goed: de stap met de termijn uit de tekst',
        bestanden: {
          '02-wmo.md': wmoHoofdstuk({
            inwoners: null,
            delen: ':::inwoners{titel="Uw besluit" stap="besluit" termijn="binnen twee weken"}\nU krijgt binnen twee weken een besluit.\n:::',
          }),
        },
        verwacht: [],
      },
      {
        titel: 'Fout: onbekende stap, en een termijn die niet in de tekst staat',
        bestanden: {
          '02-wmo.md': wmoHoofdstuk({
            inwoners: null,
            delen: ':::inwoners{stap="besluiten" termijn="binnen acht weken"}\nU krijgt binnen twee weken een besluit.\n:::',
          }),
        },
        verwacht: [
          '02-wmo.md:11:13: Onbekende stap `besluiten`, bedoelt u `besluit`?',
          '02-wmo.md:11:30: De termijn “binnen acht weken” van artikel 2.1 staat niet in de tekst van `:::inwoners`, verwacht de termijn zoals de tekst hem noemt',
        ],
      },
      {
        titel: 'Fout: een termijn zonder stap',
        bestanden: {
          '02-wmo.md': wmoHoofdstuk({ inwoners: null, delen: ':::inwoners{termijn="binnen twee weken"}\nU krijgt binnen twee weken een besluit.\n:::' }),
        },
        verwacht: [`02-wmo.md:11:13: De termijn van artikel 2.1 hoort bij een stap, verwacht ook \`stap="…"\` (${procedureStappen.join(', ')})`],
      },
    ],
  },
  (tree, file) => {
    if (!hoofdstukContext(file)) return
    for (const node of artikelNodes(tree)) {
      const inwoners = node.children.find((child): child is ContainerDirective => isContainer(child, 'inwoners'))
      const attributes = inwoners?.attributes
      if (!inwoners || !attributes) continue
      const stap = attributes.stap?.trim()
      const termijn = attributes.termijn?.trim()
      if (stap && !(procedureStappen as readonly string[]).includes(stap)) {
        file.message(unknownName({ soort: 'stap', naam: stap, bekend: procedureStappen }), { place: attributePosition(file, inwoners, 'stap') })
      }
      if (!termijn) continue
      if (!stap) {
        file.message(`De termijn van ${artikelName(node)} hoort bij een stap, verwacht ook \`stap="…"\` (${procedureStappen.join(', ')})`, {
          place: attributePosition(file, inwoners, 'termijn'),
        })
      } else if (!gewoon(toString(inwoners.children)).includes(gewoon(termijn))) {
        file.message(
          `De termijn “${termijn}” van ${artikelName(node)} staat niet in de tekst van \`:::inwoners\`, verwacht de termijn zoals de tekst hem noemt`,
          { place: attributePosition(file, inwoners, 'termijn') },
        )
      }
    }
  },
)
