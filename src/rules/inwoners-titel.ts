/**
 * inwoners-titel: every inwoners block has a short title in plain language
 * (`:::inwoners{titel="…"}`): the inwonersversie links with it, so an inwoner
 * reads "Als u de huur niet kunt betalen" and not "Kostendelersnorm tijdelijk
 * niet toepassen". Difficult words in it: `taal-moeilijk-woord`.
 */
import type { ContainerDirective } from 'mdast-util-directive'
import { isContainer } from '../model/verordening-model.ts'
import { attributePosition } from '../parse/attributes.ts'
import { wmoHoofdstuk } from './support/examples.ts'
import { defineRule } from './support/rule.ts'
import { artikelName, artikelNodes, hoofdstukContext } from './support/walk.ts'

/** Words a title may have at most: a title, not a sentence. */
export const maxTitelWoorden = 8

export default defineRule(
  {
    ruleId: 'inwoners-titel',
    severity: 'warning',
    beschrijving: `Elk blok \`:::inwoners\` heeft een korte titel in eenvoudige taal: \`:::inwoners{titel="…"}\`. De inwonersversie toont en linkt het artikel met die titel; de juridische titel staat er klein onder. Een titel heeft hoogstens ${maxTitelWoorden} woorden. Moeilijke woorden in de titel meldt \`taal-moeilijk-woord\`.`,
    todo: { 'zonder-inwonerstitel': { een: 'inwonersdeel zonder korte titel', meer: 'inwonersdelen zonder korte titel' } },
    oplossing: 'Schrijf boven de uitleg een korte titel zoals een inwoner de vraag stelt, bijvoorbeeld `:::inwoners{titel="Als u de huur niet kunt betalen"}`.',
    examples: [
      { titel: 'Goed: een korte titel', bestanden: { '02-wmo.md': wmoHoofdstuk({ inwonersTitel: 'Hulp bij u thuis' }) }, verwacht: [] },
      {
        titel: 'Waarschuwing: geen titel',
        bestanden: { '02-wmo.md': wmoHoofdstuk({ inwonersTitel: null }) },
        verwacht: [
          '02-wmo.md:11:1: Het blok `:::inwoners` van artikel 2.1 heeft geen titel, verwacht `:::inwoners{titel="…"}` met een korte titel in eenvoudige taal',
        ],
      },
      {
        titel: 'Waarschuwing: een zin in plaats van een titel',
        bestanden: { '02-wmo.md': wmoHoofdstuk({ inwonersTitel: 'U krijgt van ons hulp als het thuis niet meer goed gaat' }) },
        verwacht: [`02-wmo.md:11:13: De titel van de inwonerstekst van artikel 2.1 heeft 12 woorden, verwacht hoogstens ${maxTitelWoorden}`],
      },
    ],
  },
  (tree, file, todo) => {
    if (!hoofdstukContext(file)) return
    for (const node of artikelNodes(tree)) {
      const inwoners = node.children.find((child): child is ContainerDirective => isContainer(child, 'inwoners'))
      if (!inwoners) continue
      const titel = inwoners.attributes?.titel?.trim()
      if (!titel) {
        const message = file.message(
          `Het blok \`:::inwoners\` van ${artikelName(node)} heeft geen titel, verwacht \`:::inwoners{titel="…"}\` met een korte titel in eenvoudige taal`,
          {
            place: inwoners.data?.position?.opening ?? inwoners.position,
          },
        )
        todo(message, 'zonder-inwonerstitel')
        continue
      }
      const woorden = titel.split(/\s+/).filter(Boolean).length
      if (woorden > maxTitelWoorden) {
        file.message(`De titel van de inwonerstekst van ${artikelName(node)} heeft ${woorden} woorden, verwacht hoogstens ${maxTitelWoorden}`, {
          place: attributePosition(file, inwoners, 'titel'),
        })
      }
    }
  },
)
