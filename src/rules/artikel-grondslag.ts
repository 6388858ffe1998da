/**
 * artikel-grondslag: an artikel in an onderdeel per wet states the law article
 * that delegates the rule (its grondslag), so a judge and the accountant can
 * follow it. Grondslagen name a wet from verordening.yml: `wet:artikel`.
 */

import { unknownName } from '../messages/suggest.ts'
import { parseGrondslag } from '../model/verordening-model.ts'
import { attributePosition, tokens } from '../parse/attributes.ts'
import { wmoHoofdstuk } from './support/examples.ts'
import { defineRule } from './support/rule.ts'
import { artikelName, artikelNodes, capitalize, hoofdstukContext } from './support/walk.ts'

const hoofdstuk = (grondslag: string | null) => wmoHoofdstuk({ grondslag })

export default defineRule(
  {
    ruleId: 'artikel-grondslag',
    severity: 'error',
    beschrijving:
      'Elk artikel in een hoofdstuk voor één wet (`wet:` in de kop van het bestand) noemt zijn grondslag: het wetsartikel waarop de regel steunt, als `grondslag="wet:artikel"`, bijvoorbeeld `grondslag="wmo:2.1.3"`. De wet staat in `wetten` van `verordening.yml`. Meer grondslagen scheidt u met een spatie.',
    oplossing: 'Voeg `grondslag="wmo:2.1.3"` toe met de afkorting van de wet uit `verordening.yml`, een dubbele punt en het artikelnummer.',
    todo: { 'zonder-grondslag': { een: 'artikel zonder grondslag', meer: 'artikelen zonder grondslag' } },
    examples: [
      { titel: 'Goed: grondslag in de Wmo 2015', bestanden: { '02-wmo.md': hoofdstuk('wmo:2.1.3 awb:4:84') }, verwacht: [] },
      {
        titel: 'Fout: geen grondslag in een hoofdstuk voor één wet',
        bestanden: { '02-wmo.md': hoofdstuk(null) },
        verwacht: ['02-wmo.md:7:1: Artikel 2.1 noemt geen grondslag, verwacht `grondslag="wmo:…"` met het artikel uit de wet waarop deze regel steunt'],
      },
      {
        titel: 'Fout: een onbekende wet en een grondslag zonder artikel',
        bestanden: { '02-wmo.md': hoofdstuk('wm:2.1.3 wmo') },
        verwacht: [
          '02-wmo.md:7:103: Onbekende wet `wm` in de grondslag van artikel 2.1, bedoelt u `wmo`?',
          '02-wmo.md:7:112: Grondslag `wmo` van artikel 2.1 noemt geen artikel, verwacht `wmo:artikelnummer`, bijvoorbeeld `wmo:2.1.3`',
        ],
      },
    ],
  },
  (tree, file, todo) => {
    const context = hoofdstukContext(file)
    if (!context?.registries.verordening) return
    const wet = file.data.hoofdstuk?.wet ?? null
    for (const node of artikelNodes(tree)) {
      const grondslagen = tokens(node.attributes?.grondslag)
      if (grondslagen.length === 0 && wet) {
        todo(
          file.message(
            `${capitalize(artikelName(node))} noemt geen grondslag, verwacht \`grondslag="${wet}:…"\` met het artikel uit de wet waarop deze regel steunt`,
            { place: node.data?.position?.opening ?? node.position },
          ),
          'zonder-grondslag',
        )
      }
      for (const token of grondslagen) {
        const grondslag = parseGrondslag(token)
        const place = attributePosition(file, node, 'grondslag', token)
        if (!context.wetten.has(grondslag.wet)) {
          file.message(unknownName({ soort: 'wet', naam: grondslag.wet, bekend: context.wetten, waar: `in de grondslag van ${artikelName(node)}` }), { place })
        } else if (grondslag.artikel === '') {
          file.message(
            `Grondslag \`${token}\` van ${artikelName(node)} noemt geen artikel, verwacht \`${grondslag.wet}:artikelnummer\`, bijvoorbeeld \`${grondslag.wet}:2.1.3\``,
            { place },
          )
        }
      }
    }
  },
)
