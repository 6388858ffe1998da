/**
 * begrip-gedefinieerd: every `:begrip[…]` refers to a begrip in
 * begrippen.yml, so the site can explain it in place.
 */
import type { TextDirective } from 'mdast-util-directive'
import { visit } from 'unist-util-visit'
import { unknownName } from '../messages/suggest.ts'
import { begripKey } from '../model/context.ts'
import { wmoHoofdstuk } from './support/examples.ts'
import { defineRule } from './support/rule.ts'
import { hoofdstukContext } from './support/walk.ts'

const hoofdstuk = (tekst: string) => wmoHoofdstuk({ juridisch: tekst })

export default defineRule(
  {
    ruleId: 'begrip-gedefinieerd',
    severity: 'error',
    beschrijving:
      'Elk `:begrip[…]` staat in `begrippen.yml`: de tekst tussen de haken is de `term` of een van de `vormen` (hoofdletters tellen niet). Wilt u een andere vorm tonen, gebruik dan `:begrip[tekst]{term="term"}`.',
    oplossing: 'Verbeter de schrijfwijze, voeg de vorm toe aan `vormen` van het begrip, of zet het begrip met een definitie en uitleg in `begrippen.yml`.',
    examples: [
      {
        titel: 'Goed: een begrip en een andere vorm ervan',
        bestanden: { '02-wmo.md': hoofdstuk('Het :begrip[College] en de :begrip[colleges]{term="college"} beslissen.') },
        verwacht: [],
      },
      {
        titel: 'Fout: een begrip dat niet bestaat',
        bestanden: { '02-wmo.md': hoofdstuk('Het :begrip[colege] beslist.') },
        verwacht: ['02-wmo.md:9:5: Begrip `colege` staat niet in begrippen.yml, bedoelt u `college`?'],
      },
    ],
  },
  (tree, file) => {
    const context = hoofdstukContext(file)
    if (!context?.registries.begrippen) return
    visit(tree, 'textDirective', (node: TextDirective) => {
      if (node.name !== 'begrip') return
      const key = begripKey(node)
      if (context.begripByForm.has(key)) return
      file.message(
        unknownName({
          soort: 'begrip',
          naam: key,
          bekend: context.begripByForm.keys(),
          onderwerp: key ? `Begrip \`${key}\` staat niet in begrippen.yml` : 'Begrip zonder tekst',
          lijst: false,
        }),
        {
          place: node.data?.position?.opening ?? node.position,
        },
      )
    })
  },
)
