// URLs and anchors of the site, in one place: the views, the renderer and the
// link test all use these, so a page and the links to it cannot drift apart.

export const urls = {
  home: '/',
  inwoners: '/inwoners/',
  inwonersArtikel: (nr: string) => `/inwoners/artikel/${artikelSlug(nr)}/`,
  effect: (id: string) => `/inwoners/effect/${id}/`,
  juridisch: '/juridisch/',
  juridischArtikel: (nr: string) => `/juridisch/artikel/${artikelSlug(nr)}/`,
  raad: '/raad/',
  grondwaarde: (id: string) => `/raad/grondwaarden/#${grondwaardeAnchor(id)}`,
  zoeken: '/zoeken/',
  kaders: '/raad/kaders/',
  kader: (id: string) => `/raad/kaders/#${kaderAnchor(id)}`,
  casuistiek: '/raad/casuistiek/',
  casus: (id: string) => `/raad/casuistiek/#${casusAnchor(id)}`,
  casuistiekArtikel: (nr: string) => `/raad/casuistiek/#${casuistiekArtikelAnchor(nr)}`,
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
export const onderdeelEId = (hoofdstuk: number, nr: string, lid: number | null, letter: string) => `${lid === null ? artikelEId(hoofdstuk, nr) : lidEId(hoofdstuk, nr, lid)}__list_1__item_${letter}`

export function juridischAnchor(eId: string): string {
  return `${urls.juridisch}#${eId}`
}

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
