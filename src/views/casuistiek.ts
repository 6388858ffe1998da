// The casuïstiek page of the raad (/raad/casuistiek/): per artikel how many
// casussen applied it and how often it was set aside, with a chart made here
// at build time (the template draws it as SVG, with the same data as a table),
// the signal "afwijken wordt de norm" and the lessen per artikel. Also the
// voorbeelden from practice for the inwoners pages (publishable casussen only).
// The figures per artikel come from the model (context.casuistiek), computed once.
import { defaultAfwijkingSignaal } from '../model/context.ts'
import { casuistiekArtikelAnchor, casusAnchor } from './links.ts'
import type { SiteLookups } from './lookups.ts'
import { formatDate } from './meta.ts'
import { renderHtml } from './render-html.ts'
import type { CasuistiekArtikelView, CasuistiekView, CasusGrafiekView, CasusView, Link, VoorbeeldView } from './types.ts'

const viaTekst: Record<CasusView['afwijking']['via'], string> = {
  geen: 'Niet afgeweken',
  hardheidsclausule: 'Afgeweken met de hardheidsclausule',
  toetsingsartikel: 'Afgeweken na de omgekeerde toets (toetsingsartikel)',
  kader: 'Afgeweken op grond van een kader',
}

export interface CasusRender {
  /** Rendered stories of the publishable casussen, by casus id (rendered once). */
  html: Map<string, string>
  /** Per artikel number: the publishable casussen that applied it, as voorbeelden. */
  praktijk: Map<string, VoorbeeldView[]>
}

/** Renders the story of each publishable casus once, and groups them by the artikelen they applied. */
export function renderCasussen(lookups: SiteLookups, imageUrl?: (source: string) => string | null): CasusRender {
  const { urls } = lookups
  const html = new Map<string, string>()
  const byArtikel = new Map<string, Array<{ datum: string; voorbeeld: VoorbeeldView }>>()
  for (const { casus } of lookups.context.casussen) {
    if (!casus.kop.publiceerbaar) continue
    const rendered = renderHtml(casus.inhoud, {
      audience: 'inwoners',
      context: lookups.context,
      urls,
      idPrefix: casusAnchor(casus.id),
      counter: { value: 0 },
      imageUrl,
    })
    html.set(casus.id, rendered)
    const voorbeeld: VoorbeeldView = {
      titel: casus.kop.titel,
      html: rendered,
      uitkomst: casus.kop.uitkomst,
      artikel: { titel: casus.kop.titel, url: urls.casus(casus.id) },
    }
    for (const nr of new Set(casus.kop.artikelen)) {
      if (!lookups.context.artikelByNr.has(nr)) continue
      const list = byArtikel.get(nr)
      const entry = { datum: casus.kop.datum, voorbeeld }
      if (list) list.push(entry)
      else byArtikel.set(nr, [entry])
    }
  }
  // An artikel page shows the newest few; the raad's page has them all.
  const praktijk = new Map<string, VoorbeeldView[]>()
  for (const [nr, list] of byArtikel) {
    praktijk.set(
      nr,
      list
        .sort((a, b) => b.datum.localeCompare(a.datum))
        .slice(0, maxPraktijk)
        .map((entry) => entry.voorbeeld),
    )
  }
  return { html, praktijk }
}

/** At most this many voorbeelden from practice per inwoners page, the newest first. */
const maxPraktijk = 3

export function buildCasuistiek(lookups: SiteLookups, rendered: CasusRender): CasuistiekView {
  const { context, urls } = lookups
  const signaal = context.verordening.meta.casuistiek?.signaal ?? defaultAfwijkingSignaal
  const artikelLink = (nr: string): Link[] => {
    const found = context.artikelByNr.get(nr)
    return found ? [{ titel: `Artikel ${nr} ${found.artikel.titel}`, url: urls.juridischArtikel(nr) }] : []
  }
  const casussen: CasusView[] = context.casussen.map(({ casus }) => {
    const { kop } = casus
    return {
      id: casus.id,
      anker: casusAnchor(casus.id),
      url: urls.casus(casus.id),
      titel: kop.titel,
      datum: kop.datum,
      datumTekst: formatDate(kop.datum),
      bron: kop.bron ?? null,
      wetten: kop.wetten.map((key) => lookups.wetByKey.get(key)?.naam ?? key),
      effecten: kop.effecten.filter((id) => context.effectById.has(id)).map(lookups.effectLink),
      artikelen: [...new Set(kop.artikelen)].flatMap(artikelLink),
      kaders: kop.kaders.flatMap((id) => {
        const kader = context.kaderById.get(id)
        return kader ? [{ titel: kader.titel, url: urls.kader(id) }] : []
      }),
      afwijking: {
        via: kop.afwijking.via,
        tekst: viaTekst[kop.afwijking.via],
        van: [...new Set(kop.afwijking.van)].flatMap(artikelLink),
        toelichting: kop.afwijking.toelichting ?? null,
      },
      uitkomst: kop.uitkomst,
      les: kop.les,
      publiceerbaar: kop.publiceerbaar,
      html: rendered.html.get(casus.id) ?? '',
    }
  })
  const byId = new Map(casussen.map((casus) => [casus.id, casus]))

  const artikelen: CasuistiekArtikelView[] = []
  for (const hoofdstuk of context.verordening.hoofdstukken) {
    for (const artikel of hoofdstuk.artikelen) {
      const found = context.casuistiek.get(artikel.nr)
      // An artikel number used twice is counted at its first artikel only.
      if (!found || context.artikelByNr.get(artikel.nr)?.artikel !== artikel) continue
      artikelen.push({
        artikel: { titel: `Artikel ${artikel.nr} ${artikel.titel}`, url: urls.juridischArtikel(artikel.nr) },
        nr: artikel.nr,
        titel: artikel.titel,
        casussen: found.casussen.length,
        afgeweken: found.afgeweken.length,
        signaal: found.afgeweken.length >= signaal,
        bijna: found.afgeweken.length === signaal - 1 && signaal > 1,
        anker: casuistiekArtikelAnchor(artikel.nr),
        lessen: found.casussen.flatMap((id) => {
          const casus = byId.get(id)
          return casus ? [{ casus: { titel: casus.titel, url: casus.url }, les: casus.les }] : []
        }),
      })
    }
  }
  return {
    casussen,
    artikelen,
    signaal,
    signalen: artikelen.filter((artikel) => artikel.signaal),
    bijna: artikelen.filter((artikel) => artikel.bijna),
    telling: {
      casussen: casussen.length,
      afgeweken: casussen.filter((casus) => casus.afwijking.via !== 'geen').length,
      publiceerbaar: casussen.filter((casus) => casus.publiceerbaar).length,
      artikelen: artikelen.length,
      signalen: artikelen.filter((artikel) => artikel.signaal).length,
    },
    grafiek: grafiek(artikelen, signaal),
  }
}

/**
 * A horizontal bar chart: per artikel one row with the casussen that applied
 * it and, over it, how often it was set aside; a vertical line at the signal.
 * Coordinates in a fixed viewBox; the SVG scales to the width of the screen.
 */
export function grafiek(artikelen: readonly CasuistiekArtikelView[], signaal: number): CasusGrafiekView {
  // Narrow enough that the labels stay legible when the SVG shrinks to a 375 px screen.
  const breedte = 460
  const x0 = 92
  const rijHoogte = 30
  const boven = 10
  const onder = 34
  const max = Math.max(signaal + 1, ...artikelen.map((artikel) => artikel.casussen), 1)
  const schaal = (breedte - x0 - 20) / max
  const stap = max <= 10 ? 1 : Math.ceil(max / 10)
  const assen = Array.from({ length: Math.floor(max / stap) + 1 }, (_, index) => ({
    x: Math.round((x0 + index * stap * schaal) * 10) / 10,
    waarde: index * stap,
  }))
  return {
    breedte,
    hoogte: boven + artikelen.length * rijHoogte + onder,
    x0,
    schaal: Math.round(schaal * 100) / 100,
    signaalX: Math.round((x0 + signaal * schaal) * 10) / 10,
    rijen: artikelen.map((artikel, index) => ({
      label: `Artikel ${artikel.nr}`,
      y: boven + index * rijHoogte,
      casussen: { breedte: Math.round(artikel.casussen * schaal * 10) / 10 },
      afgeweken: { breedte: Math.round(artikel.afgeweken * schaal * 10) / 10 },
      tekst: `${artikel.casussen} ${artikel.casussen === 1 ? 'casus' : 'casussen'}, ${artikel.afgeweken} keer afgeweken`,
    })),
    assen,
  }
}
