/**
 * casus-afwijking: the sources name the risk that deviation becomes the norm
 * without anyone changing the rule. When the casussen set an artikel aside
 * at least N times (`casuistiek.signaal` in verordening.yml, default 3), the
 * raad hears it at the artikel.
 */

import { listIds } from '../messages/suggest.ts'
import { defaultAfwijkingSignaal } from '../model/context.ts'
import { exampleCasus } from './support/examples.ts'
import { defineRule } from './support/rule.ts'
import { artikelNodes, hoofdstukContext } from './support/walk.ts'

const afwijking = (titel: string) => exampleCasus({ titel, artikelen: ['1.2'], via: 'hardheidsclausule', van: ['1.1'] })

export default defineRule(
  {
    ruleId: 'casus-afwijking',
    severity: 'warning',
    beschrijving: `Als in ten minste N casussen van hetzelfde artikel is afgeweken (\`afwijking.van\`), geeft dat artikel een waarschuwing: afwijken wordt de norm. N staat in \`verordening.yml\` als \`casuistiek: { signaal: N }\` (standaard ${defaultAfwijkingSignaal}).`,
    oplossing:
      'Bespreek het artikel met de raad: past de regel nog bij de praktijk? Wijzig het artikel, of leg in het artikel zelf vast wanneer afwijken mag (zoals artikel 3.4 van het voorbeeld doet voor de kostendelersnorm).',
    examples: [
      {
        titel: 'Goed: twee afwijkingen, onder de drempel',
        bestanden: { 'casussen/2026-a.md': afwijking('Casus A'), 'casussen/2026-b.md': afwijking('Casus B') },
        verwacht: [],
      },
      {
        titel: 'Waarschuwing: drie casussen wijken af van hetzelfde artikel',
        bestanden: { 'casussen/2026-a.md': afwijking('Casus A'), 'casussen/2026-b.md': afwijking('Casus B'), 'casussen/2026-c.md': afwijking('Casus C') },
        verwacht: [
          '01-algemeen.md:6:1: Van artikel 1.1 is in 3 casussen afgeweken (`2026-a`, `2026-b`, `2026-c`), verwacht minder dan 3 (`casuistiek.signaal` in verordening.yml): afwijken wordt de norm: overweeg het artikel te wijzigen',
        ],
      },
    ],
  },
  (tree, file) => {
    const context = hoofdstukContext(file)
    if (!context || context.casussen.length === 0) return
    const signaal = context.verordening.meta.casuistiek?.signaal ?? defaultAfwijkingSignaal
    for (const node of artikelNodes(tree)) {
      const nr = node.attributes?.nr
      const found = nr ? context.casuistiek.get(nr) : undefined
      if (!nr || !found || found.afgeweken.length < signaal || context.artikelByNr.get(nr)?.hoofdstuk.bestand !== file.data.hoofdstuk?.bestand) continue
      file.message(
        `Van artikel ${nr} is in ${found.afgeweken.length} casussen afgeweken (${listIds(found.afgeweken)}), verwacht minder dan ${signaal} (\`casuistiek.signaal\` in verordening.yml): afwijken wordt de norm: overweeg het artikel te wijzigen`,
        { place: node.data?.position?.opening ?? node.position },
      )
    }
  },
)
