// The artikel pages (one inwoners and one juridisch page per artikel share one
// ArtikelView) and the hoofdstukken of the index pages. Each view keeps the
// model artikel it came from, so the other builders join on the model's ids
// (effect id, grondwaarde id), never on what a view displays.
import { isAlgemeen } from '../model/reikwijdte.ts'
import { type Artikel, exemptions, type Hoofdstuk } from '../model/schema.ts'
import { kaderLink } from './kaders.ts'
import { artikelEId, artikelSlug, hoofdstukEId, lidEId, onderdeelEId, sitePaths } from './links.ts'
import type { SiteLookups } from './lookups.ts'
import { type Audience, renderHtml } from './render-html.ts'
import type { ArtikelView, BegripView, HoofdstukView, Link, VoorbeeldView } from './types.ts'

export interface ArtikelEntry {
  artikel: Artikel
  view: ArtikelView
}

export interface RenderOptions {
  /** Maps an image path in the source to its URL on the site (null: leave it out). */
  imageUrl?: (source: string) => string | null
  /** Per artikel number: voorbeelden from practice (publishable casussen), rendered once. */
  praktijk?: ReadonlyMap<string, VoorbeeldView[]>
}

/** The hoofdstukken with their artikel views, and every artikel in order with its model. */
export function buildArtikelen(lookups: SiteLookups, options: RenderOptions): { hoofdstukken: HoofdstukView[]; artikelen: ArtikelEntry[] } {
  const artikelen: ArtikelEntry[] = []
  const hoofdstukken = lookups.context.verordening.hoofdstukken.map((hoofdstuk): HoofdstukView => {
    const entries = hoofdstuk.artikelen.map((artikel) => ({ artikel, view: artikelView(artikel, hoofdstuk, lookups, options) }))
    artikelen.push(...entries)
    return {
      nr: hoofdstuk.nr,
      titel: hoofdstuk.titel,
      eId: hoofdstukEId(hoofdstuk.nr),
      wet: hoofdstuk.wet ? (lookups.wetByKey.get(hoofdstuk.wet) ?? null) : null,
      artikelen: entries.map((entry) => entry.view),
    }
  })
  return { hoofdstukken, artikelen }
}

/** The artikelen by each effect id and each grondwaarde id they name (known ids only, each artikel once), in artikel order. */
export function artikelenById(artikelen: readonly ArtikelEntry[]): { byEffect: Map<string, ArtikelEntry[]>; byGrondwaarde: Map<string, ArtikelEntry[]> } {
  const byEffect = new Map<string, ArtikelEntry[]>()
  const byGrondwaarde = new Map<string, ArtikelEntry[]>()
  const add = (map: Map<string, ArtikelEntry[]>, ids: readonly string[], entry: ArtikelEntry): void => {
    for (const id of new Set(ids)) {
      const list = map.get(id)
      if (list) list.push(entry)
      else map.set(id, [entry])
    }
  }
  for (const entry of artikelen) {
    add(byEffect, entry.artikel.effecten, entry)
    add(byGrondwaarde, entry.artikel.grondwaarden, entry)
  }
  return { byEffect, byGrondwaarde }
}

function artikelView(artikel: Artikel, hoofdstuk: Hoofdstuk, lookups: SiteLookups, options: RenderOptions): ArtikelView {
  const { context, wetByKey, begripByTerm, urls } = lookups
  const slug = artikelSlug(artikel.nr)
  const counter = { value: 0 }
  const used = new Set<string>()
  const render = (nodes: Artikel['juridisch'], audience: Audience) =>
    renderHtml(nodes, { audience, context, urls, idPrefix: slug, counter, begrippen: used, imageUrl: options.imageUrl })
  // Voorbeelden link to the inwoners page, so they name it as that page does: its inwoners title.
  const link: Link = { titel: artikel.inwonersTitel ?? `Artikel ${artikel.nr} ${artikel.titel}`, url: urls.inwonersArtikel(artikel.nr) }
  // The order of rendering numbers the ids on the page: leden, toelichting, inwoners, voorbeelden.
  const leden = artikel.leden.map((lid) => ({
    nr: lid.nr,
    eId: lidEId(hoofdstuk.nr, artikel.nr, lid.nr),
    html: render(lid.inhoud, 'juridisch'),
    onderdelen: lid.onderdelen.map((onderdeel) => ({
      letter: onderdeel.letter,
      eId: onderdeelEId(hoofdstuk.nr, artikel.nr, lid.nr, onderdeel.letter),
      html: render(onderdeel.inhoud, 'juridisch'),
    })),
  }))
  const toelichtingHtml = render(artikel.toelichting, 'juridisch') || null
  const inwonersHtml = render(artikel.inwoners, 'inwoners') || null
  const voorbeelden: VoorbeeldView[] = artikel.voorbeelden.map((voorbeeld) => ({
    titel: voorbeeld.titel,
    html: render(voorbeeld.inhoud, 'inwoners'),
    artikel: link,
  }))
  const wetNames = new Set<string>()
  if (hoofdstuk.wet) wetNames.add(wetByKey.get(hoofdstuk.wet)?.naam ?? hoofdstuk.wet)
  for (const grondslag of artikel.grondslagen) wetNames.add(wetByKey.get(grondslag.wet)?.naam ?? grondslag.wet)
  const eId = artikelEId(hoofdstuk.nr, artikel.nr)
  return {
    nr: artikel.nr,
    slug,
    titel: artikel.titel,
    soort: artikel.soort,
    eId,
    hoofdstuk: { nr: hoofdstuk.nr, titel: hoofdstuk.titel, wet: hoofdstuk.wet ? (wetByKey.get(hoofdstuk.wet) ?? null) : null },
    effecten: artikel.effecten.filter((id) => context.effectById.has(id)).map(lookups.effectLink),
    grondwaarden: artikel.grondwaarden.filter((id) => context.grondwaardeById.has(id)).map(lookups.grondwaardeLink),
    grondslagen: artikel.grondslagen.map((grondslag) => lookups.grondslagView(grondslag.wet, grondslag.artikel)),
    leden,
    inwonersHtml,
    inwonersOntbreekt: inwonersHtml === null && !exemptions[artikel.soort].inwoners,
    toelichtingHtml,
    voorbeelden,
    begrippen: [...used].map((term) => begripByTerm.get(term)).filter((begrip): begrip is BegripView => begrip !== undefined),
    urls: { inwoners: urls.inwonersArtikel(artikel.nr), juridisch: urls.juridischArtikel(artikel.nr), juridischAnker: urls.juridischAnker(eId) },
    paden: { inwoners: sitePaths.inwonersArtikel(artikel.nr), juridisch: sitePaths.juridischArtikel(artikel.nr) },
    paginaTitels: {
      inwoners: artikel.inwonersTitel ? `${artikel.inwonersTitel} (artikel ${artikel.nr})` : `Artikel ${artikel.nr} ${artikel.titel}`,
      juridisch: `Artikel ${artikel.nr} ${artikel.titel} (juridische versie)`,
    },
    wetten: [...wetNames],
    inwonersTitel: artikel.inwonersTitel ?? artikel.titel,
    hulp: lookups.hulp.voor(artikel.effecten, {
      algemeen: isAlgemeen(artikel, hoofdstuk) || new Set(artikel.effecten).size >= 3,
      // The kop's artikelen (doel, procedure, slot) serve every effect: Veilig Thuis belongs on the pages about safety.
      veiligheid: !isAlgemeen(artikel, hoofdstuk),
    }),
    geenGegevens: geenGegevens(artikel),
    kaders: [...new Set(artikel.kaders ?? [])].flatMap((id) => {
      const kader = context.kaderById.get(id)
      return kader ? [kaderLink(kader, urls)] : []
    }),
    casuistiek: casuistiekOf(lookups, artikel),
    // The artikel's own voorbeelden come first: casussen from practice appear only where the artikel has none.
    praktijk: voorbeelden.length > 0 ? [] : (options.praktijk?.get(artikel.nr) ?? []),
  }
}

function casuistiekOf(lookups: SiteLookups, artikel: Artikel): ArtikelView['casuistiek'] {
  const found = lookups.context.casuistiek.get(artikel.nr)
  if (!found || lookups.context.artikelByNr.get(artikel.nr)?.artikel !== artikel) return null
  return { casussen: found.casussen.length, afgeweken: found.afgeweken.length, url: lookups.urls.casuistiekArtikel(artikel.nr) }
}

/** "niet nodig bij een slotbepaling (citeertitel)" for exempt soorten, "geen" otherwise. */
function geenGegevens(artikel: Artikel): ArtikelView['geenGegevens'] {
  const vrij = exemptions[artikel.soort]
  const reden = `niet nodig bij dit soort artikel (${artikel.soort})`
  return {
    grondslag: 'geen (dit artikel staat in de gemeenschappelijke kop)',
    effect: vrij.effect ? reden : 'geen',
    grondwaarde: vrij.grondwaarde ? reden : 'geen',
  }
}
