/**
 * taal-lijdende-vorm: no passive voice in an inwoners or voorbeeld part.
 * "Uw aanvraag wordt beoordeeld" hides who acts; "Wij beoordelen uw aanvraag"
 * says it. The detector is a heuristic (a form of worden/zijn plus a
 * participle in the same clause) that favours few false alarms.
 */
import { defineRule } from '../rule.ts'
import { deelLabel, leesbaarheid, plaats, taalContext, taalDelen } from '../taal.ts'
import { voorbeeldHoofdstuk } from '../example-hoofdstuk.ts'

export default defineRule(
  {
    ruleId: 'taal-lijdende-vorm',
    severity: 'warning',
    beschrijving:
      'In `inwoners` en `voorbeeld` staat geen lijdende vorm (“uw aanvraag wordt beoordeeld”, “de uitkering is toegekend”). De melding wijst naar de vorm van *worden* of *zijn* of naar het voltooid deelwoord, wat het eerst komt. De herkenning is een vuistregel: zij mist liever een lijdende vorm dan dat zij er een ziet die er niet is.',
    oplossing:
      'Zeg wie het doet: “Wij beoordelen uw aanvraag”, “U krijgt de uitkering”. Schrijf “wij” voor de gemeente en “u” voor de inwoner.',
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
        titel: 'Fout: twee lijdende vormen, ook in de bijzin',
        bestanden: {
          '02-wmo.md': voorbeeldHoofdstuk(`:::inwoners{titel="Hulp bij u thuis"}
Uw aanvraag wordt door ons beoordeeld. U hoort daarna of de hulp *toegekend* is.
:::`),
        },
        verwacht: [
          '02-wmo.md:12:13: Lijdende vorm “wordt door ons beoordeeld” in de inwonerstekst, verwacht een bedrijvende zin: zeg wie het doet (“wij …”, “u …”)',
          '02-wmo.md:12:67: Lijdende vorm “toegekend is” in de inwonerstekst, verwacht een bedrijvende zin: zeg wie het doet (“wij …”, “u …”)',
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
          `Lijdende vorm “${hit.text.replace(/\s+/g, ' ')}” in ${deelLabel[deel.naam]}, verwacht een bedrijvende zin: zeg wie het doet (“wij …”, “u …”)`,
          { place: plaats(file, deel, hit.start) },
        )
      }
    }
  },
)
