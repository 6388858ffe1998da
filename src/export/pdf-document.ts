// What turns the printed site into a document (`export pdf`): the web-only
// parts go (navigation, "Lees meer over dit voorbeeld", "Zo leest de inwoner
// dit effect", a "Toon …" button, a link that only works online), a box stays
// on one page where it fits, the "Hulp vragen" block of every inwoners page
// becomes one contact page at the end, and the document information names the
// gemeente, the part and this tool. The site itself is not changed: this runs
// only in the page Chromium prints (src/export/pdf.ts).
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { packageRoot } from '../package-root.ts'
import type { SiteMeta } from '../views/types.ts'
import { pdfMarker } from './output-marker.ts'

/** Which part of the site a PDF holds. */
export type PdfVersie = 'juridisch' | 'inwoners' | 'raad' | 'effectrapportage'

/** Elements that only make sense on the site: removed before printing. */
export const webOnly = [
  // "Lees meer over dit voorbeeld": a link to the start page of the site.
  '.voorbeeldbanner__link',
  // "Zo leest de inwoner dit effect": a link to a page of the inwonersversie, not in the raad's PDF.
  '.raadseffect__inwoners',
  // "Naar de juridische versie" in the notice that only the juridische versie binds.
  '.melding--bindend .melding__link',
  // Site navigation the print CSS of the site hides too; gone, it is not in the tags either.
  '.utrecht-skip-link',
  '.hoofdmenu',
  '.zoekformulier',
  '.kruimelpad',
  '.niet-afdrukken',
  '.bindende-tekst',
  '.andere-versies',
  '.voet__links',
  '.voet__gebouwd',
]

/**
 * Print rules of the document, on top of the site's own `@media print`: a box
 * is not split across two pages where it fits on one, a heading stays with
 * what follows, and the contact page starts on a page of its own.
 */
export const printCss = `
@media print {
  .utrecht-alert, .melding, .artikelgegevens, .kerngegevens, .voorbeeld, .disclaimer, .nog-te-doen,
  .telling__item, .stap, .hulpvraag, .pdf-contact__loket, figure, blockquote, tr, .begrippenlijst__uitleg, .lid, .onderdeel {
    break-inside: avoid;
  }
  h1, h2, h3, h4, summary, .artikel__kop, .hoofdstuk__kop, .begrippenlijst__term { break-after: avoid; }
  .pdf-contact { break-before: page; }
}
`

/** The document information of the PDF: title, author, subject, creator, language. */
export interface PdfMetadata {
  title: string
  author: string
  subject: string
  creator: string
  keywords: string[]
  language: string
}

const parts: Record<PdfVersie, string> = {
  juridisch: 'juridische versie',
  inwoners: 'inwonersversie in eenvoudige taal',
  raad: 'raadsoverzicht',
  effectrapportage: 'effectrapportage voor de raad',
}

/** The version of this toolchain, from its package.json: the Creator names it. */
function toolVersion(): string {
  const manifest = JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { version?: string }
  return manifest.version ?? ''
}

export function pdfMetadata(meta: SiteMeta, versie: PdfVersie): PdfMetadata {
  const version = toolVersion()
  return {
    title: `${meta.citeertitel}: ${parts[versie]}`,
    author: `Gemeente ${meta.gemeente}`,
    subject: `${meta.titel} (${parts[versie]}, ${meta.statusTekst})`,
    creator: version ? pdfMarker.creator.replace(' (', ` ${version} (`) : pdfMarker.creator,
    keywords: [meta.citeertitel, parts[versie], `gemeente ${meta.gemeente}`],
    language: 'nl',
  }
}

/**
 * Runs in the page before printing (serialised by playwright: no closures).
 * Removes the web-only parts, the "Toon …" of a folded part (printed open),
 * a navigation entry whose link goes nowhere in the PDF; keeps the notice that
 * only the juridische versie binds once; and gathers the "Hulp vragen" blocks
 * into one contact page at the end, each loket and each list of steps once.
 * Returns how many "Hulp vragen" blocks there were, for the tests.
 */
export function makePrintDocument(selectors: string[]): number {
  for (const element of Array.from(document.querySelectorAll(selectors.join(',')))) element.remove()
  for (const summary of Array.from(document.querySelectorAll('summary'))) if (/^\s*Toon\b/.test(summary.textContent ?? '')) summary.remove()
  // A navigation entry whose page is not in this PDF (its link was taken away) points nowhere.
  for (const item of Array.from(document.querySelectorAll('nav li'))) {
    const link = item.querySelector('a')
    if (link && !link.hasAttribute('href')) item.remove()
  }
  for (const nav of Array.from(document.querySelectorAll('nav'))) if (!nav.querySelector('li, a[href]')) nav.remove()
  const notices = Array.from(document.querySelectorAll('.melding--bindend'))
  for (const notice of notices.slice(1)) notice.remove()
  // "Lees meer: Artikel 2.1 …" in the steps: in a document that is a reference.
  for (const step of Array.from(document.querySelectorAll('.stap__artikel'))) {
    const first = step.firstChild
    if (first?.nodeType === Node.TEXT_NODE && first.textContent) first.textContent = first.textContent.replace(/^\s*Lees meer:\s*/, 'Zie ')
  }

  const main = document.querySelector('main')
  // The colophon of the site (gemeente, status, inwerkingtreding) goes to the front, under the title:
  // at the end it would fill a page of its own after the contact page.
  const colophon = document.querySelector('footer.voet')
  if (colophon && main) main.before(colophon)

  const blocks = Array.from(document.querySelectorAll('section.hulp'))
  if (blocks.length === 0 || !main) return blocks.length
  const seen = new Set<string>()
  const kept: Element[] = []
  const keep = (nodes: Element[]): void => {
    const key = nodes.map((node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim()).join('\n')
    if (!key || seen.has(key)) return
    seen.add(key)
    const group = document.createElement('div')
    group.className = 'pdf-contact__loket'
    group.append(...nodes)
    kept.push(group)
  }
  for (const block of blocks) {
    // The block: the Veilig Thuis line (only where it fits the page), the loket, and behind a
    // disclosure the loket's details and "Wat gebeurt er daarna?". On paper nothing is folded: the
    // details come out of the disclosure; each part is kept once, whatever page it stood on.
    const veilig = Array.from(block.querySelectorAll(':scope > .hulp__veilig'))
    const meer = block.querySelector(':scope > details.hulp__meer')
    const inside = meer ? Array.from(meer.children).filter((child) => child.tagName !== 'SUMMARY') : []
    const daarna = inside.findIndex((child) => child.classList.contains('hulp__daarna'))
    const loket = [
      ...Array.from(block.children).filter((child) => child !== meer && !veilig.includes(child) && !child.classList.contains('hulp__titel')),
      ...(daarna === -1 ? inside : inside.slice(0, daarna)),
    ]
    // "Voor andere vragen en hulp:" follows the Veilig Thuis line on the page; on the contact page the
    // loket stands on its own, so the same loket reads the same and is kept once.
    const contact = block.querySelector(':scope > .hulp__contact')
    const first = contact?.firstChild
    if (first?.nodeType === Node.TEXT_NODE && first.textContent?.startsWith('Voor andere vragen en hulp: '))
      first.textContent = first.textContent.replace('Voor andere vragen en hulp: ', 'Wilt u hulp, of heeft u een vraag? Neem contact op met ')
    keep(veilig)
    keep(loket)
    if (daarna !== -1) keep(inside.slice(daarna))
    block.remove()
  }
  // "Wat gebeurt er daarna?" comes under the page's title, one level down; a second list keeps its ids apart.
  kept.forEach((group, index) => {
    for (const old of Array.from(group.querySelectorAll('h3.hulp__daarna'))) {
      const level = document.createElement('h2')
      for (const attribute of Array.from(old.attributes)) level.setAttribute(attribute.name, attribute.value)
      level.className = 'utrecht-heading-2 hulp__daarna'
      level.append(...Array.from(old.childNodes))
      old.replaceWith(level)
    }
    if (index === 0) return
    for (const element of Array.from(group.querySelectorAll('[id]'))) element.id = `${element.id}-${index}`
    for (const element of Array.from(group.querySelectorAll('[aria-labelledby]')))
      element.setAttribute('aria-labelledby', `${element.getAttribute('aria-labelledby')}-${index}`)
  })
  const contact = document.createElement('section')
  contact.className = 'hulp pdf-contact'
  contact.setAttribute('aria-labelledby', 'pdf-contact-titel')
  const heading = document.createElement('h1')
  heading.className = 'utrecht-heading-1'
  heading.id = 'pdf-contact-titel'
  heading.textContent = 'Hulp vragen'
  contact.append(heading, ...kept)
  main.append(contact)
  return blocks.length
}
