/**
 * begrip-wet: a begrip the wet itself defines ("mantelzorg" in the Wmo 2015,
 * "jeugdige" in the Jeugdwet) means in the verordening what it means in the
 * wet. A verordening that defines it differently, without referring to the
 * wet, is read against the wet in bezwaar and beroep.
 */
import { wettelijkVoor } from '../model/wettelijk.ts'
import { alleDefinities, inBestand, vergelijkbaar } from './support/definities.ts'
import { basisBegrippen, exampleBegrip, wmoHoofdstuk } from './support/examples.ts'
import { defineRule } from './support/rule.ts'

const begrip = (definitie: string) => basisBegrippen + exampleBegrip({ term: 'mantelzorg', definitie, uitleg: 'Hulp die u geeft aan iemand die u kent.' })

const gebruikt = wmoHoofdstuk({ juridisch: 'Het college ondersteunt de :begrip[mantelzorg].' })

export default defineRule(
  {
    ruleId: 'begrip-wet',
    severity: 'warning',
    beschrijving:
      'Omschrijft een wet uit `verordening.yml` een begrip zelf (zoals “mantelzorg” en “gebruikelijke hulp” in artikel 1.1.1 van de Wmo 2015, “jeugdige” en “ouder” in artikel 1.1 van de Jeugdwet, “schuldhulpverlening” in artikel 1 van de Wgs), dan betekent het in de verordening hetzelfde. Een andere definitie zonder verwijzing naar de wet geeft deze waarschuwing, met de definitie van de wet. Een definitie die naar de wet verwijst (“als bedoeld in artikel 1.1.1 van de Wet maatschappelijke ondersteuning 2015”) is goed. De definities van de wetten staan in het register dat bij de toolchain hoort; een gemeente vult het aan in `wettelijk.yml`.',
    oplossing:
      'Neem de definitie van de wet over, of verwijs ernaar: “mantelzorg als bedoeld in artikel 1.1.1 van de Wet maatschappelijke ondersteuning 2015”. Is een ruimere betekenis bedoeld, gebruik dan een ander woord.',
    examples: [
      {
        titel: 'Goed: de definitie verwijst naar de wet',
        bestanden: {
          '02-wmo.md': gebruikt,
          'begrippen.yml': begrip('mantelzorg als bedoeld in artikel 1.1.1 van de Wet maatschappelijke ondersteuning 2015.'),
        },
        verwacht: [],
      },
      {
        titel: 'Fout: een eigen, andere definitie van mantelzorg',
        bestanden: { '02-wmo.md': gebruikt, 'begrippen.yml': begrip('alle hulp van familie en vrienden.') },
        verwacht: [
          'begrippen.yml:5:14: Het begrip “mantelzorg” staat ook in artikel 1.1.1 van de Wet maatschappelijke ondersteuning 2015, met een andere definitie: “hulp ten behoeve van zelfredzaamheid, participatie, beschermd wonen, opvang, jeugdhulp, het opvoeden en opgroeien van jeugdigen en zorg en overige diensten als bedoeld in de Zorgverzekeringswet, die rechtstreeks voortvloeit uit een tussen personen bestaande sociale relatie en die niet wordt verleend in het kader van een hulpverlenend beroep”, verwacht die definitie of een verwijzing (“als bedoeld in artikel 1.1.1 van de Wet maatschappelijke ondersteuning 2015”)',
        ],
      },
    ],
  },
  (_tree, file) => {
    const context = file.data.context
    if (!context || (file.data.kind !== 'hoofdstuk' && file.data.kind !== 'begrippen')) return
    const wettelijk = wettelijkVoor(context).definities
    if (wettelijk.length === 0) return
    for (const hier of alleDefinities(context)) {
      if (!inBestand(hier, file.path)) continue
      const vormen = new Set([hier.term.toLowerCase(), hier.key, ...(context.begripByForm.get(hier.key)?.vormen ?? []).map((vorm) => vorm.toLowerCase())])
      for (const { register, item } of wettelijk) {
        if (![item.term, ...item.vormen].some((vorm) => vormen.has(vorm.toLowerCase()))) continue
        if (verwijstNaarWet(hier.definitie, register.naam, context.verordening.meta.wetten)) continue
        if (vergelijkbaar(hier.definitie) === vergelijkbaar(item.definitie)) continue
        file.message(
          `Het begrip “${hier.term}” staat ook in artikel ${item.artikel} van de ${register.naam}, met een andere definitie: “${item.definitie}”, verwacht die definitie of een verwijzing (“als bedoeld in artikel ${item.artikel} van de ${register.naam}”)`,
          { place: hier.place },
        )
      }
    }
  },
)

/** "… als bedoeld in artikel 1.1 van de Jeugdwet": the definition takes the wet's meaning. */
function verwijstNaarWet(definitie: string, naam: string, wetten: Record<string, { naam: string; afkorting?: string }>): boolean {
  const tekst = definitie.toLowerCase()
  if (!/\b(?:bedoeld in|omschreven in|gedefinieerd in|in de zin van)\b/u.test(tekst)) return false
  const namen = [naam, ...Object.values(wetten).flatMap((wet) => (wet.naam === naam ? [wet.naam, wet.afkorting ?? ''] : []))].filter(Boolean)
  return namen.some((wetNaam) => tekst.includes(wetNaam.toLowerCase())) || /\bde wet\b/u.test(tekst)
}
