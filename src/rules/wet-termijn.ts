/**
 * wet-termijn: a verordening may not stretch a term the wet sets (the Wmo's
 * six weeks for the onderzoek after a melding, the Wgs's four weeks for the
 * first gesprek and three werkdagen in a bedreigende situatie). The check
 * reads the terms in the juridische tekst of each artikel whose grondslag
 * names that wet, near the words of the act they bind.
 */
import { wetPlaats } from '../model/wettelijk.ts'
import { inDagen, termijnTekst } from '../taal/termijnen.ts'
import { exampleVerordening, wmoHoofdstuk } from './support/examples.ts'
import { defineRule } from './support/rule.ts'
import { termijnenIn } from './support/termijnen.ts'
import { artikelName, capitalize, hoofdstukContext } from './support/walk.ts'

const onderzoek = (termijn: string) =>
  wmoHoofdstuk({ grondslag: 'wmo:2.3.2', juridisch: `Het college rondt het onderzoek af binnen ${termijn} na de melding.` })

export default defineRule(
  {
    ruleId: 'wet-termijn',
    severity: 'error',
    beschrijving:
      'Een termijn in de juridische tekst mag niet langer zijn dan de wet toestaat. De controle zoekt termijnen als “binnen zes weken”, “uiterlijk 10 werkdagen” of “ten hoogste twee maanden” (getallen in cijfers en in woorden; dagen, werkdagen, weken, maanden) in de artikelen waarvan de grondslag de wet noemt, en koppelt ze aan de handeling in dezelfde zin (het onderzoek na een melding, het eerste gesprek, de beschikking). De wettelijke termijnen staan in het register dat bij de toolchain hoort, met de bron; een gemeente vult het aan in `wettelijk.yml`. Werkdagen tellen als 7/5 dag, een maand als 30 dagen. Wat deze controle wel en niet ziet, staat in de schrijfwijzer.',
    oplossing: 'Maak de termijn gelijk aan of korter dan de termijn van de wet die de melding noemt.',
    examples: [
      { titel: 'Goed: het onderzoek binnen de zes weken van de Wmo 2015', bestanden: { '02-wmo.md': onderzoek('zes weken') }, verwacht: [] },
      { titel: 'Goed: korter mag, ook in cijfers', bestanden: { '02-wmo.md': onderzoek('4 weken') }, verwacht: [] },
      {
        titel: 'Fout: tien weken voor het onderzoek',
        bestanden: { '02-wmo.md': onderzoek('tien weken') },
        verwacht: [
          '02-wmo.md:9:43: Artikel 2.1 geeft “tien weken” voor het onderzoek na een melding, maar artikel 2.3.2, eerste lid, van de Wet maatschappelijke ondersteuning 2015 staat hoogstens 6 weken toe, verwacht een termijn van hoogstens 6 weken',
        ],
      },
      {
        titel: 'Fout: twee maanden is langer dan zes weken',
        bestanden: { 'verordening.yml': exampleVerordening(), '02-wmo.md': onderzoek('twee maanden') },
        verwacht: [
          '02-wmo.md:9:43: Artikel 2.1 geeft “twee maanden” voor het onderzoek na een melding, maar artikel 2.3.2, eerste lid, van de Wet maatschappelijke ondersteuning 2015 staat hoogstens 6 weken toe, verwacht een termijn van hoogstens 6 weken',
        ],
      },
    ],
  },
  (tree, file) => {
    const context = hoofdstukContext(file)
    if (!context) return
    for (const { artikel, deel, wettelijk, gevonden, plaats } of termijnenIn(tree, file, context)) {
      if (deel !== 'juridisch' || inDagen(gevonden) <= inDagen(wettelijk.item)) continue
      const max = termijnTekst(wettelijk.item)
      file.message(
        `${capitalize(artikelName(artikel))} geeft “${gevonden.tekst}” voor ${wettelijk.item.wat}, maar ${wetPlaats(wettelijk.item)}, van de ${wettelijk.register.naam} staat hoogstens ${max} toe, verwacht een termijn van hoogstens ${max}`,
        { place: plaats },
      )
    }
  },
)
