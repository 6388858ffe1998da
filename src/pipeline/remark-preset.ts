// The rules as a remark preset, for authors who use remark-cli or the
// vscode-remark extension instead of `verordening check` or the language
// server. `.remarkrc.js`:
//
//   import verordening from 'omgekeerde-verordening/remark-preset'
//   export default { plugins: [verordening] }
//
// remark hands over one Markdown file at a time, but a verordening is judged
// as a whole (references between hoofdstukken, effecten no artikel realises,
// kaders, casussen). So the preset finds the verordening folder the file is in
// and checks that folder with the one Pipeline — the file's text as remark has
// it laid over the disk, as the language server does with an editor's buffer —
// and gives the file exactly the messages `verordening check` gives it. One
// check per folder state serves every file of a remark-cli run.
import { createHash } from 'node:crypto'
import { stat } from 'node:fs/promises'
import path from 'node:path'
import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import type { Preset, Processor } from 'unified'
import type { VFile } from 'vfile'
import directiveSyntax from '../parse/directive-syntax.ts'
import { rules as allRules } from '../rules/index.ts'
import type { Rule } from '../rules/support/rule.ts'
import { type Layout, standardLayout } from '../sources/layout.ts'
import { readSource, type SourceFiles } from '../sources/read-source.ts'
import { type CheckResult, Pipeline } from './pipeline.ts'

export interface PresetOptions {
  layout?: Layout
  rules?: readonly Rule[]
}

/** The nearest folder, from the file's own upwards, that holds the first registry (verordening.yml); else the file's folder. */
async function verordeningFolder(filePath: string, layout: Layout): Promise<string> {
  const marker = layout.registries[0]?.name ?? 'verordening.yml'
  const start = path.dirname(filePath)
  for (let dir = start; ; dir = path.dirname(dir)) {
    const found = await stat(path.join(dir, marker)).then(
      (info) => info.isFile(),
      () => false,
    )
    if (found) return dir
    if (path.dirname(dir) === dir) return start
  }
}

/** Everything a check of the folder depends on, as one key: the same key, the same messages. */
function sourceKey(source: SourceFiles): string {
  const hash = createHash('sha256')
  const files = [...Object.values(source.registries), ...source.hoofdstukken, ...source.casussen, ...(source.woordenlijst ? [source.woordenlijst] : [])]
  for (const file of files) hash.update(`${file.path}\u0000${String(file.value)}\u0000`)
  for (const file of source.unreadable) hash.update(`${file.path}\u0000${file.messages.map((message) => message.reason).join('\u0001')}\u0000`)
  return hash.digest('hex')
}

/** The preset for a layout and a set of rules (tests add their own); the default export uses the standard ones. */
export function createPreset({ layout = standardLayout, rules = allRules }: PresetOptions = {}): Preset {
  // Per folder the last check; a remark-cli run asks for the same folder once per file.
  const checks = new Map<string, { key: string; result: Promise<CheckResult> }>()

  function verordeningCheck() {
    return async (_tree: Root, file: VFile): Promise<undefined> => {
      const filePath = path.resolve(file.cwd, file.path)
      const dir = await verordeningFolder(filePath, layout)
      const name = path.relative(dir, filePath).split(path.sep).join('/')
      const source = await readSource(dir, { layout, overlay: new Map([[name, String(file.value)]]) })
      const key = sourceKey(source)
      let entry = checks.get(dir)
      if (entry?.key !== key) {
        entry = { key, result: new Pipeline(async () => source, rules, undefined, { once: true }).check() }
        checks.set(dir, entry)
      }
      const result = await entry.result
      const own = result.files.find((candidate) => path.resolve(candidate.path) === filePath)
      file.messages = (own?.messages ?? []).map((message) =>
        Object.assign(Object.create(Object.getPrototypeOf(message) as object) as typeof message, message, { file: file.path }),
      )
      return undefined
    }
  }

  /** Front matter and directives, as the project parses them (for remark-stringify and other plugins). */
  function syntax(this: Processor): undefined {
    remarkFrontmatter.call(this as never, ['yaml'])
    directiveSyntax.call(this)
  }

  return { plugins: [syntax, verordeningCheck] }
}

const preset: Preset = createPreset()

export default preset
