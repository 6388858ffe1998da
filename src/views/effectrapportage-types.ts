// What the effectrapportage shows (src/views/effectrapportage.ts builds it):
// its own file, so the site's types (types.ts) can name it without a cycle.
import type { Cijfer, Oordeel } from '../model/indicatoren.ts'

interface Link {
  titel: string
  url: string
}

/** The judgement of an effect as a whole: reached counts as on track. */
export type EffectOordeel = 'op-koers' | 'achter' | 'geen-cijfers'

export interface CijferRijView {
  periode: string
  waarde: string
  status: Cijfer['status']
  voorlopig: boolean
}

export interface IndicatorView {
  id: string
  titel: string
  /** "hoger is beter" / "lager is beter". */
  richting: string
  streefwaarde: string
  bron: string
  oordeel: Oordeel
  oordeelTekst: string
  /** The trend in words (also the chart's description). */
  trend: string
  /** The SVG, null without figures. */
  svg: string | null
  rijen: CijferRijView[]
}

export interface RapportCasusView extends Link {
  datumTekst: string
  les: string
}

export interface RapportEffectView {
  effect: { titel: string; url: string; id: string }
  anker: string
  oordeel: EffectOordeel
  oordeelTekst: string
  indicatoren: IndicatorView[]
  artikelen: Link[]
  kaders: Link[]
  casussen: RapportCasusView[]
}

export interface EffectrapportageView {
  /** Whether the verordening has indicatoren at all (indicatoren.yml). */
  heeftIndicatoren: boolean
  /** The period the figures cover, in words ("2021 tot en met 2025"), or null without figures. */
  periode: string | null
  /** From this year the casussen count for the period. */
  vanafJaar: number | null
  effecten: RapportEffectView[]
  telling: Record<EffectOordeel, number>
  /** Per effect id: the judgement and where it is explained (the raadsoverzicht). */
  perEffect: Record<string, { oordeel: EffectOordeel; oordeelTekst: string; url: string }>
}
