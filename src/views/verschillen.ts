// "Verschillen tussen de gemeenten": for a text shared by several gemeenten
// (gemeenten.yml), every place where their verordeningen differ, per
// gemeente: their own data, every value (`:waarde[…]`) and every variant
// (`:::variant`). One table, written as a page and as a CSV file by
// `build --alle` (src/site/regio-build.ts), so a raad or a regional team sees
// the differences they adopted side by side.
import path from 'node:path'
import type { Element, ElementContent, Root as HastRoot } from 'hast'
import { toHtml } from 'hast-util-to-html'
import type { RootContent } from 'mdast'
import { plainText } from '../model/artikel-tekst.ts'
import type { CheckContext } from '../model/context.ts'
import type { Gemeente } from '../model/gemeenten.ts'
import { variantGemeenten } from '../parse/regio-directives.ts'
import { formatDate } from './meta.ts'

export interface VerschilRij {
  soort: 'gegeven' | 'waarde' | 'variant'
  /** What differs: "Citeertitel", the id of a value, "Artikel 2.2". */
  naam: string
  /** What it is: the omschrijving of a value, the start of a variant's text. */
  omschrijving: string
  /** Where in the text (`02-inkomen.md:31`), for a variant. */
  plaats: string
  /** Per gemeente, in the order of `gemeenten`. */
  waarden: string[]
}

export interface Verschillen {
  gemeenten: Array<{ id: string; naam: string }>
  rijen: VerschilRij[]
}

const ontbreekt = '(ontbreekt)'

/** The differences of the regio whose gemeenten.yml the context read; undefined without one. */
export function verschillenTussenGemeenten(context: CheckContext): Verschillen | undefined {
  const register = context.registries.gemeenten?.data
  if (!register) return undefined
  const gemeenten = register.gemeenten
  const gegeven = (naam: string, value: (gemeente: Gemeente) => string | undefined): VerschilRij => ({
    soort: 'gegeven',
    naam,
    omschrijving: '',
    plaats: 'gemeenten.yml',
    waarden: gemeenten.map((gemeente) => value(gemeente) ?? ''),
  })
  const rijen: VerschilRij[] = [
    gegeven('Naam', (gemeente) => gemeente.naam),
    gegeven('CBS-code', (gemeente) => gemeente.cbs),
    gegeven('Citeertitel', (gemeente) => gemeente.citeertitel),
    gegeven('Vastgesteld', (gemeente) => formatDate(gemeente.vastgesteld)),
    gegeven('Raadsbesluit', (gemeente) =>
      gemeente.raadsbesluit ? `${gemeente.raadsbesluit.kenmerk} van ${formatDate(gemeente.raadsbesluit.datum)}` : undefined,
    ),
    gegeven('Loket', (gemeente) => gemeente.contact?.naam),
    gegeven('Telefoon', (gemeente) => gemeente.contact?.telefoon),
    gegeven('E-mail', (gemeente) => gemeente.contact?.email),
  ].filter((rij) => rij.waarden.some((value) => value !== ''))
  for (const [id, omschrijving] of Object.entries(register.waarden)) {
    rijen.push({
      soort: 'waarde',
      naam: id,
      omschrijving,
      plaats: 'gemeenten.yml',
      waarden: gemeenten.map((gemeente) => gemeente.waarden[id] ?? ontbreekt),
    })
  }
  const meta = context.verordening.meta
  for (const { file } of context.hoofdstukken) {
    for (const variant of file.data.regio?.bron.varianten ?? []) {
      const ids = variantGemeenten(variant.node)
      const tekst = plainText(variant.node.children as RootContent[], meta)
        .replace(/\s+/g, ' ')
        .trim()
      rijen.push({
        soort: 'variant',
        naam: variant.artikel ? `Artikel ${variant.artikel}` : 'Variant',
        omschrijving: tekst,
        plaats: `${path.basename(file.path)}:${variant.node.position?.start.line ?? 1}`,
        waarden: gemeenten.map((gemeente) => (ids.includes(gemeente.id) ? 'geldt' : 'geldt niet')),
      })
    }
  }
  return { gemeenten: gemeenten.map(({ id, naam }) => ({ id, naam })), rijen }
}

const soortNaam: Record<VerschilRij['soort'], string> = { gegeven: 'gegeven', waarde: 'waarde', variant: 'variant' }

/** The table as CSV: `;` between fields (what Excel in Dutch expects), quotes where needed, a BOM so Excel reads UTF-8. */
export function verschillenCsv(verschillen: Verschillen): string {
  const field = (value: string) => (/[";\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)
  const header = ['soort', 'naam', 'omschrijving', 'plaats', ...verschillen.gemeenten.map((gemeente) => gemeente.naam)]
  const lines = [header, ...verschillen.rijen.map((rij) => [soortNaam[rij.soort], rij.naam, rij.omschrijving, rij.plaats, ...rij.waarden])]
  return `\uFEFF${lines.map((line) => line.map(field).join(';')).join('\r\n')}\r\n`
}

/** A variant of a whole artikel is long; the page shows its start (the CSV has it all). */
function kort(tekst: string): string {
  return tekst.length > 120 ? `${tekst.slice(0, 119)}…` : tekst
}

function element(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children }
}

const text = (value: string): ElementContent => ({ type: 'text', value })

/**
 * The table as a page of its own, with a link to each gemeente's site (its
 * folder beside this page). Plain HTML: it is read by people comparing, not
 * navigated like the sites.
 */
export function verschillenHtml(verschillen: Verschillen): string {
  const namen = verschillen.gemeenten.map((gemeente) => gemeente.naam)
  const opsomming = `${namen.slice(0, -1).join(', ')} en ${namen.at(-1)}`
  const kop = element('tr', {}, [
    element('th', { scope: 'col' }, [text('Soort')]),
    element('th', { scope: 'col' }, [text('Wat')]),
    ...verschillen.gemeenten.map((gemeente) => element('th', { scope: 'col' }, [element('a', { href: `${gemeente.id}/` }, [text(gemeente.naam)])])),
  ])
  const rijen = verschillen.rijen.map((rij) =>
    element('tr', {}, [
      element('td', {}, [text(soortNaam[rij.soort])]),
      element('th', { scope: 'row' }, [
        text(rij.naam),
        ...(rij.omschrijving ? [element('br', {}, []), element('span', { className: ['omschrijving'] }, [text(kort(rij.omschrijving))])] : []),
        ...(rij.soort === 'variant' ? [element('br', {}, []), element('code', {}, [text(rij.plaats)])] : []),
      ]),
      ...rij.waarden.map((value) => element('td', {}, [text(value)])),
    ]),
  )
  const style =
    'body{font-family:system-ui,sans-serif;margin:1rem;line-height:1.5;color:#1a1a1a}table{border-collapse:collapse;width:100%}th,td{border:1px solid #bbb;padding:.4rem .5rem;text-align:left;vertical-align:top}thead th{background:#eef3f7}.omschrijving{font-weight:normal;color:#444}.tabel{overflow-x:auto}'
  const tree: HastRoot = {
    type: 'root',
    children: [
      { type: 'doctype' },
      element('html', { lang: 'nl' }, [
        element('head', {}, [
          element('meta', { charSet: 'utf-8' }, []),
          element('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }, []),
          element('title', {}, [text(`Verschillen tussen de gemeenten ${opsomming}`)]),
          element('style', {}, [text(style)]),
        ]),
        element('body', {}, [
          element('main', {}, [
            element('h1', {}, [text('Verschillen tussen de gemeenten')]),
            element('p', {}, [
              text(
                `De gemeenten ${opsomming} hebben één tekst voor hun verordening. Deze tabel toont alles waarin hun verordeningen verschillen: hun eigen gegevens, elke waarde en elke variant. Verder is de tekst voor elke gemeente gelijk.`,
              ),
            ]),
            // The sites themselves, as a list: on a phone the links in the table's head scroll out of sight.
            element('h2', {}, [text('De verordening per gemeente')]),
            element(
              'ul',
              {},
              verschillen.gemeenten.map((gemeente) =>
                element('li', {}, [element('a', { href: `${gemeente.id}/` }, [text(`Verordening van ${gemeente.naam}`)])]),
              ),
            ),
            element('h2', {}, [text('De verschillen')]),
            element('p', {}, [element('a', { href: 'verschillen.csv', download: '' }, [text('Download deze tabel als CSV-bestand')])]),
            // Scrolls on a narrow screen; focusable, so a keyboard can scroll it too.
            element('div', { className: ['tabel'], tabIndex: 0, role: 'region', ariaLabel: 'Tabel met de verschillen' }, [
              element('table', {}, [element('thead', {}, [kop]), element('tbody', {}, rijen)]),
            ]),
          ]),
        ]),
      ]),
    ],
  }
  return `${toHtml(tree)}\n`
}
