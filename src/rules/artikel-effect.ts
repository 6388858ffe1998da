/**
 * artikel-effect: every artikel names at least one effect from effecten.yml.
 * The omgekeerde toets starts at the effect, so an artikel without one has
 * no reason to exist in an omgekeerde verordening.
 */

import { listIds, unknownName } from '../messages/suggest.ts'
import { attributePosition, tokens } from '../parse/attributes.ts'
import { exampleHoofdstuk } from './support/examples.ts'
import { defineRule } from './support/rule.ts'
import { artikelName, artikelNodes, capitalize, hoofdstukContext, isExempt } from './support/walk.ts'

export default defineRule(
  {
    ruleId: 'artikel-effect',
    severity: 'error',
    beschrijving:
      'Elk artikel noemt in `effect="…"` ten minste één effect uit `effecten.yml`, en elk genoemd effect bestaat. Artikelen met een soort die daarvan is vrijgesteld (zoals `citeertitel`) hoeven geen effect te noemen.',
    oplossing:
      'Voeg het id van een effect toe, bijvoorbeeld `effect="zelfstandig-thuis"`, of verbeter de schrijfwijze. Bestaat het effect nog niet, zet het dan eerst in `effecten.yml`.',
    todo: { 'zonder-effect': { een: 'artikel zonder effect', meer: 'artikelen zonder effect' } },
    examples: [
      { titel: 'Goed: het artikel noemt een bestaand effect', bestanden: { '02-wmo.md': exampleHoofdstuk() }, verwacht: [] },
      {
        titel: 'Fout: een effect dat niet bestaat, en een artikel zonder effect',
        bestanden: {
          '02-wmo.md': exampleHoofdstuk({
            artikelen: [
              { effect: 'meedoem' },
              { nr: '2.2', titel: 'Meer hulp', effect: null, juridisch: 'Het college kan meer hulp bieden.', inwoners: 'Wij kunnen u meer helpen.' },
            ],
          }),
        },
        verwacht: [
          '02-wmo.md:7:49: Onbekend effect `meedoem` in artikel 2.1, bedoelt u `meedoen`?',
          '02-wmo.md:16:1: Artikel 2.2 noemt geen effect, verwacht `effect="…"` met ten minste één effect uit effecten.yml (`meedoen`)',
        ],
      },
    ],
  },
  (tree, file, todo) => {
    const context = hoofdstukContext(file)
    if (!context?.registries.effecten) return
    for (const node of artikelNodes(tree)) {
      const ids = tokens(node.attributes?.effect)
      if (ids.length === 0 && !isExempt(node, 'effect')) {
        todo(
          file.message(
            `${capitalize(artikelName(node))} noemt geen effect, verwacht \`effect="…"\` met ten minste één effect uit effecten.yml (${listIds(context.effectById.keys())})`,
            { place: node.data?.position?.opening ?? node.position },
          ),
          'zonder-effect',
        )
      }
      for (const id of ids) {
        if (context.effectById.has(id)) continue
        file.message(unknownName({ soort: 'effect', naam: id, bekend: context.effectById.keys(), waar: `in ${artikelName(node)}` }), {
          place: attributePosition(file, node, 'effect', id),
        })
      }
    }
  },
)
