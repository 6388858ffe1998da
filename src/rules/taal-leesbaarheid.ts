/**
 * taal-leesbaarheid: every inwoners or voorbeeld part is easy to read, judged
 * from one sentence up (src/taal/zinsoordeel.ts): a sentence is heavy when it
 * is long, has many long words, a passive or difficult words; a part fails
 * when more than `taal.maxAandeelZwareZinnen` of its sentences are heavy. A
 * part of at least `taal.minWoordenLeesbaarheid` words also needs a
 * Flesch-Douma of at least `taal.minLeesbaarheid`; for a shorter part the
 * score is information only. The figures are computed once, by the
 * pipeline's analysis step (src/taal/artikel-scores.ts); this rule only
 * judges them.
 */
import { artikelId, type DeelLeesbaarheid } from '../model/scores.ts'
import { beoordeelDeel, waaromZwaar } from '../taal/zinsoordeel.ts'
import { voorbeeldHoofdstuk } from './support/examples.ts'
import { defineRule } from './support/rule.ts'
import { citaat, deelLabel, plaats, taalContext, taalDelen } from './support/taal.ts'
import { artikelNodes } from './support/walk.ts'

export default defineRule(
  {
    ruleId: 'taal-leesbaarheid',
    severity: 'warning',
    beschrijving:
      'Elk `inwoners`- en `voorbeeld`-deel is makkelijk te lezen, vanaf één zin. Elke zin krijgt punten: meer woorden dan `taal.maxZinslengte` (1 punt, 2 bij meer dan anderhalf keer zoveel), twee of meer lange woorden die samen ten minste `taal.minAandeelLangeWoorden` van de zin zijn (1), een lijdende vorm (1), moeilijke woorden (1, of 2 bij drie of meer). Een zin met 2 punten of meer is zwaar. Een deel waarin meer dan `taal.maxAandeelZwareZinnen` (standaard 0,2) van de zinnen zwaar is, krijgt een melding bij de zwaarste zin. Een deel van ten minste `taal.minWoordenLeesbaarheid` woorden (standaard 30) heeft bovendien een Flesch-Douma-score van ten minste `taal.minLeesbaarheid` (standaard 50); bij een korter deel staat de score alleen ter informatie in de melding, want op twee zinnen zegt de formule weinig. Begrippen en woorden uit `taal.toegestaneWoorden` tellen niet als lange of moeilijke woorden.',
    oplossing:
      'Maak de zin waar de melding naar wijst korter of splits hem, zeg wie het doet en kies kortere, gewone woorden (“hulp” in plaats van “ondersteuning”). Begrippen uit `begrippen.yml` mag u houden; zet ze tussen `:begrip[…]`.',
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
          '02-wmo.md:16:79: Leesbaarheid van het voorbeeld is -31 (Flesch-Douma), verwacht ten minste 50: gebruik kortere zinnen en kortere woorden; de moeilijkste zin begint hier (“Vervolgens adviseert de consulent over passende …”)',
        ],
      },
      {
        titel: 'Fout: een kort deel met één zware zin; Flesch-Douma staat er ter informatie bij',
        bestanden: {
          '02-wmo.md': voorbeeldHoofdstuk(`:::inwoners{titel="Hulp bij u thuis"}
De aanvraag om een maatwerkvoorziening wordt door het college binnen acht weken afgehandeld.
:::`),
        },
        verwacht: [
          '02-wmo.md:12:1: Zware zin in de inwonerstekst: 2 lange woorden en een lijdende vorm (Flesch-Douma 47, ter informatie: het deel is te kort voor die score), verwacht een zin die makkelijk te lezen is: maak hem korter of splits hem, zeg wie het doet en kies gewone woorden (“De aanvraag om een maatwerkvoorziening wordt …”)',
        ],
      },
    ],
  },
  (tree, file) => {
    const taal = taalContext(file)
    const artikelen = file.data.hoofdstuk?.artikelen
    if (!taal || !artikelen) return
    const { instellingen } = taal
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
      if (!figure) continue
      const oordeel = beoordeelDeel(figure, instellingen)
      const score = Math.round(figure.fleschDouma)
      if (oordeel.reden === 'flesch-douma') {
        const hardest = figure.moeilijksteZin
        file.message(
          `Leesbaarheid van ${deelLabel[deel.naam]} is ${score} (Flesch-Douma), verwacht ten minste ${instellingen.minLeesbaarheid}: gebruik kortere zinnen en kortere woorden; de moeilijkste zin begint hier (“${citaat(hardest?.tekst ?? '')}”)`,
          { place: plaats(file, deel, hardest?.start ?? 0) },
        )
      } else if (oordeel.reden === 'zinnen') {
        const zwaarste = oordeel.zwareZinnen[0]
        if (!zwaarste) continue
        const aantal = oordeel.zwareZinnen.length
        const info = oordeel.fleschDoumaBeoordeeld || Number.isNaN(score) ? '' : ` (Flesch-Douma ${score}, ter informatie: het deel is te kort voor die score)`
        file.message(
          `Zware zin in ${deelLabel[deel.naam]}: ${waaromZwaar(zwaarste, instellingen)}${aantal > 1 ? `; ${aantal} van de ${oordeel.zinnen} zinnen zijn zwaar` : ''}${info}, verwacht een zin die makkelijk te lezen is: maak hem korter of splits hem, zeg wie het doet en kies gewone woorden (“${citaat(zwaarste.zin.tekst)}”)`,
          { place: plaats(file, deel, zwaarste.zin.start) },
        )
      }
    }
  },
)
