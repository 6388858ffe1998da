// The kaders page of the raad (/raad/kaders/): every kader of kaders.yml with
// who set it and when, the effecten and grondwaarden it serves, the artikelen
// that name it and the casussen that weighed it. Joined by id.
import type { Kader } from '../model/schema.ts'
import { kaderAnchor, type SiteUrls } from './links.ts'
import type { SiteLookups } from './lookups.ts'
import { formatDate } from './meta.ts'
import type { KaderLink, KaderView, Link } from './types.ts'

const doorTekst: Record<Kader['vastgesteldDoor'], string> = { raad: 'de raad', college: 'het college', wethouder: 'de wethouder' }

export function kaderLink(kader: Kader, urls: SiteUrls): KaderLink {
  return { id: kader.id, titel: kader.titel, tekst: kader.tekst, uitleg: kader.uitleg ?? kader.tekst, url: urls.kader(kader.id) }
}

export function buildKaders(lookups: SiteLookups): KaderView[] {
  const { context, urls } = lookups
  const casussenByKader = new Map<string, Link[]>()
  for (const { casus } of context.casussen) {
    for (const id of new Set(casus.kop.kaders)) {
      const link = { titel: casus.kop.titel, url: urls.casus(casus.id) }
      const list = casussenByKader.get(id)
      if (list) list.push(link)
      else casussenByKader.set(id, [link])
    }
  }
  return context.verordening.kaders.map((kader) => ({
    ...kaderLink(kader, urls),
    vastgesteldDoor: kader.vastgesteldDoor,
    vastgesteldDoorTekst: doorTekst[kader.vastgesteldDoor],
    datum: kader.datum,
    datumTekst: formatDate(kader.datum),
    besluit: kader.besluit,
    anker: kaderAnchor(kader.id),
    effecten: kader.effecten.filter((id) => context.effectById.has(id)).map(lookups.effectLink),
    grondwaarden: kader.grondwaarden.filter((id) => context.grondwaardeById.has(id)).map(lookups.grondwaardeLink),
    artikelen: (context.kaderArtikelen.get(kader.id) ?? []).flatMap((nr) => {
      const found = context.artikelByNr.get(nr)
      return found ? [{ titel: `Artikel ${nr} ${found.artikel.titel}`, url: urls.juridischArtikel(nr) }] : []
    }),
    casussen: casussenByKader.get(kader.id) ?? [],
  }))
}
