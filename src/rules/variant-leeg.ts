/**
 * variant-leeg: the variants in a block leave text for every gemeente. A block
 * whose text is only in variants, none of which names a gemeente, is empty in
 * that gemeente's verordening: an artikel without rule.
 */
import { exampleGemeenten, variantHoofdstuk } from './support/regio-examples.ts'
import { defineRule } from './support/rule.ts'
import { hoofdstukContext } from './support/walk.ts'

const tweeVarianten = (tweede: string) =>
  variantHoofdstuk(
    `:::variant{gemeenten="aadorp"}\nHet college geeft een toeslag van € 350 per jaar.\n:::\n\n:::variant{gemeenten="${tweede}"}\nHet college geeft een toeslag van € 400 per jaar.\n:::`,
  )

export default defineRule(
  {
    ruleId: 'variant-leeg',
    severity: 'error',
    beschrijving:
      'Staat de tekst van een blok (`:::juridisch`, `:::inwoners` of een artikel) alleen in varianten, dan moet er voor elke gemeente een variant zijn. Anders is dat blok leeg in de verordening van een gemeente. De melding noemt de gemeente.',
    oplossing:
      'Zet de genoemde gemeente in `gemeenten="…"` van een variant in dat blok, voeg een variant voor haar toe, of zet de tekst die voor elke gemeente geldt buiten de varianten.',
    examples: [
      {
        titel: 'Goed: een variant voor elke gemeente',
        bestanden: { 'gemeenten.yml': exampleGemeenten(), '02-wmo.md': tweeVarianten('beekdal') },
        verwacht: [],
      },
      {
        titel: 'Fout: geen variant voor één gemeente',
        bestanden: { 'gemeenten.yml': exampleGemeenten(), '02-wmo.md': tweeVarianten('aadorp') },
        verwacht: [
          '02-wmo.md:8:1: Het blok `:::juridisch` van artikel 2.1 is leeg voor gemeente Beekdal, verwacht een `:::variant` met `beekdal` in `gemeenten="…"`, of tekst buiten de varianten',
        ],
      },
    ],
  },
  (_tree, file) => {
    const context = hoofdstukContext(file)
    const gemeente = context?.gemeente
    if (!gemeente) return
    for (const leeg of file.data.regio?.leeg ?? []) {
      const blok = leeg.blok === 'artikel' ? `Artikel ${leeg.artikel}` : `Het blok \`:::${leeg.blok}\`${leeg.artikel ? ` van artikel ${leeg.artikel}` : ''}`
      file.message(
        `${blok} is leeg voor gemeente ${gemeente.naam}, verwacht een \`:::variant\` met \`${gemeente.id}\` in \`gemeenten="…"\`, of tekst buiten de varianten`,
        { place: leeg.position },
      )
    }
  },
)
