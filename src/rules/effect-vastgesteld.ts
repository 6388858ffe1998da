/**
 * effect-vastgesteld: the raad sets the effecten first (kaderstellende rol);
 * an artikel that builds on an effect still in concept is premature.
 */
import { attributePosition, tokens } from '../parse/attributes.ts'
import { exampleEffect } from './support/examples.ts'
import { defineRule } from './support/rule.ts'
import { artikelName, artikelNodes, hoofdstukContext } from './support/walk.ts'

export default defineRule(
  {
    ruleId: 'effect-vastgesteld',
    severity: 'warning',
    beschrijving:
      'Een artikel bouwt bij voorkeur op effecten die de raad al heeft vastgesteld. Noemt een artikel een effect met `status: concept`, dan volgt een waarschuwing.',
    oplossing:
      'Laat de raad het effect vaststellen en zet in `effecten.yml` `status: vastgesteld` met het `raadsbesluit`, of kies een effect dat al is vastgesteld.',
    todo: {
      'concept-effect': {
        een: 'verwijzing naar een effect dat de raad nog niet heeft vastgesteld',
        meer: 'verwijzingen naar een effect dat de raad nog niet heeft vastgesteld',
      },
    },
    examples: [
      {
        titel: 'Goed: het effect is vastgesteld',
        bestanden: {},
        verwacht: [],
      },
      {
        titel: 'Waarschuwing: het effect is nog een concept',
        bestanden: {
          'effecten.yml': exampleEffect({ status: 'concept', raadsbesluit: null }),
        },
        verwacht: [
          '01-algemeen.md:6:80: Effect `meedoen` in artikel 1.1 is nog niet vastgesteld door de raad (status: concept), verwacht een vastgesteld effect',
          '01-algemeen.md:15:82: Effect `meedoen` in artikel 1.2 is nog niet vastgesteld door de raad (status: concept), verwacht een vastgesteld effect',
        ],
      },
    ],
  },
  (tree, file, todo) => {
    const context = hoofdstukContext(file)
    if (!context) return
    for (const node of artikelNodes(tree)) {
      for (const id of tokens(node.attributes?.effect)) {
        const effect = context.effectById.get(id)
        if (effect?.status !== 'concept') continue
        todo(
          file.message(`Effect \`${id}\` in ${artikelName(node)} is nog niet vastgesteld door de raad (status: concept), verwacht een vastgesteld effect`, {
            place: attributePosition(file, node, 'effect', id),
          }),
          'concept-effect',
        )
      }
    }
  },
)
