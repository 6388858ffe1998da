// The inwoners pages besides the artikelen: one page per effect, and the start
// page that groups the effecten by levensdomein.
import type { Effect } from '../model/schema.ts'
import type { ArtikelEntry } from './artikelen.ts'
import { begripSlug, sitePaths } from './links.ts'
import type { SiteLookups } from './lookups.ts'
import { formatDate } from './meta.ts'
import type { ArtikelView, EffectView, LevensdomeinView, Link } from './types.ts'

/** One view per effect of effecten.yml, with the artikelen that name its id. */
export function buildEffecten(lookups: SiteLookups, byEffect: ReadonlyMap<string, readonly ArtikelEntry[]>): EffectView[] {
  return lookups.context.verordening.effecten.map((effect) => effectView(effect, byEffect.get(effect.id) ?? [], lookups))
}

function effectView(effect: Effect, realisers: readonly ArtikelEntry[], lookups: SiteLookups): EffectView {
  // An inwoner looks for the rules made for the situation; the kop's general
  // rules (doel, toets, procedure) hold for every effect and come second.
  const views = realisers.map((entry) => entry.view)
  const eigen = views.filter((artikel) => artikel.hoofdstuk.wet !== null)
  const algemeen = views.filter((artikel) => artikel.hoofdstuk.wet === null)
  const toLink = (artikel: ArtikelView): Link => ({ titel: artikel.inwonersTitel, url: artikel.urls.inwoners })
  const grondwaarden = new Map<string, Link & { tekst: string }>()
  for (const { artikel } of realisers) {
    for (const id of artikel.grondwaarden) if (lookups.context.grondwaardeById.has(id)) grondwaarden.set(id, lookups.grondwaardeLink(id))
  }
  return {
    id: effect.id,
    titel: effect.titel,
    vraag: effect.vraag,
    tekst: effect.tekst,
    levensdomein: effect.levensdomein,
    indicator: effect.indicator,
    status: effect.status,
    raadsbesluit: effect.raadsbesluit
      ? { datum: effect.raadsbesluit.datum, datumTekst: formatDate(effect.raadsbesluit.datum), kenmerk: effect.raadsbesluit.kenmerk }
      : null,
    url: lookups.urls.effect(effect.id),
    pad: sitePaths.effect(effect.id),
    artikelen: views.map(toLink),
    eigenArtikelen: eigen.map(toLink),
    algemeneArtikelen: algemeen.map(toLink),
    grondwaarden: [...grondwaarden.values()],
    voorbeelden: (eigen.length > 0 ? eigen : views).flatMap((artikel) => artikel.voorbeelden),
    wetten: [...new Set(views.flatMap((artikel) => artikel.wetten))],
    hulp: lookups.hulp.voor([effect.id]),
    trefwoorden: effect.trefwoorden ?? [],
    diensten: [],
  }
}

/** Cards "Ik maak me zorgen om iemand anders": the effecten with an `iemandAnders` question, in register order. */
export function buildIemandAnders(lookups: SiteLookups): Array<{ vraag: string; effect: Link }> {
  return lookups.context.verordening.effecten.flatMap((effect) =>
    effect.iemandAnders ? [{ vraag: effect.iemandAnders, effect: lookups.effectLink(effect.id) }] : [],
  )
}

/** The start page: effecten grouped by levensdomein, in the order they first appear. */
export function buildLevensdomeinen(effecten: readonly EffectView[]): LevensdomeinView[] {
  const byNaam = new Map<string, LevensdomeinView>()
  for (const effect of effecten) {
    let domein = byNaam.get(effect.levensdomein)
    if (!domein) {
      domein = { naam: effect.levensdomein, slug: begripSlug(effect.levensdomein), effecten: [] }
      byNaam.set(effect.levensdomein, domein)
    }
    domein.effecten.push(effect)
  }
  return [...byNaam.values()]
}
