// Renders parts of the model (mdast) to sanitised HTML for the site. Raw HTML
// in the source is never passed through (mdast-util-to-hast drops it), and the
// result is sanitised with an allow-list, so no script or `javascript:` URL
// from an author's text can reach a page.

import type { Element, ElementContent, Root as HastRoot } from 'hast'
import { defaultSchema, type Schema, sanitize } from 'hast-util-sanitize'
import { toHtml } from 'hast-util-to-html'
import type { Heading, Image, Paragraph, RootContent } from 'mdast'
import type { ContainerDirective, LeafDirective, TextDirective } from 'mdast-util-directive'
import { defaultHandlers, type Handler, type State, toHast } from 'mdast-util-to-hast'
import { begripKey, type CheckContext, labelOf } from '../model/context.ts'
import { artikelVerwijzingTekst, wetVerwijzingTekst } from '../model/verwijzing-tekst.ts'
import { begripSlug, lidEId, onderdeelEId, type SiteUrls, wetUrl } from './links.ts'
import { begripUitleg } from './lookups.ts'
import { pipeTabel } from './pipe-tabel.ts'

export type Audience = 'inwoners' | 'juridisch'

export interface RenderOptions {
  audience: Audience
  context: CheckContext
  /** The site's URLs, under its basis. */
  urls: SiteUrls
  /** Prefix for ids made while rendering (popovers), unique per page fragment. */
  idPrefix: string
  /** Counter shared by the fragments of one page, so ids stay unique. */
  counter: { value: number }
  /** Begrippen met in this fragment (by term), for the list under the artikel. */
  begrippen?: Set<string>
  /** Maps an image path in the source to its URL on the site, or null to drop it. */
  imageUrl?: (source: string) => string | null
}

const schema: Schema = {
  ...defaultSchema,
  clobberPrefix: '',
  clobber: [],
  tagNames: [...(defaultSchema.tagNames ?? []), 'button'],
  attributes: {
    ...defaultSchema.attributes,
    // Replace (not append) the class rule: the first rule for a property wins.
    a: [
      ...(defaultSchema.attributes?.a ?? []).filter((rule) => !(Array.isArray(rule) && rule[0] === 'className')),
      ['className', 'data-footnote-backref', 'begrip', 'verwijzing', 'wet'],
      'rel',
    ],
    span: [['className', 'begrip', 'begrip__uitleg'], 'id', 'popover', 'role'],
    button: [['className', 'begrip__term'], ['type', 'button'], 'popoverTarget', 'ariaExpanded', 'ariaControls'],
    strong: [['className', 'begrip__naam']],
    // A Markdown table in the text (pipe-tabel.ts), in the Utrecht table classes.
    div: [...(defaultSchema.attributes?.div ?? []), ['className', 'tekst-tabel'], 'role', 'ariaLabel'],
    table: [...(defaultSchema.attributes?.table ?? []), ['className', 'utrecht-table']],
    thead: [['className', 'utrecht-table__header']],
    tbody: [['className', 'utrecht-table__body']],
    tr: [['className', 'utrecht-table__row']],
    th: [['className', 'utrecht-table__header-cell']],
    td: [['className', 'utrecht-table__cell']],
  },
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto'] },
}

export function renderHtml(nodes: RootContent[] | null, options: RenderOptions): string {
  if (!nodes || nodes.length === 0) return ''
  const handlers: Record<string, Handler> = {
    textDirective: (state, node: TextDirective) => renderTextDirective(state, node, options),
    // Blocks inside parts are not part of the language (the checker reports
    // them); their text is kept so nothing the author wrote disappears.
    containerDirective: (state, node: ContainerDirective) => state.all(node) as ElementContent[],
    leafDirective: (state, node: LeafDirective) => state.all(node) as ElementContent[],
    paragraph: (state, node: Paragraph) => pipeTabel(state, node) ?? defaultHandlers.paragraph(state, node),
    heading: (state, node: Heading) => {
      // Headings inside a part sit below the page's h1/h2/h3.
      const element: Element = { type: 'element', tagName: `h${Math.min(6, node.depth + 3)}`, properties: {}, children: state.all(node) as ElementContent[] }
      state.patch(node, element)
      return element
    },
    image: (state, node: Image) => {
      const src = options.imageUrl?.(node.url) ?? null
      if (!src) return undefined
      const element: Element = { type: 'element', tagName: 'img', properties: { src, alt: node.alt ?? '' }, children: [] }
      state.patch(node, element)
      return element
    },
  }
  const tree = toHast({ type: 'root', children: nodes }, { handlers }) as HastRoot
  return toHtml(sanitize(tree, schema) as HastRoot)
}

function renderTextDirective(state: State, node: TextDirective, options: RenderOptions): ElementContent | ElementContent[] {
  const { context, audience } = options
  const children = state.all(node) as ElementContent[]
  switch (node.name) {
    case 'begrip': {
      const begrip = context.begripByForm.get(begripKey(node))
      if (!begrip) return children
      options.begrippen?.add(begrip.term)
      const slug = begripSlug(begrip.term)
      if (audience === 'juridisch') {
        return { type: 'element', tagName: 'a', properties: { className: ['begrip'], href: `#begrip-${slug}` }, children }
      }
      options.counter.value++
      const id = `uitleg-${options.idPrefix}-${options.counter.value}`
      // A popover opens by click and keyboard without any script; the list of
      // begrippen under the artikel covers browsers without popover support.
      return {
        type: 'element',
        tagName: 'span',
        properties: { className: ['begrip'] },
        children: [
          { type: 'element', tagName: 'button', properties: { type: 'button', className: ['begrip__term'], popoverTarget: id }, children },
          {
            type: 'element',
            tagName: 'span',
            properties: { className: ['begrip__uitleg'], id, popover: 'auto', role: 'note' },
            children: [
              { type: 'element', tagName: 'strong', properties: { className: ['begrip__naam'] }, children: [{ type: 'text', value: begrip.term }] },
              { type: 'text', value: `: ${begripUitleg(begrip)}` },
            ],
          },
        ],
      }
    }
    case 'artikel': {
      const nr = labelOf(node).trim()
      const target = context.artikelByNr.get(nr)
      const lid = node.attributes?.lid?.trim()
      const onderdeel = node.attributes?.onderdeel?.trim()
      const tekst = node.attributes?.tekst ?? undefined
      const text = artikelVerwijzingTekst({ nr, lid, onderdeel, tekst })
      if (!target) return { type: 'text', value: text }
      // An inwoner knows an artikel by the title of its page ("Hulp in het
      // huishouden"), not by "artikel 4.3, tweede lid"; the link goes to that page.
      const inwonersText = audience === 'inwoners' && !tekst?.trim() ? target.artikel.inwonersTitel : undefined
      const href =
        audience === 'inwoners'
          ? options.urls.inwonersArtikel(nr)
          : options.urls.juridischAnker(
              onderdeel && lid
                ? onderdeelEId(target.hoofdstuk.nr, nr, Number(lid), onderdeel)
                : lid
                  ? lidEId(target.hoofdstuk.nr, nr, Number(lid))
                  : `chp_${target.hoofdstuk.nr}__art_${nr}`,
            )
      return { type: 'element', tagName: 'a', properties: { className: ['verwijzing'], href }, children: [{ type: 'text', value: inwonersText ?? text }] }
    }
    case 'wet': {
      const key = labelOf(node).trim()
      const wet = context.verordening.meta.wetten[key]
      const artikel = node.attributes?.artikel?.trim()
      const lid = node.attributes?.lid?.trim()
      const onderdeel = node.attributes?.onderdeel?.trim()
      const tekst = node.attributes?.tekst ?? undefined
      if (!wet) return tekst?.trim() ? { type: 'text', value: wetVerwijzingTekst({ label: key, tekst }) } : children
      const text = wetVerwijzingTekst({ naam: wet.afkorting ?? wet.naam, label: key, artikel, lid, onderdeel, tekst })
      return {
        type: 'element',
        tagName: 'a',
        properties: { className: ['wet'], href: wetUrl(wet.bwb, artikel, lid), rel: ['external'] },
        children: [{ type: 'text', value: text }],
      }
    }
    default:
      return children
  }
}
