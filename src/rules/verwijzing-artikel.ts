/**
 * verwijzing-artikel: every `:artikel[3.1]{lid=2 onderdeel=b}` points at an
 * artikel (and lid and onderdeel) that exists, across all hoofdstukken.
 */
import type { TextDirective } from 'mdast-util-directive'
import { visit } from 'unist-util-visit'
import { oneOf, unknownName } from '../messages/suggest.ts'
import { labelOf } from '../model/context.ts'
import { attributePosition } from '../parse/attributes.ts'
import { wmoHoofdstuk } from './support/examples.ts'
import { defineRule } from './support/rule.ts'
import { hoofdstukContext } from './support/walk.ts'

const hoofdstuk = (verwijzing: string) =>
  wmoHoofdstuk({
    juridisch: `1. Het college kan hulp bieden.
2. Het college toetst volgens ${verwijzing}.`,
  })

export default defineRule(
  {
    ruleId: 'verwijzing-artikel',
    severity: 'error',
    beschrijving:
      'Een verwijzing naar een ander artikel, `:artikel[3.1]`, eventueel met een lid (`{lid=2}`) en een onderdeel (`{lid=2 onderdeel=b}`), wijst naar een artikel, lid en onderdeel dat bestaat, in welk hoofdstuk ook. Met de vastgestelde woorden in `tekst="…"` (zie `verwijzing-tekst`) wordt het doel net zo gecontroleerd.',
    oplossing: 'Verbeter het nummer. Is het artikel hernummerd, pas dan alle verwijzingen ernaar aan.',
    examples: [
      { titel: 'Goed: verwijzing naar een artikel en een lid', bestanden: { '02-wmo.md': hoofdstuk(':artikel[1.1] en :artikel[2.1]{lid=1}') }, verwacht: [] },
      {
        titel: 'Fout: artikel bestaat niet',
        bestanden: { '02-wmo.md': hoofdstuk(':artikel[1.3]') },
        verwacht: ['02-wmo.md:10:31: Artikel 1.3 bestaat niet, bedoelt u artikel 1.1?'],
      },
      {
        titel: 'Fout: lid bestaat niet',
        bestanden: { '02-wmo.md': hoofdstuk(':artikel[2.1]{lid=3}') },
        verwacht: ['02-wmo.md:10:49: Artikel 2.1 heeft geen lid 3, verwacht lid 1 of 2'],
      },
      {
        titel: 'Fout: lid bestaat niet, ook niet met de vastgestelde woorden erbij',
        bestanden: { '02-wmo.md': hoofdstuk(':artikel[2.1]{lid=3 tekst="artikel 2.1, derde lid"}') },
        verwacht: ['02-wmo.md:10:49: Artikel 2.1 heeft geen lid 3, verwacht lid 1 of 2'],
      },
    ],
  },
  (tree, file) => {
    const context = hoofdstukContext(file)
    if (!context) return
    visit(tree, 'textDirective', (node: TextDirective) => {
      if (node.name !== 'artikel') return
      const nr = labelOf(node).trim()
      const place = node.data?.position?.opening ?? node.position
      if (!nr) {
        file.message('Verwijzing zonder artikelnummer, verwacht `:artikel[3.1]`', { place })
        return
      }
      const target = context.artikelByNr.get(nr)
      if (!target) {
        file.message(
          unknownName({
            soort: 'artikel',
            naam: nr,
            bekend: context.artikelByNr.keys(),
            onderwerp: `Artikel ${nr} bestaat niet`,
            toon: (other) => `artikel ${other}`,
            lijst: false,
          }),
          { place },
        )
        return
      }
      const lid = node.attributes?.lid
      if (lid === undefined || lid === null) return
      const leden = target.artikel.leden
      const numbered = leden.filter((entry) => entry.nr !== null)
      const found = numbered.find((entry) => String(entry.nr) === lid.trim())
      if (!found) {
        file.message(
          numbered.length === 0
            ? `Artikel ${nr} heeft geen genummerde leden, verwacht een verwijzing zonder lid: \`:artikel[${nr}]\``
            : `Artikel ${nr} heeft geen lid ${lid}, verwacht ${numbered.length <= 3 ? `lid ${oneOf(numbered.map((entry) => String(entry.nr)))}` : `lid 1 tot en met ${numbered.length}`}`,
          { place: attributePosition(file, node, 'lid', lid) },
        )
        return
      }
      const onderdeel = node.attributes?.onderdeel
      if (onderdeel && !found.onderdelen.some((entry) => entry.letter === onderdeel.trim())) {
        file.message(
          found.onderdelen.length === 0
            ? `Lid ${lid} van artikel ${nr} heeft geen onderdelen, verwacht een verwijzing zonder onderdeel`
            : `Lid ${lid} van artikel ${nr} heeft geen onderdeel ${onderdeel}, verwacht onderdeel ${oneOf(found.onderdelen.map((entry) => entry.letter))}`,
          { place: attributePosition(file, node, 'onderdeel', onderdeel) },
        )
      }
    })
  },
)
