/**
 * kader-gebruikt: a kader that no artikel names is weighed nowhere the raad
 * can see; either an artikel is missing its `kader="…"`, or the kader is superfluous.
 */

import { exampleKader, wmoHoofdstuk } from './support/examples.ts'
import { defineRule } from './support/rule.ts'

export default defineRule(
  {
    ruleId: 'kader-gebruikt',
    severity: 'warning',
    beschrijving:
      'Elk kader in `kaders.yml` wordt door ten minste één artikel genoemd (`kader="…"`). Een kader dat geen artikel noemt, geeft een waarschuwing: bij welk artikel weegt het college dit kader mee?',
    oplossing: 'Noem het kader bij de artikelen waar het meeweegt (in elk geval bij het toetsingsartikel), of haal het uit `kaders.yml`.',
    examples: [
      {
        titel: 'Goed: het kader wordt genoemd',
        bestanden: { '02-wmo.md': wmoHoofdstuk({ kenmerken: 'kader="alle-kinderen-doen-mee"' }), 'kaders.yml': exampleKader() },
        verwacht: [],
      },
      {
        titel: 'Waarschuwing: geen artikel noemt het kader',
        bestanden: { '02-wmo.md': wmoHoofdstuk(), 'kaders.yml': exampleKader() },
        verwacht: [
          'kaders.yml:1:7: Kader `alle-kinderen-doen-mee` wordt door geen enkel artikel genoemd, verwacht ten minste één artikel met `kader="alle-kinderen-doen-mee"` (of haal het weg)',
        ],
      },
    ],
  },
  (_tree, file) => {
    const context = file.data.context
    const registry = context?.registries.kaders
    if (file.data.kind !== 'kaders' || !context || !registry || context.hoofdstukken.length === 0) return
    registry.data.forEach((kader, index) => {
      if (context.used.kaders.has(kader.id)) return
      file.message(
        `Kader \`${kader.id}\` wordt door geen enkel artikel genoemd, verwacht ten minste één artikel met \`kader="${kader.id}"\` (of haal het weg)`,
        { place: registry.place([index, 'id']) },
      )
    })
  },
)
