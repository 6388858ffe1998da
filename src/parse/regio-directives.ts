// The two directives of a text shared by several gemeenten (gemeenten.yml):
// `:waarde[id]`, a value that differs per gemeente, and
// `:::variant{gemeenten="a b"}`, a block that holds only for the gemeenten it
// names. The directive syntax parses both like any directive; this module reads
// what they say (the id, the gemeenten) and finds them in a tree, so the model
// (src/model/gemeente-tekst.ts) and the rules read them the same way.
//
// A value may also stand in the quoted value of an attribute, written as in
// the text: `:::inwoners{titel="Al :waarde[referteperiode] een laag inkomen"}`.
// One syntax to learn, and it parses unambiguously: inside double quotes the
// directive syntax takes every character up to the closing quote, so
// `:waarde[…]` there is plain text that only this module gives a meaning.
import type { Root } from 'mdast'
import type { ContainerDirective, TextDirective } from 'mdast-util-directive'
import { tokens } from './attributes.ts'

export const waardeName = 'waarde'
export const variantName = 'variant'

interface AnyNode {
  type: string
  name?: string
  value?: unknown
  children?: AnyNode[]
}

export function isWaarde(node: unknown): node is TextDirective {
  const candidate = node as AnyNode | undefined
  return candidate?.type === 'textDirective' && candidate.name === waardeName
}

export function isVariant(node: unknown): node is ContainerDirective {
  const candidate = node as AnyNode | undefined
  return candidate?.type === 'containerDirective' && candidate.name === variantName
}

/** The id in `:waarde[id]`: its label, trimmed. */
export function waardeId(node: TextDirective): string {
  return textOf(node as AnyNode).trim()
}

/** The gemeente ids in `gemeenten="a b"` (spaces or commas between them). */
export function variantGemeenten(node: ContainerDirective): string[] {
  return tokens(node.attributes?.gemeenten)
}

export interface RegioVariant {
  node: ContainerDirective
  /** The number of the artikel the variant is in, or of the artikelen it holds (`2.2`, `2.2 2.3`); empty when neither. */
  artikel: string
}

export interface RegioDirectives {
  waarden: TextDirective[]
  varianten: RegioVariant[]
}

/** Every `:waarde` and `:::variant` in a tree, in reading order. */
export function findRegioDirectives(tree: Root): RegioDirectives {
  const found: RegioDirectives = { waarden: [], varianten: [] }
  const walk = (node: AnyNode, artikel: string): void => {
    const own = node.type === 'containerDirective' && node.name === 'artikel' ? (artikelNr(node) ?? artikel) : artikel
    if (isWaarde(node)) found.waarden.push(node)
    else if (isVariant(node)) found.varianten.push({ node, artikel: own || artikelenIn(node).join(' ') })
    for (const child of node.children ?? []) walk(child, own)
  }
  walk(tree as AnyNode, '')
  return found
}

function artikelNr(node: AnyNode): string | undefined {
  const attributes = (node as { attributes?: Record<string, string | null | undefined> | null }).attributes
  return attributes?.nr ?? undefined
}

function artikelenIn(node: AnyNode): string[] {
  if (node.type === 'containerDirective' && node.name === 'artikel') {
    const nr = artikelNr(node)
    return nr ? [nr] : []
  }
  return (node.children ?? []).flatMap(artikelenIn)
}

function textOf(node: AnyNode): string {
  if (node.type === 'text') return typeof node.value === 'string' ? node.value : ''
  return (node.children ?? []).map(textOf).join('')
}

/** `:waarde[id]` inside an attribute value (the id up to the first `]`, on one line). */
const waardeInKenmerk = /:waarde\[([^\]\n]*)\]/g

export interface WaardeInKenmerk {
  /** The attribute's name (`titel`). */
  kenmerk: string
  /** The id, trimmed. */
  id: string
  /** `:waarde[id]` as written. */
  bron: string
  /** Which occurrence of `bron` in the attribute value this is (0 for the first). */
  keer: number
}

/** Every `:waarde[id]` in the attribute values of a directive, in attribute order. */
export function waardenInKenmerken(attributes: Record<string, string | null | undefined> | null | undefined): WaardeInKenmerk[] {
  const found: WaardeInKenmerk[] = []
  for (const [kenmerk, value] of Object.entries(attributes ?? {})) {
    if (!value?.includes(':waarde[')) continue
    const seen = new Map<string, number>()
    for (const match of value.matchAll(waardeInKenmerk)) {
      const keer = seen.get(match[0]) ?? 0
      seen.set(match[0], keer + 1)
      found.push({ kenmerk, id: (match[1] ?? '').trim(), bron: match[0], keer })
    }
  }
  return found
}

/**
 * The attribute values with every `:waarde[id]` the gemeente has a value for
 * filled in; one it has no value for stays as written (the rule waarde-bekend
 * names it). Undefined when nothing changed.
 */
export function kenmerkenVoorGemeente(
  attributes: Record<string, string | null | undefined> | null | undefined,
  waarden: Readonly<Record<string, string>>,
): Record<string, string | null | undefined> | undefined {
  let changed = false
  const out: Record<string, string | null | undefined> = {}
  for (const [kenmerk, value] of Object.entries(attributes ?? {})) {
    if (!value?.includes(':waarde[')) {
      out[kenmerk] = value
      continue
    }
    out[kenmerk] = value.replace(waardeInKenmerk, (bron, id: string) => {
      const filled = waarden[id.trim()]
      if (filled === undefined) return bron
      changed = true
      return filled
    })
  }
  return changed ? out : undefined
}
