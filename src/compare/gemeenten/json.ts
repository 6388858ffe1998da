// The comparison as JSON (`vergelijk-gemeenten --json`), for people who
// process it further (a spreadsheet, a dashboard, their own script). A stable
// shape, documented in docs/schrijven.md (chapter 21): `formaat` names its
// version; fields are only added, never renamed or removed, within a version.
// Per topic the artikelen and the values are listed per gemeente that has
// them, each named by its gemeente (not by position), so a missing artikel is
// simply absent.
import { genormaliseerd, type Parameter } from './parameters.ts'
import type { VergelijkArtikel, Vergelijking } from './uitlijning.ts'

export const jsonFormaat = 'vergelijk-gemeenten/1'

interface Bron {
  bestand: string
  regel: number
  kolom: number
}

export interface WaardeJson {
  gemeente: string
  artikel: string
  /** "lid 3, onderdeel a", or "" for an artikel without leden. */
  plaats: string
  soort: Parameter['soort']
  waarde: number
  eenheid: string
  genormaliseerd: { waarde: number; eenheid: string }
  basis: string | null
  /** An amount's period ("maand"), when the text says it; `genormaliseerd` is then per jaar. */
  per: Parameter['per'] | null
  tekst: string
  zin: string
  tabel: { rij: string; kolom: string } | null
  bron: Bron
}

export interface VergelijkingJson {
  formaat: typeof jsonFormaat
  gemeenten: Array<{ naam: string; map: string; citeertitel: string; artikelen: number }>
  onderwerpen: Array<{
    id: string
    titel: string
    grondslagen: string[]
    artikelen: Array<{ gemeente: string; nr: string; titel: string; gelijkenis: number; bron: Bron }>
    waarden: Array<{ label: string; soort: Parameter['soort']; verschilt: boolean; gemeenten: WaardeJson[] }>
  }>
}

const bron = (artikel: VergelijkArtikel): Bron => ({ bestand: artikel.plaats.file, regel: artikel.plaats.line, kolom: artikel.plaats.column })

export function vergelijkingJson(vergelijking: Vergelijking): VergelijkingJson {
  const naam = (index: number) => vergelijking.gemeenten[index]!.naam
  return {
    formaat: jsonFormaat,
    gemeenten: vergelijking.gemeenten.map(({ naam, map, citeertitel, artikelen }) => ({ naam, map, citeertitel, artikelen })),
    onderwerpen: vergelijking.onderwerpen.map((onderwerp) => ({
      id: onderwerp.id,
      titel: onderwerp.titel,
      grondslagen: onderwerp.grondslagen,
      artikelen: onderwerp.artikelen.flatMap((entry, index) =>
        entry
          ? [
              {
                gemeente: naam(index),
                nr: entry.artikel.nr,
                titel: entry.artikel.titel,
                gelijkenis: Math.round(entry.score * 100) / 100,
                bron: bron(entry.artikel),
              },
            ]
          : [],
      ),
      waarden: onderwerp.rijen.map((rij) => ({
        label: rij.label,
        soort: rij.soort,
        verschilt: rij.verschilt,
        gemeenten: rij.waarden.flatMap((waarde, index): WaardeJson[] => {
          const artikel = onderwerp.artikelen[index]?.artikel
          if (!waarde || !artikel) return []
          return [
            {
              gemeente: naam(index),
              artikel: artikel.nr,
              plaats: waarde.plaats,
              soort: waarde.soort,
              waarde: waarde.waarde,
              eenheid: waarde.eenheid,
              genormaliseerd: genormaliseerd(waarde),
              basis: waarde.basis ?? null,
              per: waarde.per ?? null,
              tekst: waarde.tekst,
              zin: waarde.zin,
              tabel: waarde.tabel ?? null,
              bron: waarde.bron ? { bestand: artikel.plaats.file, regel: waarde.bron.regel, kolom: waarde.bron.kolom } : bron(artikel),
            },
          ]
        }),
      })),
    })),
  }
}
