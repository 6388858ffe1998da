/**
 * effect-eigen-artikel: an effect that only general artikelen name (doel,
 * toets, procedure, slotbepalingen: src/model/reikwijdte.ts) has no rule made
 * for it. That is a gap the raad must see, as on the raadsoverzicht.
 */
import { isAlgemeen } from '../model/reikwijdte.ts'
import { algemeen, algemeenHoofdstuk, exampleEffect, wmoHoofdstuk } from './support/examples.ts'
import { defineRule } from './support/rule.ts'

const tweeEffecten =
  exampleEffect() +
  exampleEffect({
    id: 'schuldenvrij',
    titel: 'Zonder zorgen over geld',
    vraag: 'Ik heb schulden',
    tekst: 'U heeft geen problematische schulden meer.',
    levensdomein: 'Financiën',
    indicator: 'Aantal huishoudens met problematische schulden',
  })

export default defineRule(
  {
    ruleId: 'effect-eigen-artikel',
    severity: 'warning',
    beschrijving:
      'Een effect heeft ten minste één eigen artikel: een artikel in een hoofdstuk per wet (met `wet:` in de kop) dat het effect noemt. Algemene artikelen gelden voor elk effect en tellen niet mee: alle artikelen van een hoofdstuk zonder `wet:` (algemene bepalingen, toegang en procedure, slotbepalingen) en artikelen met `soort` `doel`, `toetsingsartikel` of `hardheidsclausule`. Een effect dat alleen algemene artikelen noemen, is een gat; het raadsoverzicht toont het in het rood. Heeft de verordening nog geen hoofdstuk per wet, dan zwijgt deze controle.',
    oplossing:
      'Schrijf een artikel voor dit effect in het hoofdstuk van de wet die eraan bijdraagt, of noem het effect bij een bestaand artikel dat er echt aan bijdraagt.',
    examples: [
      { titel: 'Goed: het effect heeft een eigen artikel in het hoofdstuk van de Wmo', bestanden: { '02-wmo.md': wmoHoofdstuk() }, verwacht: [] },
      {
        titel: 'Waarschuwing: alleen de omgekeerde toets noemt het effect',
        bestanden: {
          'effecten.yml': tweeEffecten,
          '01-algemeen.md': algemeenHoofdstuk([{ ...algemeen.toetsingsartikel, effect: 'meedoen schuldenvrij' }, algemeen.hardheidsclausule]),
          '02-wmo.md': wmoHoofdstuk(),
        },
        verwacht: [
          'effecten.yml:9:7: Effect `schuldenvrij` wordt alleen door algemene artikelen gerealiseerd (1.1), verwacht ten minste één eigen artikel in een hoofdstuk per wet met `effect="schuldenvrij"`',
        ],
      },
    ],
  },
  (_tree, file) => {
    const context = file.data.context
    const registry = context?.registries.effecten
    if (file.data.kind !== 'effecten' || !context || !registry) return
    const hoofdstukken = context.verordening.hoofdstukken
    if (!hoofdstukken.some((hoofdstuk) => hoofdstuk.wet !== null)) return
    const algemene = new Map<string, string[]>()
    const eigen = new Set<string>()
    for (const hoofdstuk of hoofdstukken) {
      for (const artikel of hoofdstuk.artikelen) {
        const general = isAlgemeen(artikel, hoofdstuk)
        for (const id of artikel.effecten) {
          if (!general) eigen.add(id)
          else algemene.set(id, [...(algemene.get(id) ?? []), artikel.nr])
        }
      }
    }
    registry.data.forEach((effect, index) => {
      const nrs = algemene.get(effect.id)
      if (eigen.has(effect.id) || !nrs) return
      file.message(
        `Effect \`${effect.id}\` wordt alleen door algemene artikelen gerealiseerd (${nrs.join(', ')}), verwacht ten minste één eigen artikel in een hoofdstuk per wet met \`effect="${effect.id}"\``,
        {
          place: registry.place([index, 'id']),
        },
      )
    })
  },
)
