/**
 * The text of a part of an artikel (its mdast children) as the reader sees
 * it, with a map from every character back to the Markdown source. The text
 * of a part is not the source: directives (`:begrip[…]`), emphasis, list
 * markers, escapes and the indentation of list items are gone. So the text is
 * built from the text nodes, whose positions are known, and each character
 * keeps the source offset it came from; a message on a word in the text
 * lands on that word in the .md file. Characters the reader cannot see (a
 * soft hyphen, a zero width space: src/parse/invisible-characters.ts) are
 * left out, so a word is read as it looks.
 */
import type { Nodes, PhrasingContent, RootContent, Text } from 'mdast'
import { hasInvisible, isInvisibleChar } from '../parse/invisible-characters.ts'

/** `&CounterClockwiseContourIntegral;`, the longest named character reference, has 33 characters. */
const maxReferenceLength = 40

/** A range of the analysed text that came from a text directive. */
export interface DirectiveRange {
  name: string
  attributes: Record<string, string | null | undefined>
  start: number
  end: number
}

export interface MappedText {
  text: string
  /** Source offset of each character of `text` (separators map to the character before). */
  offsets: number[]
  /** Ranges that came from the label of a text directive, with its name. */
  directives: DirectiveRange[]
  /** Ranges of inline code: no prose, not analysed for spelling. */
  code: Array<{ start: number; end: number }>
}

export interface MapOptions {
  /**
   * Bulleted list items as separate sentences (inwoners: a list of short
   * items) or as one sentence with their lead-in (juridisch: the onderdelen
   * of a lid are one long sentence). Default true.
   */
  listItemsApart?: boolean
}

/** Builds the analysed text of a part's children. `source` is the file's text. */
export function mapText(children: readonly RootContent[], source: string, options: MapOptions = {}): MappedText {
  const apart = options.listItemsApart ?? true
  const out: MappedText = { text: '', offsets: [], directives: [], code: [] }
  const lastOffset = (): number => out.offsets[out.offsets.length - 1] ?? 0

  const separate = (separator: string): void => {
    if (out.text.length === 0 || out.text.endsWith('\n\n')) return
    const at = lastOffset()
    if (out.text.endsWith('\n') && separator === '\n') return
    for (const char of separator) {
      out.text += char
      out.offsets.push(at)
    }
  }

  const appendText = (node: Text | { value: string; position?: Text['position'] }): void => {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) {
      for (const char of node.value) {
        if (isInvisibleChar(char)) continue
        out.text += char
        out.offsets.push(lastOffset())
      }
      return
    }
    alignInto(node.value, source, start, end, out)
  }

  const phrasing = (node: PhrasingContent | Nodes): void => {
    switch (node.type) {
      case 'text':
        appendText(node)
        return
      case 'inlineCode': {
        const begin = out.text.length
        appendText(node)
        out.code.push({ start: begin, end: out.text.length })
        return
      }
      case 'break':
        out.text += ' '
        out.offsets.push(lastOffset())
        return
      case 'textDirective': {
        const begin = out.text.length
        for (const child of node.children) phrasing(child)
        out.directives.push({ name: node.name, attributes: node.attributes ?? {}, start: begin, end: out.text.length })
        return
      }
      case 'image':
      case 'imageReference':
      case 'html':
      case 'footnoteReference':
        return
      default:
        if ('children' in node) for (const child of node.children as Nodes[]) phrasing(child)
    }
  }

  const block = (node: RootContent, inList: boolean): void => {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
        for (const child of node.children) phrasing(child)
        separate(inList && !apart ? '\n' : '\n\n')
        return
      case 'list':
        // juridisch: a lid and its onderdelen are one sentence, so the blocks
        // inside an item are joined by a line break; leden stay apart.
        for (const item of node.children) {
          for (const child of item.children) block(child, !apart)
          separate(!node.ordered && !apart ? '\n' : '\n\n')
        }
        if (!inList) separate('\n\n')
        return
      case 'blockquote':
      case 'containerDirective':
        for (const child of node.children) block(child, inList)
        separate('\n\n')
        return
      case 'table':
        for (const row of node.children) {
          for (const cell of row.children) {
            for (const child of cell.children) phrasing(child)
            separate('\n\n')
          }
        }
        return
      default:
        // code blocks, html, thematic breaks, definitions: no prose
        return
    }
  }

  for (const child of children) block(child, false)
  // Drop trailing separators.
  while (out.text.endsWith('\n')) {
    out.text = out.text.slice(0, -1)
    out.offsets.pop()
  }
  return out
}

/**
 * Appends `value` (a node's text) and maps each character to its place in
 * `source[start, end)`. The value differs from the source where Markdown
 * took something out: backslash escapes, character references (`&amp;`) and
 * the indentation or `>` markers at the start of continuation lines.
 */
function alignInto(value: string, source: string, start: number, end: number, out: MappedText): void {
  const invisible = hasInvisible(value)
  let j = start
  for (const char of value) {
    let mapped: number | undefined
    while (j < end) {
      const c = source[j] as string
      if (c === '&') {
        // Only as far as the longest reference: a search to the end of the file for every `&` made
        // a line of 1,000,000 of them take 15 s.
        const window = source.slice(j, Math.min(end, j + maxReferenceLength)).indexOf(';')
        const semi = window === -1 ? -1 : j + window
        if (semi !== -1 && /^&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);$/i.test(source.slice(j, semi + 1))) {
          mapped = j
          j = semi + 1
          break
        }
      }
      if (source.startsWith(char, j)) {
        mapped = j
        j += char.length
        break
      }
      if (c === '\\' && source.startsWith(char, j + 1)) {
        mapped = j + 1
        j += 1 + char.length
        break
      }
      if (c === '\n' || c === ' ' || c === '\t' || c === '>' || c === '`') {
        j++
        continue
      }
      break // a difference we do not know: keep the last good place
    }
    const at = mapped ?? Math.min(j, end - 1)
    // Not in the text as the reader sees it: "hu\u034Flp" is read, spelled and counted as "hulp"
    // (tekens-onzichtbaar reports the character itself).
    if (invisible && isInvisibleChar(char)) continue
    for (let k = 0; k < char.length; k++) {
      out.text += char[k]
      out.offsets.push(at + k)
    }
  }
}
