// Baseline for the process rows of `npm run bench`: a process that reads and
// parses every hoofdstuk of a folder with remark-parse, remark-frontmatter and
// the directive extension, and exits. Plain JavaScript, so it starts like node.
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import remarkDirective from 'remark-directive'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

const dir = process.argv[2] ?? 'verordening'
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkDirective).freeze()
let nodes = 0
for (const name of (await readdir(dir)).sort()) {
  if (name.endsWith('.md')) nodes += processor.parse(await readFile(path.join(dir, name), 'utf8')).children.length
}
process.stdout.write(`${nodes}\n`)
