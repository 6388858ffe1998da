// Syntax extension: generic directives (`:::artikel{…}`, `:begrip[…]`), as
// remark-directive registers them, but with `verbose` positions so messages
// can point at one attribute and tell an unclosed container from a closed one.
// Parsing only: the project never writes Markdown back.

import { directiveFromMarkdown } from 'mdast-util-directive'
import { directive } from 'micromark-extension-directive'
import type { Processor } from 'unified'

export default function directiveSyntax(this: Processor): undefined {
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push(directive())
  ;(data.fromMarkdownExtensions ??= []).push(directiveFromMarkdown({ verbose: true }))
}
