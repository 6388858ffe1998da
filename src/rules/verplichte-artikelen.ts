/**
 * verplichte-artikelen: an omgekeerde verordening lays down the omgekeerde
 * toets as beoordelingskader (a toetsingsartikel) and has a hardheidsclausule,
 * so maatwerk stays toetsbaar for bezwaar, beroep and the accountant.
 */

import { algemeen, algemeenHoofdstuk } from './support/examples.ts'
import { defineRule } from './support/rule.ts'

export default defineRule(
  {
    ruleId: 'verplichte-artikelen',
    severity: 'error',
    beschrijving:
      'De verordening heeft een toetsingsartikel (`soort="toetsingsartikel"`: de omgekeerde toets in vier stappen als beoordelingskader) en een hardheidsclausule (`soort="hardheidsclausule"`). Zo staat de ruimte voor maatwerk in de regels zelf, toetsbaar voor bezwaar, beroep en de accountant. De melding staat bij het eerste hoofdstuk.',
    oplossing: 'Voeg in de gemeenschappelijke kop (meestal hoofdstuk 1) een artikel toe met `soort="toetsingsartikel"` en een met `soort="hardheidsclausule"`.',
    todo: {
      toetsingsartikel: { een: 'ontbrekend toetsingsartikel', meer: 'ontbrekende toetsingsartikelen' },
      hardheidsclausule: { een: 'ontbrekende hardheidsclausule', meer: 'ontbrekende hardheidsclausules' },
    },
    examples: [
      { titel: 'Goed: beide artikelen zijn er', bestanden: {}, verwacht: [] },
      {
        titel: 'Fout: geen hardheidsclausule',
        bestanden: {
          '01-algemeen.md': algemeenHoofdstuk([algemeen.toetsingsartikel]),
        },
        verwacht: [
          '01-algemeen.md:1:1: De verordening heeft geen artikel met `soort="hardheidsclausule"`, verwacht een hardheidsclausule, meestal in hoofdstuk 1',
        ],
      },
    ],
  },
  (_tree, file, todo) => {
    const context = file.data.context
    if (file.data.kind !== 'hoofdstuk' || !context) return
    // Report once, on the first hoofdstuk (the gemeenschappelijke kop).
    const first = [...context.hoofdstukken].sort((a, b) => a.hoofdstuk.nr - b.hoofdstuk.nr || a.file.path.localeCompare(b.file.path))[0]
    if (first?.file !== file) return
    const artikelen = context.verordening.hoofdstukken.flatMap((hoofdstuk) => hoofdstuk.artikelen)
    const wanted = [
      { soort: 'toetsingsartikel', wat: 'een toetsingsartikel (de omgekeerde toets in vier stappen als beoordelingskader)' },
      { soort: 'hardheidsclausule', wat: 'een hardheidsclausule' },
    ] as const
    for (const { soort, wat } of wanted) {
      if (artikelen.some((artikel) => artikel.soort === soort)) continue
      todo(
        file.message(`De verordening heeft geen artikel met \`soort="${soort}"\`, verwacht ${wat}, meestal in hoofdstuk 1`, { place: { line: 1, column: 1 } }),
        soort,
      )
    }
  },
)
