/**
 * variant-gemeenten: a `:::variant` names the gemeenten it holds for, each an
 * id from gemeenten.yml. A misspelt id would silently leave the variant out of
 * that gemeente's verordening.
 */
import type { ContainerDirective } from 'mdast-util-directive'
import { visit } from 'unist-util-visit'
import { unknownName } from '../messages/suggest.ts'
import { attributePosition } from '../parse/attributes.ts'
import { isVariant, variantGemeenten } from '../parse/regio-directives.ts'
import { exampleGemeenten, variantHoofdstuk } from './support/regio-examples.ts'
import { defineRule } from './support/rule.ts'
import { hoofdstukContext } from './support/walk.ts'

const metVariant = (gemeenten: string) =>
  variantHoofdstuk(`Het college kan hulp bieden.\n\n:::variant{gemeenten="${gemeenten}"}\nHet college kan ook een toeslag geven.\n:::`)

export default defineRule(
  {
    ruleId: 'variant-gemeenten',
    severity: 'error',
    beschrijving:
      'Een blok `:::variant{gemeenten="…"}` geldt alleen voor de gemeenten die het noemt, elk met zijn id uit gemeenten.yml. Een verschreven id zou de variant stil weglaten bij die gemeente. Zonder gemeenten.yml heeft een variant geen betekenis.',
    oplossing:
      'Verbeter de id (de melding noemt de id die er het meest op lijkt) of zet de gemeente in gemeenten.yml. Een blok binnen een ander blok heeft minder dubbele punten dan dat blok: `:::variant` in `::::juridisch`, en dat in `:::::artikel`.',
    examples: [
      {
        titel: 'Goed: een variant voor een bekende gemeente',
        bestanden: { 'gemeenten.yml': exampleGemeenten(), '02-wmo.md': metVariant('aadorp') },
        verwacht: [],
      },
      {
        titel: 'Fout: een verschreven gemeente',
        bestanden: { 'gemeenten.yml': exampleGemeenten(), '02-wmo.md': metVariant('aadrop') },
        verwacht: ['02-wmo.md:11:23: Onbekende gemeente `aadrop` in `:::variant`, bedoelt u `aadorp`?'],
      },
      {
        titel: 'Fout: een variant zonder gemeenten.yml',
        bestanden: { '02-wmo.md': metVariant('aadorp') },
        verwacht: [
          '02-wmo.md:11:1: Het blok `:::variant` werkt alleen in een tekst voor meer gemeenten, verwacht een bestand gemeenten.yml naast verordening.yml',
        ],
      },
    ],
  },
  (tree, file) => {
    const context = hoofdstukContext(file)
    if (!context) return
    const register = context.registries.gemeenten
    if (register === null) return
    if (register === undefined) {
      // Most texts have no variant at all: a look at the source is cheaper than a walk through the tree.
      if (!String(file.value).includes(':variant')) return
      visit(tree, (node) => {
        if (!isVariant(node)) return
        file.message('Het blok `:::variant` werkt alleen in een tekst voor meer gemeenten, verwacht een bestand gemeenten.yml naast verordening.yml', {
          place: node.data?.position?.opening ?? node.position,
        })
      })
      return
    }
    // The tree of one gemeente has its variants resolved; the source's variants were kept beside it.
    const bekend = register.data.gemeenten.map((gemeente) => gemeente.id)
    for (const { node } of file.data.regio?.bron.varianten ?? []) check(node, bekend)

    function check(variant: ContainerDirective, known: string[]): void {
      const ids = variantGemeenten(variant)
      if (ids.length === 0) {
        file.message(`Het blok \`:::variant\` noemt geen gemeenten, verwacht \`gemeenten="…"\` met ids uit gemeenten.yml (${known.join(', ')})`, {
          place: variant.data?.position?.opening ?? variant.position,
        })
        return
      }
      for (const id of ids) {
        if (known.includes(id)) continue
        file.message(unknownName({ soort: 'gemeente', naam: id, bekend: known, waar: 'in `:::variant`' }), {
          place: attributePosition(file, variant, 'gemeenten', id),
        })
      }
    }
  },
)
