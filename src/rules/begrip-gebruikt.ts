/**
 * begrip-gebruikt: a begrip defined but never marked with `:begrip[…]` is
 * either superfluous or its uses are not marked (and so not explained).
 */

import { basisBegrippen, exampleBegrip } from './support/examples.ts'
import { defineRule } from './support/rule.ts'

export default defineRule(
  {
    ruleId: 'begrip-gebruikt',
    severity: 'warning',
    beschrijving:
      'Elk begrip in `begrippen.yml` komt ten minste één keer voor als `:begrip[…]`. Een begrip dat nergens zo staat, geeft een waarschuwing: is het overbodig, of is het gebruik niet gemarkeerd (en krijgt de inwoner dus geen uitleg)?',
    oplossing: 'Markeer het begrip in de tekst met `:begrip[term]`, of haal het uit `begrippen.yml`.',
    todo: {
      ongebruikt: { een: 'begrip dat nog nergens als :begrip[…] in de tekst staat', meer: 'begrippen die nog nergens als :begrip[…] in de tekst staan' },
    },
    examples: [
      { titel: 'Goed: het begrip wordt gebruikt', bestanden: {}, verwacht: [] },
      {
        titel: 'Waarschuwing: een begrip dat nergens staat',
        bestanden: {
          'begrippen.yml':
            basisBegrippen +
            exampleBegrip({
              term: 'mantelzorg',
              definitie: 'Hulp ten behoeve van zelfredzaamheid, die rechtstreeks voortvloeit uit een tussen personen bestaande sociale relatie.',
              uitleg: 'Zorg die u geeft aan iemand die dicht bij u staat.',
            }),
        },
        verwacht: [
          'begrippen.yml:4:9: Begrip `mantelzorg` wordt nergens gebruikt, verwacht ten minste één `:begrip[mantelzorg]` in de tekst (of haal het weg)',
        ],
      },
    ],
  },
  (_tree, file, todo) => {
    const context = file.data.context
    const registry = context?.registries.begrippen
    if (file.data.kind !== 'begrippen' || !context || !registry || context.hoofdstukken.length === 0) return
    registry.data.forEach((begrip, index) => {
      if (context.used.begrippen.has(begrip.term)) return
      const message = file.message(
        `Begrip \`${begrip.term}\` wordt nergens gebruikt, verwacht ten minste één \`:begrip[${begrip.term}]\` in de tekst (of haal het weg)`,
        {
          place: registry.place([index, 'term']),
        },
      )
      todo(message, 'ongebruikt')
    })
  },
)
