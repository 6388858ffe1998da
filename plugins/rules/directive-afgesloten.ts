/**
 * directive-afgesloten: every block is closed with its own fence. An unclosed
 * block silently swallows the rest of the file, so this is the message an
 * author needs first.
 */
import type { ContainerDirective } from 'mdast-util-directive'
import { visit } from 'unist-util-visit'
import { defineRule } from '../rule.ts'
import { exampleJuridisch, exampleInwoners, wmoHoofdstuk } from '../example-hoofdstuk.ts'
import { hoofdstukContext } from '../walk.ts'

export default defineRule(
  {
    ruleId: 'directive-afgesloten',
    severity: 'error',
    beschrijving:
      'Elk blok wordt afgesloten met een regel met evenveel dubbele punten als waarmee het begon: `::::artikel{…}` sluit met `::::`, `:::juridisch` met `:::`. Een blok dat niet is afgesloten, loopt door tot het einde van het bestand.',
    oplossing: 'Zet na de laatste regel van het blok een regel met alleen de dubbele punten (`:::` of `::::`).',
    examples: [
      { titel: 'Goed: alles afgesloten', bestanden: { '02-wmo.md': wmoHoofdstuk() }, verwacht: [] },
      {
        titel: 'Fout: juridisch en artikel niet afgesloten',
        bestanden: { '02-wmo.md': wmoHoofdstuk({ juridisch: null, inwoners: null, delen: `:::juridisch\n${exampleJuridisch}\n\n:::inwoners{titel="Hulp bij u thuis"}\n${exampleInwoners}`, afgesloten: false }) },
        verwacht: [
          '02-wmo.md:7:1: Blok `artikel` is niet afgesloten, verwacht een regel `::::` na de laatste regel van het blok',
          '02-wmo.md:8:1: Blok `juridisch` is niet afgesloten, verwacht een regel `:::` na de laatste regel van het blok',
          '02-wmo.md:11:1: Blok `inwoners` is niet afgesloten, verwacht een regel `:::` na de laatste regel van het blok',
        ],
      },
    ],
  },
  (tree, file) => {
    if (!hoofdstukContext(file)) return
    visit(tree, 'containerDirective', (node: ContainerDirective) => {
      if (node.data?.position?.closing) return
      const fence = String(file.value).slice(node.position?.start.offset ?? 0).match(/^:+/)?.[0] ?? ':::'
      file.message(`Blok \`${node.name}\` is niet afgesloten, verwacht een regel \`${fence}\` na de laatste regel van het blok`, { place: node.data?.position?.opening ?? node.position })
    })
  },
)
