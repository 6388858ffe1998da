/**
 * nummering-onderdeel: onderdelen are a bullet list whose items start with
 * their letter — `- a. …`, `- b. …` — consecutive from a. Markdown has no
 * lettered lists, so the letter is written and checked here.
 */
import type { List, Paragraph } from 'mdast'
import { visit } from 'unist-util-visit'
import { isContainer, onderdeelPrefix } from '../model/verordening-model.ts'
import { wmoHoofdstuk } from './support/examples.ts'
import { defineRule } from './support/rule.ts'
import { artikelName, artikelNodes, hoofdstukContext } from './support/walk.ts'

const hoofdstuk = (juridisch: string) => wmoHoofdstuk({ juridisch })

export default defineRule(
  {
    ruleId: 'nummering-onderdeel',
    severity: 'error',
    beschrijving:
      'Onderdelen van een lid (of van een artikel zonder leden) zijn een lijst met streepjes waarvan elk punt begint met zijn letter: `- a. …`, `- b. …`, doorlopend vanaf a. Een genummerde lijst binnen een lid is niet toegestaan, en losse regels die met `a.` beginnen zonder streepje ook niet: die worden één alinea.',
    oplossing: 'Schrijf onderdelen als `   - a. tekst;` onder het lid, ingesprongen met drie spaties, en gebruik de letters a, b, c … op volgorde.',
    examples: [
      {
        titel: 'Goed: onderdelen a en b',
        bestanden: { '02-wmo.md': hoofdstuk('1. Het college kan:\n   - a. hulp bieden;\n   - b. een pgb geven.\n2. Het college beslist binnen acht weken.') },
        verwacht: [],
      },
      {
        titel: 'Fout: onderdeel zonder letter en een verkeerde letter',
        bestanden: { '02-wmo.md': hoofdstuk('1. Het college kan:\n   - hulp bieden;\n   - c. een pgb geven.') },
        verwacht: [
          '02-wmo.md:10:6: Onderdeel zonder letter in artikel 2.1, verwacht `a.` aan het begin',
          '02-wmo.md:11:6: Onderdeel c in artikel 2.1, verwacht onderdeel b: de letters lopen door vanaf a',
        ],
      },
      {
        titel: 'Fout: onderdelen zonder streepje',
        bestanden: { '02-wmo.md': hoofdstuk('Het college kan:\na. hulp bieden;\nb. een pgb geven.') },
        verwacht: ['02-wmo.md:10:1: Regel die begint met `a.` lijkt een onderdeel maar staat niet in een lijst, verwacht `- a. …` met een streepje'],
      },
      {
        titel: 'Fout: een genummerde lijst als onderdelen',
        bestanden: { '02-wmo.md': hoofdstuk('1. Het college kan:\n   1. hulp bieden;\n   2. een pgb geven.') },
        verwacht: ['02-wmo.md:10:4: Genummerde lijst binnen een lid van artikel 2.1, verwacht onderdelen als `- a. …`, `- b. …`'],
      },
    ],
  },
  (tree, file) => {
    if (!hoofdstukContext(file)) return
    for (const artikel of artikelNodes(tree)) {
      for (const juridisch of artikel.children.filter((child) => isContainer(child, 'juridisch'))) {
        visit(juridisch, 'list', (list: List, _index, parent) => {
          const nested = parent?.type === 'listItem'
          if (list.ordered) {
            if (nested)
              file.message(`Genummerde lijst binnen een lid van ${artikelName(artikel)}, verwacht onderdelen als \`- a. …\`, \`- b. …\``, {
                place: list.position,
              })
            return
          }
          // Sub-onderdelen (a list inside an onderdeel) are left to the author.
          if (parent?.type === 'listItem' && isInsideOnderdeel(juridisch, list)) return
          list.children.forEach((item, position) => {
            const expected = letter(position)
            const first = item.children[0]
            const lead = first?.type === 'paragraph' && first.children[0]?.type === 'text' ? first.children[0] : undefined
            const match = lead ? onderdeelPrefix.exec(lead.value) : null
            const at = first?.position ?? item.position
            if (!match) file.message(`Onderdeel zonder letter in ${artikelName(artikel)}, verwacht \`${expected}.\` aan het begin`, { place: at })
            else if (match[1] !== expected)
              file.message(`Onderdeel ${match[1]} in ${artikelName(artikel)}, verwacht onderdeel ${expected}: de letters lopen door vanaf a`, { place: at })
          })
        })
        visit(juridisch, 'paragraph', (paragraph: Paragraph) => {
          const text = paragraph.children.map((child) => (child.type === 'text' ? child.value : ' ')).join('')
          const lines = text.split('\n')
          const lineIndex = lines.findIndex((line, index) => index > 0 && /^\s*[a-z]\.\s/.test(line))
          if (lineIndex === -1 || !paragraph.position) return
          file.message(
            `Regel die begint met \`${lines[lineIndex]?.trim().slice(0, 2)}\` lijkt een onderdeel maar staat niet in een lijst, verwacht \`- ${lines[lineIndex]?.trim().slice(0, 2)} …\` met een streepje`,
            {
              place: { line: paragraph.position.start.line + lineIndex, column: 1 },
            },
          )
        })
      }
    }
  },
)

function letter(position: number): string {
  return position < 26
    ? String.fromCharCode(97 + position)
    : String.fromCharCode(97 + Math.floor(position / 26) - 1) + String.fromCharCode(97 + (position % 26))
}

function isInsideOnderdeel(root: import('mdast-util-directive').ContainerDirective, list: List): boolean {
  let inside = false
  visit(root, 'list', (candidate: List) => {
    if (candidate === list || candidate.ordered) return
    for (const item of candidate.children) if (item.children.includes(list)) inside = true
  })
  return inside
}
