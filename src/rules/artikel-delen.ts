/**
 * artikel-delen: every artikel has exactly one `juridisch` part (the binding
 * text) and one `inwoners` part (the same rule in plain language), unless its
 * soort exempts it explicitly; at most one `toelichting`.
 */

import { isContainer } from '../model/verordening-model.ts'
import { type ExampleArtikel, exampleHoofdstuk } from './support/examples.ts'
import { defineRule } from './support/rule.ts'
import { artikelName, artikelNodes, capitalize, hoofdstukContext, isExempt, soortOf } from './support/walk.ts'

const slot = (artikel: ExampleArtikel) => exampleHoofdstuk({ kop: { titel: 'Slot', wet: null }, artikelen: [{ grondslag: null, inwoners: null, ...artikel }] })

export default defineRule(
  {
    ruleId: 'artikel-delen',
    severity: 'error',
    beschrijving:
      'Elk artikel heeft één `:::juridisch` (de bindende tekst) en één `:::inwoners` (dezelfde regel in eenvoudige taal), en hoogstens één `:::toelichting`. Artikelen van de soort `begripsbepalingen`, `overgangsrecht`, `intrekking`, `inwerkingtreding` of `citeertitel` zijn uitdrukkelijk vrijgesteld van het inwonersdeel.',
    oplossing:
      'Voeg het ontbrekende deel toe binnen het artikel, of voeg dubbele delen samen. Is het artikel een slotbepaling, geef het dan de juiste `soort`, bijvoorbeeld `soort="citeertitel"`.',
    todo: { 'zonder-inwoners': { een: 'artikel zonder inwonersdeel', meer: 'artikelen zonder inwonersdeel' } },
    examples: [
      {
        titel: 'Goed: een citeertitel zonder inwonersdeel',
        bestanden: {
          '02-slot.md': slot({
            titel: 'Citeertitel',
            kenmerken: 'soort="citeertitel"',
            effect: null,
            grondwaarde: null,
            juridisch: 'Deze verordening heet Verordening sociaal domein Proefdorp.',
          }),
        },
        verwacht: [],
      },
      {
        titel: 'Fout: geen inwonersdeel en twee keer juridisch',
        bestanden: { '02-slot.md': slot({ grondwaarde: 'gedeeld.eigen-regie', delen: ':::juridisch\nHet college kan meer hulp bieden.\n:::' }) },
        verwacht: [
          '02-slot.md:6:1: Artikel 2.1 heeft geen `:::inwoners`, verwacht de regel in eenvoudige taal voor inwoners (een artikel van de soort `regel` is daarvan niet vrijgesteld)',
          '02-slot.md:10:1: Tweede `:::juridisch` in artikel 2.1, verwacht één juridisch-deel per artikel: voeg ze samen',
        ],
      },
    ],
  },
  (tree, file, todo) => {
    if (!hoofdstukContext(file)) return
    for (const artikel of artikelNodes(tree)) {
      const parts = artikel.children.filter((child) => isContainer(child))
      for (const name of ['juridisch', 'inwoners', 'toelichting'] as const) {
        const found = parts.filter((part) => part.name === name)
        for (const extra of found.slice(1)) {
          file.message(`Tweede \`:::${name}\` in ${artikelName(artikel)}, verwacht één ${name}-deel per artikel: voeg ze samen`, {
            place: extra.data?.position?.opening ?? extra.position,
          })
        }
        if (found.length > 0 || name === 'toelichting') continue
        if (name === 'inwoners' && isExempt(artikel, 'inwoners')) continue
        const why =
          name === 'juridisch'
            ? 'de bindende tekst'
            : `de regel in eenvoudige taal voor inwoners (een artikel van de soort \`${soortOf(artikel)}\` is daarvan niet vrijgesteld)`
        const message = file.message(`${capitalize(artikelName(artikel))} heeft geen \`:::${name}\`, verwacht ${why}`, {
          place: artikel.data?.position?.opening ?? artikel.position,
        })
        // A missing inwonersdeel is omgekeerd werk still to do; a missing juridisch part is not.
        if (name === 'inwoners') todo(message, 'zonder-inwoners')
      }
    }
  },
)
