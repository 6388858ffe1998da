/**
 * directive-afgesloten: every block is closed with its own fence. An unclosed
 * block silently swallows the rest of the file, so this is the message an
 * author needs first.
 */
import type { ContainerDirective } from 'mdast-util-directive'
import { visitParents } from 'unist-util-visit-parents'
import { isContainer } from '../model/verordening-model.ts'
import { exampleHoofdstuk, exampleInwoners, exampleJuridisch, wmoHoofdstuk } from './support/examples.ts'
import { defineRule } from './support/rule.ts'
import { specFor } from './support/vocabulary.ts'
import { hoofdstukContext } from './support/walk.ts'

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
        bestanden: {
          '02-wmo.md': wmoHoofdstuk({
            juridisch: null,
            inwoners: null,
            delen: `:::juridisch\n${exampleJuridisch}\n\n:::inwoners{titel="Hulp bij u thuis"}\n${exampleInwoners}`,
            afgesloten: false,
          }),
        },
        verwacht: [
          '02-wmo.md:7:1: Blok `artikel` is niet afgesloten, verwacht een regel `::::` na de laatste regel van het blok',
          '02-wmo.md:8:1: Blok `juridisch` is niet afgesloten vóór `:::inwoners` op regel 11, verwacht een regel `:::` vóór regel 11',
          '02-wmo.md:11:1: Blok `inwoners` is niet afgesloten, verwacht een regel `:::` na de laatste regel van het blok',
        ],
      },
      {
        titel: 'Fout: juridisch niet afgesloten; de fout staat bij juridisch, niet bij het blok erna',
        bestanden: {
          '02-wmo.md': wmoHoofdstuk({ juridisch: null, inwoners: null, delen: `:::juridisch\n${exampleJuridisch}\n\n:::inwoners\n${exampleInwoners}\n:::` }),
        },
        verwacht: ['02-wmo.md:8:1: Blok `juridisch` is niet afgesloten vóór `:::inwoners` op regel 11, verwacht een regel `:::` vóór regel 11'],
      },
      {
        titel: 'Fout: een artikel met drie dubbele punten, evenveel als de delen erin',
        bestanden: { '02-wmo.md': wmoHoofdstuk().replace('::::artikel', ':::artikel') },
        verwacht: [
          '02-wmo.md:7:1: Blok `artikel` begint met evenveel dubbele punten als `:::juridisch` erin (regel 8), verwacht `::::artikel`: een artikel heeft meer dubbele punten dan de delen erin',
        ],
      },
      {
        titel: 'Fout: artikel niet afgesloten vóór het volgende artikel',
        bestanden: { '02-wmo.md': exampleHoofdstuk({ artikelen: [{ afgesloten: false }, { nr: '2.2' }] }) },
        verwacht: ['02-wmo.md:7:1: Blok `artikel` is niet afgesloten vóór `::::artikel` op regel 15, verwacht een regel `::::` vóór regel 15'],
      },
    ],
  },
  (tree, file) => {
    if (!hoofdstukContext(file)) return
    const text = String(file.value)
    const fenceOf = (node: ContainerDirective) => text.slice(node.position?.start.offset ?? 0).match(/^:+/)?.[0] ?? ':::'
    const opening = (node: ContainerDirective) => node.data?.position?.opening ?? node.position
    visitParents(tree, 'containerDirective', (node: ContainerDirective, ancestors) => {
      const parent = ancestors.at(-1)
      const closed = Boolean(node.data?.position?.closing)
      // A fence closes the outermost open block that it fits, so when a block
      // is not closed, the block opened after it lands inside it, and the
      // fence meant for that inner block closes the outer one. The cause is
      // the outer block; the inner one only looks unclosed.
      if (isContainer(parent) && parent.data?.position?.closing && !closed && (!allowedIn(node, parent) || fenceOf(parent).length <= fenceOf(node).length))
        return
      // An artikel with as many colons as its parts is closed by its first part's fence.
      const part = node.children.find((child): child is ContainerDirective => isContainer(child) && allowedIn(child, node) && !child.data?.position?.closing)
      if (closed && part && fenceOf(node).length <= fenceOf(part).length) {
        const fence = fenceOf(part)
        file.message(
          `Blok \`${node.name}\` begint met evenveel dubbele punten als \`${fence}${part.name}\` erin (regel ${part.position?.start.line ?? 0}), verwacht \`${fence}:${node.name}\`: een artikel heeft meer dubbele punten dan de delen erin`,
          { place: opening(node) },
        )
        return
      }
      const inner = node.children.find((child): child is ContainerDirective => isContainer(child) && !allowedIn(child, node))
      if (inner && (!closed || !inner.data?.position?.closing)) {
        const line = inner.position?.start.line ?? 0
        file.message(
          `Blok \`${node.name}\` is niet afgesloten vóór \`${fenceOf(inner)}${inner.name}\` op regel ${line}, verwacht een regel \`${fenceOf(node)}\` vóór regel ${line}`,
          { place: opening(node) },
        )
        return
      }
      if (closed) return
      file.message(`Blok \`${node.name}\` is niet afgesloten, verwacht een regel \`${fenceOf(node)}\` na de laatste regel van het blok`, {
        place: opening(node),
      })
    })
  },
)

/** Only the parts of an artikel stand inside another block (the artikel). */
function allowedIn(child: ContainerDirective, parent: ContainerDirective): boolean {
  return parent.name === 'artikel' && specFor(child.name, 'containerDirective')?.parent === 'artikel'
}
