/**
 * inwoners-termijn: the inwonersversie gives the same term as the juridische
 * tekst for the same act, so an inwoner is not promised a different date than
 * the rule. Compared per artikel, for the acts the wettelijke termijnen name.
 */
import { inDagen } from '../taal/termijnen.ts'
import { wmoHoofdstuk } from './support/examples.ts'
import { defineRule } from './support/rule.ts'
import { termijnenIn } from './support/termijnen.ts'
import { artikelName, hoofdstukContext } from './support/walk.ts'

const onderzoek = (inwoners: string) =>
  wmoHoofdstuk({ grondslag: 'wmo:2.3.2', juridisch: 'Het college rondt het onderzoek af binnen zes weken na de melding.', inwoners })

export default defineRule(
  {
    ruleId: 'inwoners-termijn',
    severity: 'warning',
    beschrijving:
      'Noemen de juridische tekst en de inwonerstekst van een artikel een termijn voor dezelfde handeling (het onderzoek na een melding, het eerste gesprek), dan is het dezelfde termijn. Zo belooft de inwonersversie niets anders dan de regel. Het maakt niet uit of de termijn in cijfers of in woorden staat. Alleen handelingen met een wettelijke termijn in het register worden vergeleken (zie `wet-termijn`).',
    oplossing: 'Neem in de inwonerstekst dezelfde termijn over als in de juridische tekst.',
    examples: [
      {
        titel: 'Goed: dezelfde termijn, in cijfers',
        bestanden: { '02-wmo.md': onderzoek('Na uw melding is het onderzoek binnen 6 weken klaar.') },
        verwacht: [],
      },
      {
        titel: 'Fout: de inwonerstekst noemt een andere termijn',
        bestanden: { '02-wmo.md': onderzoek('Na uw melding is het onderzoek binnen vier weken klaar.') },
        verwacht: [
          '02-wmo.md:12:39: De inwonerstekst van artikel 2.1 noemt “vier weken” voor het onderzoek na een melding, de juridische tekst “zes weken”, verwacht in beide dezelfde termijn',
        ],
      },
    ],
  },
  (tree, file) => {
    const context = hoofdstukContext(file)
    if (!context) return
    const gevonden = termijnenIn(tree, file, context)
    for (const inwoners of gevonden) {
      if (inwoners.deel !== 'inwoners') continue
      const juridisch = gevonden.filter(
        (entry) => entry.deel === 'juridisch' && entry.artikel === inwoners.artikel && entry.wettelijk.item === inwoners.wettelijk.item,
      )
      if (juridisch.length === 0 || juridisch.some((entry) => inDagen(entry.gevonden) === inDagen(inwoners.gevonden))) continue
      file.message(
        `De inwonerstekst van ${artikelName(inwoners.artikel)} noemt “${inwoners.gevonden.tekst}” voor ${inwoners.wettelijk.item.wat}, de juridische tekst “${juridisch.map((entry) => entry.gevonden.tekst).join('” en “')}”, verwacht in beide dezelfde termijn`,
        { place: inwoners.plaats },
      )
    }
  },
)
