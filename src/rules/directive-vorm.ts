/**
 * directive-vorm: a line that starts like a block (`:::naam`) but is not one,
 * usually because a quote or the closing `}` of the attributes is missing.
 * The parser then reads it as plain text and the whole artikel would vanish.
 */
import type { Paragraph } from 'mdast'
import { visit } from 'unist-util-visit'
import { wmoHoofdstuk } from './support/examples.ts'
import { defineRule } from './support/rule.ts'
import { hoofdstukContext } from './support/walk.ts'

export default defineRule(
  {
    ruleId: 'directive-vorm',
    severity: 'error',
    beschrijving:
      'Een regel die begint met drie of meer dubbele punten en een naam, is het begin van een blok. Klopt de vorm niet, bijvoorbeeld omdat een aanhalingsteken of de `}` ontbreekt, dan leest de controle de regel als gewone tekst en verdwijnt het blok. Deze controle wijst zulke regels aan.',
    oplossing: 'Zet elke waarde tussen aanhalingstekens en sluit de kenmerken af met `}`: `::::artikel{nr="3.1" titel="Hulp thuis"}`.',
    examples: [
      { titel: 'Goed: een geldig blok', bestanden: { '02-wmo.md': wmoHoofdstuk() }, verwacht: [] },
      {
        titel: 'Fout: een aanhalingsteken ontbreekt',
        bestanden: { '02-wmo.md': wmoHoofdstuk().replace('titel="Hulp thuis"', 'titel="Hulp thuis') },
        verwacht: [
          '02-wmo.md:7:1: Regel begint als blok `::::artikel` maar is geen geldig blok, verwacht `::::artikel{naam="waarde" …}` met aanhalingstekens om elke waarde en een `}` aan het eind',
        ],
      },
    ],
  },
  (tree, file) => {
    if (!hoofdstukContext(file)) return
    visit(tree, 'paragraph', (paragraph: Paragraph) => {
      const first = paragraph.children[0]
      if (first?.type !== 'text' || !paragraph.position) return
      const lines = first.value.split('\n')
      lines.forEach((line, index) => {
        const match = /^(:{3,})([A-Za-z][\w-]*)/.exec(line)
        if (!match) return
        file.message(
          `Regel begint als blok \`${match[1]}${match[2]}\` maar is geen geldig blok, verwacht \`${match[1]}${match[2]}{naam="waarde" …}\` met aanhalingstekens om elke waarde en een \`}\` aan het eind`,
          {
            place: { line: (paragraph.position?.start.line ?? 1) + index, column: index === 0 ? (paragraph.position?.start.column ?? 1) : 1 },
          },
        )
      })
    })
  },
)
