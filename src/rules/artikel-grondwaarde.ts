/**
 * artikel-grondwaarde: every artikel names the grondwaarde (purpose of the
 * law) it serves — step 2 of the omgekeerde toets. In an onderdeel per wet the
 * grondwaarde belongs to that wet or is shared by several wetten.
 */

import { listIds, unknownName } from '../messages/suggest.ts'
import { attributePosition, tokens } from '../parse/attributes.ts'
import { grondwaardenMetPw, wmoHoofdstuk } from './support/examples.ts'
import { defineRule } from './support/rule.ts'
import { artikelName, artikelNodes, capitalize, hoofdstukContext, isExempt } from './support/walk.ts'

const hoofdstuk = (grondwaarde: string) => wmoHoofdstuk({ grondwaarde })

export default defineRule(
  {
    ruleId: 'artikel-grondwaarde',
    severity: 'error',
    beschrijving:
      'Elk artikel noemt in `grondwaarde="…"` ten minste één grondwaarde uit `grondwaarden.yml`. Elke genoemde grondwaarde bestaat. In een hoofdstuk voor één wet (`wet:` in de kop van het bestand) hoort de grondwaarde bij die wet, of is ze gedeeld (in `wetten` staan meer wetten). In de gemeenschappelijke kop (geen `wet:`) mag elke grondwaarde.',
    oplossing:
      'Noem het id van een grondwaarde, bijvoorbeeld `grondwaarde="wmo.zelfredzaamheid"`. Hoort de grondwaarde bij een andere wet, kies dan een grondwaarde van deze wet of voeg deze wet toe aan `wetten` van de grondwaarde.',
    todo: { 'zonder-grondwaarde': { een: 'artikel zonder grondwaarde', meer: 'artikelen zonder grondwaarde' } },
    examples: [
      { titel: 'Goed: een grondwaarde van de Wmo in het Wmo-hoofdstuk', bestanden: { '02-wmo.md': hoofdstuk('wmo.zelfredzaamheid') }, verwacht: [] },
      { titel: 'Goed: een gedeelde grondwaarde', bestanden: { '02-wmo.md': hoofdstuk('gedeeld.eigen-regie') }, verwacht: [] },
      {
        titel: 'Fout: een verschreven grondwaarde',
        bestanden: { '02-wmo.md': hoofdstuk('wmo.zelfredzaamheit') },
        verwacht: ['02-wmo.md:7:71: Onbekende grondwaarde `wmo.zelfredzaamheit` in artikel 2.1, bedoelt u `wmo.zelfredzaamheid`?'],
      },
      {
        titel: 'Fout: geen grondwaarde',
        bestanden: { '02-wmo.md': hoofdstuk('') },
        verwacht: [
          '02-wmo.md:7:1: Artikel 2.1 noemt geen grondwaarde, verwacht `grondwaarde="…"` met ten minste één grondwaarde uit grondwaarden.yml (`gedeeld.eigen-regie`, `wmo.zelfredzaamheid`)',
        ],
      },
      {
        titel: 'Fout: een grondwaarde van een andere wet',
        bestanden: {
          '02-wmo.md': hoofdstuk('pw.bestaansminimum'),
          'grondwaarden.yml': grondwaardenMetPw,
        },
        verwacht: [
          '02-wmo.md:7:71: Grondwaarde `pw.bestaansminimum` hoort bij de wet `pw` en niet bij `wmo`, de wet van dit hoofdstuk, verwacht een grondwaarde van `wmo` of een gedeelde grondwaarde (`gedeeld.eigen-regie`, `wmo.zelfredzaamheid`)',
        ],
      },
    ],
  },
  (tree, file, todo) => {
    const context = hoofdstukContext(file)
    if (!context?.registries.grondwaarden) return
    const wet = file.data.hoofdstuk?.wet ?? null
    const known = [...context.grondwaardeById.keys()]
    for (const node of artikelNodes(tree)) {
      const ids = tokens(node.attributes?.grondwaarde)
      if (ids.length === 0 && !isExempt(node, 'grondwaarde')) {
        todo(
          file.message(
            `${capitalize(artikelName(node))} noemt geen grondwaarde, verwacht \`grondwaarde="…"\` met ten minste één grondwaarde uit grondwaarden.yml (${listIds(known)})`,
            { place: node.data?.position?.opening ?? node.position },
          ),
          'zonder-grondwaarde',
        )
      }
      for (const id of ids) {
        const grondwaarde = context.grondwaardeById.get(id)
        const place = attributePosition(file, node, 'grondwaarde', id)
        if (!grondwaarde) {
          file.message(unknownName({ soort: 'grondwaarde', naam: id, bekend: known, waar: `in ${artikelName(node)}` }), { place })
          continue
        }
        if (wet && context.wetten.has(wet) && grondwaarde.wetten.length === 1 && !grondwaarde.wetten.includes(wet)) {
          const fitting = known.filter((other) => context.grondwaardeById.get(other)?.wetten.includes(wet))
          file.message(
            `Grondwaarde \`${id}\` hoort bij de wet \`${grondwaarde.wetten[0]}\` en niet bij \`${wet}\`, de wet van dit hoofdstuk, verwacht een grondwaarde van \`${wet}\` of een gedeelde grondwaarde${fitting.length > 0 ? ` (${listIds(fitting)})` : ''}`,
            { place },
          )
        }
      }
    }
  },
)
