// The text of an artikel as a reader of the juridische versie sees it: the
// opschrift, and per lid its text and onderdelen, as plain text with single
// spaces (directives become the words the site shows: `:wet[pw]{artikel=18}`
// is "artikel 18 van de PW", see verwijzing-tekst.ts). A comparison of two versions, the draft
// wijzigingsverordening and the rule `inwoners-actueel` all compare this
// text, so formatting (emphasis, line breaks in the source) is no change.
import type { RootContent } from 'mdast'
import type { Artikel, VerordeningMeta } from './schema.ts'
import { verwijzingTekst } from './verwijzing-tekst.ts'

export interface OnderdeelTekst {
  letter: string
  tekst: string
}

export interface LidTekst {
  /** null: the artikel's only lid, without number. */
  nr: number | null
  tekst: string
  onderdelen: OnderdeelTekst[]
}

export interface ArtikelTekst {
  nr: string
  titel: string
  leden: LidTekst[]
}

interface Node {
  type: string
  value?: string
  name?: string
  alt?: string | null
  attributes?: Record<string, string | null | undefined> | null
  children?: Node[]
}

/** Plain text of mdast content, whitespace collapsed. `meta` names the wetten. */
export function plainText(nodes: readonly RootContent[] | null | undefined, meta: Pick<VerordeningMeta, 'wetten'>): string {
  if (!nodes) return ''
  const parts: string[] = []
  for (const node of nodes as readonly Node[]) parts.push(nodeText(node, meta))
  return parts.join(' ').replace(/\s+/g, ' ').trim()
}

function nodeText(node: Node, meta: Pick<VerordeningMeta, 'wetten'>): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value ?? ''
    case 'break':
      return ' '
    case 'html':
      return ''
    case 'image':
      return node.alt ?? ''
    case 'textDirective':
      return directiveText(node, meta)
    default: {
      const children = node.children ?? []
      // Blocks are separated by a space; inline content is joined as it stands.
      const inline =
        node.type === 'paragraph' ||
        node.type === 'heading' ||
        node.type === 'emphasis' ||
        node.type === 'strong' ||
        node.type === 'link' ||
        node.type === 'delete'
      return children.map((child) => nodeText(child, meta)).join(inline ? '' : ' ')
    }
  }
}

/** The words the site shows for a text directive (the same function renders them in src/views/render-html.ts). */
function directiveText(node: Node, meta: Pick<VerordeningMeta, 'wetten'>): string {
  return (
    verwijzingTekst({ name: node.name ?? '', attributes: node.attributes, children: node.children }, meta.wetten) ?? labelText(node).replace(/\s+/g, ' ').trim()
  )
}

function labelText(node: Node): string {
  return (node.children ?? []).map((child) => (child.type === 'text' ? (child.value ?? '') : labelText(child))).join('')
}

/** The juridische tekst of an artikel: opschrift, leden and onderdelen. */
export function artikelTekst(artikel: Artikel, meta: Pick<VerordeningMeta, 'wetten'>): ArtikelTekst {
  return {
    nr: artikel.nr,
    titel: artikel.titel.replace(/\s+/g, ' ').trim(),
    leden: artikel.leden.map((lid) => ({
      nr: lid.nr,
      tekst: plainText(lid.inhoud, meta),
      onderdelen: lid.onderdelen.map((onderdeel) => ({ letter: onderdeel.letter, tekst: plainText(onderdeel.inhoud, meta) })),
    })),
  }
}

/** Two juridische teksten are the same text (the number aside). */
export function sameLeden(a: ArtikelTekst, b: ArtikelTekst): boolean {
  return a.titel === b.titel && ledenKey(a) === ledenKey(b)
}

export function ledenKey(tekst: ArtikelTekst): string {
  return JSON.stringify(tekst.leden)
}

/** Orders artikel numbers as the nummering does: 2.10 after 2.9, 10 after 9. */
export function compareNr(a: string, b: string): number {
  const left = a.split('.')
  const right = b.split('.')
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const x = left[index]
    const y = right[index]
    if (x === undefined) return -1
    if (y === undefined) return 1
    const difference = (Number.parseInt(x, 10) || 0) - (Number.parseInt(y, 10) || 0)
    if (difference !== 0) return difference
    const text = x.localeCompare(y, 'nl')
    if (text !== 0) return text
  }
  return 0
}
