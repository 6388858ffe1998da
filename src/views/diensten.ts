// The names of services (diensten.yml, src/model/diensten.ts) on the site: per
// artikel the words search knows it by, per effect the names of its artikelen,
// and the A–Z list on the inwoners start page. Only artikelen that exist count.
import { type Dienst, diensten } from '../model/diensten.ts'
import type { ArtikelEntry } from './artikelen.ts'
import type { SiteLookups } from './lookups.ts'
import type { DienstView, EffectView, Link } from './types.ts'

const collator = new Intl.Collator('nl')

export interface DienstenViews {
  /** Per artikel number: every name search knows it by (names, variants, own names). */
  namenByArtikel: Map<string, string[]>
  /** The A–Z list for the inwoners start page. */
  lijst: DienstView[]
}

export function buildDiensten(lookups: SiteLookups, artikelen: readonly ArtikelEntry[]): DienstenViews {
  const viewByNr = new Map(artikelen.map(({ view }) => [view.nr, view]))
  const namenByArtikel = new Map<string, string[]>()
  const lijst: DienstView[] = []
  for (const dienst of diensten(lookups.context)) {
    const links = artikelLinks(dienst, viewByNr)
    if (links.length === 0) continue
    for (const nr of dienst.artikelen) {
      if (!viewByNr.has(nr)) continue
      namenByArtikel.set(nr, [...new Set([...(namenByArtikel.get(nr) ?? []), ...dienst.namen])])
    }
    // The default list's spelling (PGB), else the author's.
    lijst.push({ naam: dienst.standaard && dienst.naam === dienst.naam.toLowerCase() ? dienst.standaard.naam : dienst.naam, artikelen: links })
  }
  lijst.sort((a, b) => collator.compare(a.naam, b.naam))
  return { namenByArtikel, lijst }
}

/** The names whose artikelen include one of the effect's own artikelen (the general ones serve every effect). */
export function dienstenVanEffect(effect: Pick<EffectView, 'eigenArtikelen'>, lijst: readonly DienstView[]): DienstView[] {
  const urls = new Set(effect.eigenArtikelen.map((link) => link.url))
  return lijst
    .map((dienst) => ({ naam: dienst.naam, artikelen: dienst.artikelen.filter((link) => urls.has(link.url)) }))
    .filter((dienst) => dienst.artikelen.length > 0)
}

function artikelLinks(dienst: Dienst, viewByNr: ReadonlyMap<string, ArtikelEntry['view']>): Link[] {
  return dienst.artikelen.flatMap((nr) => {
    const view = viewByNr.get(nr)
    return view ? [{ titel: view.inwonersTitel, url: view.urls.inwoners }] : []
  })
}
