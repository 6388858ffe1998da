// What every page shows of the verordening itself (header, footer, start page,
// toegankelijkheidsverklaring), and Dutch dates.
import type { VerordeningMeta } from '../model/schema.ts'
import { nu } from '../sources/nu.ts'
import { huisstijlTokens } from './huisstijl.ts'
import type { SiteMeta } from './types.ts'

const longDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

export function formatDate(iso: string | undefined): string {
  if (!iso) return ''
  const date = new Date(`${iso}T00:00:00Z`)
  return Number.isNaN(date.getTime()) ? iso : longDate.format(date)
}

export function buildMeta(meta: VerordeningMeta, options: { logoUrl?: string | null; now?: Date }): SiteMeta {
  const now = options.now ?? nu()
  return {
    gemeente: meta.gemeente,
    citeertitel: meta.citeertitel,
    titel: meta.titel,
    status: meta.status,
    statusTekst:
      meta.status === 'vastgesteld'
        ? `vastgesteld${meta.vastgesteld ? ` op ${formatDate(meta.vastgesteld)}` : ''}${meta.raadsbesluit ? ` (raadsbesluit ${meta.raadsbesluit.kenmerk})` : ''}`
        : 'concept (nog niet vastgesteld door de raad)',
    inwerkingtreding: meta.inwerkingtreding,
    inwerkingtredingTekst: formatDate(meta.inwerkingtreding),
    aanhef: meta.aanhef ?? null,
    voorbeeld: meta.voorbeeld,
    disclaimer: meta.disclaimer ?? null,
    bindendNotice: 'Dit is de uitleg in eenvoudige taal. Alleen de juridische versie van de verordening is bindend.',
    huisstijl: {
      logo: options.logoUrl ?? null,
      logoAlt: meta.huisstijl.logoAlt ?? `Logo van de gemeente ${meta.gemeente}`,
      tokens: huisstijlTokens(meta.huisstijl),
    },
    gebouwd: now.toISOString(),
    gebouwdTekst: formatDate(now.toISOString().slice(0, 10)),
    aanhefRegels: (meta.aanhef ?? '')
      .split(/(?<=;)\s+/)
      .map((regel) => regel.trim())
      .filter(Boolean),
    contact: { email: meta.contact?.email ?? null, telefoon: meta.contact?.telefoon ?? null, url: meta.contact?.url ?? null },
  }
}
