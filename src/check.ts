// `check`: read a verordening map, build the model, run every rule. Returns the
// files with their messages and the model; never writes anything.
import type { Root } from 'mdast'
import { unified } from 'unified'
import type { VFile } from 'vfile'
import { readSource, type RegistryName, type SourceFiles } from './load/read-source.ts'
import { loadRegistry } from './load/registry.ts'
import { parseMarkdown } from './parse/processor.ts'
import { buildContext, type CheckContext, type ParsedHoofdstuk, type Registries } from './model/context.ts'
import { begrippenSchema, effectenSchema, grondwaardenSchema, hoofdstukSchema, verordeningMetaSchema } from './model/schema.ts'
import verordeningModel from '../plugins/verordening-model.ts'
import { rules } from '../plugins/rules/index.ts'
import { report } from './messages/report.ts'
import { guardStructure } from './load/structure-guard.ts'
import { loadWoordenlijst } from './load/woordenlijst.ts'
import './model/data.ts'

export interface CheckResult {
  files: VFile[]
  context: CheckContext
  errors: number
  warnings: number
}

const modelProcessor = unified().use(verordeningModel).freeze()

export const lint = unified()
for (const rule of rules) lint.use(rule.plugin, [rule.docs.severity === 'error' ? 2 : 1])
lint.freeze()

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

export async function checkVerordening(dir: string): Promise<CheckResult> {
  return checkSource(await readSource(dir))
}

/** Checks files that have been read already (see `sourceFromBytes`). */
export async function checkSource(source: SourceFiles): Promise<CheckResult> {
  const registries: Registries = {}
  const kinds: Record<RegistryName, VFile['data']['kind']> = {
    'verordening.yml': 'verordening',
    'effecten.yml': 'effecten',
    'grondwaarden.yml': 'grondwaarden',
    'begrippen.yml': 'begrippen',
  }
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
  const woordenlijst = await loadWoordenlijst(source.dir)
  context.woordenlijst = woordenlijst.words
  const registryFiles = Object.entries(source.registries).map(([name, file]) => {
    file.data.kind = kinds[name as RegistryName]
    return file
  })
  const empty: Root = { type: 'root', children: [] }
  for (const file of registryFiles) {
    file.data.context = context
    await lint.run(empty, file)
  }
  for (const { file, tree } of parsed) {
    file.data.context = context
    await lint.run(tree, file)
  }

  const files = [...source.unreadable, ...registryFiles, ...source.hoofdstukken]
  if (woordenlijst.file && woordenlijst.file.messages.length > 0) files.push(woordenlijst.file)
  return { files, context, ...countMessages(files) }
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
