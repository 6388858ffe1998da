// The page /juridisch/wijzigingen/ (`build --sinds <rev>`): the renvooi of
// every changed artikel since a revision, with a table of contents. Decided
// here, placed by site/juridisch/wijzigingen.njk: struck and underlined text
// are <del>/<ins>, and the template adds words a screen reader announces.
import { inwonersRenvooi, juridischeRenvooi, type Segment } from '../compare/renvooi.ts'
import type { Wijziging } from '../compare/vergelijking.ts'
import type { SiteUrls } from './links.ts'

export interface RenvooiRegelView {
  label: string
  /** 0: opschrift or lid; 1: onderdeel. */
  niveau: number
  segmenten: Segment[]
  /** The line is the opschrift (shown as a heading line). */
  opschrift: boolean
}

export interface WijzigingView {
  id: string
  titel: string
  soort: Wijziging['soort']
  soortTekst: string
  delenTekst: string
  /** The artikel's page in the new version; null when it vervallen is. */
  url: string | null
  /** "Artikel 3.4 zoals het nu luidt" */
  linkTekst: string
  regels: RenvooiRegelView[]
  inwoners: Segment[] | null
}

export interface WijzigingenView {
  sinds: string
  samenvatting: string
  wijzigingen: WijzigingView[]
}

const soortTekst: Record<Wijziging['soort'], string> = { gewijzigd: 'gewijzigd', ingevoegd: 'ingevoegd', vervallen: 'vervallen', vernummerd: 'vernummerd' }
const deelTekst: Record<string, string> = {
  opschrift: 'opschrift',
  juridisch: 'juridische tekst',
  inwoners: 'inwonersversie',
  voorbeelden: 'voorbeelden',
  toelichting: 'toelichting',
  effecten: 'effecten',
  grondwaarden: 'grondwaarden',
  grondslagen: 'grondslagen',
  soort: 'soort',
}

export function buildWijzigingen(sinds: string, wijzigingen: readonly Wijziging[], urls: SiteUrls): WijzigingenView {
  const views = wijzigingen.map((wijziging, index): WijzigingView => {
    const nieuwNr = wijziging.soort === 'vervallen' ? null : (wijziging.naar ?? wijziging.artikel)
    const titel = wijziging.soort === 'vernummerd' ? `Artikel ${wijziging.artikel}, nu artikel ${wijziging.naar}` : `Artikel ${wijziging.artikel}`
    const juridisch = wijziging.soort !== 'gewijzigd' || wijziging.delen.includes('juridisch') || wijziging.delen.includes('opschrift')
    const regels = juridisch ? juridischeRenvooi(wijziging).map((regel, at) => ({ ...regel, opschrift: at === 0 })) : []
    return {
      id: `wijziging-${index + 1}`,
      titel,
      soort: wijziging.soort,
      soortTekst: soortTekst[wijziging.soort],
      delenTekst: wijziging.delen.map((deel) => deelTekst[deel] ?? deel).join(', '),
      url: nieuwNr === null ? null : urls.juridischArtikel(nieuwNr),
      linkTekst: `Artikel ${nieuwNr ?? wijziging.artikel} zoals het nu luidt`,
      regels,
      inwoners: wijziging.delen.includes('inwoners') && wijziging.soort === 'gewijzigd' ? inwonersRenvooi(wijziging) : null,
    }
  })
  const n = views.length
  return {
    sinds,
    samenvatting: n === 0 ? `Geen artikelen gewijzigd sinds ${sinds}.` : `${n === 1 ? '1 artikel' : `${n} artikelen`} gewijzigd sinds ${sinds}.`,
    wijzigingen: views,
  }
}
