/**
 * taal-leesbaarheid: the Flesch-Douma score of an inwoners or voorbeeld part
 * is at least `taal.minLeesbaarheid` (B1 default 60). Flesch-Douma is a
 * formula over word length (syllables) and sentence length; it is only
 * judged on parts of at least `taal.minWoordenLeesbaarheid` words, because on
 * two short sentences one long word swings the score by twenty points. The
 * scores are computed once, by the pipeline's analysis step
 * (src/taal/artikel-scores.ts); this rule only judges them.
 */
import { artikelId, type DeelLeesbaarheid } from '../../src/model/scores.ts'
import { defineRule } from '../rule.ts'
import { deelLabel, plaats, taalContext, taalDelen, voorbeeldHoofdstuk, citaat } from '../taal.ts'
import { artikelNodes } from '../walk.ts'

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
        verwacht: [
          '02-wmo.md:16:79: Leesbaarheid van het voorbeeld is -31 (Flesch-Douma), verwacht ten minste 60: gebruik kortere zinnen en kortere woorden; de moeilijkste zin begint hier (“Vervolgens adviseert de consulent over passende …”)',
        ],
      },
    ],
  },
  (tree, file) => {
    const taal = taalContext(file)
    const artikelen = file.data.hoofdstuk?.artikelen
    if (!taal || !artikelen) return
    const { minLeesbaarheid, minWoordenLeesbaarheid } = taal.instellingen
    // The figures come from the analysis step (context.scores): per artikel,
    // every inwoners and voorbeeld part in source order, as taalDelen lists them.
    const nodes = artikelNodes(tree)
    let at = -1
    let figures: readonly DeelLeesbaarheid[] = []
    let part = 0
    for (const deel of taalDelen(tree, file, ['inwoners', 'voorbeeld'])) {
      if (nodes[at] !== deel.artikel) {
        while (at < nodes.length && nodes[at] !== deel.artikel) at++
        const artikel = artikelen[at]
        figures = artikel ? (taal.context.scores.get(artikelId(artikel))?.leesbaarheid ?? []) : []
        part = 0
      }
      const figure = figures[part++]
      if (!figure || figure.woorden < minWoordenLeesbaarheid || !(figure.fleschDouma < minLeesbaarheid)) continue
      const score = Math.round(figure.fleschDouma)
      const hardest = figure.moeilijksteZin
      file.message(
        `Leesbaarheid van ${deelLabel[deel.naam]} is ${score} (Flesch-Douma), verwacht ten minste ${minLeesbaarheid}: gebruik kortere zinnen en kortere woorden; de moeilijkste zin begint hier (“${citaat(hardest?.tekst ?? '')}”)`,
        { place: plaats(file, deel, hardest?.start ?? 0) },
      )
    }
  },
)
