// The comparison across gemeenten as a small static site: an overview
// (index.html) and one page per topic (onderwerpen/<id>/index.html) with the
// values per gemeente, the sentence of each value, and the wording side by
// side with the differences from the first gemeente marked (<ins>/<del>, with
// the meaning also in words for a screen reader). Plain HTML with relative
// links, so the folder opens from disk as well as from a web server; the look
// follows the site's (same colours, 18px text, mobile first, WCAG AA
// contrast). Every text from a verordening goes in escaped (escapeUTF8).
import { escapeUTF8 as escape } from 'entities'
import { kernVanWaarde } from '../compare/gemeenten/kern.ts'
import { formatWaarde, type Parameter, waardeSleutel } from '../compare/gemeenten/parameters.ts'
import { tabelRegels } from '../compare/gemeenten/tabellen.ts'
import type { Onderwerp, ParameterRij, Vergelijking } from '../compare/gemeenten/uitlijning.ts'
import { woordRenvooi } from '../compare/renvooi.ts'
import type { ArtikelTekst } from '../model/artikel-tekst.ts'

export interface Pagina {
  /** Path inside the output folder, with `/`. */
  pad: string
  inhoud: string
}

export interface PaginaOpties {
  /** Pagefind's search box on the overview (the files under pagefind/ are written by the caller). */
  zoeken?: boolean
}

/** Side by side is readable up to this many gemeenten per table; above it the overview lists the topics only. */
const naastElkaarMax = 8

function page(titel: string, diepte: number, body: string, options: { zoeken?: boolean; index?: boolean } = {}): string {
  const root = diepte === 0 ? './' : '../'.repeat(diepte)
  const search = options.zoeken ? `<link rel="stylesheet" href="${root}pagefind/pagefind-ui.css"><script src="${root}pagefind/pagefind-ui.js"></script>` : ''
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(titel)} – vergelijking van verordeningen</title>
<link rel="stylesheet" href="${root}stijl.css">${search}
</head>
<body>
<a class="skip" href="#inhoud">Naar de inhoud</a>
<header class="kop"><div class="maat"><a href="${root}index.html">Vergelijking van verordeningen</a></div></header>
<main id="inhoud" class="maat"${options.index === false ? '' : ' data-pagefind-body'}>
${body}
</main>
<footer class="voet"><div class="maat"><p>Gemaakt met <code>verordening vergelijk-gemeenten</code>. De waarden zijn automatisch uit de tekst gelezen: controleer ze in het artikel voordat u ze gebruikt.</p></div></footer>
</body>
</html>
`
}

function gemeenteLijst(vergelijking: Vergelijking): string {
  return vergelijking.gemeenten.map((gemeente) => escape(gemeente.naam)).join(', ')
}

function artikelNaam(onderwerp: Onderwerp, index: number): string {
  const artikel = onderwerp.artikelen[index]?.artikel
  return artikel ? `artikel ${escape(artikel.nr)}` : ''
}

function valueCell(rij: ParameterRij, index: number, gewoon: string | undefined): string {
  const waarde = rij.waarden[index]
  if (!waarde) return '<td class="leeg">—<span class="vh"> (niet in deze gemeente)</span></td>'
  const key = waardeSleutel(waarde)
  const anders = rij.verschilt && key !== gewoon
  return `<td${anders ? ' class="anders"' : ''}>${escape(formatWaarde(waarde))}${anders ? ' <span class="label">wijkt af</span>' : ''}<br><small>${escape(waarde.plaats || 'artikel')}</small></td>`
}

/** The value most gemeenten have: the others are marked as differing. */
function commonValue(rij: ParameterRij): string | undefined {
  const counts = new Map<string, number>()
  for (const waarde of rij.waarden) {
    if (!waarde) continue
    const key = waardeSleutel(waarde)
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0]
}

/** Values: a row per gemeente, a column per value (narrow screens scroll the table, not the page). */
function waardenTabel(vergelijking: Vergelijking, onderwerp: Onderwerp, kopNiveau: number): string {
  if (onderwerp.rijen.length === 0) return '<p>Geen bedragen, percentages, termijnen of leeftijden gevonden in dit onderwerp.</p>'
  const id = `waarden-${onderwerp.id}`
  const gewoon = onderwerp.rijen.map(commonValue)
  const rows = vergelijking.gemeenten
    .map((gemeente, index) => {
      if (!onderwerp.artikelen[index]) return ''
      return `<tr><th scope="row">${escape(gemeente.naam)}<br><small>${artikelNaam(onderwerp, index)}</small></th>${onderwerp.rijen.map((rij, rijIndex) => valueCell(rij, index, gewoon[rijIndex])).join('')}</tr>`
    })
    .join('\n')
  return `<h${kopNiveau} id="${id}">Waarden per gemeente</h${kopNiveau}>
<div class="tabel" role="region" aria-label="Waarden per gemeente: ${escape(onderwerp.titel)}" tabindex="0">
<table>
<thead><tr><th scope="col">Gemeente</th>${onderwerp.rijen.map((rij) => `<th scope="col">${escape(rij.label)}${rij.verschilt ? ' <span class="label">verschilt</span>' : ''}${kopKern(rij)}</th>`).join('')}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
</div>`
}

/** Under a column's label, the words around the value in the first gemeente that has it: what the number counts. */
function kopKern(rij: ParameterRij): string {
  const first = rij.waarden.find((waarde) => waarde !== undefined)
  const kern = first ? kernVanWaarde(first) : ''
  return kern ? `<br><small class="kern">„${escape(kern)}”</small>` : ''
}

function markValue(parameter: Parameter): string {
  const at = parameter.zin.indexOf(parameter.tekst)
  if (at < 0) return escape(parameter.zin)
  return `${escape(parameter.zin.slice(0, at))}<mark>${escape(parameter.tekst)}</mark>${escape(parameter.zin.slice(at + parameter.tekst.length))}`
}

function zinnen(vergelijking: Vergelijking, onderwerp: Onderwerp): string {
  if (onderwerp.rijen.length === 0) return ''
  const blocks = onderwerp.rijen.map((rij) => {
    const items = rij.waarden
      .map((waarde, index) =>
        waarde
          ? `<li><strong>${escape(vergelijking.gemeenten[index]!.naam)}</strong> (${artikelNaam(onderwerp, index)}${waarde.plaats ? `, ${escape(waarde.plaats)}` : ''}): ${markValue(waarde)}</li>`
          : '',
      )
      .join('\n')
    return `<h3>${escape(rij.label)}</h3>\n<ul class="zinnen">\n${items}\n</ul>`
  })
  return `<h2>Waar de waarden staan</h2>\n${blocks.join('\n')}`
}

function paragraphs(tekst: ArtikelTekst): string[] {
  const result: string[] = []
  for (const lid of tekst.leden) {
    // A table: a row per line, so the rows line up with those of another gemeente.
    const [first = '', ...rows] = tabelRegels(lid.tekst)
    result.push(`${lid.nr === null ? '' : `${lid.nr}. `}${first}`, ...rows)
    for (const onderdeel of lid.onderdelen) result.push(`${onderdeel.letter}. ${onderdeel.tekst}`)
  }
  return result
}

/** The text of one gemeente against the first: words only here are <ins>, words only in the first are <del>. */
function renvooiHtml(basis: ArtikelTekst, tekst: ArtikelTekst): string {
  const segments = woordRenvooi(paragraphs(basis).join('\n'), paragraphs(tekst).join('\n'))
  const html = segments
    .map((segment) => {
      const text = escape(segment.tekst).replace(/\n/g, '</p><p>')
      if (segment.soort === 'gelijk') return text
      if (segment.soort === 'nieuw') return `<ins><span class="vh">[alleen hier: </span>${text}<span class="vh">]</span></ins>`
      return `<del><span class="vh">[niet hier, wel in de eerste: </span>${text}<span class="vh">]</span></del>`
    })
    .join('')
  return `<p>${html}</p>`.replace(/<p><\/p>/g, '')
}

/** The wording with the gemeente's own name taken out, so that texts that differ only in it count as the same. */
function wordingKey(tekst: ArtikelTekst, naam: string): string {
  return paragraphs(tekst).join('\n').split(naam).join('[gemeente]')
}

/**
 * The wording side by side: one card per distinct wording (gemeenten with the
 * same text share a card, which keeps 342 gemeenten readable), each marked
 * against the wording of the first gemeente.
 */
function wording(vergelijking: Vergelijking, onderwerp: Onderwerp): string {
  const groups = new Map<string, number[]>()
  onderwerp.artikelen.forEach((entry, index) => {
    if (!entry) return
    const key = wordingKey(entry.artikel.tekst, vergelijking.gemeenten[index]!.naam)
    const group = groups.get(key)
    if (group) group.push(index)
    else groups.set(key, [index])
  })
  const first = [...groups.values()][0]?.[0]
  if (first === undefined) return ''
  const basis = onderwerp.artikelen[first]!.artikel
  const basisNaam = escape(vergelijking.gemeenten[first]!.naam)
  const cards = [...groups.values()].map((members, groupIndex) => {
    const index = members[0]!
    const artikel = onderwerp.artikelen[index]!.artikel
    const names = members.map((member) => escape(vergelijking.gemeenten[member]!.naam))
    const shown = names.length > 12 ? `${names.slice(0, 12).join(', ')} en nog ${names.length - 12}` : names.join(', ')
    const body =
      groupIndex === 0
        ? paragraphs(artikel.tekst)
            .map((text) => `<p>${escape(text)}</p>`)
            .join('')
        : renvooiHtml(basis.tekst, artikel.tekst)
    return `<section class="kaart" aria-labelledby="tekst-${index}">
<h3 id="tekst-${index}">${shown}</h3>
<p class="meta">${members.length > 1 ? `${members.length} gemeenten met deze tekst; bij ${escape(vergelijking.gemeenten[index]!.naam)}: ` : ''}Artikel ${escape(artikel.nr)}. ${escape(artikel.titel)}${groupIndex === 0 ? ' <span class="label">vergelijkingsbasis</span>' : ''}</p>
${body}
</section>`
  })
  return `<h2>De tekst naast elkaar</h2>
<p>Verschillen zijn gemarkeerd ten opzichte van ${basisNaam}: <ins>onderstreept</ins> staat alleen in die gemeente, <del>doorgestreept</del> staat wel bij ${basisNaam} maar niet in die gemeente.${groups.size < onderwerp.artikelen.filter((entry) => entry !== undefined).length ? ' Gemeenten met dezelfde tekst (op hun eigen naam na) staan samen.' : ''}</p>
<div class="naast">
${cards.join('\n')}
</div>`
}

function onderwerpPagina(vergelijking: Vergelijking, onderwerp: Onderwerp): Pagina {
  const missing = vergelijking.gemeenten.filter((_, index) => !onderwerp.artikelen[index]).map((gemeente) => escape(gemeente.naam))
  const aantal = vergelijking.gemeenten.length - missing.length
  const body = `<p class="kruimel" data-pagefind-ignore><a href="../../index.html">Overzicht</a></p>
<h1>${escape(onderwerp.titel)}</h1>
<p>In ${aantal} van de ${vergelijking.gemeenten.length} gemeenten.${missing.length > 0 ? ` Niet gevonden bij: ${missing.join(', ')}.` : ''}${onderwerp.grondslagen.length > 0 ? ` Grondslag: ${onderwerp.grondslagen.map(escape).join(', ')}.` : ''}</p>
${waardenTabel(vergelijking, onderwerp, 2)}
${zinnen(vergelijking, onderwerp)}
${wording(vergelijking, onderwerp)}`
  return { pad: `onderwerpen/${onderwerp.id}/index.html`, inhoud: page(onderwerp.titel, 2, body) }
}

/**
 * Pagefind's search box with a visible label of our own. Pagefind's input has
 * only a title and a placeholder (axe: label-title-only), and no id; the
 * script gives it one once the box is there, and shows the label then (without
 * JavaScript there is no box to label: the noscript text says so). Pagefind's
 * Dutch texts call the clear button "Reset"; readers know "Wissen".
 */
const zoekvak = `<label for="zoekveld" class="zoeklabel" hidden>Zoek een woord of zin in de artikelen van alle gemeenten</label>
<div id="zoeken"></div>
<noscript><p>Zoeken werkt alleen met JavaScript aan; de onderwerpen staan hieronder.</p></noscript>
<script>window.addEventListener('DOMContentLoaded', () => {
  if (!window.PagefindUI) return
  new PagefindUI({ element: '#zoeken', showSubResults: true, showImages: false, translations: { clear_search: 'Wissen' } })
  const veld = document.querySelector('#zoeken input')
  const label = document.querySelector('label[for="zoekveld"]')
  if (veld && label) { veld.id = 'zoekveld'; label.hidden = false }
})</script>`

function overzicht(vergelijking: Vergelijking, options: PaginaOpties): Pagina {
  const total = vergelijking.gemeenten.length
  const gedeeld = vergelijking.onderwerpen.filter((onderwerp) => onderwerp.artikelen.every((entry) => entry !== undefined)).length
  const verschillen = vergelijking.onderwerpen.reduce((sum, onderwerp) => sum + onderwerp.rijen.filter((rij) => rij.verschilt).length, 0)
  const naast = total <= naastElkaarMax
  const items = vergelijking.onderwerpen.map((onderwerp) => {
    const aantal = onderwerp.artikelen.filter((entry) => entry !== undefined).length
    const anders = onderwerp.rijen.filter((rij) => rij.verschilt).length
    const link = `<a href="onderwerpen/${escape(onderwerp.id)}/index.html">${escape(onderwerp.titel)}</a>`
    const summary = `${aantal} van ${total} gemeenten${onderwerp.rijen.length > 0 ? `, ${onderwerp.rijen.length} ${onderwerp.rijen.length === 1 ? 'waarde' : 'waarden'}${anders > 0 ? `, waarvan ${anders} verschillend` : ''}` : ''}`
    if (!naast || onderwerp.rijen.length === 0) return `<li>${link} <small>(${summary})</small></li>`
    return `<li>${link} <small>(${summary})</small>\n${waardenTabel(vergelijking, onderwerp, 3)}</li>`
  })
  const search = options.zoeken ? `<h2>Zoeken in alle teksten</h2>\n${zoekvak}` : ''
  const body = `<h1>Vergelijking van ${total} verordeningen</h1>
<p>Gemeenten: ${gemeenteLijst(vergelijking)}.</p>
<p>De artikelen zijn gekoppeld op onderwerp (tekst, titel en grondslag, niet op nummer): ${vergelijking.onderwerpen.length} onderwerpen, waarvan ${gedeeld} in alle gemeenten. ${verschillen} ${verschillen === 1 ? 'waarde verschilt' : 'waarden verschillen'} tussen de gemeenten.</p>
<p>Ook als spreadsheet: <a href="vergelijking.csv">waarden per gemeente (CSV)</a> en <a href="zinnen.csv">de zinnen van elke waarde (CSV)</a>.</p>
${search}
<h2>Onderwerpen</h2>
<ol class="onderwerpen">
${items.join('\n')}
</ol>`
  return { pad: 'index.html', inhoud: page('Overzicht', 0, body, { zoeken: options.zoeken, index: false }) }
}

export function vergelijkingPaginas(vergelijking: Vergelijking, options: PaginaOpties = {}): Pagina[] {
  return [
    overzicht(vergelijking, options),
    ...vergelijking.onderwerpen.map((onderwerp) => onderwerpPagina(vergelijking, onderwerp)),
    { pad: 'stijl.css', inhoud: stijl },
  ]
}

/** The site's look in one small file: the colours and sizes of site/assets/site.css, without the Utrecht CSS. */
const stijl = `/* Vergelijking van verordeningen: de kleuren en maten van de site (site/assets/site.css). */
:root { --primair: #01689b; --primair-tekst: #fff; --tekst: #1a1a1a; --zacht: #4d4d4d; --rand: #b3b3b3; --vlak: #f3f5f7;
  --anders: #fff4c2; --anders-rand: #8a6d00; --focus: #ffdd00; --focus-tekst: #0b0c0c; }
* { box-sizing: border-box; }
body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; font-size: 1.125rem; line-height: 1.5; color: var(--tekst); background: #fff; }
.maat { max-width: 80rem; margin: 0 auto; padding: 0 1rem; }
.kop { background: var(--primair); padding: 1rem 0; }
.kop a { color: var(--primair-tekst); font-weight: 700; text-decoration: none; font-size: 1.25rem; }
.kop a:hover, .kop a:focus { text-decoration: underline; }
h1 { font-size: 1.75rem; line-height: 1.2; margin: 1.5rem 0 0.75rem; }
h2 { font-size: 1.5rem; margin: 2rem 0 0.75rem; }
h3 { font-size: 1.25rem; margin: 1.25rem 0 0.5rem; }
a { color: var(--primair); }
a:focus, [tabindex]:focus, summary:focus { outline: 3px solid var(--focus); outline-offset: 2px; background: var(--focus); color: var(--focus-tekst); }
.skip { position: absolute; left: -999rem; }
.skip:focus { left: 1rem; top: 0.5rem; padding: 0.5rem 1rem; z-index: 2; }
.vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
small, .meta { color: var(--zacht); }
th .kern { display: inline-block; font-weight: 400; font-style: italic; min-width: 12em; }
/* relative: a visually hidden text in a cell (.vh) stays inside the scrolling table instead of widening the page */
.tabel { overflow-x: auto; margin: 0.5rem 0 1rem; position: relative; }
table { border-collapse: collapse; min-width: 100%; font-size: 1rem; }
th, td { border: 1px solid var(--rand); padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; }
thead th { background: var(--vlak); }
td.anders { background: var(--anders); border-color: var(--anders-rand); font-weight: 700; }
td.leeg { color: var(--zacht); }
.label { display: inline-block; font-size: 0.8rem; font-weight: 700; border: 1px solid var(--anders-rand); color: #5c4800; background: var(--anders); padding: 0 0.3rem; border-radius: 0.2rem; }
.zoeklabel { display: block; font-weight: 700; margin-bottom: 0.5rem; }
.onderwerpen > li { margin-bottom: 0.75rem; }
.zinnen li { margin-bottom: 0.4rem; }
mark { background: var(--anders); color: inherit; font-weight: 700; }
.naast { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr)); gap: 1rem; }
.kaart { border: 1px solid var(--rand); border-top: 4px solid var(--primair); padding: 0 1rem 0.5rem; background: #fff; }
.kaart p { margin: 0.5rem 0; }
ins { background: #e6f4ea; color: #14522a; text-decoration: underline; text-decoration-thickness: 2px; }
del { background: #fde8e8; color: #8a1c1c; text-decoration: line-through; }
.voet { margin-top: 3rem; padding: 1.5rem 0; background: #1f2933; color: #fff; }
.voet code { color: #fff; }
@media (forced-colors: active) { td.anders, .label { border: 2px solid CanvasText; } }
`
