/**
 * hoofdstuk-kop: every hoofdstuk file starts with front matter that says its
 * number, its title and (for an onderdeel per wet) its wet.
 */
import type { Yaml } from 'mdast'
import { unknownName } from '../messages/suggest.ts'
import { type ExampleKop, exampleHoofdstuk } from './support/examples.ts'
import { defineRule } from './support/rule.ts'
import { hoofdstukContext } from './support/walk.ts'

const hoofdstuk = (kop: ExampleKop | null) => exampleHoofdstuk({ kop })

export default defineRule(
  {
    ruleId: 'hoofdstuk-kop',
    severity: 'error',
    beschrijving:
      'Elk hoofdstukbestand begint met een kop tussen twee regels `---` (front matter) met `hoofdstuk` (het nummer), `titel` en, voor een onderdeel per wet, `wet` (een afkorting uit `verordening.yml`).',
    oplossing: 'Zet bovenaan het bestand:\n\n```\n---\nhoofdstuk: 3\ntitel: Zelfstandig thuis wonen\nwet: wmo\n---\n```',
    examples: [
      { titel: 'Goed: een volledige kop', bestanden: { '02-wmo.md': hoofdstuk({}) }, verwacht: [] },
      {
        titel: 'Fout: geen kop',
        bestanden: { '02-wmo.md': hoofdstuk(null) },
        verwacht: ['02-wmo.md:1:1: Dit hoofdstuk heeft geen kop, verwacht bovenaan tussen `---`-regels: `hoofdstuk`, `titel` en eventueel `wet`'],
      },
      {
        titel: 'Fout: titel ontbreekt en de wet is verschreven',
        bestanden: { '02-wmo.md': hoofdstuk({ titel: null, wet: 'wmoo' }) },
        verwacht: [
          '02-wmo.md:2:1: Veld `titel` ontbreekt in de kop, verwacht een regel `titel: …`',
          '02-wmo.md:3:6: Onbekende wet `wmoo` in de kop, bedoelt u `wmo`?',
        ],
      },
      {
        titel: 'Fout: onbekend veld in de kop',
        bestanden: { '02-wmo.md': hoofdstuk({ extra: 'hoofdstukk: 3' }) },
        verwacht: ['02-wmo.md:5:1: Onbekend veld `hoofdstukk` in de kop, bedoelt u `hoofdstuk`?'],
      },
    ],
  },
  (tree, file) => {
    const context = hoofdstukContext(file)
    if (!context) return
    const node = tree.children.find((child): child is Yaml => child.type === 'yaml')
    if (!node) {
      file.message('Dit hoofdstuk heeft geen kop, verwacht bovenaan tussen `---`-regels: `hoofdstuk`, `titel` en eventueel `wet`', {
        place: { line: 1, column: 1 },
      })
      return
    }
    // The model plugin validated the front matter once, with positions in this file.
    for (const problem of file.data.kop?.problems ?? []) {
      const reason = problem.reason
        .replace(/^Veld `([^`]*)` ontbreekt, verwacht een waarde$/, 'Veld `$1` ontbreekt in de kop, verwacht een regel `$1: …`')
        .replace(/^Veld (`[^`]*`)(?! ontbreekt in de kop)/, 'Veld $1 in de kop')
        .replace(/^Onbekend veld (`[^`]*`)/, 'Onbekend veld $1 in de kop')
      file.message(reason, { place: { line: problem.line, column: problem.column } })
    }
    const lineOffset = node.position?.start.line ?? 1
    const wet = file.data.hoofdstuk?.wet
    if (wet && context.registries.verordening && !context.wetten.has(wet)) {
      const lineIndex = node.value.split('\n').findIndex((line) => /^wet\s*:/.test(line))
      const column = (node.value.split('\n')[lineIndex]?.indexOf(wet) ?? 0) + 1
      file.message(unknownName({ soort: 'wet', naam: wet, bekend: context.wetten, waar: 'in de kop' }), {
        place: { line: lineOffset + lineIndex + 1, column },
      })
    }
  },
)
