// Look-ups shared by the view builders, built once per site from the model and
// keyed by id (wet key, begrip term, effect id, grondwaarde id): a builder
// asks for what it joins by id, never by matching a title or a URL.
import type { CheckContext } from '../model/context.ts'
import type { Wet } from '../model/schema.ts'
import { type HulpBuilder, hulpBuilder } from './hulp.ts'
import { begripSlug, type SiteUrls, siteUrls, wetUrl } from './links.ts'
import type { BegripView, GrondslagView, Link, WetView } from './types.ts'

export interface SiteLookups {
  context: CheckContext
  /** Every link of this site, under its basis. */
  urls: SiteUrls
  wetten: WetView[]
  wetByKey: Map<string, WetView>
  begrippen: BegripView[]
  begripByTerm: Map<string, BegripView>
  /** Link to the page of an effect, titled as in effecten.yml. */
  effectLink(id: string): Link
  /** Link to a grondwaarde on the grondwaarden page, with its text. */
  grondwaardeLink(id: string): Link & { tekst: string }
  /** "artikel 2.3.5 Wmo 2015" with its link to wetten.overheid.nl. */
  grondslagView(wetKey: string, artikel: string): GrondslagView
  /** "Hulp vragen" and "Wat gebeurt er daarna?" for a page about these effecten. */
  hulp: HulpBuilder
}

export function buildLookups(context: CheckContext, urls: SiteUrls = siteUrls()): SiteLookups {
  const wetten = Object.entries(context.verordening.meta.wetten).map(([key, wet]) => wetView(key, wet))
  const wetByKey = new Map(wetten.map((wet) => [wet.key, wet]))
  const begrippen: BegripView[] = context.verordening.begrippen.map((begrip) => ({
    term: begrip.term,
    slug: begripSlug(begrip.term),
    definitie: begrip.definitie,
    uitleg: begripUitleg(begrip),
  }))
  return {
    context,
    urls,
    wetten,
    wetByKey,
    begrippen,
    begripByTerm: new Map(begrippen.map((begrip) => [begrip.term, begrip])),
    effectLink: (id) => ({ titel: context.effectById.get(id)?.titel ?? id, url: urls.effect(id) }),
    grondwaardeLink: (id) => ({ titel: id, tekst: context.grondwaardeById.get(id)?.tekst ?? '', url: urls.grondwaarde(id) }),
    hulp: hulpBuilder(context, urls),
    grondslagView: (wetKey, artikel) => {
      const wet = wetByKey.get(wetKey)
      const naam = wet?.afkorting ?? wetKey
      return { wet: wetKey, wetNaam: wet?.naam ?? wetKey, artikel, tekst: `artikel ${artikel} ${naam}`, url: wet ? wetUrl(wet.bwb, artikel) : '' }
    },
  }
}

function wetView(key: string, wet: Wet): WetView {
  return { key, naam: wet.naam, afkorting: wet.afkorting ?? wet.naam, bwb: wet.bwb, url: wetUrl(wet.bwb) }
}

/** The uitleg an inwoner sees; in a concept a begrip may not have one yet, and then the page says so plainly. */
export function begripUitleg(begrip: { definitie: string; uitleg?: string | undefined }): string {
  return begrip.uitleg ?? `(nog geen uitleg in eenvoudige taal) ${begrip.definitie}`
}
