// Turns the checked model into the data the site templates read. Every
// decision about content (links, gaps, grouping) is made here, not in templates.
import type { CheckContext } from '../model/context.ts'
import { exemptions, type Artikel, type Effect, type Grondwaarde, type Hoofdstuk, type Wet } from '../model/schema.ts'
import { renderHtml, type Audience } from './render-html.ts'
import { artikelEId, artikelSlug, begripSlug, grondwaardeAnchor, hoofdstukEId, juridischAnchor, lidEId, onderdeelEId, urls, wetUrl } from './links.ts'
import { huisstijlTokens } from './huisstijl.ts'
import { scoreArtikel } from '../taal/artikel-scores.ts'
import { taalInstellingen } from '../taal/instellingen.ts'
import type {
  ArtikelView,
  BegripView,
  EffectView,
  GrondslagView,
  GrondwaardeView,
  HoofdstukView,
  LevensdomeinView,
  Link,
  RaadView,
  TaalScoreView,
  SiteData,
  VoorbeeldView,
  WetView,
} from './types.ts'

export interface SiteDataOptions {
  /** Maps an image path in the source to its URL on the site (null: leave it out). */
  imageUrl?: (source: string) => string | null
  /** Site URL of the logo, when the build copied it. */
  logoUrl?: string | null
  now?: Date
}

const longDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

export function formatDate(iso: string | undefined): string {
  if (!iso) return ''
  const date = new Date(`${iso}T00:00:00Z`)
  return Number.isNaN(date.getTime()) ? iso : longDate.format(date)
}

export function buildSiteData(context: CheckContext, options: SiteDataOptions = {}): SiteData {
  const { meta } = context.verordening
  const wetten = Object.entries(meta.wetten).map(([key, wet]) => wetView(key, wet))
  const wetByKey = new Map(wetten.map((wet) => [wet.key, wet]))
  const begrippen: BegripView[] = context.verordening.begrippen.map((begrip) => ({ term: begrip.term, slug: begripSlug(begrip.term), definitie: begrip.definitie, uitleg: begrip.uitleg }))
  const begripByTerm = new Map(begrippen.map((begrip) => [begrip.term, begrip]))

  const effectLink = (id: string): Link => ({ titel: context.effectById.get(id)?.titel ?? id, url: urls.effect(id) })
  const grondwaardeLink = (id: string): Link & { tekst: string } => {
    const grondwaarde = context.grondwaardeById.get(id)
    return { titel: id, tekst: grondwaarde?.tekst ?? '', url: urls.grondwaarde(id) }
  }
  const grondslagView = (wetKey: string, artikel: string): GrondslagView => {
    const wet = wetByKey.get(wetKey)
    const naam = wet?.afkorting ?? wetKey
    return { wet: wetKey, wetNaam: wet?.naam ?? wetKey, artikel, tekst: `artikel ${artikel} ${naam}`, url: wet ? wetUrl(wet.bwb, artikel) : '' }
  }

  const hoofdstukken: HoofdstukView[] = context.verordening.hoofdstukken.map((hoofdstuk) => ({
    nr: hoofdstuk.nr,
    titel: hoofdstuk.titel,
    eId: hoofdstukEId(hoofdstuk.nr),
    wet: hoofdstuk.wet ? (wetByKey.get(hoofdstuk.wet) ?? null) : null,
    artikelen: hoofdstuk.artikelen.map((artikel) => artikelView(artikel, hoofdstuk)),
  }))
  const artikelen = hoofdstukken.flatMap((hoofdstuk) => hoofdstuk.artikelen)

  function artikelView(artikel: Artikel, hoofdstuk: Hoofdstuk): ArtikelView {
    const slug = artikelSlug(artikel.nr)
    const counter = { value: 0 }
    const used = new Set<string>()
    const render = (nodes: Artikel['juridisch'], audience: Audience) =>
      renderHtml(nodes, { audience, context, idPrefix: slug, counter, begrippen: used, imageUrl: options.imageUrl })
    const link: Link = { titel: `Artikel ${artikel.nr} ${artikel.titel}`, url: urls.inwonersArtikel(artikel.nr) }
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
    const voorbeelden: VoorbeeldView[] = artikel.voorbeelden.map((voorbeeld) => ({ titel: voorbeeld.titel, html: render(voorbeeld.inhoud, 'inwoners'), artikel: link }))
    const grondslagen = artikel.grondslagen.map((grondslag) => grondslagView(grondslag.wet, grondslag.artikel))
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
      effecten: artikel.effecten.filter((id) => context.effectById.has(id)).map(effectLink),
      grondwaarden: artikel.grondwaarden.filter((id) => context.grondwaardeById.has(id)).map(grondwaardeLink),
      grondslagen,
      leden,
      inwonersHtml,
      toelichtingHtml,
      voorbeelden,
      begrippen: [...used].map((term) => begripByTerm.get(term)).filter((begrip): begrip is BegripView => begrip !== undefined),
      urls: { inwoners: urls.inwonersArtikel(artikel.nr), juridisch: urls.juridischArtikel(artikel.nr), juridischAnker: juridischAnchor(eId) },
      wetten: [...wetNames],
      geenGegevens: geenGegevens(artikel),
    }
  }

  const artikelenByEffect = (id: string) => artikelen.filter((artikel) => artikel.effecten.some((effect) => effect.url === urls.effect(id)))
  const effecten: EffectView[] = context.verordening.effecten.map((effect) => effectView(effect, artikelenByEffect(effect.id)))

  function effectView(effect: Effect, realisers: ArtikelView[]): EffectView {
    // An inwoner looks for the rules made for the situation; the kop's general
    // rules (doel, toets, procedure) hold for every effect and come second.
    const eigen = realisers.filter((artikel) => artikel.hoofdstuk.wet !== null)
    const algemeen = realisers.filter((artikel) => artikel.hoofdstuk.wet === null)
    const toLink = (artikel: ArtikelView): Link => ({ titel: `Artikel ${artikel.nr} ${artikel.titel}`, url: artikel.urls.inwoners })
    const grondwaarden = new Map<string, Link & { tekst: string }>()
    for (const artikel of realisers) for (const grondwaarde of artikel.grondwaarden) grondwaarden.set(grondwaarde.titel, grondwaarde)
    return {
      id: effect.id,
      titel: effect.titel,
      vraag: effect.vraag,
      tekst: effect.tekst,
      levensdomein: effect.levensdomein,
      indicator: effect.indicator,
      status: effect.status,
      raadsbesluit: effect.raadsbesluit ? { datum: effect.raadsbesluit.datum, datumTekst: formatDate(effect.raadsbesluit.datum), kenmerk: effect.raadsbesluit.kenmerk } : null,
      url: urls.effect(effect.id),
      artikelen: realisers.map(toLink),
      eigenArtikelen: eigen.map(toLink),
      algemeneArtikelen: algemeen.map(toLink),
      grondwaarden: [...grondwaarden.values()],
      voorbeelden: (eigen.length > 0 ? eigen : realisers).flatMap((artikel) => artikel.voorbeelden),
      wetten: [...new Set(realisers.flatMap((artikel) => artikel.wetten))],
    }
  }

  const levensdomeinen: LevensdomeinView[] = []
  for (const effect of effecten) {
    let domein = levensdomeinen.find((entry) => entry.naam === effect.levensdomein)
    if (!domein) {
      domein = { naam: effect.levensdomein, slug: begripSlug(effect.levensdomein), effecten: [] }
      levensdomeinen.push(domein)
    }
    domein.effecten.push(effect)
  }

  const grondwaarden: GrondwaardeView[] = context.verordening.grondwaarden.map((grondwaarde) => grondwaardeView(grondwaarde))
  function grondwaardeView(grondwaarde: Grondwaarde): GrondwaardeView {
    return {
      id: grondwaarde.id,
      tekst: grondwaarde.tekst,
      wetten: grondwaarde.wetten.map((key) => wetByKey.get(key)).filter((wet): wet is WetView => wet !== undefined),
      gedeeld: grondwaarde.wetten.length > 1,
      bron: grondslagView(grondwaarde.bron.wet, grondwaarde.bron.artikel),
      toelichting: grondwaarde.toelichting ?? null,
      anker: grondwaardeAnchor(grondwaarde.id),
      url: urls.grondwaarde(grondwaarde.id),
      artikelen: artikelen
        .filter((artikel) => artikel.grondwaarden.some((entry) => entry.titel === grondwaarde.id))
        .map((artikel) => ({ titel: `Artikel ${artikel.nr} ${artikel.titel}`, url: artikel.urls.juridisch })),
    }
  }

  const matrixArtikelen = artikelen.filter((artikel) => artikel.effecten.length > 0)
  const raad: RaadView = {
    effecten,
    grondwaarden,
    effectenZonderArtikel: effecten.filter((effect) => effect.artikelen.length === 0),
    grondwaardenOngebruikt: grondwaarden.filter((grondwaarde) => grondwaarde.artikelen.length === 0),
    matrix: {
      artikelen: matrixArtikelen.map((artikel) => ({ titel: artikel.nr, url: artikel.urls.juridisch })),
      rijen: effecten.map((effect) => ({
        effect: { titel: effect.titel, url: effect.url },
        cellen: matrixArtikelen.map((artikel) => artikel.effecten.some((entry) => entry.url === effect.url)),
      })),
    },
    taal: taalView(context, artikelen),
    telling: {
      effecten: effecten.length,
      vastgesteld: effecten.filter((effect) => effect.status === 'vastgesteld').length,
      artikelen: artikelen.length,
      grondwaarden: grondwaarden.length,
      begrippen: begrippen.length,
    },
  }

  return {
    meta: {
      gemeente: meta.gemeente,
      citeertitel: meta.citeertitel,
      titel: meta.titel,
      status: meta.status,
      statusTekst: meta.status === 'vastgesteld' ? `vastgesteld${meta.vastgesteld ? ` op ${formatDate(meta.vastgesteld)}` : ''}` : 'concept (nog niet vastgesteld door de raad)',
      inwerkingtreding: meta.inwerkingtreding,
      inwerkingtredingTekst: formatDate(meta.inwerkingtreding),
      aanhef: meta.aanhef ?? null,
      voorbeeld: meta.voorbeeld,
      disclaimer: meta.disclaimer ?? null,
      bindendNotice: 'Dit is de uitleg in eenvoudige taal. Alleen de juridische versie van de verordening is bindend.',
      huisstijl: { logo: options.logoUrl ?? null, logoAlt: meta.huisstijl.logoAlt ?? `Logo van de gemeente ${meta.gemeente}`, tokens: huisstijlTokens(meta.huisstijl) },
      gebouwd: (options.now ?? new Date()).toISOString(),
      gebouwdTekst: formatDate((options.now ?? new Date()).toISOString().slice(0, 10)),
      aanhefRegels: (meta.aanhef ?? '').split(/(?<=;)\s+/).map((regel) => regel.trim()).filter(Boolean),
      contact: { email: meta.contact?.email ?? null, telefoon: meta.contact?.telefoon ?? null, url: meta.contact?.url ?? null },
    },
    wetten,
    hoofdstukken,
    artikelen,
    effecten,
    levensdomeinen,
    grondwaarden,
    begrippen,
    raad,
  }
}

function wetView(key: string, wet: Wet): WetView {
  return { key, naam: wet.naam, afkorting: wet.afkorting ?? wet.naam, bwb: wet.bwb, url: wetUrl(wet.bwb) }
}

function taalView(context: CheckContext, artikelen: ArtikelView[]): RaadView['taal'] {
  const instellingen = taalInstellingen(context)
  const byNr = new Map(context.verordening.hoofdstukken.flatMap((hoofdstuk) => hoofdstuk.artikelen).map((artikel) => [artikel.nr, artikel]))
  const scores: TaalScoreView[] = artikelen.map((view) => {
    const artikel = byNr.get(view.nr)
    const score = artikel ? scoreArtikel(artikel, context) : null
    const inwoners = score?.inwoners ?? null
    return {
      artikel: { titel: `${view.nr} ${view.titel}`, url: view.urls.inwoners },
      inwoners: inwoners?.fleschDouma ?? null,
      juridisch: score?.juridisch?.fleschDouma ?? null,
      langsteZin: inwoners?.longestSentence ?? null,
      b1: inwoners ? (inwoners.fleschDouma === null || inwoners.fleschDouma >= instellingen.minLeesbaarheid) && inwoners.longestSentence <= instellingen.maxZinslengte : null,
    }
  })
  return {
    artikelen: scores,
    mediaanInwoners: median(scores.map((score) => score.inwoners)),
    mediaanJuridisch: median(scores.map((score) => score.juridisch)),
    drempels: { minLeesbaarheid: instellingen.minLeesbaarheid, maxZinslengte: instellingen.maxZinslengte },
  }
}

function median(values: Array<number | null>): number | null {
  const numbers = values.filter((value): value is number => value !== null).sort((a, b) => a - b)
  if (numbers.length === 0) return null
  const middle = Math.floor(numbers.length / 2)
  const value = numbers.length % 2 === 1 ? numbers[middle]! : (numbers[middle - 1]! + numbers[middle]!) / 2
  return Math.round(value * 10) / 10
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
