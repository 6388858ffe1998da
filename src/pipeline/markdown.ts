// The one Markdown parser of the project: CommonMark + YAML front matter +
// directives. The site and every check read trees made by this processor.

import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { VFile } from 'vfile'
import directiveSyntax from '../parse/directive-syntax.ts'

const parser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(directiveSyntax).freeze()

export function parseMarkdown(file: VFile): Root {
  return parser.parse(file)
}
