/**
 * taal-moeilijk-woord: no officialese in an inwoners or voorbeeld part when a
 * plain word says the same ("verstrekken" → "geven"). The list with the
 * alternatives is src/taal/moeilijke-woorden-lijst.ts. Begrippen from
 * begrippen.yml are never reported: they have their own uitleg.
 */
import { oneOf } from '../../src/messages/suggest.ts'
import { defineRule } from '../rule.ts'
import { findDifficultWords } from '../../src/taal/moeilijke-woorden.ts'
import { begripVormen } from '../../src/taal/instellingen.ts'
import { attributePosition } from '../../src/parse/attributes.ts'
import { deelLabel, plaats, taalContext, taalDelen } from '../taal.ts'
import { voorbeeldHoofdstuk, wmoHoofdstuk } from '../example-hoofdstuk.ts'

export default defineRule(
  {
    ruleId: 'taal-moeilijk-woord',
    severity: 'warning',
    beschrijving:
      'In `inwoners` (ook in de titel, `:::inwoners{titel="…"}`) en `voorbeeld` staan geen moeilijke of ambtelijke woorden waarvoor een gewoon woord bestaat (“verstrekken”, “indien”, “teneinde”). De melding wijst naar het woord en noemt het gewone woord. De lijst staat in `src/taal/moeilijke-woorden-lijst.ts`; begrippen uit `begrippen.yml` tellen niet mee.',
    oplossing:
      'Gebruik het gewone woord uit de melding. Is het woord een vast begrip in de verordening, zet het dan in `begrippen.yml` met een uitleg en schrijf `:begrip[…]`.',
    examples: [
      {
        titel: 'Goed: gewone woorden; een begrip mag',
        bestanden: {
          '02-wmo.md': voorbeeldHoofdstuk(`:::inwoners{titel="Hulp bij u thuis"}
Als u hulp nodig heeft, geven wij u die. Het :begrip[college] beslist.
:::`),
        },
        verwacht: [],
      },
      {
        titel: 'Fout: “Indien” en “verstrekken”',
        bestanden: {
          '02-wmo.md': voorbeeldHoofdstuk(`:::inwoners{titel="Hulp bij u thuis"}
Indien u hulp nodig heeft, zullen wij u die **verstrekken**.
:::`),
        },
        verwacht: [
          '02-wmo.md:12:1: Moeilijk woord “Indien” in de inwonerstekst, verwacht een gewoon woord: schrijf liever “als”',
          '02-wmo.md:12:47: Moeilijk woord “verstrekken” in de inwonerstekst, verwacht een gewoon woord: schrijf liever “geven”',
        ],
      },
      {
        titel: 'Fout: “Indien” in de titel van de inwonerstekst',
        bestanden: { '02-wmo.md': wmoHoofdstuk({ inwonersTitel: 'Indien u hulp nodig heeft' }) },
        verwacht: ['02-wmo.md:11:20: Moeilijk woord “Indien” in de titel van de inwonerstekst, verwacht een gewoon woord: schrijf liever “als”'],
      },
    ],
  },
  (tree, file) => {
    const taal = taalContext(file)
    if (!taal) return
    const allowedWords = begripVormen(taal.context)
    for (const deel of taalDelen(tree, file, ['inwoners', 'voorbeeld'])) {
      // The short B1 title of the inwonersversie (`:::inwoners{titel="…"}`, rule inwoners-titel).
      const titel = deel.naam === 'inwoners' ? deel.node.attributes?.titel : undefined
      for (const hit of titel ? findDifficultWords(titel, { allowedWords }) : []) {
        file.message(`Moeilijk woord “${hit.text}” in de titel van de inwonerstekst, verwacht een gewoon woord: schrijf liever ${oneOf(hit.alternative.split(/\s*,\s*/).map((word) => `“${word}”`))}`, {
          place: attributePosition(file, deel.node, 'titel', hit.text),
        })
      }
      for (const hit of findDifficultWords(deel.mapped.text, { allowedWords })) {
        if (deel.mapped.directives.some((range) => hit.start >= range.start && hit.end <= range.end)) continue
        file.message(`Moeilijk woord “${hit.text}” in ${deelLabel[deel.naam]}, verwacht een gewoon woord: schrijf liever ${oneOf(hit.alternative.split(/\s*,\s*/).map((word) => `“${word}”`))}`, {
          place: plaats(file, deel, hit.start),
        })
      }
    }
  },
)
