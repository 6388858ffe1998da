// Validates the front matter of a Markdown file (the YAML between the two
// `---` lines) against a schema, with every message at its place in the file
// itself: the registry loader reads it, and its lines are shifted by where the
// front matter starts. Used for casussen (casussen/*.md).
import type { Yaml } from 'mdast'
import type { VFile } from 'vfile'
import { VFile as InnerFile } from 'vfile'
import type { z } from 'zod'
import { report } from '../messages/report.ts'
import { loadRegistry, type Registry } from './registry.ts'

export interface Frontmatter<T> {
  data: T
  /** Place of the value at a path, in the file itself. */
  place: Registry<T>['place']
}

/**
 * The front matter as data, or undefined after reporting what is wrong (in
 * `file`, at line and column). `node` is the front matter node of the file's tree.
 */
export function loadFrontmatter<S extends z.ZodType>(file: VFile, node: Yaml | undefined, schema: S, missing: string): Frontmatter<z.output<S>> | undefined {
  if (!node) {
    report(file, missing, { line: 1, column: 1 }, 'casus-kop')
    return undefined
  }
  const inner = new InnerFile({ path: file.path, value: node.value })
  const registry = loadRegistry(inner, schema)
  // The YAML starts one line below the opening `---`.
  const offset = node.position?.start.line ?? 1
  for (const message of inner.messages) {
    report(
      file,
      message.reason,
      { line: (message.line ?? 1) + offset, column: message.column ?? 1 },
      message.ruleId ?? 'casus-kop',
      message.fatal === false ? 'warning' : 'error',
    )
  }
  if (!registry) return undefined
  const place: Registry<unknown>['place'] = (path) => {
    const at = registry.place(path)
    if (!at) return undefined
    return { start: { line: at.start.line + offset, column: at.start.column }, end: { line: at.end.line + offset, column: at.end.column } }
  }
  return { data: registry.data, place }
}
