/**
 * taal-lijdende-vorm: no passive voice in an inwoners or voorbeeld part.
 * "Uw aanvraag wordt beoordeeld" hides who acts; "Wij beoordelen uw aanvraag"
 * says it. The detector (src/taal/passive.ts) works by grammar: participles
 * from a lexicon, "zijn" only with verbs that take an object, copulas and
 * zijn-perfects left alone; measured on a labelled gold set.
 */

import { voorbeeldHoofdstuk } from './support/examples.ts'
import { defineRule } from './support/rule.ts'
import { deelLabel, kortCitaat, leesbaarheid, plaats, taalContext, taalDelen } from './support/taal.ts'

export default defineRule(
  {
    ruleId: 'taal-lijdende-vorm',
    severity: 'warning',
    beschrijving:
      'In `inwoners` en `voorbeeld` staat geen lijdende vorm (“uw aanvraag wordt beoordeeld”, “de uitkering is toegekend”). De melding wijst naar de vorm van *worden* of *zijn* of naar het voltooid deelwoord, wat het eerst komt. De herkenning kijkt naar de grammatica: een vorm van *worden* met een voltooid deelwoord is lijdend; *zijn* met een voltooid deelwoord alleen als het werkwoord een lijdend voorwerp kan hebben (“is toegekend”), niet bij *zijn* + bijvoeglijk naamwoord (“is bevoegd”, “bent verplicht”) of bij werkwoorden die met *zijn* vervoegen (“is verhuisd”, “is vervallen”). *Worden* als koppelwerkwoord (“18 jaar worden”) is geen lijdende vorm.',
    oplossing: 'Zeg wie het doet: “Wij beoordelen uw aanvraag”, “U krijgt de uitkering”. Schrijf “wij” voor de gemeente en “u” voor de inwoner.',
    examples: [
      {
        titel: 'Goed: bedrijvende zinnen, en “zijn” als bezittelijk voornaamwoord',
        bestanden: {
          '02-wmo.md': voorbeeldHoofdstuk(`:::inwoners{titel="Hulp bij u thuis"}
Wij beoordelen uw aanvraag. Daarna krijgt u een brief.
:::
:::voorbeeld{titel="Bernard"}
Bernard verliest zijn baan. De gemeente bepaalt hoe hoog die bijdrage is.
:::`),
        },
        verwacht: [],
      },
      {
        titel: 'Goed: koppelwerkwoord met bijvoeglijk naamwoord, werkwoorden met “zijn”, en “worden” als koppelwerkwoord',
        bestanden: {
          '02-wmo.md': voorbeeldHoofdstuk(`:::inwoners{titel="Hulp bij u thuis"}
U bent welkom op het spreekuur. Wij zijn bereikbaar per telefoon. Bent u verhuisd? Als u 18 jaar wordt, krijgt u een brief.
:::`),
        },
        verwacht: [],
      },
      {
        titel: 'Fout: twee lijdende vormen, ook in de bijzin',
        bestanden: {
          '02-wmo.md': voorbeeldHoofdstuk(`:::inwoners{titel="Hulp bij u thuis"}
Uw aanvraag wordt door ons beoordeeld. U hoort daarna of de hulp *toegekend* is.
Bij het gesprek worden uw wensen betrokken.
:::`),
        },
        verwacht: [
          '02-wmo.md:12:13: Lijdende vorm “wordt door ons beoordeeld” in de inwonerstekst, verwacht een bedrijvende zin: zeg wie het doet (“wij …”, “u …”)',
          '02-wmo.md:12:67: Lijdende vorm “toegekend is” in de inwonerstekst, verwacht een bedrijvende zin: zeg wie het doet (“wij …”, “u …”)',
          '02-wmo.md:13:17: Lijdende vorm “worden uw wensen betrokken” in de inwonerstekst, verwacht een bedrijvende zin: zeg wie het doet (“wij …”, “u …”)',
        ],
      },
    ],
  },
  (tree, file) => {
    const taal = taalContext(file)
    if (!taal) return
    for (const deel of taalDelen(tree, file, ['inwoners', 'voorbeeld'])) {
      for (const hit of leesbaarheid(deel, taal.context).passives) {
        file.message(
          `Lijdende vorm “${kortCitaat(hit.text.replace(/\s+/g, ' '))}” in ${deelLabel[deel.naam]}, verwacht een bedrijvende zin: zeg wie het doet (“wij …”, “u …”)`,
          { place: plaats(file, deel, hit.start) },
        )
      }
    }
  },
)
