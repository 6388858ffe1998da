/**
 * grondwaarde-gebruikt: a grondwaarde no artikel serves is either missing
 * from the verordening or superfluous in the registry; the raad should see it.
 */

import { grondwaardenMetPw } from './support/examples.ts'
import { defineRule } from './support/rule.ts'

export default defineRule(
  {
    ruleId: 'grondwaarde-gebruikt',
    severity: 'warning',
    beschrijving:
      'Elke grondwaarde in `grondwaarden.yml` wordt door ten minste één artikel genoemd. Een grondwaarde die geen artikel noemt, geeft een waarschuwing: ontbreekt er een artikel, of is de grondwaarde overbodig?',
    oplossing: 'Noem de grondwaarde bij het artikel dat haar dient, of haal haar uit `grondwaarden.yml`.',
    todo: { ongebruikt: { een: 'grondwaarde die geen artikel noemt', meer: 'grondwaarden die geen artikel noemt' } },
    examples: [
      { titel: 'Goed: alle grondwaarden gebruikt', bestanden: {}, verwacht: [] },
      {
        titel: 'Waarschuwing: een grondwaarde die geen artikel noemt',
        bestanden: {
          'grondwaarden.yml': grondwaardenMetPw,
        },
        verwacht: [
          'grondwaarden.yml:9:7: Grondwaarde `pw.bestaansminimum` wordt door geen enkel artikel genoemd, verwacht ten minste één artikel met `grondwaarde="pw.bestaansminimum"` (of haal haar weg)',
        ],
      },
    ],
  },
  (_tree, file, todo) => {
    const context = file.data.context
    const registry = context?.registries.grondwaarden
    if (file.data.kind !== 'grondwaarden' || !context || !registry || context.hoofdstukken.length === 0) return
    registry.data.forEach((grondwaarde, index) => {
      if (context.used.grondwaarden.has(grondwaarde.id)) return
      const message = file.message(
        `Grondwaarde \`${grondwaarde.id}\` wordt door geen enkel artikel genoemd, verwacht ten minste één artikel met \`grondwaarde="${grondwaarde.id}"\` (of haal haar weg)`,
        {
          place: registry.place([index, 'id']),
        },
      )
      todo(message, 'ongebruikt')
    })
  },
)
