/**
 * casus-verwijzing: a casus (casussen/*.md) refers to artikelen, effecten,
 * kaders and wetten that exist, and says through which artikel it deviated:
 * the signals for the raad (how often an artikel is set aside) count on it.
 */
import { listIds, unknownName } from '../messages/suggest.ts'
import { exampleCasus, exampleKader, wmoHoofdstuk } from './support/examples.ts'
import { defineRule } from './support/rule.ts'

export default defineRule(
  {
    ruleId: 'casus-verwijzing',
    severity: 'error',
    beschrijving:
      'Een casus in `casussen/` noemt in `artikelen` en `afwijking.van` artikelen die bestaan, in `effecten` effecten uit `effecten.yml`, in `kaders` kaders uit `kaders.yml` en in `wetten` wetten uit `verordening.yml`. Is afgeweken `via: hardheidsclausule` of `via: toetsingsartikel`, dan noemt `artikelen` dat artikel (van die soort).',
    oplossing:
      'Verbeter het nummer of id (de melding noemt wat er het meest op lijkt). Noem bij een afwijking ook het artikel waarmee is afgeweken, zoals de hardheidsclausule.',
    examples: [
      {
        titel: 'Goed: een casus die bestaande artikelen, effecten en kaders noemt',
        bestanden: {
          'casussen/2026-mevrouw-b.md': exampleCasus({ artikelen: ['1.1', '2.1'], kaders: ['alle-kinderen-doen-mee'] }),
          'kaders.yml': exampleKader(),
          '02-wmo.md': wmoHoofdstuk({ kenmerken: 'kader="alle-kinderen-doen-mee"' }),
        },
        verwacht: [],
      },
      {
        titel: 'Fout: een artikel dat niet bestaat, een verschreven effect en een afwijking zonder hardheidsclausule',
        bestanden: { 'casussen/2026-mevrouw-b.md': exampleCasus({ artikelen: ['1.1', '9.9'], effecten: ['meedoem'], via: 'hardheidsclausule', van: ['1.1'] }) },
        verwacht: [
          '2026-mevrouw-b.md:5:12: Onbekend effect `meedoem` in deze casus, bedoelt u `meedoen`?',
          '2026-mevrouw-b.md:6:20: Onbekend artikel `9.9` in deze casus, verwacht het nummer van een artikel in deze verordening (`1.1`, `1.2`)',
          '2026-mevrouw-b.md:9:8: De casus wijkt af via de hardheidsclausule, maar `artikelen` noemt die niet, verwacht ook artikel `1.2` in `artikelen`',
        ],
      },
    ],
  },
  (_tree, file) => {
    const context = file.data.context
    const parsed = file.data.casus
    if (file.data.kind !== 'casus' || !context || !parsed) return
    const { kop } = parsed.casus
    const artikel = (nr: string, path: Array<string | number>) => {
      if (context.artikelByNr.has(nr)) return
      file.message(unknownName({ soort: 'artikel', naam: nr, bekend: context.artikelByNr.keys(), waar: 'in deze casus', lijst: true }), {
        place: parsed.place(path),
      })
    }
    kop.wetten.forEach((wet, index) => {
      if (context.registries.verordening && !context.wetten.has(wet))
        file.message(unknownName({ soort: 'wet', naam: wet, bekend: context.wetten, waar: 'in deze casus' }), { place: parsed.place(['wetten', index]) })
    })
    kop.effecten.forEach((id, index) => {
      if (context.registries.effecten && !context.effectById.has(id))
        file.message(unknownName({ soort: 'effect', naam: id, bekend: context.effectById.keys(), waar: 'in deze casus' }), {
          place: parsed.place(['effecten', index]),
        })
    })
    if (context.hoofdstukken.length > 0) {
      kop.artikelen.forEach((nr, index) => artikel(nr, ['artikelen', index]))
      kop.afwijking.van.forEach((nr, index) => artikel(nr, ['afwijking', 'van', index]))
    }
    kop.kaders.forEach((id, index) => {
      // A kaders.yml that could not be read has its own messages.
      if (context.kaderById.has(id) || context.registries.kaders === null) return
      const verwacht = context.registries.kaders ? undefined : 'een id uit kaders.yml (maak dat register aan, zie docs/schrijven.md)'
      file.message(unknownName({ soort: 'kader', naam: id, bekend: context.kaderById.keys(), waar: 'in deze casus', verwacht }), {
        place: parsed.place(['kaders', index]),
      })
    })
    const via = kop.afwijking.via
    if ((via === 'hardheidsclausule' || via === 'toetsingsartikel') && context.hoofdstukken.length > 0) {
      const soortArtikelen = [...context.artikelByNr.values()]
        .filter(({ artikel: candidate }) => candidate.soort === via)
        .map(({ artikel: candidate }) => candidate.nr)
      if (soortArtikelen.length > 0 && !kop.artikelen.some((nr) => soortArtikelen.includes(nr))) {
        const naam = via === 'hardheidsclausule' ? 'de hardheidsclausule' : 'het toetsingsartikel'
        file.message(`De casus wijkt af via ${naam}, maar \`artikelen\` noemt die niet, verwacht ook artikel ${listIds(soortArtikelen)} in \`artikelen\``, {
          place: parsed.place(['afwijking', 'via']),
        })
      }
    }
  },
)
