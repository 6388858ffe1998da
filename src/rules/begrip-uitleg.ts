/**
 * begrip-uitleg: every begrip has an uitleg in plain language, because the
 * inwonersversie shows it where the begrip stands. The juridische definitie
 * alone is not enough. An imported verordening brings its definities but no
 * uitleg yet: in a concept that is on the to-do list, not an error.
 */

import { exampleBegrip } from './support/examples.ts'
import { defineRule } from './support/rule.ts'

export default defineRule(
  {
    ruleId: 'begrip-uitleg',
    severity: 'error',
    beschrijving:
      'Elk begrip in `begrippen.yml` heeft naast de `definitie` een `uitleg`: één of twee korte zinnen in eenvoudige taal, die de inwoner ziet waar het begrip staat. In een concept (`status: concept`) staat een begrip zonder uitleg op de lijst “Nog te doen”.',
    oplossing: 'Schrijf onder de definitie `uitleg: …` in eenvoudige taal, bijvoorbeeld `uitleg: De burgemeester en de wethouders samen.`',
    todo: { 'zonder-uitleg': { een: 'begrip zonder uitleg', meer: 'begrippen zonder uitleg' } },
    examples: [
      { titel: 'Goed: het begrip heeft een uitleg', bestanden: {}, verwacht: [] },
      {
        titel: 'Fout (in een concept: nog te doen): een begrip zonder uitleg',
        bestanden: { 'begrippen.yml': exampleBegrip({ term: 'college', definitie: 'Het college van burgemeester en wethouders van de gemeente.' }) },
        verwacht: ['begrippen.yml:1:9: Begrip `college` heeft geen uitleg, verwacht `uitleg: …` in eenvoudige taal onder de definitie'],
      },
    ],
  },
  (_tree, file, todo) => {
    const registry = file.data.context?.registries.begrippen
    if (file.data.kind !== 'begrippen' || !registry) return
    registry.data.forEach((begrip, index) => {
      if (begrip.uitleg !== undefined) return
      todo(
        file.message(`Begrip \`${begrip.term}\` heeft geen uitleg, verwacht \`uitleg: …\` in eenvoudige taal onder de definitie`, {
          place: registry.place([index, 'term']),
        }),
        'zonder-uitleg',
      )
    })
  },
)
