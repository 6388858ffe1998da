/**
 * artikel-grondslag: an artikel in an onderdeel per wet states the law article
 * that delegates the rule (its grondslag), so a judge and the accountant can
 * follow it. Grondslagen name a wet from verordening.yml: `wet:artikel`.
 */
import { attributePosition, tokens } from '../../src/parse/attributes.ts'
import { suggest } from '../../src/messages/suggest.ts'
import { defineRule } from '../rule.ts'
import { artikelName, artikelNodes, capitalize, hoofdstukContext, listIds } from '../walk.ts'
import { parseGrondslag } from '../verordening-model.ts'

const wmoHoofdstuk = (grondslag: string) => `---
hoofdstuk: 2
titel: Wmo
wet: wmo
---

::::artikel{nr="2.1" titel="Hulp thuis" effect="meedoen" grondwaarde="wmo.zelfredzaamheid"${grondslag}}
:::juridisch
Het college kan hulp bieden.
:::
:::inwoners
Wij kunnen u helpen.
:::
::::
`

export default defineRule(
  {
    ruleId: 'artikel-grondslag',
    severity: 'error',
    beschrijving:
      'Elk artikel in een hoofdstuk voor één wet (`wet:` in de kop van het bestand) noemt zijn grondslag: het wetsartikel waarop de regel steunt, als `grondslag="wet:artikel"`, bijvoorbeeld `grondslag="wmo:2.1.3"`. De wet staat in `wetten` van `verordening.yml`. Meer grondslagen scheidt u met een spatie.',
    oplossing:
      'Voeg `grondslag="wmo:2.1.3"` toe met de afkorting van de wet uit `verordening.yml`, een dubbele punt en het artikelnummer.',
    examples: [
      { titel: 'Goed: grondslag in de Wmo 2015', bestanden: { '02-wmo.md': wmoHoofdstuk(' grondslag="wmo:2.1.3 awb:4:84"') }, verwacht: [] },
      { titel: 'Fout: geen grondslag in een hoofdstuk voor één wet', bestanden: { '02-wmo.md': wmoHoofdstuk('') }, verwacht: ['02-wmo.md:7:1'] },
      { titel: 'Fout: een onbekende wet en een grondslag zonder artikel', bestanden: { '02-wmo.md': wmoHoofdstuk(' grondslag="wm:2.1.3 wmo"') }, verwacht: ['02-wmo.md:7:103', '02-wmo.md:7:112'] },
    ],
  },
  (tree, file) => {
    const context = hoofdstukContext(file)
    if (!context?.registries.verordening) return
    const wet = file.data.hoofdstuk?.wet ?? null
    for (const node of artikelNodes(tree)) {
      const grondslagen = tokens(node.attributes?.grondslag)
      if (grondslagen.length === 0 && wet) {
        file.message(
          `${capitalize(artikelName(node))} noemt geen grondslag, verwacht \`grondslag="${wet}:…"\` met het artikel uit de wet waarop deze regel steunt`,
          { place: node.data?.position?.opening ?? node.position },
        )
      }
      for (const token of grondslagen) {
        const grondslag = parseGrondslag(token)
        const place = attributePosition(file, node, 'grondslag', token)
        if (!context.wetten.has(grondslag.wet)) {
          const hint = suggest(grondslag.wet, [...context.wetten])
          file.message(`Onbekende wet \`${grondslag.wet}\` in de grondslag van ${artikelName(node)}, ${hint ? `bedoelt u \`${hint}\`?` : `verwacht een wet uit verordening.yml (${listIds(context.wetten)})`}`, { place })
        } else if (grondslag.artikel === '') {
          file.message(`Grondslag \`${token}\` van ${artikelName(node)} noemt geen artikel, verwacht \`${grondslag.wet}:artikelnummer\`, bijvoorbeeld \`${grondslag.wet}:2.1.3\``, { place })
        }
      }
    }
  },
)
