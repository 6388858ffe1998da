// The one owner of the path from sources to a checked model. Every command
// (check, build, serve's re-check), the bench and the tests come through here:
// sources (file name → bytes, from a folder or from memory) → parse (Markdown,
// YAML) → model (zod-validated) → analysis (scores per artikel, kept in the
// context) → rules → messages. Nothing in src/ but this folder imports from
// plugins/.
//
// A `Pipeline` also re-checks after an edit: only the changed hoofdstukken are
// parsed again, and a rule runs again on a file only when something it read
// from the model of the whole verordening has changed (see track.ts). That is
// derived from what the rules actually read, so a new rule needs no change here.
import path from 'node:path'
import type { Root } from 'mdast'
import { unified, type Processor } from 'unified'
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import verordeningModel from '../../plugins/verordening-model.ts'
import { rules as allRules } from '../../plugins/rules/index.ts'
import type { Rule } from '../../plugins/rule.ts'
import { maxMarkdownBytes, readSource, readTextFile, type RegistryName, type SourceFiles } from '../sources/read-source.ts'
import { loadRegistry } from '../parse/registry.ts'
import { guardStructure } from '../parse/structure-guard.ts'
import { loadWoordenlijst, woordenlijstFromFile } from '../sources/woordenlijst.ts'
import { report } from '../messages/report.ts'
import { buildContext, type CheckContext, type ParsedHoofdstuk, type Registries } from '../model/context.ts'
import { begrippenSchema, effectenSchema, grondwaardenSchema, hoofdstukSchema, verordeningMetaSchema } from '../model/schema.ts'
import { analyseArtikelen } from '../taal/artikel-scores.ts'
import { parseMarkdown } from './markdown.ts'
import { ChangeSet, diff, join, Tracker, type ModelPath } from './track.ts'
import { laatsteVersie, leesOudeVersie, vastgesteldVoor, type OudeVersieOfReden } from './vastgesteld.ts'
import '../model/data.ts'

// The rules, for the outputs that describe them (docs/regels.md): src/ reaches plugins/ only through here.
export { rules } from '../../plugins/rules/index.ts'
export type { Rule, RuleDocs, RuleExample } from '../../plugins/rule.ts'

export interface CheckResult {
  files: VFile[]
  context: CheckContext
  errors: number
  warnings: number
}

const modelProcessor = unified().use(verordeningModel).freeze()

const registryKinds: Record<RegistryName, VFile['data']['kind']> = {
  'verordening.yml': 'verordening',
  'effecten.yml': 'effecten',
  'grondwaarden.yml': 'grondwaarden',
  'begrippen.yml': 'begrippen',
}

/** Parses one hoofdstuk and builds its model; a file that cannot be parsed carries the reason. */
export function parseHoofdstukFile(file: VFile): ParsedHoofdstuk | undefined {
  file.data.kind = 'hoofdstuk'
  if (!guardStructure(file)) return undefined
  try {
    const tree = parseMarkdown(file)
    modelProcessor.runSync(tree, file)
    const hoofdstuk = file.data.hoofdstuk
    // The model plugin is lenient by design; the schema guards its shape, so
    // every output can trust it. A mismatch is our bug, and says so.
    const valid = hoofdstukSchema.safeParse(hoofdstuk)
    if (!hoofdstuk || !valid.success) {
      report(file, `Interne fout: het model van dit hoofdstuk klopt niet (${valid.error?.issues[0]?.message ?? 'geen model'}), verwacht: meld dit aan het ontwikkelteam`, undefined, 'model-intern')
      return undefined
    }
    return { file, tree, hoofdstuk }
  } catch (error) {
    // The parser has limits (e.g. nesting depth); the author still gets a place.
    report(file, `Dit bestand kan niet worden gelezen als Markdown (${error instanceof Error ? error.message : String(error)}), verwacht gewone Markdown met directives`, undefined, 'markdown-leesbaar')
    return undefined
  }
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

const emptyTree: Root = { type: 'root', children: [] }

export class Pipeline {
  /** One frozen processor per rule, so a rule can run again on its own. */
  private readonly processors: Array<Processor<undefined, Root, Root>>
  private last: { result: CheckResult; linted: Map<VFile, Linted>; source: SourceFiles } | undefined
  /** The last vastgestelde versie as read from git, once per map, versie and revision (see vastgesteld.ts). */
  private oudeVersie: { key: string; value: OudeVersieOfReden } | undefined

  constructor(
    /** Where the sources come from: a folder now; a git revision or an editor's buffers later. */
    private readonly read: () => Promise<SourceFiles>,
    readonly rules: readonly Rule[] = allRules,
  ) {
    this.processors = rules.map((rule) => unified().use(rule.plugin, [rule.docs.severity === 'error' ? 2 : 1]).freeze() as unknown as Processor<undefined, Root, Root>)
  }

  static forFolder(dir: string, rules?: readonly Rule[]): Pipeline {
    return new Pipeline(() => readSource(dir), rules)
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
    if (last.result.files.some((file) => file.data.kind !== 'hoofdstuk' && file.messages.some((message) => message.ruleId === 'register-schema' || message.ruleId === 'yaml-syntax'))) return this.check()

    const parsed: ParsedHoofdstuk[] = []
    const fresh = new Set<VFile>()
    for (const entry of last.result.context.hoofdstukken) {
      const name = path.basename(entry.file.path)
      if (!changed.includes(name)) {
        parsed.push(entry)
        continue
      }
      const file = await readTextFile(entry.file.path, maxMarkdownBytes, last.source.dir)
      if (file.messages.length > 0) return this.check()
      const next = parseHoofdstukFile(file)
      if (!next) return this.check()
      parsed.push(next)
      fresh.add(file)
    }

    const context = buildContext(last.result.context.registries, parsed)
    context.woordenlijst = last.result.context.woordenlijst
    // Only the artikelen of the changed files are new objects, so only they are analysed again.
    context.scores = analyseArtikelen(context)
    if (this.oudeVersie) context.vastgesteld = vastgesteldVoor(context, this.oudeVersie.value)
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
    const result = { files, context, ...countMessages(files) }
    this.last = { result, linted, source: last.source }
    return result
  }

  private async full(source: SourceFiles): Promise<CheckResult> {
    const registries: Registries = {}
    const { 'verordening.yml': meta, 'effecten.yml': effecten, 'grondwaarden.yml': grondwaarden, 'begrippen.yml': begrippen } = source.registries
    if (meta) registries.verordening = loadRegistry(meta, verordeningMetaSchema)
    if (effecten) registries.effecten = loadRegistry(effecten, effectenSchema)
    if (grondwaarden) registries.grondwaarden = loadRegistry(grondwaarden, grondwaardenSchema)
    if (begrippen) registries.begrippen = loadRegistry(begrippen, begrippenSchema)

    const parsed: ParsedHoofdstuk[] = []
    for (const file of source.hoofdstukken) {
      const entry = parseHoofdstukFile(file)
      if (entry) parsed.push(entry)
    }

    const context = buildContext(registries, parsed)
    // The analysis step: figures derived from the model once, for the rules and every output.
    context.scores = analyseArtikelen(context)
    context.vastgesteld = vastgesteldVoor(context, await this.readOudeVersie(source, context))
    const woordenlijst = source.woordenlijst !== undefined ? woordenlijstFromFile(source.woordenlijst) : await loadWoordenlijst(source.dir)
    context.woordenlijst = woordenlijst.words
    const registryFiles = Object.entries(source.registries).map(([name, file]) => {
      file.data.kind = registryKinds[name as RegistryName]
      return file
    })
    const linted = new Map<VFile, Linted>()
    for (const file of registryFiles) linted.set(file, await this.lintFile(file, emptyTree, context))
    for (const { file, tree } of parsed) linted.set(file, await this.lintFile(file, tree, context))

    const files = [...source.unreadable, ...registryFiles, ...source.hoofdstukken]
    if (woordenlijst.file && woordenlijst.file.messages.length > 0) files.push(woordenlijst.file)
    const result = { files, context, ...countMessages(files) }
    this.last = { result, linted, source }
    return result
  }

  /** The last vastgestelde versie, read from git only when the map, the versie or the revision changed. */
  private async readOudeVersie(source: SourceFiles, context: CheckContext): Promise<OudeVersieOfReden> {
    const meta = context.verordening.meta
    const key = `${source.dir}\u0000${laatsteVersie(meta)?.versie ?? ''}\u0000${source.revisie ?? ''}`
    if (this.oudeVersie?.key !== key) this.oudeVersie = { key, value: await leesOudeVersie(source, meta, (file) => parseHoofdstukFile(file)) }
    return this.oudeVersie.value
  }

  /** Runs every rule on a file, recording what each said and read. */
  private async lintFile(file: VFile, tree: Root, context: CheckContext): Promise<Linted> {
    const linted: Linted = { file, tree, before: [...file.messages], said: [], read: [] }
    for (const [index] of this.processors.entries()) await this.runRule(linted, index, context)
    file.messages = [...linted.before, ...linted.said.flat()]
    return linted
  }

  /** Runs again only the rules whose reads the changes touch; the others keep what they said. */
  private async relint(linted: Linted, context: CheckContext, changes: ChangeSet): Promise<Linted> {
    const next: Linted = { ...linted, said: [...linted.said], read: [...linted.read] }
    for (const [index, reads] of linted.read.entries()) {
      if (changes.affects(reads)) await this.runRule(next, index, context)
    }
    next.file.messages = [...next.before, ...next.said.flat()]
    return next
  }

  private async runRule(linted: Linted, index: number, context: CheckContext): Promise<void> {
    const { file } = linted
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
 * history is shown: its own messages are not the author's concern now).
 */
export function loadModel(source: SourceFiles): CheckContext {
  const registries: Registries = {}
  const meta = source.registries['verordening.yml']
  if (meta) registries.verordening = loadRegistry(meta, verordeningMetaSchema)
  const parsed = source.hoofdstukken.map((file) => parseHoofdstukFile(file)).filter((entry): entry is ParsedHoofdstuk => entry !== undefined)
  return buildContext(registries, parsed)
}

/** Checks a verordening map once. */
export async function checkVerordening(dir: string): Promise<CheckResult> {
  return Pipeline.forFolder(dir).check()
}

/** Checks files that have been read already (see `sourceFromBytes`). */
export async function checkSource(source: SourceFiles): Promise<CheckResult> {
  return new Pipeline(async () => source).checkSources(source)
}
