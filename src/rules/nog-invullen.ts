/**
 * nog-invullen: `verordening init` and `verordening importeer` leave the word
 * INVULLEN (in capitals) wherever the author still has to write something: the
 * effect, a grondwaarde, the inwonersdeel of a new artikel. The rule reads the
 * raw text of every file, so it finds the word in the text, in attributes, in
 * the kop and in the registries. A verordening that still says INVULLEN cannot
 * be vastgesteld; in a concept each place is on the to-do list.
 */
import type { Root } from 'mdast'
import { location } from 'vfile-location'
import { placeholder } from '../messages/todo.ts'
import { exampleHoofdstuk } from './support/examples.ts'
import { defineRule } from './support/rule.ts'

const pattern = /(?<![\p{L}\p{N}])INVULLEN(?![\p{L}\p{N}])/gu

export default defineRule(
  {
    ruleId: 'nog-invullen',
    severity: 'error',
    beschrijving:
      '`verordening init` en `verordening importeer` zetten het woord `INVULLEN` (in hoofdletters) overal waar u nog iets moet schrijven. Zolang het er staat, is de verordening niet af. In een concept (`status: concept`) staat elke plaats op de lijst “Nog te doen”.',
    oplossing: 'Vervang `INVULLEN` en de aanwijzing erachter door de echte tekst.',
    todo: { invullen: { een: 'plaats met INVULLEN', meer: 'plaatsen met INVULLEN' } },
    examples: [
      { titel: 'Goed: alles is ingevuld', bestanden: {}, verwacht: [] },
      {
        titel: 'Fout (in een concept: nog te doen): nog in te vullen',
        bestanden: { '02-wmo.md': exampleHoofdstuk({ artikelen: [{ inwoners: 'INVULLEN: de regel in eenvoudige taal.' }] }) },
        verwacht: ['02-wmo.md:12:1: Hier staat nog `INVULLEN`, verwacht de echte tekst in plaats van `INVULLEN: de regel in eenvoudige taal.`'],
      },
    ],
  },
  (_tree: Root, file, todo) => {
    if (!file.data.kind) return
    const text = String(file.value ?? '')
    if (!text.includes(placeholder)) return
    let index: ReturnType<typeof location> | undefined
    for (const match of text.matchAll(pattern)) {
      index ??= location(text)
      const start = match.index
      const lineEnd = text.indexOf('\n', start)
      const rest = text
        .slice(start, lineEnd === -1 ? undefined : lineEnd)
        .replace(/[\s"'}\]]+$/, '')
        .trim()
      const shown = rest.length > 80 ? `${rest.slice(0, 79)}…` : rest
      const point = index.toPoint(start)
      todo(
        file.message(`Hier staat nog \`${placeholder}\`, verwacht de echte tekst in plaats van \`${shown}\``, { place: point ?? { line: 1, column: 1 } }),
        'invullen',
      )
    }
  },
)
