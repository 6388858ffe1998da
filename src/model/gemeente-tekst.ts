// The shared text as it reads for one gemeente: every `:waarde[id]` the
// gemeente has a value for becomes that text, and every `:::variant` is kept
// (its content in its place) for the gemeenten it names and left out for the
// others. The result is an ordinary tree, so the model, the rules and every
// output read one gemeente's verordening exactly as they read a verordening
// of one gemeente. What cannot be resolved stays visible: a `:waarde` without
// a value for this gemeente stays a directive (the rule waarde-bekend names
// it), and a block that the variants leave empty is recorded for the rule
// variant-leeg. A value in an attribute (`titel=":waarde[id] …"`) is filled in
// the same way; the node keeps its source positions, also of its attributes.
import type { Root, RootContent } from 'mdast'
import type { Position } from 'unist'
import { isVariant, isWaarde, kenmerkenVoorGemeente, variantGemeenten, waardeId } from '../parse/regio-directives.ts'
import type { Gemeente } from './gemeenten.ts'

/** A block that has text for some gemeenten and, after its variants, none for this one. */
export interface LeegBlok {
  /** The block's name: `artikel`, `juridisch`, `inwoners`, … */
  blok: string
  /** The number of the artikel it is (in), when known. */
  artikel: string
  position: Position | undefined
}

export interface GemeenteTekst {
  tree: Root
  leeg: LeegBlok[]
}

interface AnyParent {
  type: string
  name?: string
  attributes?: Record<string, string | null | undefined> | null
  children: RootContent[]
  position?: Position
}

export function tekstVoorGemeente(tree: Root, gemeente: Gemeente): GemeenteTekst {
  const leeg: LeegBlok[] = []
  const resolveChildren = (parent: AnyParent, artikel: string): RootContent[] | undefined => {
    let changed = false
    let hadVariant = false
    const out: RootContent[] = []
    for (const child of parent.children) {
      if (isWaarde(child)) {
        const value = gemeente.waarden[waardeId(child)]
        if (value === undefined) {
          out.push(child)
          continue
        }
        changed = true
        out.push({ type: 'text', value, ...(child.position ? { position: child.position } : {}) })
        continue
      }
      if (isVariant(child)) {
        changed = true
        hadVariant = true
        if (variantGemeenten(child).includes(gemeente.id)) {
          const inner = resolveChildren(child as unknown as AnyParent, artikel) ?? child.children
          out.push(...(inner as RootContent[]))
        }
        continue
      }
      const resolved = resolveNode(child, artikel)
      if (resolved !== child) changed = true
      out.push(resolved)
    }
    if (hadVariant && out.length === 0 && parent.type === 'containerDirective' && parent.name) {
      leeg.push({ blok: parent.name, artikel, position: parent.position })
    }
    return changed ? out : undefined
  }
  const resolveNode = (node: RootContent, artikel: string): RootContent => {
    if (!('children' in node) || !Array.isArray(node.children)) return node
    const parent = node as unknown as AnyParent
    // Values in attributes first: the number of an artikel may be one too.
    const attributes = 'attributes' in parent ? kenmerkenVoorGemeente(parent.attributes, gemeente.waarden) : undefined
    const own = attributes ?? parent.attributes
    const nr = parent.type === 'containerDirective' && parent.name === 'artikel' ? (own?.nr ?? artikel) : artikel
    const children = resolveChildren(parent, nr)
    if (!children && !attributes) return node
    return { ...node, ...(children ? { children } : {}), ...(attributes ? { attributes } : {}) } as RootContent
  }
  const children = resolveChildren(tree as unknown as AnyParent, '')
  return { tree: children ? { ...tree, children } : tree, leeg }
}
