/**
 * indicator-actueel: the raad checks whether its effecten are reached, so an
 * effect it vastgesteld has an indicator, and the figures are recent. Only
 * once the verordening has indicatoren.yml: before that, the effect's own
 * `indicator` text is all there is, and every new verordening would warn.
 */
import { defaultVerouderd, jaarVan, periodeLabel, reeksVan } from '../model/indicatoren.ts'
import { nu } from '../sources/nu.ts'
import { exampleCijfers, exampleEffect, exampleIndicator, verordeningMetCijfers } from './support/examples.ts'
import { defineRule } from './support/rule.ts'

export default defineRule(
  {
    ruleId: 'indicator-actueel',
    severity: 'warning',
    beschrijving:
      'Heeft de verordening een `indicatoren.yml`, dan heeft elk effect dat de raad heeft vastgesteld ten minste één indicator, zodat de raad kan zien of het effect wordt bereikt. En de nieuwste cijfers van een indicator in `indicatoren.csv` zijn niet ouder dan `indicatoren: { verouderd: … }` jaar in `verordening.yml` (standaard 2): anders kijkt de raad naar oude cijfers.',
    oplossing:
      'Voeg in `indicatoren.yml` een indicator toe met `effect:` het id van het effect. Vul `indicatoren.csv` aan met de nieuwste cijfers; komen ze van het CBS, dan haalt `verordening indicatoren haal` ze op.',
    examples: [
      {
        titel: 'Goed: het vastgestelde effect heeft een indicator met recente cijfers',
        bestanden: { 'verordening.yml': verordeningMetCijfers, 'indicatoren.yml': exampleIndicator(), 'indicatoren.csv': exampleCijfers() },
        verwacht: [],
      },
      {
        titel: 'Fout: een vastgesteld effect zonder indicator, en cijfers van lang geleden',
        bestanden: {
          'effecten.yml':
            exampleEffect() +
            exampleEffect({ id: 'aan-het-werk', titel: 'Aan het werk', vraag: 'Ik wil werk', tekst: 'U heeft werk dat bij u past.', levensdomein: 'Werk' }),
          'indicatoren.yml': exampleIndicator(),
          'indicatoren.csv': exampleCijfers(['actief-buitenshuis,2001,61,definitief,cliëntervaringsonderzoek,2002-03-01']),
        },
        verwacht: [
          'effecten.yml:9:7: Vastgesteld effect `aan-het-werk` heeft geen indicator, verwacht in indicatoren.yml een indicator met `effect: aan-het-werk`, zodat de raad ziet of het effect wordt bereikt',
          'indicatoren.yml:1:7: De nieuwste cijfers van indicator `actief-buitenshuis` zijn van 2001, meer dan 2 jaar geleden: de raad kijkt naar oude cijfers, verwacht nieuwere cijfers in indicatoren.csv',
        ],
      },
    ],
  },
  (_tree, file) => {
    const context = file.data.context
    const indicatoren = context?.registries.indicatoren
    if (!context || !indicatoren) return
    const effecten = context.registries.effecten
    if (file.data.kind === 'effecten' && effecten) {
      const measured = new Set(indicatoren.data.map((indicator) => indicator.effect))
      effecten.data.forEach((effect, index) => {
        if (effect.status !== 'vastgesteld' || measured.has(effect.id)) return
        file.message(
          `Vastgesteld effect \`${effect.id}\` heeft geen indicator, verwacht in indicatoren.yml een indicator met \`effect: ${effect.id}\`, zodat de raad ziet of het effect wordt bereikt`,
          { place: effecten.place([index, 'id']) },
        )
      })
    }
    const cijfers = context.registries.cijfers
    if (file.data.kind !== 'indicatoren' || !cijfers) return
    const verouderd = context.verordening.meta.indicatoren?.verouderd ?? defaultVerouderd
    const thisYear = nu().getFullYear()
    indicatoren.data.forEach((indicator, index) => {
      const newest = reeksVan(cijfers.data, indicator.id).at(-1)
      if (!newest || thisYear - Math.floor(jaarVan(newest)) <= verouderd) return
      file.message(
        `De nieuwste cijfers van indicator \`${indicator.id}\` zijn van ${periodeLabel(newest.periode)}, meer dan ${verouderd === 1 ? '1 jaar' : `${verouderd} jaar`} geleden: de raad kijkt naar oude cijfers, verwacht nieuwere cijfers in indicatoren.csv`,
        { place: indicatoren.place([index, 'id']) },
      )
    })
  },
)
