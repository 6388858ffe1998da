// The whole verordening with the look-ups the rules and views need, built once
// per check from the registries and the hoofdstukken.
import type { Root } from 'mdast'
import type { TextDirective } from 'mdast-util-directive'
import type { VFile } from 'vfile'
import { visit } from 'unist-util-visit'
import type { Registry } from '../parse/registry.ts'
import type { Artikel, Begrip, Effect, Grondwaarde, Hoofdstuk, Verordening, VerordeningMeta } from './schema.ts'
import type { ArtikelAnalyse } from './scores.ts'

export interface Registries {
  verordening?: Registry<VerordeningMeta>
  effecten?: Registry<Effect[]>
  grondwaarden?: Registry<Grondwaarde[]>
  begrippen?: Registry<Begrip[]>
}

export interface ParsedHoofdstuk {
  file: VFile
  tree: Root
  hoofdstuk: Hoofdstuk
}

export interface CheckContext {
  verordening: Verordening
  registries: Registries
  hoofdstukken: ParsedHoofdstuk[]
  effectById: Map<string, Effect>
  grondwaardeById: Map<string, Grondwaarde>
  /** Begrippen by every form an author may write (term and vormen), lowercase. */
  begripByForm: Map<string, Begrip>
  artikelByNr: Map<string, { artikel: Artikel; hoofdstuk: Hoofdstuk }>
  wetten: Set<string>
  used: { effecten: Set<string>; grondwaarden: Set<string>; begrippen: Set<string> }
  /** Extra words for the spelling check (`woordenlijst.txt`); empty when the file is absent. */
  woordenlijst?: string[]
  /**
   * The last vastgestelde versie (`versies` in verordening.yml), read from git
   * by the pipeline: the artikelen whose juridische tekst changed since while
   * their inwonersversie did not (new number → number then), or why that
   * could not be determined. Undefined until the pipeline fills it.
   */
  vastgesteld?: Vastgesteld
  /** Plain-language figures per artikel, by `artikelId` (src/model/scores.ts); filled by the pipeline's analysis step. */
  scores: Map<string, ArtikelAnalyse>
}

export type Vastgesteld =
  | { versie: string; datum: string; raadsbesluit: string; verouderd: Map<string, string> }
  | { reden: string }

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

export function buildContext(registries: Registries, hoofdstukken: ParsedHoofdstuk[]): CheckContext {
  const verordening: Verordening = {
    meta: registries.verordening?.data ?? emptyMeta,
    effecten: registries.effecten?.data ?? [],
    grondwaarden: registries.grondwaarden?.data ?? [],
    begrippen: registries.begrippen?.data ?? [],
    hoofdstukken: hoofdstukken.map((entry) => entry.hoofdstuk).sort((a, b) => a.nr - b.nr),
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
  const used = { effecten: new Set<string>(), grondwaarden: new Set<string>(), begrippen: new Set<string>() }
  for (const { hoofdstuk, tree } of hoofdstukken) {
    for (const artikel of hoofdstuk.artikelen) {
      artikel.effecten.forEach((id) => used.effecten.add(id))
      artikel.grondwaarden.forEach((id) => used.grondwaarden.add(id))
    }
    visit(tree, 'textDirective', (node: TextDirective) => {
      if (node.name !== 'begrip') return
      const begrip = begripByForm.get(begripKey(node))
      if (begrip) used.begrippen.add(begrip.term)
    })
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
    scores: new Map(),
  }
}

/** The form a `:begrip[…]` refers to: its `term` attribute, else its label. */
export function begripKey(node: TextDirective): string {
  const explicit = node.attributes?.term
  if (explicit) return explicit.trim().toLowerCase()
  return labelOf(node).trim().toLowerCase()
}

export function labelOf(node: TextDirective): string {
  let text = ''
  visit(node, 'text', (child) => {
    text += child.value
  })
  return text.replace(/\s+/g, ' ')
}
