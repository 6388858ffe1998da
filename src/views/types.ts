// The data the site templates read: plain, serialisable, already rendered to
// sanitised HTML where it is prose. Templates only place it; every decision
// (what links where, which gaps exist) is made in src/views/, where tests reach it.

import type { WijzigingenView } from './wijzigingen.ts'

/** An HTML fragment that has been rendered from Markdown and sanitised. */
export type SafeHtml = string

export interface Link {
  titel: string
  url: string
}

export interface SiteMeta {
  gemeente: string
  citeertitel: string
  titel: string
  status: 'concept' | 'vastgesteld'
  /** "concept" or "vastgesteld op 15 december 2026", for display. */
  statusTekst: string
  inwerkingtreding: string
  /** Dutch long date, e.g. "1 januari 2027". */
  inwerkingtredingTekst: string
  aanhef: string | null
  voorbeeld: boolean
  disclaimer: string | null
  /** Always shown on inwoners pages: only the juridische versie binds. */
  bindendNotice: string
  huisstijl: Huisstijl
  /** Build time, ISO; shown in the footer. */
  gebouwd: string
  /** Build date in Dutch, e.g. "22 november 2026". */
  gebouwdTekst: string
  /** The aanhef split at its semicolons, one line each (as it is printed). */
  aanhefRegels: string[]
  /** How inwoners reach the gemeente (for the toegankelijkheidsverklaring). */
  contact: { email: string | null; telefoon: string | null; url: string | null }
}

export interface Huisstijl {
  /** Site-relative URL of the logo, or null. */
  logo: string | null
  logoAlt: string
  /** CSS custom properties (design tokens) that override the defaults. */
  tokens: Record<string, string>
}

export interface WetView {
  key: string
  naam: string
  afkorting: string
  bwb: string
  url: string
}

export interface GrondslagView {
  wet: string
  wetNaam: string
  artikel: string
  /** "artikel 2.3.5 Wmo 2015" */
  tekst: string
  url: string
}

export interface BegripView {
  term: string
  slug: string
  definitie: string
  uitleg: string
}

export interface VoorbeeldView {
  titel: string
  html: SafeHtml
  /** The artikel it belongs to. */
  artikel: Link
}

export interface OnderdeelView {
  letter: string
  eId: string
  html: SafeHtml
}

export interface LidView {
  /** null for an artikel with a single unnumbered lid. */
  nr: number | null
  eId: string
  html: SafeHtml
  onderdelen: OnderdeelView[]
}

export interface ArtikelView {
  nr: string
  /** URL-safe form of nr: "3-1". */
  slug: string
  titel: string
  soort: string
  /** STOP-style eId: "chp_3__art_3.1". */
  eId: string
  hoofdstuk: { nr: number; titel: string; wet: WetView | null }
  effecten: Link[]
  grondwaarden: Array<Link & { tekst: string }>
  grondslagen: GrondslagView[]
  leden: LidView[]
  /** B1 text, or null when the soort is exempt. */
  inwonersHtml: SafeHtml | null
  toelichtingHtml: SafeHtml | null
  voorbeelden: VoorbeeldView[]
  /** Begrippen used in this artikel, for the explanation list on its pages. */
  begrippen: BegripView[]
  urls: { inwoners: string; juridisch: string; juridischAnker: string }
  /** The page title (plain text) of the artikel's page in each version. */
  paginaTitels: { inwoners: string; juridisch: string }
  /** Search filters for Pagefind. */
  wetten: string[]
  /** What to show where the artikel names no grondslag, effect or grondwaarde (exempt soorten say why). */
  geenGegevens: { grondslag: string; effect: string; grondwaarde: string }
  /** History from the vastgestelde versies ("Gewijzigd bij raadsbesluit … van …"); empty without `versies`. */
  geschiedenis?: string[]
}

export interface HoofdstukView {
  nr: number
  titel: string
  eId: string
  wet: WetView | null
  artikelen: ArtikelView[]
}

export interface EffectView {
  id: string
  titel: string
  vraag: string
  tekst: string
  levensdomein: string
  indicator: string
  status: 'concept' | 'vastgesteld'
  raadsbesluit: { datum: string; datumTekst: string; kenmerk: string } | null
  url: string
  /** Every artikel that realises the effect (the raad sees them all). */
  artikelen: Link[]
  /** For inwoners: the artikelen of the onderdelen per wet, the rules made for this effect. */
  eigenArtikelen: Link[]
  /** For inwoners: artikelen of the gemeenschappelijke kop that hold for every effect. */
  algemeneArtikelen: Link[]
  grondwaarden: Array<Link & { tekst: string }>
  /** Voorbeelden of the eigen artikelen (or of all, when there are none). */
  voorbeelden: VoorbeeldView[]
  /** Names of the wetten of the artikelen that realise it (search filter). */
  wetten: string[]
}

export interface LevensdomeinView {
  naam: string
  slug: string
  effecten: EffectView[]
}

export interface GrondwaardeView {
  id: string
  tekst: string
  wetten: WetView[]
  gedeeld: boolean
  bron: GrondslagView
  toelichting: string | null
  /** Id of its section on the grondwaarden page (the fragment of `url`). */
  anker: string
  url: string
  artikelen: Link[]
}

export interface MatrixView {
  /** Column headers: every artikel that names an effect, in order. */
  artikelen: Link[]
  rijen: Array<{ effect: Link; cellen: boolean[] }>
}

export interface TaalScoreView {
  artikel: Link
  /** Flesch-Douma of the inwoners part (higher = easier), or null. */
  inwoners: number | null
  juridisch: number | null
  /** Words in the longest sentence of the inwoners part. */
  langsteZin: number | null
  /** True when the inwoners part meets the verordening's B1 thresholds. */
  b1: boolean | null
}

export interface RaadView {
  effecten: EffectView[]
  grondwaarden: GrondwaardeView[]
  /** Effecten (vastgesteld or concept) that no artikel realises. */
  effectenZonderArtikel: EffectView[]
  grondwaardenOngebruikt: GrondwaardeView[]
  matrix: MatrixView
  telling: { effecten: number; vastgesteld: number; artikelen: number; grondwaarden: number; begrippen: number }
  /** Plain-language scores per artikel and their medians. */
  taal: {
    artikelen: TaalScoreView[]
    mediaanInwoners: number | null
    mediaanJuridisch: number | null
    drempels: { minLeesbaarheid: number; maxZinslengte: number }
  }
}

export interface SiteData {
  meta: SiteMeta
  wetten: WetView[]
  hoofdstukken: HoofdstukView[]
  artikelen: ArtikelView[]
  effecten: EffectView[]
  levensdomeinen: LevensdomeinView[]
  grondwaarden: GrondwaardeView[]
  begrippen: BegripView[]
  raad: RaadView
  /** `build --sinds <rev>`: the page /juridisch/wijzigingen/; empty without `--sinds` (the template paginates over it). */
  wijzigingen: WijzigingenView[]
}
