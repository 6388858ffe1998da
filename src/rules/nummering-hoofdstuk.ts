/**
 * nummering-hoofdstuk: hoofdstukken are numbered 1, 2, 3 … without gaps or
 * doubles (Aanwijzingen voor de regelgeving 3.54), across all files.
 */
import type { Yaml } from 'mdast'
import { exampleHoofdstuk } from './support/examples.ts'
import { defineRule } from './support/rule.ts'
import { hoofdstukContext } from './support/walk.ts'

const hoofdstuk = (nr: number, artikel = `${nr}.1`) => exampleHoofdstuk({ kop: { hoofdstuk: nr }, artikelen: [{ nr: artikel }] })

export default defineRule(
  {
    ruleId: 'nummering-hoofdstuk',
    severity: 'error',
    beschrijving:
      'De hoofdstukken zijn doorlopend genummerd: 1, 2, 3 … zonder gaten en zonder dubbele nummers (Aanwijzing 3.54). Het nummer staat in de kop van elk bestand (`hoofdstuk: 3`).',
    oplossing: 'Geef elk hoofdstuk een eigen nummer en laat geen nummer over. Hernummer ook de artikelen van een hoofdstuk dat een ander nummer krijgt.',
    examples: [
      { titel: 'Goed: hoofdstuk 2 volgt op hoofdstuk 1', bestanden: { '02-wmo.md': hoofdstuk(2) }, verwacht: [] },
      {
        titel: 'Fout: hoofdstuk 2 ontbreekt',
        bestanden: { '03-wmo.md': hoofdstuk(3) },
        verwacht: ['03-wmo.md:2:1: Hoofdstuk 3 volgt op hoofdstuk 1, verwacht hoofdstuk 2: de nummering loopt door zonder gaten'],
      },
      {
        titel: 'Fout: twee keer hoofdstuk 2',
        bestanden: { '02-wmo.md': hoofdstuk(2), '03-wmo.md': hoofdstuk(2, '2.2') },
        verwacht: ['03-wmo.md:2:1: Hoofdstuk 2 bestaat al in `02-wmo.md`, verwacht een eigen nummer voor elk hoofdstuk'],
      },
    ],
  },
  (tree, file) => {
    const context = hoofdstukContext(file)
    const own = file.data.hoofdstuk
    if (!context || !own || own.nr === 0) return
    const yaml = tree.children.find((child): child is Yaml => child.type === 'yaml')
    const lineIndex = yaml?.value.split('\n').findIndex((line) => /^hoofdstuk\s*:/.test(line)) ?? -1
    const place = yaml?.position && lineIndex !== -1 ? { line: yaml.position.start.line + lineIndex + 1, column: 1 } : { line: 1, column: 1 }
    const all = context.hoofdstukken.map((entry) => entry.hoofdstuk).filter((hoofdstuk) => hoofdstuk.nr > 0)
    const first = all.find((hoofdstuk) => hoofdstuk.nr === own.nr)
    if (first && first !== own) {
      file.message(`Hoofdstuk ${own.nr} bestaat al in \`${first.bestand}\`, verwacht een eigen nummer voor elk hoofdstuk`, { place })
      return
    }
    const numbers = new Set(all.map((hoofdstuk) => hoofdstuk.nr))
    if (own.nr > 1 && !numbers.has(own.nr - 1)) {
      const previous = Math.max(0, ...[...numbers].filter((nr) => nr < own.nr))
      file.message(
        previous === 0
          ? `Hoofdstuk ${own.nr} is het eerste hoofdstuk, verwacht dat de nummering begint bij hoofdstuk 1`
          : `Hoofdstuk ${own.nr} volgt op hoofdstuk ${previous}, verwacht hoofdstuk ${previous + 1}: de nummering loopt door zonder gaten`,
        { place },
      )
    }
  },
)
