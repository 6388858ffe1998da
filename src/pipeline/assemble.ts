// The one assembly of what the rules, analyses and views read: sources (as
// the layout in src/sources/layout.ts names them) → registries, hoofdstukken
// and casussen parsed → the model with its look-ups → the derived figures
// (scores per artikel, the project word list, the vastgestelde versie). Every
// way in comes through here — a full check, a re-check, the language server,
// the remark preset, a git revision, an import — and gets a context that is
// complete when it is made: nothing is attached to it afterwards.
import path from 'node:path'
import type { Root, Yaml } from 'mdast'
import { unified } from 'unified'
import type { VFile } from 'vfile'
import { report } from '../messages/report.ts'
import type { Result } from '../messages/result.ts'
import { loadCijfers } from '../model/cijfers-csv.ts'
import { buildContext, type CheckContext, type ModelContext, metaOf, type ParsedCasus, type ParsedHoofdstuk, type Registries } from '../model/context.ts'
import { tekstVoorGemeente } from '../model/gemeente-tekst.ts'
import { type Gemeente, gemeentenSchema, metaVoorGemeente } from '../model/gemeenten.ts'
import { indicatorenSchema } from '../model/indicatoren.ts'
import { begrippenSchema, casusSchema, effectenSchema, grondwaardenSchema, hoofdstukSchema, kadersSchema, verordeningMetaSchema } from '../model/schema.ts'
import verordeningModel from '../model/verordening-model.ts'
import { loadFrontmatter } from '../parse/frontmatter.ts'
import { findRegioDirectives } from '../parse/regio-directives.ts'
import type { Registry } from '../parse/registry.ts'
import { loadRegistry } from '../parse/registry.ts'
import { guardStructure } from '../parse/structure-guard.ts'
import type { SourceFiles } from '../sources/read-source.ts'
import { parseWoordenlijst } from '../sources/woordenlijst.ts'
import { analyseArtikelen } from '../taal/artikel-scores.ts'
import { parseMarkdown } from './markdown.ts'
import { type OudeVersie, vastgesteldVoor } from './vastgesteld.ts'
import '../model/data.ts'

const modelProcessor = unified().use(verordeningModel).freeze()

export const emptyTree: Root = { type: 'root', children: [] }

/**
 * Parses one hoofdstuk and builds its model; a file that cannot be parsed
 * carries the reason. With a gemeente (gemeenten.yml), the model is that of
 * the text as it reads for that gemeente (src/model/gemeente-tekst.ts).
 */
export function parseHoofdstukFile(file: VFile, gemeente?: Gemeente): ParsedHoofdstuk | undefined {
  file.data.kind = 'hoofdstuk'
  if (!guardStructure(file)) return undefined
  try {
    let tree = parseMarkdown(file)
    if (gemeente) {
      const bron = findRegioDirectives(tree)
      const resolved = tekstVoorGemeente(tree, gemeente)
      tree = resolved.tree
      file.data.regio = { bron, leeg: resolved.leeg }
    }
    modelProcessor.runSync(tree, file)
    const hoofdstuk = file.data.hoofdstuk
    // The model plugin is lenient by design; the schema guards its shape, so
    // every output can trust it. A mismatch is our bug, and says so.
    const valid = hoofdstukSchema.safeParse(hoofdstuk)
    if (!hoofdstuk || !valid.success) {
      report(
        file,
        `Interne fout: het model van dit hoofdstuk klopt niet (${valid.error?.issues[0]?.message ?? 'geen model'}), verwacht: meld dit aan het ontwikkelteam`,
        undefined,
        'model-intern',
      )
      return undefined
    }
    return { file, tree, hoofdstuk }
  } catch (error) {
    // The parser has limits (e.g. nesting depth); the author still gets a place.
    report(
      file,
      `Dit bestand kan niet worden gelezen als Markdown (${error instanceof Error ? error.message : String(error)}), verwacht gewone Markdown met directives`,
      undefined,
      'markdown-leesbaar',
    )
    return undefined
  }
}

/**
 * Parses one casus (casussen/*.md): Markdown with the casus' front matter. The
 * tree is always returned, so the rules (privacy first) read every casus; the
 * casus joins the model only when its front matter is valid.
 */
export function parseCasusFile(file: VFile): { tree: Root; parsed: ParsedCasus | undefined } {
  file.data.kind = 'casus'
  if (!guardStructure(file)) return { tree: emptyTree, parsed: undefined }
  let tree: Root
  try {
    tree = parseMarkdown(file)
  } catch (error) {
    report(
      file,
      `Dit bestand kan niet worden gelezen als Markdown (${error instanceof Error ? error.message : String(error)}), verwacht gewone Markdown met een kop tussen twee regels \`---\``,
      undefined,
      'markdown-leesbaar',
    )
    return { tree: emptyTree, parsed: undefined }
  }
  const yaml = tree.children.find((child): child is Yaml => child.type === 'yaml')
  const kop = loadFrontmatter(
    file,
    yaml,
    casusSchema,
    'Casus zonder kop, verwacht bovenaan tussen twee regels `---` de velden titel, datum, wetten, artikelen, afwijking, uitkomst en les (zie docs/schrijven.md, "Casussen")',
  )
  if (!kop) return { tree, parsed: undefined }
  const bestand = path.basename(file.path)
  const casus = { id: bestand.replace(/\.md$/, ''), bestand, kop: kop.data, inhoud: tree.children.filter((child) => child.type !== 'yaml') }
  const parsed: ParsedCasus = { file, tree, casus, place: kop.place }
  file.data.casus = parsed
  return { tree, parsed }
}

/**
 * The registries the layout names, each through its schema. The standard ones
 * have their schema in the model; a registry added to the layout brings its own.
 */
export function loadRegistries(source: SourceFiles): Registries {
  const registries: Registries = {}
  const extra = new Map<string, Registry<unknown> | null>()
  for (const spec of source.layout.registries) {
    const file = source.registries[spec.name]
    if (!file) continue
    file.data.kind = spec.key
    switch (spec.key) {
      case 'verordening':
        registries.verordening = loadRegistry(file, verordeningMetaSchema)
        break
      case 'effecten':
        registries.effecten = loadRegistry(file, effectenSchema)
        break
      case 'grondwaarden':
        registries.grondwaarden = loadRegistry(file, grondwaardenSchema)
        break
      case 'begrippen':
        registries.begrippen = loadRegistry(file, begrippenSchema)
        break
      case 'kaders':
        registries.kaders = loadRegistry(file, kadersSchema) ?? null
        break
      case 'indicatoren':
        registries.indicatoren = loadRegistry(file, indicatorenSchema) ?? null
        break
      case 'cijfers':
        registries.cijfers = loadCijfers(file) ?? null
        break
      case 'gemeenten':
        registries.gemeenten = loadRegistry(file, gemeentenSchema) ?? null
        break
      default:
        // A layout entry without a schema is our mistake, not the author's.
        if (!spec.schema) throw new Error(`Register ${spec.name} (${spec.key}) heeft geen schema in de indeling`)
        extra.set(spec.key, loadRegistry(file, spec.schema) ?? null)
    }
  }
  if (extra.size > 0) registries.extra = extra
  return registries
}

/** The parts a context is made of; a re-check passes the unchanged ones again. */
export interface ContextParts {
  registries: Registries
  hoofdstukken: ParsedHoofdstuk[]
  casussen: ParsedCasus[]
  woordenlijst: readonly string[]
  /** The last vastgestelde versie as read from git, or why not; undefined: not asked (a version from history). */
  oudeVersie?: Result<OudeVersie>
  /** With gemeenten.yml: the gemeente whose text this is. */
  gemeente?: Gemeente
}

/** The model and everything derived from it, made once. */
export function contextFrom(parts: ContextParts): CheckContext {
  const model: ModelContext = buildContext(parts.registries, parts.hoofdstukken, parts.casussen)
  return {
    ...model,
    woordenlijst: parts.woordenlijst,
    // The analysis step: figures derived from the model once, for the rules and every output.
    scores: analyseArtikelen(model),
    ...(parts.oudeVersie ? { vastgesteld: vastgesteldVoor(model, parts.oudeVersie) } : {}),
    ...(parts.gemeente ? { gemeente: parts.gemeente } : {}),
  }
}

/** What a full assembly gives: the context and the files the rules run on. */
export interface Assembled {
  context: CheckContext
  registryFiles: VFile[]
  parsed: ParsedHoofdstuk[]
  casusFiles: Array<{ file: VFile; tree: Root; parsed: ParsedCasus | undefined }>
}

export interface AssembleOptions {
  /**
   * Reads the last vastgestelde versie for this model (from git); absent for
   * a version that is itself read from history.
   */
  oudeVersie?: (source: SourceFiles, meta: ModelContext['verordening']['meta']) => Promise<Result<OudeVersie>>
  /**
   * With gemeenten.yml: the id of the gemeente whose verordening to assemble.
   * Without it (or without the file) the text is read as written.
   */
  gemeente?: string
}

/** Sources → the complete context. */
export async function assemble(source: SourceFiles, options: AssembleOptions = {}): Promise<Assembled> {
  const registries = loadRegistries(source)
  const gemeente = options.gemeente === undefined ? undefined : registries.gemeenten?.data.gemeenten.find((entry) => entry.id === options.gemeente)
  if (gemeente && registries.verordening) {
    // Everything downstream reads the verordening's data from here: the gemeente's own naam, CBS code, citeertitel …
    registries.verordening = { ...registries.verordening, data: metaVoorGemeente(registries.verordening.data, gemeente) }
  }
  const parsed: ParsedHoofdstuk[] = []
  for (const file of source.hoofdstukken) {
    const entry = parseHoofdstukFile(file, gemeente)
    if (entry) parsed.push(entry)
  }
  const casusFiles = source.casussen.map((file) => ({ file, ...parseCasusFile(file) }))
  const casussen = casusFiles.flatMap(({ parsed: casus }) => (casus ? [casus] : []))
  const woordenlijst = source.woordenlijst ? parseWoordenlijst(String(source.woordenlijst.value)) : []
  let oudeVersie: Result<OudeVersie> | undefined
  if (options.oudeVersie) {
    // The versie to read is named in verordening.yml: read from the model before the rest is derived.
    oudeVersie = await options.oudeVersie(source, metaOf(registries))
  }
  const context = contextFrom({ registries, hoofdstukken: parsed, casussen, woordenlijst, oudeVersie, gemeente })
  const registryFiles = source.layout.registries.flatMap((spec) => source.registries[spec.name] ?? [])
  return { context, registryFiles, parsed, casusFiles }
}
