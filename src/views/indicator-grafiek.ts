// The chart of one indicator: its figures over time as a line, the
// streefwaarde as a dashed line up to its year, voorlopige figures as open
// points. Drawn at build time as SVG (hastscript), with a title and a
// description that says the trend in words; the page puts the same numbers in
// a table beside it. No chart library and no JavaScript in the browser.
import type { Element } from 'hast'
import { toHtml } from 'hast-util-to-html'
import { s } from 'hastscript'
import { type Cijfer, formatWaarde, type Indicator, isPercentage, jaarVan } from '../model/indicatoren.ts'

const breedte = 360
const hoogte = 240
const links = 44
const rechts = 16
const boven = 20
const onder = 60
const kleur = { lijn: '#01689b', doel: '#8a4b00', raster: '#d0d7de', tekst: '#1a1a1a', zacht: '#4a4a4a' }

export interface IndicatorGrafiekInvoer {
  indicator: Pick<Indicator, 'eenheid' | 'streefwaarde'>
  reeks: readonly Cijfer[]
  titel: string
  beschrijving: string
}

/** The chart as an SVG string; `id` makes the ids of its title and description unique on the page. */
export function indicatorGrafiekSvg({ indicator, reeks, titel, beschrijving }: IndicatorGrafiekInvoer, id: string): string {
  const doel = indicator.streefwaarde
  const jaren = reeks.map(jaarVan)
  const xMin = Math.min(...jaren, doel.jaar)
  const xMax = Math.max(...jaren, doel.jaar)
  const waarden = [...reeks.map((cijfer) => cijfer.waarde), doel.waarde]
  const { min: yMin, max: yMax, stap } = schaal(Math.min(...waarden), Math.max(...waarden), isPercentage(indicator))
  const plotBreedte = breedte - links - rechts
  const plotHoogte = hoogte - boven - onder
  const x = (jaar: number): number => links + (xMax === xMin ? plotBreedte / 2 : ((jaar - xMin) / (xMax - xMin)) * plotBreedte)
  const y = (waarde: number): number => boven + plotHoogte - ((waarde - yMin) / (yMax - yMin)) * plotHoogte
  const getal = (n: number): string => n.toLocaleString('nl-NL', { maximumFractionDigits: 1 })
  const children: Element[] = [s('title', { id: `${id}-titel` }, titel), s('desc', { id: `${id}-desc` }, beschrijving)]

  // Grid and the values on the left.
  for (let waarde = yMin; waarde <= yMax + stap / 2; waarde += stap) {
    const at = rond(y(waarde))
    children.push(s('line', { x1: links, y1: at, x2: breedte - rechts, y2: at, stroke: kleur.raster, strokeWidth: 1 }))
    children.push(s('text', { x: links - 8, y: at + 5, textAnchor: 'end', fontSize: 13, fill: kleur.zacht }, getal(rond(waarde))))
  }
  // The years below; at most five labels, so they do not run into each other on a phone.
  const eerste = Math.ceil(xMin)
  const laatste = Math.floor(xMax)
  const elke = Math.max(1, Math.ceil((laatste - eerste + 1) / 5))
  for (let jaar = eerste; jaar <= laatste; jaar += elke) {
    children.push(s('text', { x: rond(x(jaar)), y: boven + plotHoogte + 22, textAnchor: 'middle', fontSize: 13, fill: kleur.zacht }, String(jaar)))
  }
  // The streefwaarde: a dashed line to its year, with a mark at the year.
  const doelY = rond(y(doel.waarde))
  children.push(
    s('line', { x1: links, y1: doelY, x2: rond(x(doel.jaar)), y2: doelY, stroke: kleur.doel, strokeWidth: 2, strokeDasharray: '8 5' }),
    s('path', { d: `M${rond(x(doel.jaar))} ${doelY - 7}l7 7l-7 7l-7 -7z`, fill: kleur.doel }),
  )
  // The line through the figures; the part to a voorlopig figure is dashed.
  reeks.forEach((cijfer, index) => {
    const vorige = reeks[index - 1]
    if (!vorige) return
    children.push(
      s('line', {
        x1: rond(x(jaarVan(vorige))),
        y1: rond(y(vorige.waarde)),
        x2: rond(x(jaarVan(cijfer))),
        y2: rond(y(cijfer.waarde)),
        stroke: kleur.lijn,
        strokeWidth: 3,
        ...(cijfer.status === 'definitief' ? {} : { strokeDasharray: '5 4' }),
      }),
    )
  })
  for (const cijfer of reeks) {
    const voorlopig = cijfer.status !== 'definitief'
    children.push(
      s('circle', {
        cx: rond(x(jaarVan(cijfer))),
        cy: rond(y(cijfer.waarde)),
        r: 5,
        fill: voorlopig ? '#ffffff' : kleur.lijn,
        stroke: kleur.lijn,
        strokeWidth: 2.5,
      }),
    )
  }
  const last = reeks.at(-1)
  if (last) {
    const lx = rond(x(jaarVan(last)))
    const ly = rond(y(last.waarde))
    // The latest figure in words next to its point, above the line unless it is at the top.
    children.push(
      s(
        'text',
        { x: lx, y: ly < boven + 24 ? ly + 24 : ly - 12, textAnchor: lx > breedte - 80 ? 'end' : 'middle', fontSize: 14, fontWeight: 700, fill: kleur.tekst },
        formatWaarde(last.waarde, indicator),
      ),
    )
  }
  // The legend under the chart: what the marks mean, in words.
  const legendaY = hoogte - 14
  children.push(
    s('circle', { cx: links + 6, cy: legendaY - 5, r: 5, fill: kleur.lijn, stroke: kleur.lijn, strokeWidth: 2.5 }),
    s('text', { x: links + 16, y: legendaY, fontSize: 13, fill: kleur.tekst }, 'definitief'),
    s('circle', { cx: links + 96, cy: legendaY - 5, r: 5, fill: '#ffffff', stroke: kleur.lijn, strokeWidth: 2.5 }),
    s('text', { x: links + 106, y: legendaY, fontSize: 13, fill: kleur.tekst }, 'voorlopig'),
    s('line', { x1: links + 184, y1: legendaY - 5, x2: links + 210, y2: legendaY - 5, stroke: kleur.doel, strokeWidth: 2, strokeDasharray: '8 5' }),
    s('text', { x: links + 216, y: legendaY, fontSize: 13, fill: kleur.tekst }, `doel ${doel.jaar}`),
  )
  const svg = s(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      className: ['indicatorgrafiek__svg'],
      viewBox: `0 0 ${breedte} ${hoogte}`,
      role: 'img',
      ariaLabelledBy: `${id}-titel ${id}-desc`,
      focusable: 'false',
    },
    children,
  )
  return toHtml(svg, { space: 'svg' })
}

/** A range for the axis with a round step, a little wider than the values; percentages stay within 0–100. */
function schaal(laag: number, hoog: number, procent: boolean): { min: number; max: number; stap: number } {
  const spreiding = hoog - laag || Math.abs(hoog) || 1
  const ruweStap = spreiding / 4
  const macht = 10 ** Math.floor(Math.log10(ruweStap))
  const stap = [1, 2, 2.5, 5, 10].map((factor) => factor * macht).find((candidate) => candidate >= ruweStap) ?? 10 * macht
  let min = Math.floor((laag - spreiding * 0.1) / stap) * stap
  let max = Math.ceil((hoog + spreiding * 0.1) / stap) * stap
  if (laag >= 0) min = Math.max(0, min)
  if (procent) max = Math.min(100, max)
  if (max <= min) max = min + stap
  return { min: rond(min), max: rond(max), stap }
}

function rond(n: number): number {
  return Math.round(n * 100) / 100
}
