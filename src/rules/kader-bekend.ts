/**
 * kader-bekend: every kader an artikel names in `kader="…"` is in kaders.yml.
 * A kader is a line the raad (or college, wethouder) drew; an artikel that
 * names one that does not exist promises a weighing nobody can check.
 */

import { unknownName } from '../messages/suggest.ts'
import { attributePosition, tokens } from '../parse/attributes.ts'
import { exampleKader, wmoHoofdstuk } from './support/examples.ts'
import { defineRule } from './support/rule.ts'
import { artikelName, artikelNodes, hoofdstukContext } from './support/walk.ts'

export default defineRule(
  {
    ruleId: 'kader-bekend',
    severity: 'error',
    beschrijving:
      'Elk kader dat een artikel noemt in `kader="…"` staat in `kaders.yml`. Een artikel mag meer kaders noemen, gescheiden door spaties. Zonder `kaders.yml` kan een artikel geen kader noemen.',
    oplossing: 'Verbeter de schrijfwijze van het id (de melding noemt het id dat er het meest op lijkt), of zet het kader eerst in `kaders.yml`.',
    examples: [
      {
        titel: 'Goed: het artikel noemt een bestaand kader',
        bestanden: { '02-wmo.md': wmoHoofdstuk({ kenmerken: 'kader="alle-kinderen-doen-mee"' }), 'kaders.yml': exampleKader() },
        verwacht: [],
      },
      {
        titel: 'Fout: een verschreven kader',
        bestanden: { '02-wmo.md': wmoHoofdstuk({ kenmerken: 'kader="alle-kinderen-doen-mede"' }), 'kaders.yml': exampleKader() },
        verwacht: ['02-wmo.md:7:48: Onbekend kader `alle-kinderen-doen-mede` in artikel 2.1, bedoelt u `alle-kinderen-doen-mee`?'],
      },
      {
        titel: 'Fout: een kader zonder kaders.yml',
        bestanden: { '02-wmo.md': wmoHoofdstuk({ kenmerken: 'kader="geen-uithuiszetting"' }) },
        verwacht: [
          '02-wmo.md:7:48: Onbekend kader `geen-uithuiszetting` in artikel 2.1, verwacht een id uit kaders.yml (maak dat register aan, zie docs/schrijven.md)',
        ],
      },
    ],
  },
  (tree, file) => {
    const context = hoofdstukContext(file)
    // A kaders.yml that could not be read has its own messages; every kader would be unknown.
    if (!context || context.registries.kaders === null) return
    const known = [...context.kaderById.keys()]
    for (const node of artikelNodes(tree)) {
      for (const id of tokens(node.attributes?.kader)) {
        if (context.kaderById.has(id)) continue
        const verwacht = context.registries.kaders ? undefined : 'een id uit kaders.yml (maak dat register aan, zie docs/schrijven.md)'
        file.message(unknownName({ soort: 'kader', naam: id, bekend: known, waar: `in ${artikelName(node)}`, verwacht }), {
          place: attributePosition(file, node, 'kader', id),
        })
      }
    }
  },
)
