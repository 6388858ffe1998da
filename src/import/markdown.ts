// The importer writes Markdown only through mdast-util-to-markdown with the
// directive extension: every word of the source is a `text` node and every
// reference a `textDirective` node with `attributes`, so the serialiser escapes
// what would otherwise be syntax (`::::` on a line of its own, `:39111` in a
// URL, `*`, `[`, `1.` at the start of a line …) and quotes attribute values
// (`nr="1&#x22; soort=…"`). No text from a source is ever glued into Markdown
// by hand; the round trip import → parseMarkdown gives back the same words.
import type { BlockContent, Html, List, ListItem, Paragraph, PhrasingContent, RootContent, Text } from 'mdast'
import type { ContainerDirective, TextDirective } from 'mdast-util-directive'
import { directiveToMarkdown } from 'mdast-util-directive'
import { type Options, toMarkdown } from 'mdast-util-to-markdown'

const options: Options = {
  extensions: [directiveToMarkdown()],
  unsafe: [
    // mdast-util-directive escapes `:` before a letter only when the character before it is no `:`, and
    // mdast-util-to-markdown then drops that escape when the character before is escaped itself: `*:x`
    // became `\*:x`, and `:x` after an escaped `*` starts a directive (the property test in
    // test/import-hostile.test.ts found it). So a `:` before anything that can start a directive name
    // (micromark-extension-directive: no whitespace, punctuation or symbol) is always escaped.
    { character: ':', after: '[^\\s\\p{P}\\p{S}]', inConstruct: ['phrasing'], unicode: true },
  ],
  bullet: '-',
  listItemIndent: 'one',
  incrementListMarker: true,
  // Emphasis, rules and code never come from an import; these only fix how the serialiser would write them.
  emphasis: '*',
  strong: '*',
  rule: '-',
}

export type Attributes = Record<string, string>

export function text(value: string): Text {
  return { type: 'text', value }
}

export function paragraph(children: PhrasingContent[]): Paragraph {
  return { type: 'paragraph', children: mergeText(children) }
}

export function textDirective(name: string, label: string, attributes: Attributes = {}): TextDirective {
  return { type: 'textDirective', name, attributes, children: [text(label)] }
}

export function containerDirective(name: string, attributes: Attributes, children: Array<BlockContent>): ContainerDirective {
  return { type: 'containerDirective', name, attributes, children }
}

export function list(ordered: boolean, spread: boolean, items: Array<Array<BlockContent>>): List {
  return { type: 'list', ordered, start: ordered ? 1 : null, spread, children: items.map((children): ListItem => ({ type: 'listItem', spread, children })) }
}

/**
 * An HTML comment (the kop of a paragraaf, which the authoring format has no
 * place for). Its text can never close it early: every `--` becomes a dash,
 * and it is one line (the source text is cleaned to one line before this).
 */
export function comment(value: string): Html {
  return { type: 'html', value: `<!-- ${value.replace(/-{2,}/g, '—').replace(/[\r\n]+/g, ' ')} -->` }
}

/** Neighbouring text nodes as one, so the serialiser escapes with the whole text in view. */
function mergeText(children: PhrasingContent[]): PhrasingContent[] {
  const merged: PhrasingContent[] = []
  for (const child of children) {
    const last = merged.at(-1)
    if (child.type === 'text' && last?.type === 'text') merged[merged.length - 1] = text(last.value + child.value)
    else if (child.type !== 'text' || child.value !== '') merged.push(child)
  }
  return merged
}

/** The Markdown of these blocks, as the serialiser writes it. */
export function markdownOf(nodes: RootContent[]): string {
  return toMarkdown({ type: 'root', children: nodes }, options)
}
