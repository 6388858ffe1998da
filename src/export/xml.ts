// From a xast tree to XML text, and the check that the text is XML again.
// Every XML export goes through `serialiseXml`; nothing is pasted together by
// hand.
//
// xast-util-to-xml escapes `&` and `<` in text and drops the C0 control
// characters, but leaves `>` as it is, so a text with `]]>` (which XML 1.0
// forbids in content) came out ill-formed; and it lets U+FFFE, U+FFFF and
// lone surrogates through, which XML cannot hold in any form, not even as a
// character reference. Here every `>` in text becomes `&gt;` (a raw node
// holding only that one entity) and those characters are left out.
// `wellFormed` parses the result back with xast-util-from-xml, so an export
// that is not XML is never reported as written.
import type { Element, ElementContent, Root, RootContent } from 'xast'
import { fromXml } from 'xast-util-from-xml'
import { toXml } from 'xast-util-to-xml'

/** Code points XML 1.0 has no place for (the C0 controls the serialiser drops itself). */
const notXml = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

export function xmlSafe(text: string): string {
  return text.replace(notXml, '')
}

/** A text as text nodes, with each `>` as the entity `&gt;`. */
function textNodes(value: string): ElementContent[] {
  const out: ElementContent[] = []
  xmlSafe(value)
    .split('>')
    .forEach((piece, index) => {
      if (index > 0) out.push({ type: 'raw', value: '&gt;' })
      if (piece) out.push({ type: 'text', value: piece })
    })
  return out
}

function element(node: Element): Element {
  const attributes: Element['attributes'] = {}
  for (const [key, value] of Object.entries(node.attributes)) attributes[key] = typeof value === 'string' ? xmlSafe(value) : value
  return { ...node, attributes, children: node.children.flatMap(content) }
}

function content(node: ElementContent): ElementContent[] {
  switch (node.type) {
    case 'text':
      return textNodes(node.value)
    case 'element':
      return [element(node)]
    case 'raw':
      // Only textNodes makes raw nodes; one from elsewhere is text like any other.
      return textNodes(node.value)
    default:
      return [node]
  }
}

/** The XML text of a tree: every text escaped by the serialiser, `>` included. */
export function serialiseXml(tree: Root): string {
  const children = tree.children.flatMap((node): RootContent[] =>
    node.type === 'element' || node.type === 'text' || node.type === 'raw' ? content(node) : [node],
  )
  // allowDangerousXml only lets through the raw `&gt;` nodes made above.
  return toXml({ ...tree, children }, { allowDangerousXml: true })
}

/** Null when `xml` is well-formed XML; else where and why not (Dutch), from the parser. */
export function wellFormed(xml: string): string | null {
  try {
    fromXml(xml)
    return null
  } catch (error) {
    const message = error as { place?: { line?: number; column?: number } | { start?: { line?: number; column?: number } }; cause?: unknown; reason?: string }
    const place = message.place && 'start' in message.place ? message.place.start : (message.place as { line?: number; column?: number } | undefined)
    const cause = message.cause instanceof Error ? message.cause.message : (message.reason ?? String(error))
    const where = place?.line !== undefined ? `regel ${place.line}, kolom ${place.column ?? 1}: ` : ''
    return `${where}${cause.split('\n')[0]!.replace(/\s*\(line \d+, column \d+\)$/, '')}`
  }
}
