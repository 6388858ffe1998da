/**
 * indicator-register: each indicator measures an effect that exists, and
 * each figure in indicatoren.csv belongs to an indicator and fits its unit,
 * so the raad never sees a figure it cannot place.
 */
import { unknownName } from '../messages/suggest.ts'
import { formatWaarde, isPercentage } from '../model/indicatoren.ts'
import { exampleCijfers, exampleIndicator, verordeningMetCijfers } from './support/examples.ts'
import { defineRule } from './support/rule.ts'

export default defineRule(
  {
    ruleId: 'indicator-register',
    severity: 'error',
    beschrijving:
      'Elke indicator in `indicatoren.yml` heeft een eigen `id` en meet een effect uit `effecten.yml`. Elke regel in `indicatoren.csv` hoort bij een indicator uit `indicatoren.yml`, en een percentage (`eenheid: "%"`) ligt tussen 0 en 100.',
    oplossing:
      'Verbeter het id van het effect of de indicator (de melding noemt het id dat er het meest op lijkt), of voeg de indicator toe aan `indicatoren.yml`. Controleer bij een percentage boven 100 of het cijfer een aantal is: geef de indicator dan een andere `eenheid`.',
    examples: [
      {
        titel: 'Goed: een indicator voor een bestaand effect, met een cijfer',
        bestanden: { 'verordening.yml': verordeningMetCijfers, 'indicatoren.yml': exampleIndicator(), 'indicatoren.csv': exampleCijfers() },
        verwacht: [],
      },
      {
        titel: 'Fout: een onbekend effect, een onbekende indicator en een percentage boven 100',
        bestanden: {
          'verordening.yml': verordeningMetCijfers,
          'indicatoren.yml': exampleIndicator() + exampleIndicator({ id: 'eenzaam', effect: 'meedoem', richting: 'lager' }),
          'indicatoren.csv': exampleCijfers([
            'actief-buitenshuis,2024,61,definitief,cliëntervaringsonderzoek,2025-03-01',
            'actief-buitenshuis,2025,612,voorlopig,cliëntervaringsonderzoek,2026-03-01',
            'actief-buitenhuis,2025,64,voorlopig,cliëntervaringsonderzoek,2026-03-01',
          ]),
        },
        verwacht: [
          'indicatoren.csv:3:25: Waarde 612 % is meer dan 100 %, verwacht een percentage tussen 0 en 100 (of een andere `eenheid` voor `actief-buitenshuis` in indicatoren.yml)',
          'indicatoren.csv:4:1: Onbekende indicator `actief-buitenhuis`, bedoelt u `actief-buitenshuis`?',
          'indicatoren.yml:9:11: Onbekend effect `meedoem` bij indicator `eenzaam`, bedoelt u `meedoen`?',
        ],
      },
    ],
  },
  (_tree, file) => {
    const context = file.data.context
    if (!context) return
    const indicatoren = context.registries.indicatoren
    if (file.data.kind === 'indicatoren' && indicatoren) {
      const seen = new Map<string, number>()
      indicatoren.data.forEach((indicator, index) => {
        if (context.registries.effecten && !context.effectById.has(indicator.effect))
          file.message(unknownName({ soort: 'effect', naam: indicator.effect, bekend: context.effectById.keys(), waar: `bij indicator \`${indicator.id}\`` }), {
            place: indicatoren.place([index, 'effect']),
          })
        const first = seen.get(indicator.id)
        if (first === undefined) seen.set(indicator.id, index)
        else
          file.message(`Id \`${indicator.id}\` staat twee keer in het register (ook als item ${first + 1}), verwacht een eigen id voor elk item`, {
            place: indicatoren.place([index, 'id']),
          })
      })
    }
    const cijfers = context.registries.cijfers
    // Without a readable indicatoren.yml its own messages say why; every figure would be "unknown" too.
    if (file.data.kind !== 'cijfers' || !cijfers || indicatoren === null) return
    const byId = new Map((indicatoren?.data ?? []).map((indicator) => [indicator.id, indicator]))
    cijfers.data.forEach((cijfer, index) => {
      const indicator = byId.get(cijfer.indicator)
      if (!indicator) {
        file.message(unknownName({ soort: 'indicator', naam: cijfer.indicator, bekend: byId.keys() }), { place: cijfers.place([index, 'indicator']) })
        return
      }
      if (isPercentage(indicator) && (cijfer.waarde > 100 || cijfer.waarde < 0))
        file.message(
          `Waarde ${formatWaarde(cijfer.waarde, indicator)} is ${cijfer.waarde > 100 ? 'meer dan 100 %' : 'minder dan 0 %'}, verwacht een percentage tussen 0 en 100 (of een andere \`eenheid\` voor \`${indicator.id}\` in indicatoren.yml)`,
          { place: cijfers.place([index, 'waarde']) },
        )
    })
  },
)
