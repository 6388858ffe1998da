// "Hulp vragen" and "Wat gebeurt er daarna?" on every inwoners page: how to
// reach the loket (contact in verordening.yml, or an effect's own loket), and
// Veilig Thuis beside it with its own framing where safety is at stake, and
// the steps of the procedure with their termijnen, taken from the artikelen
// whose inwoners block marks a step (`:::inwoners{stap="gesprek" termijn="…"}`).

import type { CheckContext } from '../model/context.ts'
import { isAlgemeen } from '../model/reikwijdte.ts'
import type { Artikel, Contact, Effect, Hoofdstuk, ProcedureStap } from '../model/schema.ts'
import { procedureStappen } from '../model/schema.ts'
import type { SiteUrls } from './links.ts'
import type { HulpView, Link, StapView } from './types.ts'

/** What each step means for the inwoner; the termijnen come from the artikelen. */
const stapTeksten: Record<ProcedureStap, { titel: string; uitleg: string }> = {
  melding: { titel: 'U meldt zich', uitleg: 'U laat ons weten dat u hulp nodig heeft. Dat mag ook iemand anders voor u doen.' },
  gesprek: { titel: 'Het gesprek', uitleg: 'Wij praten met u over uw situatie en over wat u wilt bereiken.' },
  aanvraag: { titel: 'De aanvraag', uitleg: 'U vraagt officieel om hulp. Vaak is het verslag van het gesprek genoeg.' },
  besluit: { titel: 'Het besluit', uitleg: 'U krijgt een brief met ons besluit en de reden daarvan.' },
}

interface Stapartikel {
  artikel: Artikel
  algemeen: boolean
}

export interface HulpOpties {
  /**
   * A general page (an artikel of the gemeenschappelijke kop, of a general
   * soort, or one that serves three or more effecten): the general loket
   * answers, not one team; the effect's own loket is for a page about that effect.
   */
  algemeen: boolean
  /** Show Veilig Thuis beside the loket when one of the effecten has it as its contact (not on the kop's artikelen). */
  veiligheid: boolean
}

export interface HulpBuilder {
  /** The block for a page about these effecten. */
  voor(effectIds: readonly string[], opties?: HulpOpties): HulpView
}

/**
 * Veilig Thuis is one national service (0800-2000): an effect whose contact it
 * is gets it shown as "zorgen over de veiligheid", next to the loket, never instead.
 */
export function isVeiligThuis(contact: Contact): boolean {
  return (contact.telefoon ?? '').replace(/[^0-9]/g, '') === '08002000' || /veilig thuis/i.test(contact.naam ?? '')
}

export function hulpBuilder(context: CheckContext, urls: SiteUrls): HulpBuilder {
  const { meta } = context.verordening
  const stapartikelen: Stapartikel[] = []
  for (const hoofdstuk of context.verordening.hoofdstukken) {
    for (const artikel of hoofdstuk.artikelen) {
      if (artikel.stap && (procedureStappen as readonly string[]).includes(artikel.stap))
        stapartikelen.push({ artikel, algemeen: isAlgemeen(artikel, hoofdstuk as Hoofdstuk) })
    }
  }
  const cache = new Map<string, HulpView>()
  return {
    voor(effectIds, opties = { algemeen: false, veiligheid: true }) {
      const effecten = effectIds.map((id) => context.effectById.get(id)).filter((effect): effect is Effect => effect !== undefined)
      const eigen = opties.algemeen ? undefined : effecten.find((effect) => effect.contact !== undefined && !isVeiligThuis(effect.contact))
      const veilig = opties.veiligheid ? effecten.find((effect) => effect.contact !== undefined && isVeiligThuis(effect.contact)) : undefined
      // Specific steps only on the pages of their effect; the general ones everywhere.
      const relevant = stapartikelen.filter(({ artikel, algemeen }) => algemeen || artikel.effecten.some((id) => effectIds.includes(id)))
      const key = `${eigen?.id ?? ''}|${veilig?.id ?? ''}|${relevant.map(({ artikel }) => artikel.nr).join(' ')}`
      let view = cache.get(key)
      if (!view) {
        view = {
          ...contactView(eigen?.contact ?? meta.contact ?? {}, meta.gemeente),
          veilig: veilig?.contact ? veiligView(veilig.contact) : null,
          stappen: stappenView(
            relevant.map(({ artikel }) => artikel),
            urls,
          ),
        }
        cache.set(key, view)
      }
      return view
    },
  }
}

function veiligView(contact: Contact): NonNullable<HulpView['veilig']> {
  const telefoon = contact.telefoon ?? null
  return {
    naam: contact.naam ?? 'Veilig Thuis',
    telefoon: telefoon ? { tekst: telefoon, href: `tel:${telefoon.replace(/[^+0-9]/g, '')}` } : null,
    openingstijden: contact.openingstijden ?? null,
  }
}

function contactView(contact: Contact, gemeente: string): Omit<HulpView, 'stappen' | 'veilig'> {
  const telefoon = contact.telefoon ?? null
  return {
    naam: contact.naam ?? `de gemeente ${gemeente}`,
    telefoon: telefoon ? { tekst: telefoon, href: `tel:${telefoon.replace(/[^+0-9]/g, '')}` } : null,
    email: contact.email ?? null,
    adres: contact.adres ?? null,
    openingstijden: contact.openingstijden ?? null,
    formulier: contact.formulier ?? null,
    url: contact.url ?? null,
  }
}

function stappenView(artikelen: readonly Artikel[], urls: SiteUrls): StapView[] {
  return procedureStappen.flatMap((stap): StapView[] => {
    const bij = artikelen.filter((artikel) => artikel.stap === stap)
    if (bij.length === 0) return []
    const link = (artikel: Artikel): Link => ({
      titel: `Artikel ${artikel.nr} ${artikel.inwonersTitel ?? artikel.titel}`,
      url: urls.inwonersArtikel(artikel.nr),
    })
    return [
      {
        stap,
        ...stapTeksten[stap],
        termijnen: bij.filter((artikel) => artikel.termijn).map((artikel) => ({ tekst: artikel.termijn!, artikel: link(artikel) })),
        artikelen: bij.map(link),
      },
    ]
  })
}
