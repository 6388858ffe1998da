/**
 * taal-leesbaarheid: the Flesch-Douma score of an inwoners or voorbeeld part
 * is at least `taal.minLeesbaarheid` (B1 default 60). Flesch-Douma is a
 * formula over word length (syllables) and sentence length; it is only
 * judged on parts of at least `taal.minWoordenLeesbaarheid` words, because on
 * two short sentences one long word swings the score by twenty points.
 */
import { fleschDouma } from '../../src/taal/readability.ts'
import { defineRule } from '../rule.ts'
import { deelLabel, leesbaarheid, plaats, taalContext, taalDelen, voorbeeldHoofdstuk, citaat } from '../taal.ts'

export default defineRule(
  {
    ruleId: 'taal-leesbaarheid',
    severity: 'warning',
    beschrijving:
      'De leesbaarheid (Flesch-Douma) van elk `inwoners`- en `voorbeeld`-deel is ten minste `taal.minLeesbaarheid` (standaard 60, zie `verordening.yml`). Delen korter dan `taal.minWoordenLeesbaarheid` woorden (standaard 30) krijgen geen score: daarop zegt de formule weinig. De melding wijst naar de moeilijkste zin van het deel.',
    oplossing:
      'Maak zinnen korter en kies kortere, gewone woorden (“hulp” in plaats van “ondersteuning”). Begin bij de zin waar de melding naar wijst. Begrippen uit `begrippen.yml` mag u houden; zet ze tussen `:begrip[…]`.',
    examples: [
      {
        titel: 'Goed: korte zinnen met gewone woorden',
        bestanden: {
          '02-wmo.md': voorbeeldHoofdstuk(`:::voorbeeld{titel="Mevrouw Bakker"}
Mevrouw Bakker is 84 jaar. Ze woont alleen. Het schoonmaken lukt niet meer. Ze belt de gemeente. Een medewerker komt bij haar thuis. Samen kijken ze wat ze nodig heeft. Haar zoon helpt op zaterdag.
:::`),
        },
        verwacht: [],
      },
      {
        titel: 'Fout: lange woorden maken het voorbeeld moeilijk; de melding wijst naar de moeilijkste zin',
        bestanden: {
          '02-wmo.md': voorbeeldHoofdstuk(`:::voorbeeld{titel="Mevrouw Bakker"}
Mevrouw Bakker ontvangt huishoudelijke ondersteuning. De consulent onderzoekt de beschikbaarheid van algemene voorzieningen.
Zij inventariseert eveneens de mogelijkheden binnen het persoonlijke netwerk. Vervolgens adviseert de consulent over passende individuele ondersteuningsmogelijkheden.
:::`),
        },
        verwacht: ['02-wmo.md:16:79'],
      },
    ],
  },
  (tree, file) => {
    const taal = taalContext(file)
    if (!taal) return
    const { minLeesbaarheid, minWoordenLeesbaarheid } = taal.instellingen
    for (const deel of taalDelen(tree, file, ['inwoners', 'voorbeeld'])) {
      const report = leesbaarheid(deel, taal.context)
      if (report.wordCount < minWoordenLeesbaarheid || !(report.fleschDouma < minLeesbaarheid)) continue
      let hardest = report.sentences[0]
      for (const zin of report.sentences) {
        if (hardest && fleschDouma(zin.words, 1, zin.syllables) < fleschDouma(hardest.words, 1, hardest.syllables)) hardest = zin
      }
      const score = Math.round(report.fleschDouma)
      file.message(
        `Leesbaarheid van ${deelLabel[deel.naam]} is ${score} (Flesch-Douma), verwacht ten minste ${minLeesbaarheid}: gebruik kortere zinnen en kortere woorden; de moeilijkste zin begint hier (“${citaat(hardest?.text ?? '')}”)`,
        { place: plaats(file, deel, hardest?.start ?? 0) },
      )
    }
  },
)
