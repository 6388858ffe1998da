/**
 * nummering-lid: the leden of an artikel are the items of one ordered list in
 * `juridisch`, numbered 1, 2, 3 … as written. Markdown renumbers lists on its
 * own, so the numbers are read from the source: the raad sees what the author typed.
 */
import type { List } from 'mdast'
import { location } from 'vfile-location'
import { isContainer } from '../model/verordening-model.ts'
import { wmoHoofdstuk } from './support/examples.ts'
import { defineRule } from './support/rule.ts'
import { artikelName, artikelNodes, hoofdstukContext } from './support/walk.ts'

const hoofdstuk = (juridisch: string) => wmoHoofdstuk({ juridisch })

export default defineRule(
  {
    ruleId: 'nummering-lid',
    severity: 'error',
    beschrijving:
      'De leden van een artikel zijn een genummerde lijst in `:::juridisch`: `1.`, `2.`, `3.` … zonder gaten, precies zoals geschreven. Een artikel met één lid schrijft u zonder nummer, als gewone alinea. Tekst vóór of na de genummerde leden hoort in een lid.',
    oplossing:
      'Nummer de leden 1, 2, 3 … in de volgorde waarin ze staan. Zet losse tekst in een lid, of maak van een artikel met één lid een gewone alinea zonder nummer.',
    examples: [
      {
        titel: 'Goed: twee leden',
        bestanden: { '02-wmo.md': hoofdstuk('1. Het college kan hulp bieden.\n2. Het college kijkt eerst naar wat de inwoner zelf kan.') },
        verwacht: [],
      },
      { titel: 'Goed: één lid zonder nummer', bestanden: { '02-wmo.md': hoofdstuk('Het college kan hulp bieden.') }, verwacht: [] },
      {
        titel: 'Fout: lid 2 ontbreekt',
        bestanden: { '02-wmo.md': hoofdstuk('1. Het college kan hulp bieden.\n3. Het college kijkt eerst naar wat de inwoner zelf kan.') },
        verwacht: ['02-wmo.md:10:1: Lid 3 in artikel 2.1 volgt op lid 1, verwacht lid 2: de nummering loopt door zonder gaten'],
      },
      {
        titel: 'Fout: tekst buiten de leden',
        bestanden: { '02-wmo.md': hoofdstuk('Het college:\n\n1. kan hulp bieden.\n2. kijkt eerst naar wat de inwoner zelf kan.') },
        verwacht: ['02-wmo.md:9:1: Tekst buiten de genummerde leden van artikel 2.1, verwacht alle tekst in een lid (`1.`, `2.` …)'],
      },
    ],
  },
  (tree, file) => {
    if (!hoofdstukContext(file)) return
    const source = String(file.value)
    const place = location(file)
    for (const artikel of artikelNodes(tree)) {
      for (const juridisch of artikel.children.filter((child) => isContainer(child, 'juridisch'))) {
        const lists = juridisch.children.filter((child): child is List => child.type === 'list' && child.ordered === true)
        if (lists.length === 0) continue
        const [leden, ...more] = lists
        for (const extra of more) {
          file.message(`Tweede genummerde lijst in ${artikelName(artikel)}, verwacht één lijst met alle leden (1, 2, 3 …)`, { place: extra.position })
        }
        for (const other of juridisch.children) {
          if (other.type === 'list' && other.ordered) continue
          file.message(`Tekst buiten de genummerde leden van ${artikelName(artikel)}, verwacht alle tekst in een lid (\`1.\`, \`2.\` …)`, {
            place: other.position,
          })
        }
        let expected = 1
        for (const item of leden?.children ?? []) {
          const offset = item.position?.start.offset
          const written = offset === undefined ? undefined : Number(/^\s*(\d+)[.)]/.exec(source.slice(offset, offset + 12))?.[1])
          if (written !== undefined && !Number.isNaN(written) && written !== expected) {
            file.message(
              written === expected - 1
                ? `Lid ${written} komt twee keer voor in ${artikelName(artikel)}, verwacht lid ${expected}`
                : `Lid ${written} in ${artikelName(artikel)} volgt op lid ${expected - 1}, verwacht lid ${expected}: de nummering loopt door zonder gaten`,
              { place: offset === undefined ? item.position : place.toPoint(offset) },
            )
          }
          if (item.children.length === 0)
            file.message(`Lid ${expected} van ${artikelName(artikel)} is leeg, verwacht de tekst van het lid`, { place: item.position })
          expected++
        }
      }
    }
  },
)
