/**
 * artikel-effect: every artikel names at least one effect from effecten.yml.
 * The omgekeerde toets starts at the effect, so an artikel without one has
 * no reason to exist in an omgekeerde verordening.
 */
import { attributePosition, tokens } from '../../src/parse/attributes.ts'
import { suggest } from '../../src/messages/suggest.ts'
import { defineRule } from '../rule.ts'
import { artikelName, artikelNodes, capitalize, hoofdstukContext, isExempt, listIds } from '../walk.ts'

export default defineRule(
  {
    ruleId: 'artikel-effect',
    severity: 'error',
    beschrijving:
      'Elk artikel noemt in `effect="…"` ten minste één effect uit `effecten.yml`, en elk genoemd effect bestaat. Artikelen met een soort die daarvan is vrijgesteld (zoals `citeertitel`) hoeven geen effect te noemen.',
    oplossing:
      'Voeg het id van een effect toe, bijvoorbeeld `effect="zelfstandig-thuis"`, of verbeter de schrijfwijze. Bestaat het effect nog niet, zet het dan eerst in `effecten.yml`.',
    examples: [
      {
        titel: 'Goed: het artikel noemt een bestaand effect',
        bestanden: {
          '02-wmo.md': `---
hoofdstuk: 2
titel: Wmo
wet: wmo
---

::::artikel{nr="2.1" titel="Hulp thuis" effect="meedoen" grondwaarde="wmo.zelfredzaamheid" grondslag="wmo:2.3.5"}
:::juridisch
Het college kan hulp bieden.
:::
:::inwoners
Wij kunnen u helpen.
:::
::::
`,
        },
        verwacht: [],
      },
      {
        titel: 'Fout: een effect dat niet bestaat, en een artikel zonder effect',
        bestanden: {
          '02-wmo.md': `---
hoofdstuk: 2
titel: Wmo
wet: wmo
---

::::artikel{nr="2.1" titel="Hulp thuis" effect="meedoem" grondwaarde="wmo.zelfredzaamheid" grondslag="wmo:2.3.5"}
:::juridisch
Het college kan hulp bieden.
:::
:::inwoners
Wij kunnen u helpen.
:::
::::

::::artikel{nr="2.2" titel="Meer hulp" grondwaarde="wmo.zelfredzaamheid" grondslag="wmo:2.3.5"}
:::juridisch
Het college kan meer hulp bieden.
:::
:::inwoners
Wij kunnen u meer helpen.
:::
::::
`,
        },
        verwacht: ['02-wmo.md:7:49', '02-wmo.md:16:1'],
      },
    ],
  },
  (tree, file) => {
    const context = hoofdstukContext(file)
    if (!context?.registries.effecten) return
    for (const node of artikelNodes(tree)) {
      const ids = tokens(node.attributes?.effect)
      if (ids.length === 0 && !isExempt(node, 'effect')) {
        file.message(
          `${capitalize(artikelName(node))} noemt geen effect, verwacht \`effect="…"\` met ten minste één effect uit effecten.yml (${listIds(context.effectById.keys())})`,
          { place: node.data?.position?.opening ?? node.position },
        )
      }
      for (const id of ids) {
        if (context.effectById.has(id)) continue
        const hint = suggest(id, [...context.effectById.keys()])
        file.message(
          `Onbekend effect \`${id}\` in ${artikelName(node)}, ${hint ? `bedoelt u \`${hint}\`?` : `verwacht een id uit effecten.yml (${listIds(context.effectById.keys())})`}`,
          { place: attributePosition(file, node, 'effect', id) },
        )
      }
    }
  },
)

