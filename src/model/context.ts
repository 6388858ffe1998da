// The whole verordening with the look-ups the rules and views need, built once
// per check from the registries and the hoofdstukken.
import type { Root } from 'mdast'
import type { TextDirective } from 'mdast-util-directive'
import type { Position } from 'unist'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import type { Result } from '../messages/result.ts'
import type { Registry } from '../parse/registry.ts'
import type { Gemeente, Gemeenten } from './gemeenten.ts'
import type { Cijfer, Indicator } from './indicatoren.ts'
import type { Artikel, Begrip, Casus, Effect, Grondwaarde, Hoofdstuk, Kader, Verordening, VerordeningMeta } from './schema.ts'
import type { ArtikelAnalyse } from './scores.ts'

export interface Registries {
  verordening?: Registry<VerordeningMeta>
  /**
   * Registries beyond the standard ones, by their key in the layout
   * (src/sources/layout.ts): a later feature's or a test's; null when the file
   * is there but could not be read.
   */
  extra?: ReadonlyMap<string, Registry<unknown> | null>
  effecten?: Registry<Effect[]>
  grondwaarden?: Registry<Grondwaarde[]>
  begrippen?: Registry<Begrip[]>
  /** kaders.yml; null when the file is there but could not be read (its own messages say why). */
  kaders?: Registry<Kader[]> | null
  /** indicatoren.yml; null when the file is there but could not be read. */
  indicatoren?: Registry<Indicator[]> | null
  /** indicatoren.csv, the figures; null when the file could not be read as a table. */
  cijfers?: Registry<Cijfer[]> | null
  /** gemeenten.yml: one text for several gemeenten; null when the file is there but could not be read. */
  gemeenten?: Registry<Gemeenten> | null
}

/** A casus whose front matter is valid, with its file, tree and the places of its fields. */
export interface ParsedCasus {
  file: VFile
  tree: Root
  casus: Casus
  /** Place of a front matter value in the casus file, e.g. `['afwijking', 'van', 0]`. */
  place(path: ReadonlyArray<string | number>): Position | undefined
}

/** What the casussen say about one artikel: in which it was applied, and in which it was set aside. */
export interface ArtikelCasuistiek {
  /** Ids of the casussen that applied the artikel or set it aside, in file order. */
  casussen: string[]
  /** Ids of the casussen that set the artikel aside (`afwijking.van`). */
  afgeweken: string[]
}

/** From this many casussen that set an artikel aside, the raad is warned, unless verordening.yml says otherwise. */
export const defaultAfwijkingSignaal = 3

export interface ParsedHoofdstuk {
  file: VFile
  tree: Root
  hoofdstuk: Hoofdstuk
}

/** The model of the whole verordening with its look-ups, before the derived figures. */
export interface ModelContext {
  verordening: Verordening
  registries: Registries
  hoofdstukken: ParsedHoofdstuk[]
  effectById: Map<string, Effect>
  grondwaardeById: Map<string, Grondwaarde>
  /** Begrippen by every form an author may write (term and vormen), lowercase. */
  begripByForm: Map<string, Begrip>
  artikelByNr: Map<string, { artikel: Artikel; hoofdstuk: Hoofdstuk }>
  wetten: Set<string>
  used: { effecten: Set<string>; grondwaarden: Set<string>; begrippen: Set<string>; kaders: Set<string> }
  kaderById: Map<string, Kader>
  /** Per kader id: the numbers of the artikelen that name it, in order. */
  kaderArtikelen: Map<string, string[]>
  casussen: ParsedCasus[]
  /** Per artikel number (known artikelen only): the casussen about it; computed once here. */
  casuistiek: Map<string, ArtikelCasuistiek>
}

/**
 * What every rule, analysis and view reads: the model plus the figures derived
 * from it and the other sources, put together once by the pipeline
 * (src/pipeline/assemble.ts) and never changed afterwards.
 */
export interface CheckContext extends ModelContext {
  /** Extra words for the spelling check (`woordenlijst.txt`); empty when the file is absent. */
  readonly woordenlijst: readonly string[]
  /**
   * The last vastgestelde versie (`versies` in verordening.yml), read from git
   * by the pipeline: the artikelen whose juridische tekst changed since while
   * their inwonersversie did not (new number → number then), or a Failure
   * saying why that could not be determined (`check --json` shows it as an
   * info entry). Undefined for a version that is itself read from history
   * (its own history is not the author's concern).
   */
  readonly vastgesteld?: Result<Vastgesteld>
  /** Plain-language figures per artikel, by `artikelId` (src/model/scores.ts): the analysis step. */
  readonly scores: ReadonlyMap<string, ArtikelAnalyse>
  /**
   * With gemeenten.yml: the gemeente this context is the verordening of (its
   * values and variants resolved, its data in `verordening.meta`).
   */
  readonly gemeente?: Gemeente
}

export interface Vastgesteld {
  versie: string
  datum: string
  raadsbesluit: string
  /** New artikel number → its number in the vastgestelde versie. */
  verouderd: Map<string, string>
}

const emptyMeta: VerordeningMeta = {
  gemeente: '',
  citeertitel: '',
  titel: '',
  status: 'concept',
  inwerkingtreding: '',
  voorbeeld: false,
  wetten: {},
  huisstijl: { kleuren: {} },
}

/** The verordening's own data (verordening.yml), or empty values when it could not be read. */
export function metaOf(registries: Registries): VerordeningMeta {
  return registries.verordening?.data ?? emptyMeta
}

export function buildContext(registries: Registries, hoofdstukken: ParsedHoofdstuk[], casussen: ParsedCasus[] = []): ModelContext {
  const verordening: Verordening = {
    meta: metaOf(registries),
    effecten: registries.effecten?.data ?? [],
    grondwaarden: registries.grondwaarden?.data ?? [],
    begrippen: registries.begrippen?.data ?? [],
    hoofdstukken: hoofdstukken.map((entry) => entry.hoofdstuk).sort((a, b) => a.nr - b.nr),
    kaders: registries.kaders?.data ?? [],
    casussen: casussen.map((entry) => entry.casus),
  }
  const begripByForm = new Map<string, Begrip>()
  for (const begrip of verordening.begrippen) {
    for (const form of [begrip.term, ...begrip.vormen]) {
      if (!begripByForm.has(form.toLowerCase())) begripByForm.set(form.toLowerCase(), begrip)
    }
  }
  const artikelByNr = new Map<string, { artikel: Artikel; hoofdstuk: Hoofdstuk }>()
  for (const hoofdstuk of verordening.hoofdstukken) {
    for (const artikel of hoofdstuk.artikelen) {
      if (!artikelByNr.has(artikel.nr)) artikelByNr.set(artikel.nr, { artikel, hoofdstuk })
    }
  }
  const used = { effecten: new Set<string>(), grondwaarden: new Set<string>(), begrippen: new Set<string>(), kaders: new Set<string>() }
  const kaderArtikelen = new Map<string, string[]>()
  for (const { hoofdstuk, tree } of hoofdstukken) {
    for (const artikel of hoofdstuk.artikelen) {
      artikel.effecten.forEach((id) => used.effecten.add(id))
      artikel.grondwaarden.forEach((id) => used.grondwaarden.add(id))
      for (const id of new Set(artikel.kaders ?? [])) {
        used.kaders.add(id)
        const list = kaderArtikelen.get(id)
        if (list) list.push(artikel.nr)
        else kaderArtikelen.set(id, [artikel.nr])
      }
    }
    for (const key of begripKeysIn(tree)) {
      const begrip = begripByForm.get(key)
      if (begrip) used.begrippen.add(begrip.term)
    }
  }
  return {
    verordening,
    registries,
    hoofdstukken,
    effectById: new Map(verordening.effecten.map((effect) => [effect.id, effect])),
    grondwaardeById: new Map(verordening.grondwaarden.map((grondwaarde) => [grondwaarde.id, grondwaarde])),
    begripByForm,
    artikelByNr,
    wetten: new Set(Object.keys(verordening.meta.wetten)),
    used,
    kaderById: new Map(verordening.kaders.map((kader) => [kader.id, kader])),
    kaderArtikelen,
    casussen,
    casuistiek: casuistiekPerArtikel(casussen, artikelByNr),
  }
}

function casuistiekPerArtikel(casussen: readonly ParsedCasus[], artikelByNr: ReadonlyMap<string, unknown>): Map<string, ArtikelCasuistiek> {
  const result = new Map<string, ArtikelCasuistiek>()
  const entry = (nr: string): ArtikelCasuistiek | undefined => {
    if (!artikelByNr.has(nr)) return undefined
    let found = result.get(nr)
    if (!found) {
      found = { casussen: [], afgeweken: [] }
      result.set(nr, found)
    }
    return found
  }
  for (const { casus } of casussen) {
    const { artikelen, afwijking } = casus.kop
    for (const nr of new Set([...artikelen, ...afwijking.van])) entry(nr)?.casussen.push(casus.id)
    for (const nr of new Set(afwijking.van)) entry(nr)?.afgeweken.push(casus.id)
  }
  return result
}

// The begrip forms a hoofdstuk refers to, per tree. A re-check builds the context again after
// every edit, and the files that did not change keep their trees: walking all of them each time
// was a fifth of a re-check at 1,000 artikelen.
const begripKeysOfTree = new WeakMap<Root, Set<string>>()

function begripKeysIn(tree: Root): Set<string> {
  let keys = begripKeysOfTree.get(tree)
  if (!keys) {
    const found = new Set<string>()
    visit(tree, 'textDirective', (node: TextDirective) => {
      if (node.name === 'begrip') found.add(begripKey(node))
    })
    keys = found
    begripKeysOfTree.set(tree, keys)
  }
  return keys
}

/** The form a `:begrip[…]` refers to: its `term` attribute, else its label. */
export function begripKey(node: TextDirective): string {
  const explicit = node.attributes?.term
  if (explicit) return explicit.trim().toLowerCase()
  return labelOf(node).trim().toLowerCase()
}

export function labelOf(node: TextDirective): string {
  return textOf(node).replace(/\s+/g, ' ')
}

/** The text nodes below a node, joined: a label is a few nodes, too few for unist-util-visit's cost per node. */
function textOf(node: { type: string; value?: unknown; children?: unknown }): string {
  if (node.type === 'text') return typeof node.value === 'string' ? node.value : ''
  if (!Array.isArray(node.children)) return ''
  let text = ''
  for (const child of node.children as Array<{ type: string; value?: unknown; children?: unknown }>) text += textOf(child)
  return text
}
