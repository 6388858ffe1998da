// Turns the checked model into the data the site templates read. Every
// decision about content (links, gaps, grouping) is made in src/views/, not in
// templates: one builder per kind of page, joined by id through look-ups built
// once (lookups.ts, artikelenById), so the work grows with the number of artikelen.

import type { GeschiedenisRegel } from '../compare/geschiedenis.ts'
import type { Wijziging } from '../compare/vergelijking.ts'
import type { CheckContext } from '../model/context.ts'
import { artikelenById, buildArtikelen } from './artikelen.ts'
import { buildCasuistiek, renderCasussen } from './casuistiek.ts'
import { buildDiensten, dienstenVanEffect } from './diensten.ts'
import { buildEffectrapportage } from './effectrapportage.ts'
import { geschiedenisRegels } from './geschiedenis.ts'
import { buildEffecten, buildIemandAnders, buildLevensdomeinen } from './inwoners.ts'
import { buildJuridischeToets } from './juridische-toets.ts'
import { buildKaders } from './kaders.ts'
import { fixedUrls, siteUrls } from './links.ts'
import { buildLookups } from './lookups.ts'
import { buildMeta } from './meta.ts'
import { buildGrondwaarden, buildRaad } from './raad.ts'
import type { SiteData } from './types.ts'
import { buildWijzigingen } from './wijzigingen.ts'
import { buildZoekDocumenten } from './zoeken.ts'

export { formatDate } from './meta.ts'

export interface SiteDataOptions {
  /** The path the site is published at (`/`, `/verordening/`); every link is made under it. */
  basis?: string
  /** Maps an image path in the source to its site path (null: leave it out); the basis is added here. */
  imageUrl?: (source: string) => string | null
  /** Site path of the logo, when the build copied it. */
  logoUrl?: string | null
  now?: Date
  /** `build --sinds <rev>`: what changed since that revision. */
  wijzigingen?: { sinds: string; wijzigingen: readonly Wijziging[] }
  /** History per artikel (current number) from the vastgestelde versies. */
  geschiedenis?: ReadonlyMap<string, readonly GeschiedenisRegel[]>
}

export function buildSiteData(context: CheckContext, options: SiteDataOptions = {}): SiteData {
  const urls = siteUrls(options.basis)
  const lookups = buildLookups(context, urls)
  // Images and logo come as site paths (src/site/assets.ts: where the file goes); links add the basis.
  const sourceImageUrl = options.imageUrl
  const imageUrl = sourceImageUrl
    ? (source: string) => {
        const sitePath = sourceImageUrl(source)
        return sitePath === null ? null : urls.pad(sitePath)
      }
    : undefined
  const logoUrl = options.logoUrl ? urls.pad(options.logoUrl) : options.logoUrl
  // Artikel pages (inwoners and juridisch) and the index pages' hoofdstukken.
  // Casussen that may be published: their stories are rendered once, for the raad and the inwoners pages.
  const casussen = renderCasussen(lookups, imageUrl)
  const { hoofdstukken, artikelen } = buildArtikelen(lookups, { imageUrl, praktijk: casussen.praktijk })
  if (options.geschiedenis) for (const { view } of artikelen) view.geschiedenis = geschiedenisRegels(options.geschiedenis.get(view.nr) ?? [])
  const { byEffect, byGrondwaarde } = artikelenById(artikelen)
  // Effect pages and the inwoners start page.
  const effecten = buildEffecten(lookups, byEffect)
  const diensten = buildDiensten(lookups, artikelen)
  for (const effect of effecten) effect.diensten = dienstenVanEffect(effect, diensten.lijst)
  // Grondwaarden page and the raadsoverzicht.
  const grondwaarden = buildGrondwaarden(lookups, byGrondwaarde)
  return {
    meta: buildMeta(context.verordening.meta, { ...options, logoUrl }),
    urls: fixedUrls(urls),
    wetten: lookups.wetten,
    hoofdstukken,
    artikelen: artikelen.map((entry) => entry.view),
    effecten,
    levensdomeinen: buildLevensdomeinen(effecten),
    grondwaarden,
    begrippen: lookups.begrippen,
    raad: buildRaad(lookups, artikelen, effecten, grondwaarden),
    hulp: lookups.hulp.voor([]),
    iemandAnders: buildIemandAnders(lookups),
    zoekdocumenten: buildZoekDocumenten(artikelen, effecten, diensten.namenByArtikel),
    diensten: diensten.lijst,
    zonderInwoners: artikelen
      .filter((entry) => entry.view.inwonersOntbreekt)
      .map(({ view }) => ({ titel: `Artikel ${view.nr} ${view.titel}`, url: view.urls.inwoners })),
    kaders: buildKaders(lookups),
    casuistiek: buildCasuistiek(lookups, casussen),
    juridischeToets: buildJuridischeToets(lookups, artikelen),
    effectrapportage: buildEffectrapportage(lookups, effecten, urls.effectrapportage),
    wijzigingen: options.wijzigingen ? [buildWijzigingen(options.wijzigingen.sinds, options.wijzigingen.wijzigingen, urls)] : [],
  }
}
