/**
 * effect-gerealiseerd: the raad sets effecten so the verordening realises
 * them; a vastgesteld effect that no artikel names is a gap the raad must see.
 */

import { exampleEffect } from './support/examples.ts'
import { defineRule } from './support/rule.ts'

const tweeEffecten = (status: 'vastgesteld' | 'concept') =>
  exampleEffect() +
  exampleEffect({
    id: 'schuldenvrij',
    titel: 'Zonder zorgen over geld',
    vraag: 'Ik heb schulden',
    tekst: 'U heeft geen problematische schulden meer.',
    levensdomein: 'Financiën',
    indicator: 'Aantal huishoudens met problematische schulden',
    status,
    raadsbesluit: '{ datum: 2026-06-01, kenmerk: RB-2026-002 }',
  })

export default defineRule(
  {
    ruleId: 'effect-gerealiseerd',
    severity: 'error',
    beschrijving:
      'Elk effect dat de raad heeft vastgesteld (`status: vastgesteld`), wordt door ten minste één artikel gerealiseerd: een artikel noemt het in `effect="…"`. Een vastgesteld effect zonder artikel is een gat in de verordening. Een effect dat nog concept is, hoeft nog geen artikel te hebben.',
    oplossing: 'Noem het effect bij het artikel dat eraan bijdraagt, of schrijf een artikel voor dit effect.',
    todo: { 'niet-gerealiseerd': { een: 'vastgesteld effect zonder artikel', meer: 'vastgestelde effecten zonder artikel' } },
    examples: [
      { titel: 'Goed: een concept-effect hoeft nog geen artikel', bestanden: { 'effecten.yml': tweeEffecten('concept') }, verwacht: [] },
      {
        titel: 'Fout: een vastgesteld effect zonder artikel',
        bestanden: { 'effecten.yml': tweeEffecten('vastgesteld') },
        verwacht: [
          'effecten.yml:9:7: Vastgesteld effect `schuldenvrij` wordt door geen enkel artikel gerealiseerd, verwacht ten minste één artikel met `effect="schuldenvrij"`',
        ],
      },
    ],
  },
  (_tree, file, todo) => {
    const context = file.data.context
    const registry = context?.registries.effecten
    if (file.data.kind !== 'effecten' || !context || !registry || context.hoofdstukken.length === 0) return
    registry.data.forEach((effect, index) => {
      if (effect.status !== 'vastgesteld' || context.used.effecten.has(effect.id)) return
      const message = file.message(
        `Vastgesteld effect \`${effect.id}\` wordt door geen enkel artikel gerealiseerd, verwacht ten minste één artikel met \`effect="${effect.id}"\``,
        {
          place: registry.place([index, 'id']),
        },
      )
      todo(message, 'niet-gerealiseerd')
    })
  },
)
