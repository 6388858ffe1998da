/**
 * casus-privacy: a casus must be anonymous. The folder casussen/ may end up
 * in a public repository and on the site, so a BSN, a date of birth, an
 * address, an e-mail address, a phone number or a full name is an error (AVG),
 * at the exact place. The message does not repeat the data.
 */
import { fileLocation } from '../parse/file-location.ts'
import { findPersoonsgegevens, persoonsgegevenUitleg } from '../taal/persoonsgegevens.ts'
import { exampleCasus } from './support/examples.ts'
import { defineRule } from './support/rule.ts'
import { capitalize } from './support/walk.ts'

/** More than this many in one file is one more message that counts the rest. */
const maxPerFile = 50

export default defineRule(
  {
    ruleId: 'casus-privacy',
    severity: 'error',
    beschrijving:
      'Een casus is geanonimiseerd (AVG): de map `casussen/` kan in een openbare repository en op de site komen. De controle zoekt in de hele casus (kop en verhaal) naar een burgerservicenummer (negen cijfers die kloppen met de elfproef, of een nummer na "BSN"), een geboortedatum (een datum na "geboren" of "geboortedatum"), een postcode of een straat met huisnummer, een e-mailadres, een telefoonnummer en een volledige naam (een titel als "meneer" of "familie" met een achternaam, of een voornaam met een achternaam). De melding herhaalt het gegeven niet.',
    oplossing:
      'Schrijf de casus zoals de bronnen dat doen: "meneer A.", "familie V." of alleen een verzonnen voornaam; een leeftijd in plaats van een geboortedatum; hoogstens de wijk in plaats van een adres; geen nummers of contactgegevens.',
    examples: [
      {
        titel: 'Goed: een geanonimiseerde casus',
        bestanden: { 'casussen/2026-mevrouw-b.md': exampleCasus({ tekst: 'Mevrouw B. is 81 jaar en woont in de wijk Oost. Haar dochter Sanne helpt haar.' }) },
        verwacht: [],
      },
      {
        titel: 'Fout: een BSN, een geboortedatum, een adres en een volledige naam',
        bestanden: {
          'casussen/2026-mevrouw-b.md': exampleCasus({ tekst: 'Mevrouw Bakker (BSN 123456782) is geboren op 3-4-1945 en woont op de Kerkstraat 12.' }),
        },
        verwacht: [
          '2026-mevrouw-b.md:16:9: Een volledige naam in deze casus, verwacht een voorletter ("meneer A.", "familie V.") of alleen een verzonnen voornaam (AVG: de map casussen/ kan openbaar worden)',
          '2026-mevrouw-b.md:16:21: Een burgerservicenummer (BSN) in deze casus, verwacht geen nummer: laat het BSN weg (AVG: de map casussen/ kan openbaar worden)',
          '2026-mevrouw-b.md:16:46: Een geboortedatum in deze casus, verwacht een leeftijd ("een vrouw van 34") of niets (AVG: de map casussen/ kan openbaar worden)',
          '2026-mevrouw-b.md:16:70: Een adres (postcode of straat met huisnummer) in deze casus, verwacht hoogstens de wijk of de plaats (AVG: de map casussen/ kan openbaar worden)',
        ],
      },
      {
        titel: 'Fout: contactgegevens',
        bestanden: { 'casussen/2026-mevrouw-b.md': exampleCasus({ tekst: 'Zij is bereikbaar op 06-12345678 en via b.bakker@example.nl.' }) },
        verwacht: [
          '2026-mevrouw-b.md:16:22: Een telefoonnummer in deze casus, verwacht geen contactgegevens (AVG: de map casussen/ kan openbaar worden)',
          '2026-mevrouw-b.md:16:41: Een e-mailadres in deze casus, verwacht geen contactgegevens (AVG: de map casussen/ kan openbaar worden)',
        ],
      },
    ],
  },
  (_tree, file) => {
    if (file.data.kind !== 'casus') return
    const hits = findPersoonsgegevens(String(file.value))
    const place = fileLocation(file)
    for (const hit of hits.slice(0, maxPerFile)) {
      const start = place.toPoint(hit.start)
      const end = place.toPoint(hit.end)
      const uitleg = persoonsgegevenUitleg[hit.soort]
      file.message(`${capitalize(uitleg.wat)} in deze casus, verwacht ${uitleg.verwacht} (AVG: de map casussen/ kan openbaar worden)`, {
        place: start && end ? { start, end } : start,
      })
    }
    if (hits.length > maxPerFile)
      file.message(
        `Nog ${hits.length - maxPerFile} persoonsgegevens in deze casus, verwacht een geanonimiseerde casus (AVG: de map casussen/ kan openbaar worden)`,
        { place: { line: 1, column: 1 } },
      )
  },
)
