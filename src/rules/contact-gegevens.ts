/**
 * contact-gegevens: every inwoners page says how to get help ("Hulp vragen"),
 * from `contact` in verordening.yml. A verordening that is no longer a concept
 * must give the loket's telefoon, e-mail, adres and openingstijden.
 */

import { exampleVerordening } from './support/examples.ts'
import { defineRule } from './support/rule.ts'

/** The fields a published verordening must give, with the name a reader knows them by. */
export const verplichteContactgegevens = [
  ['telefoon', 'telefoon'],
  ['email', 'e-mail'],
  ['adres', 'adres'],
  ['openingstijden', 'openingstijden'],
] as const

const vastgesteld = exampleVerordening({ status: 'vastgesteld' })
const volledig =
  'contact:\n  naam: Sociaal Loket Proefdorp\n  telefoon: (0123) 45 67 89\n  email: loket@proefdorp.example\n  adres: Dorpsplein 1, Proefdorp\n  openingstijden: maandag tot en met vrijdag van 9.00 tot 17.00 uur\n'

export default defineRule(
  {
    ruleId: 'contact-gegevens',
    severity: 'error',
    beschrijving:
      'Elke pagina van de inwonersversie zegt hoe de inwoner hulp vraagt (het blok “Hulp vragen”), met de gegevens onder `contact:` in `verordening.yml`. Is de verordening geen concept meer (`status` is niet `concept`), dan staan daar ten minste `telefoon`, `email`, `adres` en `openingstijden`. `naam` (van het loket), `formulier` (het webformulier voor een melding) en `url` mogen erbij. Een concept mag ze nog missen.',
    oplossing:
      'Zet onder `contact:` in `verordening.yml` de ontbrekende gegevens van het loket, bijvoorbeeld `telefoon: 14 0488` en `openingstijden: maandag tot en met vrijdag van 9.00 tot 17.00 uur`.',
    examples: [
      { titel: 'Goed: een concept mag de contactgegevens nog missen', bestanden: {}, verwacht: [] },
      { titel: 'Goed: vastgesteld, met alle contactgegevens', bestanden: { 'verordening.yml': vastgesteld + volledig }, verwacht: [] },
      {
        titel: 'Fout: vastgesteld zonder contactgegevens',
        bestanden: { 'verordening.yml': vastgesteld },
        verwacht: [
          'verordening.yml:4:9: Contactgegevens ontbreken: telefoon, e-mail, adres en openingstijden, verwacht ze onder `contact:` omdat de verordening geen concept is',
        ],
      },
      {
        titel: 'Fout: vastgesteld zonder openingstijden',
        bestanden: { 'verordening.yml': vastgesteld + volledig.replace(/ {2}openingstijden:.*\n/, '') },
        verwacht: ['verordening.yml:13:3: Contactgegevens ontbreken: openingstijden, verwacht ze onder `contact:` omdat de verordening geen concept is'],
      },
    ],
  },
  (_tree, file) => {
    const registry = file.data.context?.registries.verordening
    // A gemeente's own contact (gemeenten.yml) is reported there, with its naam.
    const gemeente = file.data.context?.gemeente
    const regio = gemeente?.contact ? file.data.context?.registries.gemeenten : undefined
    if (file.data.kind !== (regio ? 'gemeenten' : 'verordening') || !registry) return
    // A gemeenten.yml that cannot be read has its own messages; the contact may well be in it.
    if (file.data.context?.registries.gemeenten === null) return
    const meta = registry.data
    if (meta.status === 'concept') return
    const contact = meta.contact ?? {}
    const missing = verplichteContactgegevens.filter(([field]) => !contact[field]).map(([, naam]) => naam)
    if (missing.length === 0) return
    const list = missing.length === 1 ? missing[0]! : `${missing.slice(0, -1).join(', ')} en ${missing.at(-1)!}`
    const index = regio?.data.gemeenten.findIndex((entry) => entry.id === gemeente?.id) ?? -1
    file.message(
      `Contactgegevens ontbreken${regio ? ` bij ${gemeente?.naam}` : ''}: ${list}, verwacht ze onder \`contact:\` omdat de verordening geen concept is`,
      { place: regio ? regio.place(['gemeenten', index, 'contact']) : registry.place(meta.contact ? ['contact'] : ['status']) },
    )
  },
)
