// The data the site templates read: plain, serialisable, already rendered to
// sanitised HTML where it is prose. Templates only place it; every decision
// (what links where, which gaps exist) is made in src/views/, where tests reach it.

import type { EffectrapportageView } from './effectrapportage-types.ts'
import type { FixedUrls } from './links.ts'
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
  /** For a voorbeeld from practice (a casus): how it ended. */
  uitkomst?: string
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
  /** True when the B1 text is still to be written (a concept): the soort is not exempt, yet there is none. */
  inwonersOntbreekt: boolean
  toelichtingHtml: SafeHtml | null
  voorbeelden: VoorbeeldView[]
  /** Begrippen used in this artikel, for the explanation list on its pages. */
  begrippen: BegripView[]
  urls: { inwoners: string; juridisch: string; juridischAnker: string }
  /** Where the two pages live in the site, without the basis (their permalinks). */
  paden: { inwoners: string; juridisch: string }
  /** The page title (plain text) of the artikel's page in each version. */
  paginaTitels: { inwoners: string; juridisch: string }
  /** The wetten the artikel falls under (shown, and a search filter). */
  wetten: string[]
  /** The short B1 title for the inwonersversie (`:::inwoners{titel="…"}`), or the titel. */
  inwonersTitel: string
  hulp: HulpView
  /** What to show where the artikel names no grondslag, effect or grondwaarde (exempt soorten say why). */
  geenGegevens: { grondslag: string; effect: string; grondwaarde: string }
  /** History from the vastgestelde versies ("Gewijzigd bij raadsbesluit … van …"); empty without `versies`. */
  geschiedenis?: string[]
  /** The kaders the artikel names (kader="…"), known ones only: for the raad's text and the inwoners' "Hier letten wij altijd op". */
  kaders: KaderLink[]
  /** What the casussen say about this artikel (null: no casus names it). */
  casuistiek: { casussen: number; afgeweken: number; url: string } | null
  /** Publishable casussen that applied this artikel, as voorbeelden from practice for the inwoners page. */
  praktijk: VoorbeeldView[]
}

export interface KaderLink {
  id: string
  titel: string
  tekst: string
  /** The kader in plain language (its `uitleg`, else its text). */
  uitleg: string
  url: string
}

export interface KaderView extends KaderLink {
  vastgesteldDoor: 'raad' | 'college' | 'wethouder'
  /** "de raad", "het college", "de wethouder" */
  vastgesteldDoorTekst: string
  datum: string
  datumTekst: string
  besluit: string
  anker: string
  effecten: Link[]
  grondwaarden: Array<Link & { tekst: string }>
  artikelen: Link[]
  /** Casussen in which the kader was weighed. */
  casussen: Link[]
}

export interface CasusView {
  id: string
  anker: string
  url: string
  titel: string
  datum: string
  datumTekst: string
  bron: string | null
  wetten: string[]
  effecten: Link[]
  artikelen: Link[]
  kaders: Link[]
  afwijking: { via: 'geen' | 'hardheidsclausule' | 'toetsingsartikel' | 'kader'; tekst: string; van: Link[]; toelichting: string | null }
  uitkomst: string
  les: string
  publiceerbaar: boolean
  /** The story, rendered; empty for a casus that is not publishable (its story stays out of the site). */
  html: SafeHtml
}

export interface CasuistiekArtikelView {
  artikel: Link
  nr: string
  titel: string
  casussen: number
  afgeweken: number
  /** At or over the signal: "afwijken wordt de norm". */
  signaal: boolean
  /** One below the signal. */
  bijna: boolean
  anker: string
  lessen: Array<{ casus: Link; les: string }>
}

export interface CasusGrafiekView {
  breedte: number
  hoogte: number
  /** x of the bars' start, and the scale: px per casus. */
  x0: number
  schaal: number
  /** Vertical line at the signal. */
  signaalX: number
  rijen: Array<{ label: string; y: number; casussen: { breedte: number }; afgeweken: { breedte: number }; tekst: string }>
  assen: Array<{ x: number; waarde: number }>
}

export interface CasuistiekView {
  casussen: CasusView[]
  /** Artikelen that at least one casus names, in artikel order. */
  artikelen: CasuistiekArtikelView[]
  signaal: number
  /** Artikelen at or over the signal, and those one below it. */
  signalen: CasuistiekArtikelView[]
  bijna: CasuistiekArtikelView[]
  telling: { casussen: number; afgeweken: number; publiceerbaar: number; artikelen: number; signalen: number }
  grafiek: CasusGrafiekView
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
  /** Where the effect's page lives in the site, without the basis (its permalink). */
  pad: string
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
  hulp: HulpView
  /** Everyday words from effecten.yml, for search. */
  trefwoorden: string[]
  /** Names of services (diensten.yml) whose artikelen are among the effect's own. */
  diensten: DienstView[]
}

/** A name of a service as inwoners know it ("huishoudelijke hulp"), with the artikelen about it. */
export interface DienstView {
  naam: string
  artikelen: Link[]
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

/** One effect on the raadsoverzicht: what realises it specifically, and whether that is nothing (a gap). */
export interface RaadEffectView {
  effect: EffectView
  /** Artikelen in a hoofdstuk of one wet that name the effect (src/model/reikwijdte.ts). */
  eigenArtikelen: Link[]
  /** General artikelen (doel, toets, procedure, slotbepalingen) that name it too. */
  algemeneArtikelen: Link[]
  /** The wetten whose hoofdstuk has an own artikel for the effect, with how many. */
  wetten: Array<WetView & { aantal: number }>
  /** Named by artikelen, but only by general ones; or by none at all. */
  gat: boolean
}

/** The effect × wet picture and the same numbers as a table. */
export interface GrafiekView {
  /** The SVG, built from numbers and escaped plain text (src/views/raad-grafiek.ts). */
  svg: SafeHtml
  titel: string
  beschrijving: string
  /** Column headers: the wetten with a hoofdstuk of their own, then "Algemeen". */
  kolommen: string[]
  rijen: Array<{ effect: Link; waarden: number[]; gat: boolean }>
}

export interface RaadView {
  effecten: EffectView[]
  grondwaarden: GrondwaardeView[]
  /** Effecten (vastgesteld or concept) that no artikel realises. */
  effectenZonderArtikel: EffectView[]
  /** Per effect: own artikelen, general ones, wetten, and whether it is a gap. */
  overzicht: RaadEffectView[]
  /** Effecten that only general artikelen name (warning `effect-eigen-artikel`). */
  effectenAlleenAlgemeen: RaadEffectView[]
  grafiek: GrafiekView
  grondwaardenOngebruikt: GrondwaardeView[]
  matrix: MatrixView
  telling: {
    effecten: number
    vastgesteld: number
    artikelen: number
    /** Artikelen that name at least one effect (the columns of the matrix). */
    metEffect: number
    /** Artikelen without an effect whose soort needs none (begripsbepalingen, citeertitel …). */
    vrijVanEffect: number
    grondwaarden: number
    begrippen: number
  }
  /** Artikelen that name no effect although their soort should: a gap, like an effect without an artikel. */
  artikelenZonderEffect: Link[]
  /** Plain-language scores per artikel and their medians. */
  taal: {
    artikelen: TaalScoreView[]
    mediaanInwoners: number | null
    mediaanJuridisch: number | null
    drempels: { minLeesbaarheid: number; maxZinslengte: number }
  }
}

/** "Hulp vragen" and "Wat gebeurt er daarna?" on an inwoners page. */
export interface HulpView {
  /** The loket or team: "Sociaal Loket Lingedal", or "de gemeente Lingedal". */
  naam: string
  telefoon: { tekst: string; href: string } | null
  email: string | null
  adres: string | null
  openingstijden: string | null
  /** The online form for a melding. */
  formulier: string | null
  url: string | null
  /** The steps of the procedure that artikelen mark, in order; empty when none does. */
  stappen: StapView[]
  /** Veilig Thuis, beside the loket ("zorgen over de veiligheid"), where one of the page's effecten has it as its contact. */
  veilig: { naam: string; telefoon: { tekst: string; href: string } | null; openingstijden: string | null } | null
}

export interface StapView {
  stap: string
  titel: string
  uitleg: string
  /** Termijnen as the inwoners text says them, each with its artikel. */
  termijnen: Array<{ tekst: string; artikel: Link }>
  artikelen: Link[]
}

/** One page for the search page's index (src/views/zoeken.ts). */
export interface ZoekDocument {
  id: string
  url: string
  titel: string
  soort: 'effect' | 'artikel'
  versie: 'Inwonersversie' | 'Juridische versie'
  /** The effect's question, or the legal title beside a B1 title. */
  vraag: string
  /** Everyday words (effect) or voorbeeld titles (artikel). */
  trefwoorden: string
  /** Names of services (diensten.yml) that map onto this artikel, with their variants; empty otherwise. */
  diensten: string
  tekst: string
  /** Shown under the result. */
  samenvatting: string
  effecten: string[]
  wetten: string[]
}

export interface SiteData {
  meta: SiteMeta
  /** The fixed pages and assets under the site's basis (src/views/links.ts); templates link only through these. */
  urls: FixedUrls
  wetten: WetView[]
  hoofdstukken: HoofdstukView[]
  artikelen: ArtikelView[]
  effecten: EffectView[]
  levensdomeinen: LevensdomeinView[]
  grondwaarden: GrondwaardeView[]
  begrippen: BegripView[]
  raad: RaadView
  /** The "Hulp vragen" block of the pages that are about no one effect (start page, 404). */
  hulp: HulpView
  /** The search page's documents, written as /zoeken/documenten.json. */
  zoekdocumenten: ZoekDocument[]
  /** Cards "Ik maak me zorgen om iemand anders": effecten with an `iemandAnders` question. */
  iemandAnders: Array<{ vraag: string; effect: Link }>
  /** Names of services (diensten.yml) from A to Z, for the inwoners start page. */
  diensten: DienstView[]
  /** Artikelen whose inwonersversie is still to be written (only in a concept), in the order of the text. */
  zonderInwoners: Link[]
  kaders: KaderView[]
  casuistiek: CasuistiekView
  /** The raad page /raad/juridische-toets/: the opdrachten tot regelgeving and the wettelijke termijnen. */
  juridischeToets: JuridischeToetsView
  effectrapportage: EffectrapportageView
  /** `build --sinds <rev>`: the page /juridisch/wijzigingen/; empty without `--sinds` (the template paginates over it). */
  wijzigingen: WijzigingenView[]
}

/** One opdracht tot regelgeving with the artikelen that carry it (src/views/juridische-toets.ts). */
export interface OpdrachtView {
  wet: string
  /** "artikel 2.1.3, tweede lid, onderdeel a" */
  plaats: string
  wat: string
  wetsartikel: GrondslagView
  /** Where the registry read the wet, with the date of the text. */
  bron: string
  geverifieerd: boolean
  /** `elders`: the artikel points to a separate regeling (`opdracht="…"`). */
  artikelen: Array<Link & { elders: boolean }>
}

export interface JuridischeToetsView {
  opdrachten: OpdrachtView[]
  /** "Participatiewet (https://wetten.overheid.nl/BWBR0015703/2026-01-01 (tekst geldend vanaf 2026-01-01))", once per wet. */
  bronnen: string[]
  /** How many opdrachten no artikel carries. */
  ontbrekend: number
  termijnen: Array<{ wet: string; plaats: string; wat: string; termijn: string; wetsartikel: GrondslagView }>
}
