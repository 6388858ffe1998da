/**
 * hoofdstuk-kop: every hoofdstuk file starts with front matter that says its
 * number, its title and (for an onderdeel per wet) its wet.
 */
import type { Yaml } from 'mdast'
import { suggest } from '../../src/messages/suggest.ts'
import { defineRule } from '../rule.ts'
import { hoofdstukContext, listIds } from '../walk.ts'

const artikel = `::::artikel{nr="2.1" titel="Hulp thuis" effect="meedoen" grondwaarde="wmo.zelfredzaamheid" grondslag="wmo:2.3.5"}
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
    ruleId: 'hoofdstuk-kop',
    severity: 'error',
    beschrijving:
      'Elk hoofdstukbestand begint met een kop tussen twee regels `---` (front matter) met `hoofdstuk` (het nummer), `titel` en, voor een onderdeel per wet, `wet` (een afkorting uit `verordening.yml`).',
    oplossing: 'Zet bovenaan het bestand:\n\n```\n---\nhoofdstuk: 3\ntitel: Zelfstandig thuis wonen\nwet: wmo\n---\n```',
    examples: [
      { titel: 'Goed: een volledige kop', bestanden: { '02-wmo.md': `---\nhoofdstuk: 2\ntitel: Wmo\nwet: wmo\n---\n\n${artikel}` }, verwacht: [] },
      { titel: 'Fout: geen kop', bestanden: { '02-wmo.md': artikel }, verwacht: ['02-wmo.md:1:1'] },
      { titel: 'Fout: titel ontbreekt en de wet is verschreven', bestanden: { '02-wmo.md': `---\nhoofdstuk: 2\nwet: wmoo\n---\n\n${artikel}` }, verwacht: ['02-wmo.md:2:1', '02-wmo.md:3:6'] },
      { titel: 'Fout: onbekend veld in de kop', bestanden: { '02-wmo.md': `---\nhoofdstuk: 2\ntitel: Wmo\nwet: wmo\nhoofdstukk: 3\n---\n\n${artikel}` }, verwacht: ['02-wmo.md:5:1'] },
    ],
  },
  (tree, file) => {
    const context = hoofdstukContext(file)
    if (!context) return
    const node = tree.children.find((child): child is Yaml => child.type === 'yaml')
    if (!node) {
      file.message('Dit hoofdstuk heeft geen kop, verwacht bovenaan tussen `---`-regels: `hoofdstuk`, `titel` en eventueel `wet`', { place: { line: 1, column: 1 } })
      return
    }
    // The model plugin validated the front matter once, with positions in this file.
    for (const problem of file.data.kop?.problems ?? []) {
      file.message(problem.reason.replace(/^Veld /, 'Kop: veld ').replace(/^Onbekend veld/, 'Onbekend veld in de kop'), { place: { line: problem.line, column: problem.column } })
    }
    const lineOffset = node.position?.start.line ?? 1
    const wet = file.data.hoofdstuk?.wet
    if (wet && context.registries.verordening && !context.wetten.has(wet)) {
      const hint = suggest(wet, [...context.wetten])
      const lineIndex = node.value.split('\n').findIndex((line) => /^wet\s*:/.test(line))
      const column = (node.value.split('\n')[lineIndex]?.indexOf(wet) ?? 0) + 1
      file.message(`Onbekende wet \`${wet}\` in de kop, ${hint ? `bedoelt u \`${hint}\`?` : `verwacht een wet uit verordening.yml (${listIds(context.wetten)})`}`, {
        place: { line: lineOffset + lineIndex + 1, column },
      })
    }
  },
)
