/**
 * kader-register: the kaders in kaders.yml have unique ids and serve
 * effecten and grondwaarden that exist, so the raad can see what each kader is for.
 */
import { unknownName } from '../messages/suggest.ts'
import { exampleKader, wmoHoofdstuk } from './support/examples.ts'
import { defineRule } from './support/rule.ts'

export default defineRule(
  {
    ruleId: 'kader-register',
    severity: 'error',
    beschrijving:
      'Elk kader in `kaders.yml` heeft een eigen `id`. De `effecten` en `grondwaarden` die een kader dient, staan in `effecten.yml` en `grondwaarden.yml`.',
    oplossing: 'Geef elk kader een eigen id, en verbeter de ids van de effecten en grondwaarden (de melding noemt het id dat er het meest op lijkt).',
    examples: [
      {
        titel: 'Goed: een kader dat een bestaand effect en een bestaande grondwaarde dient',
        bestanden: { '02-wmo.md': wmoHoofdstuk({ kenmerken: 'kader="alle-kinderen-doen-mee"' }), 'kaders.yml': exampleKader() },
        verwacht: [],
      },
      {
        titel: 'Fout: een onbekend effect, een onbekende grondwaarde en een dubbel id',
        bestanden: {
          'kaders.yml': exampleKader({ effecten: ['meedoem'], grondwaarden: ['wmo.zelfredzaamheit'] }) + exampleKader({ titel: 'Nog een keer' }),
        },
        verwacht: [
          'kaders.yml:7:14: Onbekend effect `meedoem` bij kader `alle-kinderen-doen-mee`, bedoelt u `meedoen`?',
          'kaders.yml:8:18: Onbekende grondwaarde `wmo.zelfredzaamheit` bij kader `alle-kinderen-doen-mee`, bedoelt u `wmo.zelfredzaamheid`?',
          'kaders.yml:9:7: Id `alle-kinderen-doen-mee` staat twee keer in het register (ook als item 1), verwacht een eigen id voor elk item',
        ],
      },
    ],
  },
  (_tree, file) => {
    const context = file.data.context
    const registry = context?.registries.kaders
    if (file.data.kind !== 'kaders' || !context || !registry) return
    const seen = new Map<string, number>()
    registry.data.forEach((kader, index) => {
      if (context.registries.effecten) {
        kader.effecten.forEach((id, position) => {
          if (!context.effectById.has(id))
            file.message(unknownName({ soort: 'effect', naam: id, bekend: context.effectById.keys(), waar: `bij kader \`${kader.id}\`` }), {
              place: registry.place([index, 'effecten', position]),
            })
        })
      }
      if (context.registries.grondwaarden) {
        kader.grondwaarden.forEach((id, position) => {
          if (!context.grondwaardeById.has(id))
            file.message(unknownName({ soort: 'grondwaarde', naam: id, bekend: context.grondwaardeById.keys(), waar: `bij kader \`${kader.id}\`` }), {
              place: registry.place([index, 'grondwaarden', position]),
            })
        })
      }
      const first = seen.get(kader.id)
      if (first === undefined) seen.set(kader.id, index)
      else
        file.message(`Id \`${kader.id}\` staat twee keer in het register (ook als item ${first + 1}), verwacht een eigen id voor elk item`, {
          place: registry.place([index, 'id']),
        })
    })
  },
)
