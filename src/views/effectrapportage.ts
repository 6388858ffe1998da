// The effectrapportage of the raad (/raad/effectrapportage/, and `export
// effectrapportage`): per effect whether it is reached — the figures of its
// indicatoren against the streefwaarde, as a chart and a table — next to the
// artikelen that serve it, the kaders that weigh in and the casussen of the
// period with their lessen. The judgement per indicator comes from the model
// (src/model/indicatoren.ts); here it is only joined and worded.
import {
  type Cijfer,
  eigenRegistratie,
  formatWaarde,
  type Indicator,
  type Oordeel,
  oordeelVan,
  periodeLabel,
  reeksVan,
  trendInWoorden,
} from '../model/indicatoren.ts'
import { isAlgemeen } from '../model/reikwijdte.ts'
import type { EffectOordeel, EffectrapportageView, IndicatorView, RapportEffectView } from './effectrapportage-types.ts'
import { indicatorGrafiekSvg } from './indicator-grafiek.ts'
import type { SiteLookups } from './lookups.ts'
import { formatDate } from './meta.ts'
import type { EffectView } from './types.ts'

const oordeelTekst: Record<Oordeel, string> = {
  bereikt: 'Doel bereikt',
  'op-koers': 'Op koers',
  achter: 'Achter',
  'geen-cijfers': 'Geen cijfers',
}

const effectOordeelTekst: Record<EffectOordeel, string> = { 'op-koers': 'Op koers', achter: 'Loopt achter', 'geen-cijfers': 'Nog geen cijfers' }

export function rapportAnchor(effectId: string): string {
  return `rapport-${effectId}`
}

export function buildEffectrapportage(lookups: SiteLookups, effecten: readonly EffectView[], pageUrl: string): EffectrapportageView {
  const { context, urls } = lookups
  const indicatoren = context.registries.indicatoren?.data ?? []
  const cijfers = context.registries.cijfers?.data ?? []
  const jaren = cijfers
    .filter((cijfer) => indicatoren.some((indicator) => indicator.id === cijfer.indicator))
    .map((cijfer) => Number(cijfer.periode.slice(0, 4)))
  const vanafJaar = jaren.length > 0 ? Math.min(...jaren) : null
  const totJaar = jaren.length > 0 ? Math.max(...jaren) : null
  const periode = vanafJaar === null || totJaar === null ? null : vanafJaar === totJaar ? String(vanafJaar) : `${vanafJaar} tot en met ${totJaar}`

  const rapport = effecten.map((effect): RapportEffectView => {
    const eigen = indicatoren.filter((indicator) => indicator.effect === effect.id)
    const views = eigen.map((indicator) => indicatorView(indicator, reeksVan(cijfers, indicator.id)))
    const oordeel = effectOordeel(views.map((view) => view.oordeel))
    // The artikelen made for this effect: general ones (procedure, hardheidsclausule) serve every effect and say nothing here.
    const eigenArtikelen = context.verordening.hoofdstukken.flatMap((hoofdstuk) =>
      hoofdstuk.artikelen.filter((artikel) => artikel.effecten.includes(effect.id) && !isAlgemeen(artikel, hoofdstuk)),
    )
    const artikelNrs = new Set(eigenArtikelen.map((artikel) => artikel.nr))
    const kaderIds = new Set(context.verordening.kaders.filter((kader) => kader.effecten.includes(effect.id)).map((kader) => kader.id))
    for (const [id, nrs] of context.kaderArtikelen) if (nrs.some((nr) => artikelNrs.has(nr))) kaderIds.add(id)
    const casussen = context.casussen
      .map(({ casus }) => casus)
      .filter((casus) => casus.kop.effecten.includes(effect.id) || casus.kop.artikelen.some((nr) => artikelNrs.has(nr)))
      .filter((casus) => vanafJaar === null || Number(casus.kop.datum.slice(0, 4)) >= vanafJaar)
      .sort((a, b) => b.kop.datum.localeCompare(a.kop.datum))
    return {
      effect: { id: effect.id, titel: effect.titel, url: effect.url },
      anker: rapportAnchor(effect.id),
      oordeel,
      oordeelTekst: effectOordeelTekst[oordeel],
      indicatoren: views,
      artikelen: eigenArtikelen.map((artikel) => ({ titel: `Artikel ${artikel.nr} ${artikel.titel}`, url: urls.juridischArtikel(artikel.nr) })),
      kaders: context.verordening.kaders.filter((kader) => kaderIds.has(kader.id)).map((kader) => ({ titel: kader.titel, url: urls.kader(kader.id) })),
      casussen: casussen.map((casus) => ({ titel: casus.kop.titel, url: urls.casus(casus.id), datumTekst: formatDate(casus.kop.datum), les: casus.kop.les })),
    }
  })
  const telling: Record<EffectOordeel, number> = { 'op-koers': 0, achter: 0, 'geen-cijfers': 0 }
  for (const entry of rapport) telling[entry.oordeel]++
  const perEffect: EffectrapportageView['perEffect'] = {}
  for (const entry of rapport) {
    perEffect[entry.effect.id] = { oordeel: entry.oordeel, oordeelTekst: entry.oordeelTekst, url: `${pageUrl}#${entry.anker}` }
  }
  return { heeftIndicatoren: indicatoren.length > 0, periode, vanafJaar, effecten: rapport, telling, perEffect }
}

function indicatorView(indicator: Indicator, reeks: Cijfer[]): IndicatorView {
  const oordeel = oordeelVan(indicator, reeks)
  const trend = trendInWoorden(indicator, reeks)
  const titel = `${indicator.titel}: cijfers per jaar en het doel`
  return {
    id: indicator.id,
    titel: indicator.titel,
    richting: indicator.richting === 'hoger' ? 'hoger is beter' : 'lager is beter',
    streefwaarde: `${formatWaarde(indicator.streefwaarde.waarde, indicator)} in ${indicator.streefwaarde.jaar}`,
    bron:
      indicator.bron === eigenRegistratie
        ? `Eigen registratie${indicator.toelichting ? `: ${zonderPunt(indicator.toelichting)}` : ''}`
        : `CBS StatLine, tabel ${indicator.bron.cbs.tabel} (CC BY 4.0)${indicator.toelichting ? `. ${zonderPunt(indicator.toelichting)}` : ''}`,
    oordeel,
    oordeelTekst: oordeelTekst[oordeel],
    trend,
    svg: reeks.length > 0 ? indicatorGrafiekSvg({ indicator, reeks, titel, beschrijving: trend }, `indicator-${indicator.id}`) : null,
    rijen: reeks.map((cijfer) => ({
      periode: periodeLabel(cijfer.periode),
      waarde: formatWaarde(cijfer.waarde, indicator),
      status: cijfer.status,
      voorlopig: cijfer.status !== 'definitief',
    })),
  }
}

function effectOordeel(oordelen: readonly Oordeel[]): EffectOordeel {
  const met = oordelen.filter((oordeel) => oordeel !== 'geen-cijfers')
  if (met.length === 0) return 'geen-cijfers'
  return met.includes('achter') ? 'achter' : 'op-koers'
}

/** The template ends the sentence itself. */
function zonderPunt(tekst: string): string {
  return tekst.replace(/\.\s*$/, '')
}
