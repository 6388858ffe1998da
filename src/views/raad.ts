// The raad pages: the grondwaarden page, and the overzicht with the effecten,
// what is missing, the matrix of effecten and artikelen, and the
// plain-language scores (from the pipeline's analysis step, never computed here).

import { isAlgemeen } from '../model/reikwijdte.ts'
import { exemptions, type Grondwaarde } from '../model/schema.ts'
import { scoresOf } from '../taal/artikel-scores.ts'
import { taalInstellingen } from '../taal/instellingen.ts'
import type { ArtikelEntry } from './artikelen.ts'
import { grondwaardeAnchor } from './links.ts'
import type { SiteLookups } from './lookups.ts'
import { grafiekSvg } from './raad-grafiek.ts'
import type { EffectView, GrafiekView, GrondwaardeView, Link, RaadEffectView, RaadView, TaalScoreView, WetView } from './types.ts'

/** One view per grondwaarde of grondwaarden.yml, with the artikelen that name its id. */
export function buildGrondwaarden(lookups: SiteLookups, byGrondwaarde: ReadonlyMap<string, readonly ArtikelEntry[]>): GrondwaardeView[] {
  return lookups.context.verordening.grondwaarden.map((grondwaarde) => grondwaardeView(grondwaarde, byGrondwaarde.get(grondwaarde.id) ?? [], lookups))
}

function grondwaardeView(grondwaarde: Grondwaarde, artikelen: readonly ArtikelEntry[], lookups: SiteLookups): GrondwaardeView {
  return {
    id: grondwaarde.id,
    tekst: grondwaarde.tekst,
    wetten: grondwaarde.wetten.map((key) => lookups.wetByKey.get(key)).filter((wet): wet is WetView => wet !== undefined),
    gedeeld: grondwaarde.wetten.length > 1,
    bron: lookups.grondslagView(grondwaarde.bron.wet, grondwaarde.bron.artikel),
    toelichting: grondwaarde.toelichting ?? null,
    anker: grondwaardeAnchor(grondwaarde.id),
    url: lookups.urls.grondwaarde(grondwaarde.id),
    artikelen: artikelen.map(({ view }) => ({ titel: `Artikel ${view.nr} ${view.titel}`, url: view.urls.juridisch })),
  }
}

export function buildRaad(lookups: SiteLookups, artikelen: readonly ArtikelEntry[], effecten: EffectView[], grondwaarden: GrondwaardeView[]): RaadView {
  // Matrix columns: the artikelen that name a known effect, each with the effect ids it names.
  const columns = artikelen.filter(({ view }) => view.effecten.length > 0).map(({ artikel, view }) => ({ view, effecten: new Set(artikel.effecten) }))
  const overzicht = raadEffecten(lookups, artikelen, effecten)
  // An artikel that names no effect, where its soort asks for one, serves no goal the raad set: a gap too.
  const zonderEffect = artikelen.filter(({ view }) => view.effecten.length === 0)
  const zonderEffectGat = zonderEffect.filter(({ artikel }) => !exemptions[artikel.soort].effect)
  return {
    artikelenZonderEffect: zonderEffectGat.map(({ view }) => ({ titel: `Artikel ${view.nr} ${view.titel}`, url: view.urls.juridisch })),
    overzicht,
    effectenAlleenAlgemeen: overzicht.filter((entry) => entry.gat && entry.algemeneArtikelen.length > 0),
    grafiek: grafiek(lookups, overzicht),
    effecten,
    grondwaarden,
    effectenZonderArtikel: effecten.filter((effect) => effect.artikelen.length === 0),
    grondwaardenOngebruikt: grondwaarden.filter((grondwaarde) => grondwaarde.artikelen.length === 0),
    matrix: {
      artikelen: columns.map(({ view }) => ({ titel: view.nr, url: view.urls.juridisch })),
      rijen: effecten.map((effect) => ({
        effect: { titel: effect.titel, url: effect.url },
        cellen: columns.map((column) => column.effecten.has(effect.id)),
      })),
    },
    taal: taalView(lookups, artikelen),
    telling: {
      effecten: effecten.length,
      vastgesteld: effecten.filter((effect) => effect.status === 'vastgesteld').length,
      artikelen: artikelen.length,
      metEffect: columns.length,
      vrijVanEffect: zonderEffect.length - zonderEffectGat.length,
      grondwaarden: grondwaarden.length,
      begrippen: lookups.begrippen.length,
    },
  }
}

function raadEffecten(lookups: SiteLookups, artikelen: readonly ArtikelEntry[], effecten: readonly EffectView[]): RaadEffectView[] {
  const hoofdstukByNr = new Map(lookups.context.verordening.hoofdstukken.map((hoofdstuk) => [hoofdstuk.nr, hoofdstuk]))
  const perEffect = new Map<string, { eigen: ArtikelEntry[]; algemeen: ArtikelEntry[] }>()
  for (const entry of artikelen) {
    const hoofdstuk = hoofdstukByNr.get(entry.view.hoofdstuk.nr)
    const algemeen = hoofdstuk ? isAlgemeen(entry.artikel, hoofdstuk) : true
    for (const id of new Set(entry.artikel.effecten)) {
      let lists = perEffect.get(id)
      if (!lists) perEffect.set(id, (lists = { eigen: [], algemeen: [] }))
      ;(algemeen ? lists.algemeen : lists.eigen).push(entry)
    }
  }
  const link = ({ view }: ArtikelEntry): Link => ({ titel: `Artikel ${view.nr} ${view.titel}`, url: view.urls.juridisch })
  return effecten.map((effect) => {
    const lists = perEffect.get(effect.id) ?? { eigen: [], algemeen: [] }
    const wetten = new Map<string, WetView & { aantal: number }>()
    for (const { view } of lists.eigen) {
      const wet = view.hoofdstuk.wet
      if (!wet) continue
      const known = wetten.get(wet.key)
      if (known) known.aantal++
      else wetten.set(wet.key, { ...wet, aantal: 1 })
    }
    return {
      effect,
      eigenArtikelen: lists.eigen.map(link),
      algemeneArtikelen: lists.algemeen.map(link),
      wetten: [...wetten.values()],
      gat: lists.eigen.length === 0,
    }
  })
}

/** Effect × wet: own artikelen per wet with a hoofdstuk of its own, and the general ones. */
function grafiek(lookups: SiteLookups, overzicht: readonly RaadEffectView[]): GrafiekView {
  const wetKeys = [...new Set(lookups.context.verordening.hoofdstukken.flatMap((hoofdstuk) => (hoofdstuk.wet ? [hoofdstuk.wet] : [])))]
  const wetten = wetKeys.map((key) => lookups.wetByKey.get(key)).filter((wet): wet is WetView => wet !== undefined)
  const kolommen = [...wetten.map((wet) => wet.afkorting), 'Algemeen']
  const rijen = overzicht.map((entry) => {
    const perWet = wetten.map((wet) => entry.wetten.find((w) => w.key === wet.key)?.aantal ?? 0)
    return { effect: { titel: entry.effect.titel, url: `#effect-${entry.effect.id}` }, waarden: [...perWet, entry.algemeneArtikelen.length], gat: entry.gat }
  })
  const gaten = rijen.filter((rij) => rij.gat).map((rij) => rij.effect.titel)
  const titel = 'Eigen artikelen per effect en per wet'
  const beschrijving =
    `Voor ${rijen.length === 1 ? '1 effect' : `${rijen.length} effecten`} het aantal eigen artikelen in het hoofdstuk van elke wet (${kolommen.slice(0, -1).join(', ')}), en in de laatste kolom het aantal algemene artikelen, die voor elk effect gelden. ` +
    (gaten.length > 0 ? `Zonder eigen artikel (een gat): ${gaten.join(', ')}.` : 'Elk effect heeft ten minste één eigen artikel.')
  return {
    svg: grafiekSvg({ kolommen, rijen: rijen.map((rij) => ({ titel: rij.effect.titel, waarden: rij.waarden, gat: rij.gat })), titel, beschrijving }, 'grafiek'),
    titel,
    beschrijving,
    kolommen,
    rijen,
  }
}

function taalView(lookups: SiteLookups, artikelen: readonly ArtikelEntry[]): RaadView['taal'] {
  const instellingen = taalInstellingen(lookups.context)
  const scores: TaalScoreView[] = artikelen.map(({ artikel, view }) => {
    const score = scoresOf(lookups.context, artikel)
    const inwoners = score.inwoners
    return {
      artikel: { titel: `${view.nr} ${view.titel}`, url: view.urls.inwoners },
      inwoners: inwoners?.fleschDouma ?? null,
      juridisch: score.juridisch?.fleschDouma ?? null,
      langsteZin: inwoners?.longestSentence ?? null,
      b1: inwoners
        ? (inwoners.fleschDouma === null || inwoners.fleschDouma >= instellingen.minLeesbaarheid) && inwoners.longestSentence <= instellingen.maxZinslengte
        : null,
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
