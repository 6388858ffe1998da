// Re-checking after an edit, for `serve`: only the changed hoofdstukken are
// read and parsed again. When the change leaves everything other files depend
// on as it was (numbers, leden, soorten, which effecten, grondwaarden and
// begrippen are used), only the changed files are linted again; otherwise all
// files are, from the trees already parsed. Registry changes start over.
import path from 'node:path'
import type { Root } from 'mdast'
import { VFile } from 'vfile'
import { checkSource, countMessages, lint, parseHoofdstukFile, type CheckResult } from './check.ts'
import { readSource, readTextFile, maxMarkdownBytes } from './load/read-source.ts'
import { buildContext, type CheckContext, type ParsedHoofdstuk } from './model/context.ts'
import './model/data.ts'

export class IncrementalChecker {
  private last: CheckResult | undefined
  private signature = ''

  constructor(private readonly dir: string) {}

  /** `changed`: file names in the map that changed; omit for a full check. */
  async check(changed?: string[]): Promise<CheckResult> {
    const last = this.last
    const canReuse =
      last !== undefined &&
      changed !== undefined &&
      changed.length > 0 &&
      changed.every((name) => name.endsWith('.md') && last.context.hoofdstukken.some((entry) => path.basename(entry.file.path) === name)) &&
      last.files.every((file) => file.data.kind === 'hoofdstuk' || file.messages.every((message) => message.ruleId !== 'register-schema' && message.ruleId !== 'yaml-syntax'))
    if (!canReuse || !last) return this.full()

    const parsed: ParsedHoofdstuk[] = []
    const fresh = new Set<ParsedHoofdstuk>()
    for (const entry of last.context.hoofdstukken) {
      const name = path.basename(entry.file.path)
      if (!changed.includes(name)) {
        parsed.push(entry)
        continue
      }
      const file = await readTextFile(path.join(this.dir, name), maxMarkdownBytes)
      if (file.messages.length > 0) return this.full()
      const next = parseHoofdstukFile(file)
      if (!next) return this.full()
      parsed.push(next)
      fresh.add(next)
    }

    const context = buildContext(last.context.registries, parsed)
    context.woordenlijst = last.context.woordenlijst
    const signature = dependencySignature(context)
    const relintAll = signature !== this.signature
    this.signature = signature

    const registryFiles = last.files.filter((file) => file.data.kind !== 'hoofdstuk' && file.data.kind !== undefined).map((file) => refresh(file))
    const empty: Root = { type: 'root', children: [] }
    for (const file of registryFiles) {
      file.data.context = context
      await lint.run(empty, file)
    }
    const hoofdstukFiles: VFile[] = []
    for (const entry of parsed) {
      if (!relintAll && !fresh.has(entry)) {
        entry.file.data.context = context
        hoofdstukFiles.push(entry.file)
        continue
      }
      const file = fresh.has(entry) ? entry.file : refresh(entry.file)
      entry.file = file
      file.data.context = context
      await lint.run(entry.tree, file)
      hoofdstukFiles.push(file)
    }
    const files = [...registryFiles, ...hoofdstukFiles]
    this.last = { files, context, ...countMessages(files) }
    return this.last
  }

  private async full(): Promise<CheckResult> {
    this.last = await checkSource(await readSource(this.dir))
    this.signature = dependencySignature(this.last.context)
    return this.last
  }
}

/** A copy of a file without its messages, to lint again. */
function refresh(file: VFile): VFile {
  const copy = new VFile({ path: file.path, value: file.value })
  copy.data = { ...file.data }
  return copy
}

/** Everything a rule may read from other files than the one it checks. */
function dependencySignature(context: CheckContext): string {
  return JSON.stringify({
    hoofdstukken: context.verordening.hoofdstukken.map((hoofdstuk) => [
      hoofdstuk.nr,
      hoofdstuk.wet,
      hoofdstuk.bestand,
      hoofdstuk.artikelen.map((artikel) => [artikel.nr, artikel.soort, artikel.leden.map((lid) => [lid.nr, lid.onderdelen.map((onderdeel) => onderdeel.letter)])]),
    ]),
    used: [context.used.effecten, context.used.grondwaarden, context.used.begrippen].map((set) => [...set].sort()),
  })
}
