// Renvooi inside a STOP `Vervang`: the new version of an element with the
// changes against the old one marked, as STOP shows a wijziging: words that go
// in `VerwijderdeTekst`, words that come in `NieuweTekst`, and a whole part
// (lid, onderdeel, alinea) that comes or goes with `wijzigactie="voegtoe"` or
// `"verwijder"`. Dropping what is marked verwijder and unwrapping what is
// marked new gives exactly the new element again (the tests check this).
//
// Parts are paired by their eId relative to the replaced element (so a
// vernummerd artikel still pairs its leden), and parts without an eId (Inhoud,
// Kop, Al) by their name and place among their siblings. Text is compared word
// by word (punctuation at the end of a word apart, so 7.3 stays one word) with `diff` (as the renvooi in src/compare/ does for plain text); a
// reference (IntRef, ExtRef) or emphasis counts as one word.
import { diffArrays } from 'diff'
import type { Element, ElementContent } from 'xast'
import { toXml } from 'xast-util-to-xml'

/** Elements whose content is text: their changes are marked word by word. */
const textContainers = new Set(['Al', 'Opschrift', 'Nummer', 'LidNummer', 'LiNummer', 'Term', 'Tussenkop', 'Label'])

type Token = { key: string; node: ElementContent }

function tokens(children: readonly ElementContent[]): Token[] {
  const out: Token[] = []
  for (const child of children) {
    if (child.type === 'text') {
      for (const piece of child.value.split(/(\s+|[.,;:!?)](?=\s|$)|\()/)) if (piece) out.push({ key: `t${piece}`, node: { type: 'text', value: piece } })
    } else if (child.type === 'element') out.push({ key: `e${toXml(child)}`, node: child })
  }
  return out
}

/** Adjacent text nodes as one. */
function merge(nodes: readonly ElementContent[]): ElementContent[] {
  const out: ElementContent[] = []
  for (const node of nodes) {
    const last = out.at(-1)
    if (node.type === 'text' && last?.type === 'text') out[out.length - 1] = { type: 'text', value: last.value + node.value }
    else out.push(node)
  }
  return out
}

/** The children of a text container with the words that changed marked. */
export function inlineRenvooi(before: readonly ElementContent[], after: readonly ElementContent[]): ElementContent[] {
  const a = tokens(before)
  const b = tokens(after)
  const out: ElementContent[] = []
  let i = 0
  let j = 0
  for (const part of diffArrays(
    a.map((token) => token.key),
    b.map((token) => token.key),
  )) {
    const count = part.value.length
    if (part.removed) {
      out.push({ type: 'element', name: 'VerwijderdeTekst', attributes: {}, children: merge(a.slice(i, i + count).map((token) => token.node)) })
      i += count
    } else if (part.added) {
      out.push({ type: 'element', name: 'NieuweTekst', attributes: {}, children: merge(b.slice(j, j + count).map((token) => token.node)) })
      j += count
    } else {
      out.push(...b.slice(j, j + count).map((token) => token.node))
      i += count
      j += count
    }
  }
  return merge(out)
}

/** The key of each element child: its eId relative to the root, or its name and place. */
function keyed(element: Element, base: string, rootEId: string): Array<{ key: string; element: Element }> {
  const seen = new Map<string, number>()
  const out: Array<{ key: string; element: Element }> = []
  for (const child of element.children) {
    if (child.type !== 'element') continue
    const eId = child.attributes.eId
    if (typeof eId === 'string' && eId.startsWith(rootEId)) out.push({ key: `#${eId.slice(rootEId.length)}`, element: child })
    else {
      const index = seen.get(child.name) ?? 0
      seen.set(child.name, index + 1)
      out.push({ key: `${base}/${child.name}[${index}]`, element: child })
    }
  }
  return out
}

/** Text containers that have no `wijzigactie`: a whole one that comes or goes is marked in its text. */
const withoutWijzigactie = new Set(['LidNummer', 'LiNummer', 'Label'])

function marked(element: Element, wijzigactie: 'voegtoe' | 'verwijder'): Element {
  if (!withoutWijzigactie.has(element.name)) return { ...element, attributes: { ...element.attributes, wijzigactie } }
  return {
    ...element,
    children: [{ type: 'element', name: wijzigactie === 'voegtoe' ? 'NieuweTekst' : 'VerwijderdeTekst', attributes: {}, children: element.children }],
  }
}

/**
 * The new version of an element (an Artikel, a Divisietekst) in renvooi
 * against the old one. Equal parts are returned as they are.
 */
export function structuurRenvooi(before: Element, after: Element): Element {
  const walk = (oud: Element, nieuw: Element, base: string): Element => {
    if (toXml(oud) === toXml(nieuw)) return nieuw
    if (textContainers.has(nieuw.name)) return { ...nieuw, children: inlineRenvooi(oud.children, nieuw.children) }
    const oldChildren = keyed(oud, base, String(before.attributes.eId))
    const newChildren = keyed(nieuw, base, String(after.attributes.eId))
    const newKeys = new Set(newChildren.map((entry) => entry.key))
    const oldByKey = new Map(oldChildren.map((entry) => [entry.key, entry.element]))
    const children: ElementContent[] = []
    // Old parts that are gone stand where they stood: before the next part that stays.
    let oldIndex = 0
    const flushGone = (until: number) => {
      for (; oldIndex < until; oldIndex++) {
        const gone = oldChildren[oldIndex]!
        if (!newKeys.has(gone.key)) children.push(marked(gone.element, 'verwijder'))
      }
    }
    for (const { key, element } of newChildren) {
      const previous = oldByKey.get(key)
      if (previous) {
        flushGone(oldChildren.findIndex((entry) => entry.key === key))
        oldIndex = Math.max(oldIndex, oldChildren.findIndex((entry) => entry.key === key) + 1)
        children.push(walk(previous, element, key))
      } else children.push(marked(element, 'voegtoe'))
    }
    flushGone(oldChildren.length)
    return { ...nieuw, children }
  }
  return walk(before, after, '')
}
