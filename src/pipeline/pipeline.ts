// The one owner of the path from sources to a checked model. Every command
// (check, build, serve's re-check), the bench and the tests come through here:
// sources (file name → bytes, from a folder or from memory) → parse (Markdown,
// YAML) → model (zod-validated) → analysis (scores per artikel, kept in the
// context) → rules → messages. Nothing in src/ but this folder imports from
// src/rules/.
//
// A `Pipeline` also re-checks after an edit: only the changed hoofdstukken are
// parsed again, and a rule runs again on a file only when something it read
// from the model of the whole verordening has changed (see track.ts). That is
// derived from what the rules actually read, so a new rule needs no change here.
import path from 'node:path'
import type { Root } from 'mdast'
import { type Processor, unified } from 'unified'
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import type { Result } from '../messages/result.ts'
import { type TodoCount, todoKind } from '../messages/todo.ts'
import type { CheckContext, ParsedHoofdstuk } from '../model/context.ts'
import type { VerordeningMeta } from '../model/schema.ts'
import { rules as allRules } from '../rules/index.ts'
import type { Rule } from '../rules/support/rule.ts'
import { type Layout, maxMarkdownBytes, standardLayout } from '../sources/layout.ts'
import { readSource, readTextFile, type SourceFiles, sourceFromBytes } from '../sources/read-source.ts'
import { assemble, contextFrom, emptyTree, parseHoofdstukFile } from './assemble.ts'
import { withoutFollowOn } from './follow-on.ts'
import { copySource, type GemeenteRun, mergeRuns, regioGemeenten } from './per-gemeente.ts'
import { ChangeSet, diff, join, type ModelPath, Tracker } from './track.ts'
import { laatsteVersie, leesOudeVersie, type OudeVersie } from './vastgesteld.ts'
import '../model/data.ts'

// The rules, for the outputs that describe them (docs/regels.md): the rest of src/ reaches src/rules/ only through here.
export { rules } from '../rules/index.ts'
export type { Rule, RuleDocs, RuleExample } from '../rules/support/rule.ts'
export { parseCasusFile, parseHoofdstukFile } from './assemble.ts'
export { regioGemeenten } from './per-gemeente.ts'

export interface CheckResult {
  files: VFile[]
  context: CheckContext
  errors: number
  warnings: number
  /** `status: concept` in verordening.yml: the omgekeerde work still to do is a warning, listed in `todo`. */
  concept: boolean
  /** "Nog te doen", per kind of omgekeerd werk in the order of the rules (only in a concept; empty otherwise). */
  todo: TodoCount[]
}

export function countMessages(files: VFile[]): { errors: number; warnings: number } {
  let errors = 0
  let warnings = 0
  for (const file of files) {
    for (const message of file.messages) {
      if (message.fatal) errors++
      else if (message.fatal === false) warnings++
    }
  }
  return { errors, warnings }
}

/** What one file needs to be linted again: its tree, what came before the rules, and per rule what it said and read. */
interface Linted {
  file: VFile
  tree: Root
  /** Messages from reading, parsing and the model, before any rule ran. */
  before: VFileMessage[]
  said: VFileMessage[][]
  read: Array<Set<ModelPath>>
}

export class Pipeline {
  /** One frozen processor per rule, so a rule can run again on its own. */
  private readonly processors: Array<Processor<undefined, Root, Root>>
  private last: { result: CheckResult; linted: Map<VFile, Linted>; source: SourceFiles } | undefined
  /** The last vastgestelde versie as read from git, once per map, versie and revision (see vastgesteld.ts). */
  private oudeVersie: { key: string; value: Result<OudeVersie> } | undefined

  constructor(
    /** Where the sources come from: a folder, a git revision, an editor's buffers over a folder, memory. */
    private readonly read: () => Promise<SourceFiles>,
    readonly rules: readonly Rule[] = allRules,
    /** How `recheck` reads one changed file (default: from disk); an editor's buffer plugs in here. */
    private readonly readChanged: (filePath: string, root: string) => Promise<VFile> = (filePath, root) => readTextFile(filePath, maxMarkdownBytes, root),
    /**
     * With gemeenten.yml: check (and model) the verordening of this gemeente
     * only. Without it, a text with gemeenten.yml is checked for every gemeente.
     * `once`: this pipeline checks once and is never asked to re-check (check,
     * build, export, a comparison of many gemeenten). The rules then read the
     * model itself instead of through the recording wrapper of track.ts: the
     * wrapper costs time on every read, and a cache a rule keeps per model
     * (definities, the begrip pattern) would miss on each new wrapper.
     */
    private readonly options: { gemeente?: string; once?: boolean } = {},
  ) {
    this.processors = rules.map(
      (rule) =>
        unified()
          .use(rule.plugin, [rule.docs.severity === 'error' ? 2 : 1])
          .freeze() as unknown as Processor<undefined, Root, Root>,
    )
  }

  static forFolder(
    dir: string,
    { rules, layout = standardLayout, gemeente, once }: { rules?: readonly Rule[]; layout?: Layout; gemeente?: string; once?: boolean } = {},
  ): Pipeline {
    return new Pipeline(() => readSource(dir, { layout }), rules, undefined, { ...(gemeente === undefined ? {} : { gemeente }), ...(once ? { once } : {}) })
  }

  /** Checks everything, from the sources. */
  async check(): Promise<CheckResult> {
    return this.full(await this.read())
  }

  /** Checks sources that were read already (memory, tests, fuzzing). */
  async checkSources(source: SourceFiles): Promise<CheckResult> {
    return this.full(source)
  }

  /**
   * Re-checks after `changed` (file names in the map) changed on disk. Only a
   * change to hoofdstukken that all parse is done incrementally; anything else
   * (a registry, a new or removed file, a file that no longer parses) starts over.
   */
  async recheck(changed: readonly string[]): Promise<CheckResult> {
    const last = this.last
    if (!last || changed.length === 0) return this.check()
    const byName = new Map(last.result.context.hoofdstukken.map((entry) => [path.basename(entry.file.path), entry]))
    if (!changed.every((name) => byName.has(name))) return this.check()
    if (
      last.result.files.some(
        (file) => file.data.kind !== 'hoofdstuk' && file.messages.some((message) => message.ruleId === 'register-schema' || message.ruleId === 'yaml-syntax'),
      )
    )
      return this.check()

    const parsed: ParsedHoofdstuk[] = []
    const fresh = new Set<VFile>()
    for (const entry of last.result.context.hoofdstukken) {
      const name = path.basename(entry.file.path)
      if (!changed.includes(name)) {
        parsed.push(entry)
        continue
      }
      const file = await this.readChanged(entry.file.path, last.source.dir)
      if (file.messages.length > 0) return this.check()
      const next = parseHoofdstukFile(file)
      if (!next) return this.check()
      parsed.push(next)
      fresh.add(file)
    }

    const previous = last.result.context
    // Only the artikelen of the changed files are new objects, so only they are analysed again.
    const context = contextFrom({
      registries: previous.registries,
      hoofdstukken: parsed,
      casussen: previous.casussen,
      woordenlijst: previous.woordenlijst,
      oudeVersie: this.oudeVersie?.value,
    })
    const changes = new ChangeSet(diff(last.result.context, context))
    const linted = new Map<VFile, Linted>()
    const files: VFile[] = []
    for (const file of last.result.files) {
      const previous = last.linted.get(file)
      if (!previous) {
        files.push(file)
        continue
      }
      const entry = previous.file.data.kind === 'hoofdstuk' ? parsed.find((candidate) => candidate.file.path === file.path) : undefined
      if (entry && fresh.has(entry.file)) {
        const next = await this.lintFile(entry.file, entry.tree, context)
        linted.set(next.file, next)
        files.push(next.file)
        continue
      }
      linted.set(file, await this.relint(previous, context, changes))
      files.push(file)
    }
    const result = this.finish(files, context)
    this.last = { result, linted, source: last.source }
    return result
  }

  private async full(source: SourceFiles): Promise<CheckResult> {
    const regio = this.options.gemeente === undefined ? regioGemeenten(source) : undefined
    if (!regio) {
      const { files, context, linted } = await this.lintAll(source, this.options.gemeente)
      const result = this.finish(files, context)
      // Without the recorded reads a re-check could not tell what changed: it starts over.
      this.last = this.options.once ? undefined : { result, linted, source }
      return result
    }
    // One text, several gemeenten: the verordening of each gemeente is checked, and the findings put together (per-gemeente.ts).
    const runs: GemeenteRun[] = []
    let first: CheckContext | undefined
    for (const gemeente of regio) {
      const { files, context } = await this.lintAll(copySource(source), gemeente.id)
      first ??= context
      runs.push({ gemeente, files })
    }
    const result = this.finish(mergeRuns(runs), first!)
    // A re-check of such a text starts over: the incremental bookkeeping is per model, and there is one per gemeente.
    this.last = undefined
    return result
  }

  /** Assembles the sources (for one gemeente, with gemeenten.yml) and runs every rule on every file. */
  private async lintAll(source: SourceFiles, gemeente: string | undefined): Promise<{ files: VFile[]; context: CheckContext; linted: Map<VFile, Linted> }> {
    const { context, registryFiles, parsed, casusFiles } = await assemble(source, {
      oudeVersie: (read, meta) => this.readOudeVersie(read, meta),
      ...(gemeente === undefined ? {} : { gemeente }),
    })
    const linted = new Map<VFile, Linted>()
    for (const file of registryFiles) linted.set(file, await this.lintFile(file, emptyTree, context))
    for (const { file, tree } of parsed) linted.set(file, await this.lintFile(file, tree, context))
    for (const { file, tree } of casusFiles) linted.set(file, await this.lintFile(file, tree, context))
    const files = [...source.unreadable, ...registryFiles, ...source.hoofdstukken, ...casusFiles.map(({ file }) => file)]
    return { files, context, linted }
  }

  /**
   * The result of a check. In a concept (`status: concept`) every finding a
   * rule marked as omgekeerd werk becomes a warning and is counted into the
   * to-do list; structural findings (numbering, references, syntax) stay
   * errors. One place, so check, build, serve and any later command agree.
   */
  private finish(files: VFile[], context: CheckContext): CheckResult {
    const concept = context.registries.verordening?.data.status === 'concept'
    const counts = new Map<string, TodoCount>()
    if (concept) {
      const kinds = new Map(this.rules.map((rule) => [rule.docs.ruleId, rule.docs.todo ?? {}]))
      for (const file of files) {
        for (const message of file.messages) {
          const kind = todoKind(message)
          const declared = kind && message.ruleId ? kinds.get(message.ruleId)?.[kind] : undefined
          if (!kind || !declared) continue
          message.fatal = false
          const key = `${message.ruleId}/${kind}`
          const entry = counts.get(key) ?? { ruleId: message.ruleId!, kind, ...declared, count: 0 }
          entry.count++
          counts.set(key, entry)
        }
      }
    }
    const order = this.rules.flatMap((rule) => Object.keys(rule.docs.todo ?? {}).map((kind) => `${rule.docs.ruleId}/${kind}`))
    const todo = [...counts.entries()].sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)).map(([, entry]) => entry)
    return { files, context, ...countMessages(files), concept, todo }
  }

  /** The last vastgestelde versie, read from git only when the map, the versie or the revision changed. */
  private async readOudeVersie(source: SourceFiles, meta: VerordeningMeta): Promise<Result<OudeVersie>> {
    const key = `${source.dir}\u0000${laatsteVersie(meta)?.versie ?? ''}\u0000${source.revisie ?? ''}`
    if (this.oudeVersie?.key !== key) this.oudeVersie = { key, value: await leesOudeVersie(source, meta, parseHoofdstukFile) }
    return this.oudeVersie.value
  }

  /** Runs every rule on a file, recording what each said and read. */
  private async lintFile(file: VFile, tree: Root, context: CheckContext): Promise<Linted> {
    const linted: Linted = { file, tree, before: [...file.messages], said: [], read: [] }
    for (const [index] of this.processors.entries()) await this.runRule(linted, index, context)
    file.messages = [...linted.before, ...withoutFollowOn(linted.said.flat(), tree)]
    return linted
  }

  /** Runs again only the rules whose reads the changes touch; the others keep what they said. */
  private async relint(linted: Linted, context: CheckContext, changes: ChangeSet): Promise<Linted> {
    const next: Linted = { ...linted, said: [...linted.said], read: [...linted.read] }
    for (const [index, reads] of linted.read.entries()) {
      if (changes.affects(reads)) await this.runRule(next, index, context)
    }
    next.file.messages = [...next.before, ...withoutFollowOn(next.said.flat(), next.tree)]
    return next
  }

  private async runRule(linted: Linted, index: number, context: CheckContext): Promise<void> {
    const { file } = linted
    if (this.options.once) {
      file.messages = []
      file.data.context = context
      await this.processors[index]!.run(linted.tree, file)
      linted.said[index] = file.messages
      linted.read[index] = new Set()
      return
    }
    const tracker = new Tracker()
    const own = file.data.hoofdstuk
    file.messages = []
    file.data.context = tracker.wrap(context)
    // The file's own model is part of the whole: the same wrapper, so a rule may compare the two.
    const at = context.hoofdstukken.findIndex((entry) => entry.file === file)
    if (own && at !== -1) file.data.hoofdstuk = tracker.wrap(own, join(join('hoofdstukken', at), 'hoofdstuk'))
    try {
      await this.processors[index]!.run(linted.tree, file)
    } finally {
      // The views and other outputs get the model itself, not the recording wrapper.
      file.data.context = context
      if (own) file.data.hoofdstuk = own
    }
    linted.said[index] = file.messages
    linted.read[index] = tracker.reads
  }
}

/**
 * The model of sources without running the rules (an older version whose
 * history is shown: its own messages are not the author's concern now). The
 * same assembly as a check, without the vastgestelde versie of its own.
 */
export async function loadModel(source: SourceFiles): Promise<CheckContext> {
  return (await assemble(source)).context
}

/** Checks a verordening map once (with gemeenten.yml: every gemeente, or the one named). */
export async function checkVerordening(dir: string, options: { gemeente?: string } = {}): Promise<CheckResult> {
  return Pipeline.forFolder(dir, { ...options, once: true }).check()
}

/** Checks files that are in memory (name → bytes, as `sourceFromBytes` takes them). */
export async function checkFiles(dir: string, files: ReadonlyMap<string, Uint8Array>, layout?: Layout): Promise<CheckResult> {
  return checkSource(sourceFromBytes(dir, files, layout))
}

/** Checks files that have been read already (see `sourceFromBytes`). */
export async function checkSource(source: SourceFiles): Promise<CheckResult> {
  return new Pipeline(async () => source, undefined, undefined, { once: true }).checkSources(source)
}
