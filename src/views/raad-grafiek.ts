// The picture that opens the raadsoverzicht: effecten × wetten, each cell the
// number of the effect's own artikelen in the hoofdstuk of that wet, plus a
// column with the general artikelen (which count for no one effect). Made at
// build time as SVG with a title and a description; the page shows the same
// numbers as a table. No client-side chart library.
import type { GrafiekView } from './types.ts'

export interface GrafiekInvoer {
  kolommen: string[]
  /** The last column holds the general artikelen (drawn grey, never a gap). */
  rijen: Array<{ titel: string; waarden: number[]; gat: boolean }>
  titel: string
  beschrijving: string
}

const labelBreedte = 250
const kolomBreedte = 92
const kopHoogte = 48
const rijHoogte = 36
const kleur = { eigen: '#01689b', algemeen: '#6b6b6b', gat: '#b00020', lijn: '#d0d7de', tekst: '#1a1a1a', gatVlak: '#fdecee' }

export function grafiekSvg(invoer: GrafiekInvoer, id: string): GrafiekView['svg'] {
  const breedte = labelBreedte + kolomBreedte * invoer.kolommen.length
  const hoogte = kopHoogte + rijHoogte * invoer.rijen.length + 8
  const max = Math.max(1, ...invoer.rijen.flatMap((rij) => rij.waarden))
  const straal = (n: number) => (n === 0 ? 0 : 5 + 11 * Math.sqrt(n / max))
  const parts: string[] = []
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="grafiek__svg" viewBox="0 0 ${breedte} ${hoogte}" width="${breedte}" height="${hoogte}" role="img" aria-labelledby="${id}-titel ${id}-desc" focusable="false">`,
  )
  parts.push(`<title id="${id}-titel">${escapeXml(invoer.titel)}</title>`)
  parts.push(`<desc id="${id}-desc">${escapeXml(invoer.beschrijving)}</desc>`)
  invoer.kolommen.forEach((kolom, index) => {
    const x = labelBreedte + kolomBreedte * index + kolomBreedte / 2
    const laatste = index === invoer.kolommen.length - 1
    parts.push(
      `<text x="${x}" y="${kopHoogte - 16}" text-anchor="middle" font-size="14" font-weight="700" fill="${laatste ? kleur.algemeen : kleur.tekst}">${escapeXml(kolom)}</text>`,
    )
  })
  invoer.rijen.forEach((rij, rijIndex) => {
    const y = kopHoogte + rijHoogte * rijIndex
    const midden = y + rijHoogte / 2
    if (rij.gat) parts.push(`<rect x="0" y="${y}" width="${breedte}" height="${rijHoogte}" fill="${kleur.gatVlak}"/>`)
    parts.push(`<line x1="0" y1="${y}" x2="${breedte}" y2="${y}" stroke="${kleur.lijn}" stroke-width="1"/>`)
    parts.push(
      `<text x="4" y="${midden + 5}" font-size="14" fill="${rij.gat ? kleur.gat : kleur.tekst}"${rij.gat ? ' font-weight="700"' : ''}>${escapeXml(afkorten(rij.titel, 30))}${rij.gat ? ' (gat)' : ''}</text>`,
    )
    rij.waarden.forEach((n, index) => {
      const x = labelBreedte + kolomBreedte * index + kolomBreedte / 2
      const algemeen = index === rij.waarden.length - 1
      if (n === 0) {
        parts.push(`<text x="${x}" y="${midden + 5}" text-anchor="middle" font-size="14" fill="${rij.gat && !algemeen ? kleur.gat : kleur.algemeen}">–</text>`)
        return
      }
      parts.push(`<circle cx="${x}" cy="${midden}" r="${straal(n).toFixed(1)}" fill="${algemeen ? kleur.algemeen : kleur.eigen}"/>`)
      parts.push(`<text x="${x}" y="${midden + 5}" text-anchor="middle" font-size="13" font-weight="700" fill="#ffffff">${n}</text>`)
    })
  })
  parts.push(
    `<line x1="0" y1="${kopHoogte + rijHoogte * invoer.rijen.length}" x2="${breedte}" y2="${kopHoogte + rijHoogte * invoer.rijen.length}" stroke="${kleur.lijn}" stroke-width="1"/>`,
  )
  parts.push('</svg>')
  return parts.join('')
}

function afkorten(tekst: string, lengte: number): string {
  return tekst.length <= lengte ? tekst : `${tekst.slice(0, lengte - 1).trimEnd()}…`
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}
