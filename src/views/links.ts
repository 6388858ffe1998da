// URLs and anchors of the site, in one place: the views, the renderer, the
// templates (through `site.urls`) and the link tests all use these, so a page
// and the links to it cannot drift apart.
//
// Two things are kept apart here. A *site path* (`sitePaths`) is where a page
// lives inside the built folder, from its root: Eleventy writes the page there
// (permalink), `export pdf` and the tests find it there. A *URL* (`siteUrls`)
// is what a link says: the site path under the basis the site is published at
// (`build --basis /verordening/`, or `basis:` in verordening.yml). The basis
// is added in this file and nowhere else; with the default basis `/` a URL is
// its site path.

/** The fixed pages and files of the site, as site paths. */
const fixedPaths = {
  home: '/',
  inwoners: '/inwoners/',
  juridisch: '/juridisch/',
  wijzigingen: '/juridisch/wijzigingen/',
  raad: '/raad/',
  grondwaarden: '/raad/grondwaarden/',
  kaders: '/raad/kaders/',
  casuistiek: '/raad/casuistiek/',
  juridischeToets: '/raad/juridische-toets/',
  effectrapportage: '/raad/effectrapportage/',
  zoeken: '/zoeken/',
  /** What the search page loads (src/views/zoeken.ts, site/zoeken/documenten.njk). */
  zoekDocumenten: '/zoeken/documenten.json',
  toegankelijkheid: '/toegankelijkheid/',
  /** The page a web server shows for an unknown address (site/404.njk). */
  nietGevonden: '/404.html',
}

/** The files under /assets/ that the templates link to, by name (`site.urls.assets.site`). */
const assetPaths = {
  favicon: '/assets/favicon.svg',
  designTokens: '/assets/nlds/design-tokens.css',
  componentLibrary: '/assets/nlds/component-library.css',
  site: '/assets/site.css',
  huisstijl: '/assets/huisstijl.css',
  casuistiek: '/assets/casuistiek.css',
  indicatoren: '/assets/indicatoren.css',
  afdrukken: '/assets/afdrukken.js',
  minisearch: '/assets/minisearch.js',
  zoeken: '/assets/zoeken.js',
}

export type AssetName = keyof typeof assetPaths

/** Site paths of the pages made per artikel, effect, grondwaarde, kader and casus. */
const pagePaths = {
  inwonersArtikel: (nr: string) => `/inwoners/artikel/${artikelSlug(nr)}/`,
  effect: (id: string) => `/inwoners/effect/${id}/`,
  juridischArtikel: (nr: string) => `/juridisch/artikel/${artikelSlug(nr)}/`,
  /** A place in the whole juridische text (an artikel, lid or onderdeel by its eId). */
  juridischAnker: (eId: string) => `${fixedPaths.juridisch}#${eId}`,
  grondwaarde: (id: string) => `${fixedPaths.grondwaarden}#${grondwaardeAnchor(id)}`,
  kader: (id: string) => `${fixedPaths.kaders}#${kaderAnchor(id)}`,
  casus: (id: string) => `${fixedPaths.casuistiek}#${casusAnchor(id)}`,
  casuistiekArtikel: (nr: string) => `${fixedPaths.casuistiek}#${casuistiekArtikelAnchor(nr)}`,
}

/** Where each page lives in the built folder, from its root (no basis). */
export const sitePaths = { ...fixedPaths, ...pagePaths, assets: assetPaths }

/** The fixed URLs, as the templates read them (`site.urls`): plain strings, so the site data stays serialisable. */
export type FixedUrls = { readonly [K in keyof typeof fixedPaths]: string } & { readonly basis: string; readonly assets: { readonly [K in AssetName]: string } }

/** Every URL of the site under one basis. */
export type SiteUrls = FixedUrls & { readonly [K in keyof typeof pagePaths]: (typeof pagePaths)[K] } & {
  /** Any other site path (an image, the logo) under the basis. */
  pad(sitePath: string): string
}

/**
 * The URLs of a site published at `basis` (`/` or a path such as
 * `/verordening/`, checked by `basisSchema` in src/model/schema.ts). Every
 * link the site makes comes from here.
 */
export function siteUrls(basis = '/'): SiteUrls {
  // A site path starts with `/`, a basis ends with one: `/verordening/` + `inwoners/`.
  const pad = (sitePath: string) => (basis === '/' ? sitePath : `${basis}${sitePath.slice(1)}`)
  const fixed = Object.fromEntries(Object.entries(fixedPaths).map(([name, sitePath]) => [name, pad(sitePath)])) as { [K in keyof typeof fixedPaths]: string }
  const assets = Object.fromEntries(Object.entries(assetPaths).map(([name, sitePath]) => [name, pad(sitePath)])) as { [K in AssetName]: string }
  const pages = Object.fromEntries(Object.entries(pagePaths).map(([name, make]) => [name, (value: string) => pad(make(value))])) as typeof pagePaths
  return { ...fixed, ...pages, basis, assets, pad }
}

/** The fixed URLs alone, for the templates. */
export function fixedUrls(urls: SiteUrls): FixedUrls {
  return {
    ...Object.fromEntries(Object.keys(fixedPaths).map((name) => [name, urls[name as keyof typeof fixedPaths]])),
    basis: urls.basis,
    assets: { ...urls.assets },
  } as FixedUrls
}

export function kaderAnchor(id: string): string {
  return `kader-${id.replace(/[^0-9a-z]+/gi, '-')}`
}

export function casusAnchor(id: string): string {
  return `casus-${id.replace(/[^0-9a-z]+/gi, '-').toLowerCase()}`
}

export function casuistiekArtikelAnchor(nr: string): string {
  return `artikel-${artikelSlug(nr)}`
}

export function artikelSlug(nr: string): string {
  return nr.replace(/[^0-9a-z]+/gi, '-').toLowerCase()
}

export function grondwaardeAnchor(id: string): string {
  return `gw-${id.replace(/[^0-9a-z]+/gi, '-')}`
}

export function begripSlug(term: string): string {
  return term
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^0-9a-z]+/g, '-')
    .replace(/^-|-$/g, '')
}

// STOP-style eIds (Standaard Officiële Publicaties): chp_3__art_3.1__para_2__list_1__item_a.
export const hoofdstukEId = (hoofdstuk: number) => `chp_${hoofdstuk}`
export const artikelEId = (hoofdstuk: number, nr: string) => `${hoofdstukEId(hoofdstuk)}__art_${nr}`
export const lidEId = (hoofdstuk: number, nr: string, lid: number | null) => `${artikelEId(hoofdstuk, nr)}__${lid === null ? 'content' : `para_${lid}`}`
// An artikel without numbered leden has no Lid in STOP (its text is the artikel's Inhoud, which has no
// eId), so its onderdelen hang directly under the artikel: chp_7__art_7.4__list_1__item_a.
export const onderdeelEId = (hoofdstuk: number, nr: string, lid: number | null, letter: string) =>
  `${lid === null ? artikelEId(hoofdstuk, nr) : lidEId(hoofdstuk, nr, lid)}__list_1__item_${letter}`

/** The stable JCI link of wetten.overheid.nl to a law, artikel and lid. */
export function wetUrl(bwb: string, artikel?: string, lid?: string): string {
  return `https://wetten.overheid.nl/${wetJci(bwb, artikel, lid)}`
}

/** The JCI reference itself (`jci1.3:c:BWBR0015703&artikel=18`), as STOP's `ExtRef soort="JCI"` wants it. */
export function wetJci(bwb: string, artikel?: string, lid?: string): string {
  let jci = `jci1.3:c:${bwb}`
  if (artikel) jci += `&artikel=${encodeURIComponent(artikel)}`
  if (artikel && lid) jci += `&lid=${encodeURIComponent(lid)}`
  return jci
}
