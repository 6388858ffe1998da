/**
 * taal-moeilijk-woord: no officialese in an inwoners or voorbeeld part when a
 * plain word says the same ("verstrekken" → "geven"). The list with the
 * alternatives is src/taal/moeilijke-woorden-lijst.ts. Begrippen from
 * begrippen.yml are never reported: they have their own uitleg.
 */
import { oneOf } from '../messages/suggest.ts'
import { attributePosition } from '../parse/attributes.ts'
import { vrijeWoorden } from '../taal/instellingen.ts'
import { findDifficultWords } from '../taal/moeilijke-woorden.ts'
import { voorbeeldHoofdstuk, wmoHoofdstuk } from './support/examples.ts'
import { defineRule } from './support/rule.ts'
import { deelLabel, plaats, taalContext, taalDelen } from './support/taal.ts'

/** The basic fixture's verordening.yml (test/fixtures/basis) with accepted words for the inwonerstekst. */
const metToegestaneWoorden = `gemeente: Proefdorp
citeertitel: Verordening sociaal domein Proefdorp
titel: Verordening van de gemeenteraad van Proefdorp over ondersteuning in het sociaal domein
status: concept
inwerkingtreding: 2027-01-01
voorbeeld: true
wetten:
  pw: { naam: Participatiewet, bwb: BWBR0015703 }
  wmo: { naam: Wet maatschappelijke ondersteuning 2015, afkorting: Wmo 2015, bwb: BWBR0035362 }
  awb: { naam: Algemene wet bestuursrecht, afkorting: Awb, bwb: BWBR0005537 }
taal:
  toegestaneWoorden: [maatregel, individuele begeleiding]
`

export default defineRule(
  {
    ruleId: 'taal-moeilijk-woord',
    severity: 'warning',
    beschrijving:
      'In `inwoners` (ook in de titel, `:::inwoners{titel="…"}`) en `voorbeeld` staan geen moeilijke of ambtelijke woorden waarvoor een gewoon woord bestaat (“verstrekken”, “indien”, “teneinde”). De melding wijst naar het woord en noemt het gewone woord, waar het kan in dezelfde vorm (“Indien” → “Als”, “wordt verstrekt” → “gegeven”, “beschikkingen” → “besluiten”); een editor kan het dan met één klik vervangen. De lijst staat in `src/taal/moeilijke-woorden-lijst.ts`. Niet gemeld worden: begrippen uit `begrippen.yml`, woorden als `:begrip[…]`, woorden in `taal.toegestaneWoorden` in `verordening.yml`, en “overleggen” in de zin van praten (“we overleggen met u”).',
    oplossing:
      'Gebruik het gewone woord uit de melding. Is het woord een vast begrip in de verordening, zet het dan in `begrippen.yml` met een uitleg en schrijf `:begrip[…]`. Is het een vakterm die u niet kunt vermijden, zet het dan één keer in `taal.toegestaneWoorden` in `verordening.yml`.',
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
        titel: 'Goed: “overleggen” in de zin van praten, en woorden die de verordening in `taal.toegestaneWoorden` heeft aanvaard',
        bestanden: {
          'verordening.yml': metToegestaneWoorden,
          '02-wmo.md': voorbeeldHoofdstuk(`:::inwoners{titel="Hulp bij u thuis"}
We overleggen eerst met u. Daarna kiest u samen met ons een maatregel of individuele begeleiding.
:::`),
        },
        verwacht: [],
      },
      {
        titel: 'Fout: “overleggen” in de zin van inleveren',
        bestanden: {
          '02-wmo.md': voorbeeldHoofdstuk(`:::inwoners{titel="Hulp bij u thuis"}
U moet uw loonstroken overleggen.
:::`),
        },
        verwacht: ['02-wmo.md:12:23: Moeilijk woord “overleggen” in de inwonerstekst, verwacht een gewoon woord: schrijf liever “laten zien” of “inleveren”'],
      },
      {
        titel: 'Fout: “Indien” en “verstrekken”',
        bestanden: {
          '02-wmo.md': voorbeeldHoofdstuk(`:::inwoners{titel="Hulp bij u thuis"}
Indien u hulp nodig heeft, zullen wij u die **verstrekken**.
:::`),
        },
        verwacht: [
          '02-wmo.md:12:1: Moeilijk woord “Indien” in de inwonerstekst, verwacht een gewoon woord: schrijf liever “Als”',
          '02-wmo.md:12:47: Moeilijk woord “verstrekken” in de inwonerstekst, verwacht een gewoon woord: schrijf liever “geven”',
        ],
      },
      {
        titel: 'Fout: “Indien” in de titel van de inwonerstekst',
        bestanden: { '02-wmo.md': wmoHoofdstuk({ inwonersTitel: 'Indien u hulp nodig heeft' }) },
        verwacht: ['02-wmo.md:11:20: Moeilijk woord “Indien” in de titel van de inwonerstekst, verwacht een gewoon woord: schrijf liever “Als”'],
      },
    ],
  },
  (tree, file) => {
    const taal = taalContext(file)
    if (!taal) return
    const allowedWords = vrijeWoorden(taal.context)
    for (const deel of taalDelen(tree, file, ['inwoners', 'voorbeeld'])) {
      // The short B1 title of the inwonersversie (`:::inwoners{titel="…"}`, rule inwoners-titel).
      const titel = deel.naam === 'inwoners' ? deel.node.attributes?.titel : undefined
      for (const hit of titel ? findDifficultWords(titel, { allowedWords }) : []) {
        const words = hit.replacements.length > 0 ? hit.replacements : hit.alternative.split(/\s*,\s*/)
        file.message(
          `Moeilijk woord “${hit.text}” in de titel van de inwonerstekst, verwacht een gewoon woord: schrijf liever ${oneOf(words.map((word) => `“${word}”`))}`,
          {
            place: attributePosition(file, deel.node, 'titel', hit.text),
          },
        )
      }
      for (const hit of findDifficultWords(deel.mapped.text, { allowedWords })) {
        if (deel.mapped.directives.some((range) => hit.start >= range.start && hit.end <= range.end)) continue
        const start = plaats(file, deel, hit.start)
        const last = plaats(file, deel, hit.end - 1)
        const end = { line: last.line, column: last.column + 1, ...(last.offset === undefined ? {} : { offset: last.offset + 1 }) }
        // The alternatives in the form of the word ("Indien" → "Als"), else as listed.
        const words = hit.replacements.length > 0 ? hit.replacements : hit.alternative.split(/\s*,\s*/)
        const message = file.message(
          `Moeilijk woord “${hit.text}” in ${deelLabel[deel.naam]}, verwacht een gewoon woord: schrijf liever ${oneOf(words.map((word) => `“${word}”`))}`,
          {
            place: { start, end },
          },
        )
        // For an editor's quick fix (like remark-lint): replace `place` by one of these.
        if (hit.replacements.length > 0) {
          message.actual = hit.text
          message.expected = [...hit.replacements]
        }
      }
    }
  },
)
