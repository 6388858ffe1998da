// The rules as a remark preset, for authors who use remark-cli or the
// vscode-remark extension instead of `verordening check` or the language
// server. `.remarkrc.js`:
//
//   import verordening from 'omgekeerde-verordening/remark-preset'
//   export default { plugins: [verordening] }
//
// remark processes one Markdown file at a time, so the preset gives the rules
// that can judge one hoofdstuk on its own: it reads the registries (YAML) from
// the hoofdstuk's folder, so unknown effecten, grondwaarden, begrippen and
// wetten are found too. Rules that need every hoofdstuk at once (numbering of
// hoofdstukken, references to artikelen in other files, effecten or begrippen
// that no artikel uses, the required artikelen, unique ids in the registries)
// are left out: `verordening check` and `verordening lsp` give those.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import { unified, type Preset, type Processor } from 'unified'
import { VFile } from 'vfile'
import directiveSyntax from '../../plugins/directive-syntax.ts'
import verordeningModel from '../../plugins/verordening-model.ts'
import { rules } from '../../plugins/rules/index.ts'
import { loadRegistry } from '../parse/registry.ts'
import { buildContext, type Registries } from '../model/context.ts'
import { begrippenSchema, effectenSchema, grondwaardenSchema, verordeningMetaSchema } from '../model/schema.ts'
import { analyseArtikelen } from '../taal/artikel-scores.ts'
import { loadWoordenlijst } from '../sources/woordenlijst.ts'
import { withoutFollowOn } from './follow-on.ts'
import '../model/data.ts'

/** Rules that need the whole verordening (every hoofdstuk, or the registries as files): only check and lsp give them. */
export const crossFileRuleIds: readonly string[] = ['nummering-hoofdstuk', 'verwijzing-artikel', 'begrip-gebruikt', 'effect-gerealiseerd', 'grondwaarde-gebruikt', 'verplichte-artikelen', 'register-uniek']

export const singleFileRules = rules.filter((rule) => !crossFileRuleIds.includes(rule.docs.ruleId))

const modelProcessor = unified().use(verordeningModel).freeze()

/** A registry file from the hoofdstuk's folder, or undefined when it is not there. */
async function registryFile(dir: string, name: string): Promise<VFile | undefined> {
  try {
    return new VFile({ path: path.join(dir, name), value: await readFile(path.join(dir, name), 'utf8') })
  } catch {
    return undefined
  }
}

/** Builds the model of this hoofdstuk and the context the rules read, with the registries from its folder. */
function verordeningContext() {
  return async (tree: Root, file: VFile): Promise<undefined> => {
    file.data.kind = 'hoofdstuk'
    modelProcessor.runSync(tree, file)
    const hoofdstuk = file.data.hoofdstuk
    if (!hoofdstuk) return
    const dir = file.dirname ? path.resolve(file.cwd, file.dirname) : file.cwd
    // Problems in the registries themselves are for `verordening check`; here they only count when they can be read.
    const [meta, effecten, grondwaarden, begrippen] = await Promise.all(['verordening.yml', 'effecten.yml', 'grondwaarden.yml', 'begrippen.yml'].map((name) => registryFile(dir, name)))
    const registries: Registries = {
      verordening: meta && loadRegistry(meta, verordeningMetaSchema),
      effecten: effecten && loadRegistry(effecten, effectenSchema),
      grondwaarden: grondwaarden && loadRegistry(grondwaarden, grondwaardenSchema),
      begrippen: begrippen && loadRegistry(begrippen, begrippenSchema),
    }
    const context = buildContext(registries, [{ file, tree, hoofdstuk }])
    context.scores = analyseArtikelen(context)
    context.woordenlijst = (await loadWoordenlijst(dir)).words
    file.data.context = context
  }
}

/** The last step: one message per cause, as `verordening check` gives it (src/pipeline/follow-on.ts). */
function oneMessagePerCause() {
  return (tree: Root, file: VFile): undefined => {
    file.messages = withoutFollowOn(file.messages, tree)
  }
}

/** Front matter and directives, as the project parses them (used when the processor has no parser of ours yet). */
function syntax(this: Processor): undefined {
  remarkFrontmatter.call(this as never, ['yaml'])
  directiveSyntax.call(this)
}

const preset: Preset = {
  plugins: [syntax, verordeningContext, ...singleFileRules.map((rule) => [rule.plugin, [rule.docs.severity === 'error' ? 2 : 1]] as [typeof rule.plugin, number[]]), oneMessagePerCause],
}

export default preset
