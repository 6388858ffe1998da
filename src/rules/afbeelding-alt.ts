/**
 * afbeelding-alt: every image has alt text, for inwoners who use a screen
 * reader (WCAG 2.1 succescriterium 1.1.1).
 */
import type { Image, ImageReference } from 'mdast'
import { visit } from 'unist-util-visit'
import { wmoHoofdstuk } from './support/examples.ts'
import { defineRule } from './support/rule.ts'
import { hoofdstukContext } from './support/walk.ts'

const hoofdstuk = (afbeelding: string) =>
  wmoHoofdstuk({
    inwoners: `Wij kunnen u helpen.

${afbeelding}`,
  })

export default defineRule(
  {
    ruleId: 'afbeelding-alt',
    severity: 'error',
    beschrijving:
      'Elke afbeelding heeft een tekst die zegt wat erop staat (alt-tekst): `![Een vrouw in een scootmobiel op de markt](scootmobiel.png)`. Mensen die een schermlezer gebruiken, horen die tekst (WCAG 2.1, succescriterium 1.1.1).',
    oplossing: 'Schrijf tussen de vierkante haken in een korte zin wat de afbeelding laat zien.',
    examples: [
      {
        titel: 'Goed: een afbeelding met alt-tekst',
        bestanden: { '02-wmo.md': hoofdstuk('![Een vrouw in een scootmobiel op de markt](scootmobiel.png)') },
        verwacht: [],
      },
      {
        titel: 'Fout: een afbeelding zonder alt-tekst',
        bestanden: { '02-wmo.md': hoofdstuk('![](scootmobiel.png)') },
        verwacht: ['02-wmo.md:14:1: Afbeelding zonder alt-tekst, verwacht tussen de vierkante haken een korte beschrijving van wat erop staat'],
      },
    ],
  },
  (tree, file) => {
    if (!hoofdstukContext(file)) return
    visit(tree, (node) => {
      if (node.type !== 'image' && node.type !== 'imageReference') return
      const image = node as Image | ImageReference
      if (image.alt?.trim()) return
      file.message('Afbeelding zonder alt-tekst, verwacht tussen de vierkante haken een korte beschrijving van wat erop staat', { place: image.position })
    })
  },
)
