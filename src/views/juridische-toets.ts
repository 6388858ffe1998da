// The raad page "Juridische toets": every opdracht tot regelgeving of the
// wetten the aanhef names, with the artikel that carries it (or the separate
// regeling it points to), and the statutory terms the check compares with.
// Decided here from the model (src/model/wettelijk.ts); the template only places it.
import { opdrachtStand, wetPlaats, wettelijkVoor } from '../model/wettelijk.ts'
import { termijnTekst } from '../taal/termijnen.ts'
import type { ArtikelEntry } from './artikelen.ts'
import type { SiteLookups } from './lookups.ts'
import type { JuridischeToetsView, Link } from './types.ts'

export function buildJuridischeToets(lookups: SiteLookups, artikelen: readonly ArtikelEntry[]): JuridischeToetsView {
  const { context } = lookups
  const linkByNr = new Map<string, Link>(artikelen.map(({ view }) => [view.nr, { titel: `Artikel ${view.nr} ${view.titel}`, url: view.urls.juridisch }]))
  const opdrachten = opdrachtStand(context).map((stand) => ({
    wet: stand.register.naam,
    plaats: wetPlaats(stand.item),
    wat: stand.item.wat,
    wetsartikel: lookups.grondslagView(stand.wet, stand.item.artikel),
    bron: `${stand.register.bron.url}, tekst geldend vanaf ${stand.register.bron.datum}`,
    geverifieerd: stand.item.geverifieerd,
    artikelen: stand.dragers.flatMap((drager) => {
      const link = linkByNr.get(drager.nr)
      return link ? [{ ...link, elders: drager.via === 'elders' }] : []
    }),
  }))
  const namen = new Set(opdrachtStand(context).map((stand) => stand.wet))
  const termijnen = wettelijkVoor(context)
    .termijnen.filter(({ wet }) => namen.has(wet) || context.verordening.hoofdstukken.some((hoofdstuk) => hoofdstuk.wet === wet))
    .map(({ wet, register, item }) => ({
      wet: register.naam,
      plaats: wetPlaats(item),
      wat: item.wat,
      termijn: termijnTekst(item),
      wetsartikel: lookups.grondslagView(wet, item.artikel),
    }))
  const bronnen = [...new Set(opdrachten.map((opdracht) => `${opdracht.wet} (${opdracht.bron})`))]
  return { opdrachten, bronnen, ontbrekend: opdrachten.filter((opdracht) => opdracht.artikelen.length === 0).length, termijnen }
}
