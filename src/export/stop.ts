// The juridische versie as STOP imop-tekst 1.1.0: a `RegelingCompact` with the
// hoofdstukken, artikelen, leden and onderdelen, the begrippenlijst as a
// bijlage and the artikelsgewijze toelichting. Only the binding text goes in:
// the inwonersversie, voorbeelden, effecten and grondwaarden bind nothing.
//
// The XML is built as a tree (xastscript) and serialised by xast-util-to-xml
// (through xml.ts), so every text is escaped once and no tag is written by hand. eIds are the
// anchors of the site (src/views/links.ts); wIds are the eIds prefixed with
// `gm` + the CBS code of the gemeente, as STOP asks for a work identifier.
import path from 'node:path'
import type { PhrasingContent, RootContent } from 'mdast'
import type { TextDirective } from 'mdast-util-directive'
import type { Element, ElementContent, Root } from 'xast'
import { x } from 'xastscript'
import { begripKey, type CheckContext, labelOf } from '../model/context.ts'
import { type Cel, celTekst, type PipeTabel, pipeTabel } from '../model/pipe-tabel.ts'
import type { Artikel, Begrip, Hoofdstuk, Lid, VerordeningMeta } from '../model/schema.ts'
import { verwijzingTekst } from '../model/verwijzing-tekst.ts'
import { artikelEId, begripSlug, hoofdstukEId, lidEId, wetJci } from '../views/links.ts'
import { buildLookups, type SiteLookups } from '../views/lookups.ts'
import { stopMarker } from './output-marker.ts'
import { serialiseXml } from './xml.ts'

export const stopNamespace = 'https://standaarden.overheid.nl/stop/imop/tekst/'
export const stopSchemaVersie = '1.1.0'

/** eId of the bijlage with the begrippenlijst, and of each begrip in it. */
export const begrippenBijlageEId = 'cmp_1'
export const begripEId = (term: string) => `${begrippenBijlageEId}__content_1__list_1__item_${begripSlug(term)}`

export interface StopResult {
  xml: string
  artikelen: number
  /** Text STOP cannot hold as it stands (an empty onderdeel), in Dutch with a place; the export stops on any. */
  problems: string[]
}

/** Why the regeling cannot be written as STOP (in Dutch, for the author), or null. */
export function stopProblem(context: CheckContext): string | null {
  const { cbs } = context.verordening.meta
  if (!cbs)
    return 'verordening.yml heeft geen `cbs`: de gemeentecode van het CBS (vier cijfers, zoals `cbs: "0363"`), verwacht voor de wIds van STOP (gm + code); voeg het veld toe.'
  return null
}

export function buildStop(context: CheckContext): StopResult {
  const regeling = buildRegelingCompact(context)
  return { xml: stopDocument(regeling.element), artikelen: regeling.artikelen, problems: regeling.problems }
}

/**
 * The regeling as a `RegelingCompact` element: the root of `export stop --uit
 * bestand.xml`, and inside the WijzigBijlage of the besluit of a first
 * vaststelling (stop-aanlevering.ts), where `component` adds its componentnaam
 * and the expression it becomes (wordt).
 */
export function buildRegelingCompact(
  context: CheckContext,
  component?: { componentnaam: string; wordt: string },
): { element: Element; artikelen: number; problems: string[] } {
  const { meta, hoofdstukken, begrippen } = context.verordening
  const writer = new StopWriter(context, regelingWIdPrefix(meta.cbs))
  const attributes = component ?? { xmlns: stopNamespace, schemaversie: stopSchemaVersie }
  const element = x('RegelingCompact', attributes, [
    x('RegelingOpschrift', writer.ids('longTitle'), [x('Al', meta.titel)]),
    x(
      'Lichaam',
      writer.ids('body'),
      hoofdstukken.map((hoofdstuk) => writer.hoofdstuk(hoofdstuk)),
    ),
    ...(begrippen.length > 0 ? [writer.begrippenBijlage(begrippen)] : []),
    ...writer.toelichting(hoofdstukken),
  ])
  return { element, artikelen: hoofdstukken.reduce((sum, hoofdstuk) => sum + hoofdstuk.artikelen.length, 0), problems: writer.problems }
}

/** The wId prefix of the regeling's elements: `gm` + CBS code + `_1` (the besluit has `_2`). */
export function regelingWIdPrefix(cbs: string | undefined): string {
  return `gm${cbs ?? '0000'}_1`
}

/**
 * The AKN work of the regeling: `/akn/nl/act/gm<cbs>/<jaar>/<citeertitel>`.
 * The year is that of the first inwerkingtreding (`inwerkingtreding` in
 * verordening.yml), which a later wijziging does not change, so the work a
 * wijziging names is the work the first vaststelling made.
 */
export function regelingWork(meta: VerordeningMeta): string {
  return `/akn/nl/act/gm${meta.cbs ?? '0000'}/${meta.inwerkingtreding.slice(0, 4)}/${aknSlug(meta.citeertitel || 'verordening')}`
}

/** The last part of an AKN or JOIN identifier: letters, digits and `_` only (LVBB2017, LVBB2020), at most 128 characters (LVBB2021). */
export function aknSlug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_|_$/g, '')
      .slice(0, 100)
      .replace(/_$/, '') || 'regeling'
  )
}

export class StopWriter {
  private readonly lookups: SiteLookups
  readonly problems: string[] = []

  constructor(
    private readonly context: CheckContext,
    private readonly wIdPrefix: string,
  ) {
    this.lookups = buildLookups(context)
  }

  /** The two AKN identifiers of an element: the eId and the wId (gm-code + eId). */
  ids(eId: string): { eId: string; wId: string } {
    return { eId, wId: `${this.wIdPrefix}__${eId}` }
  }

  hoofdstuk(hoofdstuk: Hoofdstuk): Element {
    const eId = hoofdstukEId(hoofdstuk.nr)
    return x('Hoofdstuk', this.ids(eId), [
      kop('Hoofdstuk', String(hoofdstuk.nr), hoofdstuk.titel),
      ...hoofdstuk.artikelen.map((artikel) => this.artikel(hoofdstuk, artikel)),
    ])
  }

  artikel(hoofdstuk: Hoofdstuk, artikel: Artikel): Element {
    const eId = artikelEId(hoofdstuk.nr, artikel.nr)
    const heading = kop('Artikel', artikel.nr, artikel.titel)
    const numbered = artikel.leden.filter((lid) => lid.nr !== null)
    if (numbered.length > 0) return x('Artikel', this.ids(eId), [heading, ...numbered.map((lid) => this.lid(hoofdstuk, artikel, lid))])
    // One lid without a number: the text is the artikel's own Inhoud (STOP has no eId for it).
    const [only] = artikel.leden
    const inhoud = only ? this.lidInhoud(artikel, only, eId) : []
    if (inhoud.length === 0) this.problem(artikel, `artikel ${artikel.nr} heeft geen juridische tekst`)
    return x('Artikel', this.ids(eId), [heading, x('Inhoud', inhoud)])
  }

  private lid(hoofdstuk: Hoofdstuk, artikel: Artikel, lid: Lid): Element {
    const eId = lidEId(hoofdstuk.nr, artikel.nr, lid.nr)
    const inhoud = this.lidInhoud(artikel, lid, eId)
    if (inhoud.length === 0) this.problem(artikel, `lid ${lid.nr} van artikel ${artikel.nr} heeft geen tekst`)
    return x('Lid', this.ids(eId), [x('LidNummer', String(lid.nr)), x('Inhoud', inhoud)])
  }

  /** The blocks of a lid, then its onderdelen: a Lijst, or a Begrippenlijst in the begripsbepalingen. */
  private lidInhoud(artikel: Artikel, lid: Lid, eId: string): Element[] {
    const counter = { lists: 0, tables: 0 }
    const blocks = this.blocks(lid.inhoud, eId, counter)
    if (lid.onderdelen.length === 0) return blocks
    const listEId = `${eId}__list_${++counter.lists}`
    const definitions = artikel.soort === 'begripsbepalingen' ? lid.onderdelen.map((onderdeel) => splitDefinition(onderdeel.inhoud)) : []
    if (definitions.length > 0 && definitions.every((entry) => entry !== null)) {
      return [
        ...blocks,
        x(
          'Begrippenlijst',
          this.ids(listEId),
          lid.onderdelen.map((onderdeel, index) => {
            const { term, definitie, rest } = definitions[index]!
            const itemEId = `${listEId}__item_${onderdeel.letter}`
            return x('Begrip', this.ids(itemEId), [
              x('LiNummer', `${onderdeel.letter}.`),
              x('Term', term),
              x('Definitie', [x('Al', this.inline(definitie)), ...this.blocks(rest, itemEId, { lists: 0 })]),
            ])
          }),
        ),
      ]
    }
    return [
      ...blocks,
      x(
        'Lijst',
        { ...this.ids(listEId), type: 'expliciet' },
        lid.onderdelen.map((onderdeel) => {
          const itemEId = `${listEId}__item_${onderdeel.letter}`
          const content = this.blocks(onderdeel.inhoud, itemEId, { lists: 0, tables: 0 })
          if (content.length === 0)
            this.problem(artikel, `onderdeel ${onderdeel.letter} ${lid.nr === null ? '' : `van lid ${lid.nr} `}van artikel ${artikel.nr} heeft geen tekst`)
          return x('Li', this.ids(itemEId), [x('LiNummer', `${onderdeel.letter}.`), ...content])
        }),
      ),
    ]
  }

  /**
   * A Markdown table (src/model/pipe-tabel.ts) as a CALS table of imop-tekst: one tgroup with a colspec per
   * column (relative widths after the longest cell, as Word does), the header row in thead, each cell an Al.
   * Every row has exactly `cols` entries and no cell spans, so the table rules of the LVBB hold by construction.
   */
  private table(tabel: PipeTabel, eId: string): Element {
    const cols = tabel.kop.length
    const entry = (cel: Cel, index: number) => x('entry', { colname: `col${index + 1}` }, hasText(this.inline(cel)) ? [x('Al', this.inline(cel))] : [])
    const row = (cells: Cel[]) => x('row', cells.map(entry))
    const weight = (index: number) => Math.max(1, ...[tabel.kop, ...tabel.rijen].map((cells) => celTekst(cells[index]!).trim().length))
    return x('table', { ...this.ids(eId), frame: 'all', colsep: '1', rowsep: '1' }, [
      x('tgroup', { cols: String(cols), align: 'left' }, [
        ...tabel.kop.map((_, index) => x('colspec', { colname: `col${index + 1}`, colnum: String(index + 1), colwidth: `${weight(index)}*` })),
        x('thead', { valign: 'top' }, [row(tabel.kop)]),
        x('tbody', { valign: 'top' }, tabel.rijen.map(row)),
      ]),
    ])
  }

  /** STOP wants text in every lid, onderdeel and list item; an empty one is the author's to fill, not ours to invent. */
  private problem(artikel: Artikel, what: string): void {
    const { file, line, column } = artikel.plaats
    this.problems.push(
      `${path.relative(process.cwd(), file) || file}:${line}:${column}: In STOP moet elk deel tekst hebben, maar ${what}; vul de tekst aan of haal het lege deel weg.`,
    )
  }

  /**
   * Markdown blocks → STOP blocks (Al, Lijst, Tussenkop, table). Lists and tables get eIds under `parent`.
   * Without `counter.tables` a Markdown table stays its text: the place (a Definitie) allows no table.
   */
  blocks(nodes: readonly RootContent[], parent: string, counter: { lists: number; tables?: number }): Element[] {
    const out: Element[] = []
    for (const node of nodes) {
      switch (node.type) {
        case 'paragraph': {
          const tabel = counter.tables === undefined ? null : pipeTabel(node)
          if (tabel) {
            counter.tables = (counter.tables ?? 0) + 1
            out.push(this.table(tabel, `${parent}__table_${counter.tables}`))
            break
          }
          const content = this.inline(node.children)
          if (hasText(content)) out.push(x('Al', content))
          break
        }
        case 'heading': {
          const content = this.inline(node.children)
          if (hasText(content)) out.push(x('Tussenkop', content))
          break
        }
        case 'code':
          if (node.value.trim()) out.push(x('Al', node.value))
          break
        case 'list': {
          const listEId = `${parent}__list_${++counter.lists}`
          const start = node.start ?? 1
          const items = node.children
            .map((item, index) => {
              const number = node.ordered ? String(start + index) : String(index + 1)
              const itemEId = `${listEId}__item_${number}`
              const content = this.blocks(item.children, itemEId, { lists: 0, tables: 0 })
              // An empty list item (a stray `-` in a toelichting) has nothing to publish and is left out.
              return content.length > 0 ? x('Li', this.ids(itemEId), [...(node.ordered ? [x('LiNummer', `${number}.`)] : []), ...content]) : null
            })
            .filter((item): item is Element => item !== null)
          if (items.length > 0) out.push(x('Lijst', { ...this.ids(listEId), type: node.ordered ? 'expliciet' : 'ongemarkeerd' }, items))
          break
        }
        case 'blockquote':
        case 'containerDirective':
        case 'leafDirective':
          // Not part of the language (check reports them); their text is kept.
          out.push(...this.blocks(node.children as RootContent[], parent, counter))
          break
        default:
          // html (refused by check, comments allowed), thematicBreak, definitions: no text of the regeling.
          break
      }
    }
    return out
  }

  /** Markdown inline content → STOP inlines: IntRef for :artikel and :begrip, ExtRef (JCI) for :wet. */
  inline(nodes: readonly PhrasingContent[]): ElementContent[] {
    const out: ElementContent[] = []
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
          out.push({ type: 'text', value: node.value })
          break
        case 'inlineCode':
          out.push({ type: 'text', value: node.value })
          break
        case 'strong':
          out.push(x('strong', this.inline(node.children)))
          break
        case 'emphasis':
          out.push(x('i', this.inline(node.children)))
          break
        case 'break':
          out.push(x('br'))
          break
        case 'link': {
          const text = plainText(node.children)
          out.push(/^https?:\/\//i.test(node.url) ? x('ExtRef', { soort: 'URL', ref: node.url }, text || node.url) : { type: 'text', value: text })
          break
        }
        case 'image':
          // An image is not text of the regeling; what it shows (its alt text) stays readable.
          if (node.alt) out.push({ type: 'text', value: node.alt })
          break
        case 'textDirective':
          out.push(this.reference(node as TextDirective))
          break
        case 'delete':
          out.push(...this.inline(node.children))
          break
        default:
          break
      }
    }
    return out
  }

  private reference(node: TextDirective): ElementContent {
    const { context } = this
    const label = labelOf(node).trim()
    switch (node.name) {
      case 'begrip': {
        const begrip = context.begripByForm.get(begripKey(node))
        return begrip ? x('IntRef', { ref: begripEId(begrip.term) }, label) : { type: 'text', value: label }
      }
      case 'artikel': {
        const target = context.artikelByNr.get(label)
        const lid = node.attributes?.lid?.trim()
        const onderdeel = node.attributes?.onderdeel?.trim()
        const text = verwijzingTekst(node, context.verordening.meta.wetten) ?? label
        if (!target) return { type: 'text', value: text }
        const artikel = artikelEId(target.hoofdstuk.nr, label)
        // The nearest part that exists in the export: onderdeel, else lid, else artikel.
        const lidNr = lid ? Number(lid) : null
        const targetLid =
          target.artikel.leden.find((candidate) => candidate.nr === lidNr) ??
          (target.artikel.leden.length === 1 && target.artikel.leden[0]!.nr === null ? target.artikel.leden[0] : undefined)
        const base = targetLid && targetLid.nr !== null ? lidEId(target.hoofdstuk.nr, label, targetLid.nr) : artikel
        const ref = onderdeel && targetLid?.onderdelen.some((candidate) => candidate.letter === onderdeel) ? `${base}__list_1__item_${onderdeel}` : base
        return x('IntRef', { ref }, text)
      }
      case 'wet': {
        const wet = context.verordening.meta.wetten[label]
        const artikel = node.attributes?.artikel?.trim()
        const lid = node.attributes?.lid?.trim()
        const text = verwijzingTekst(node, context.verordening.meta.wetten) ?? label
        if (!wet) return { type: 'text', value: text }
        return x('ExtRef', { soort: 'JCI', ref: wetJci(wet.bwb, artikel, lid) }, text)
      }
      default:
        return { type: 'text', value: label }
    }
  }

  /** Bijlage 1: the begrippenlijst that belongs to the verordening (begrippen.yml), each begrip with its juridische definitie. */
  begrippenBijlage(begrippen: readonly Begrip[]): Element {
    const content = `${begrippenBijlageEId}__content_1`
    const sorted = [...begrippen].sort((a, b) => a.term.localeCompare(b.term, 'nl'))
    return x('Bijlage', this.ids(begrippenBijlageEId), [
      kop('Bijlage', '1', 'Begrippenlijst'),
      x('Divisietekst', this.ids(content), [
        x('Inhoud', [
          x(
            'Begrippenlijst',
            this.ids(`${content}__list_1`),
            sorted.map((begrip) => x('Begrip', this.ids(begripEId(begrip.term)), [x('Term', begrip.term), x('Definitie', [x('Al', begrip.definitie)])])),
          ),
        ]),
      ]),
    ])
  }

  /** The artikelsgewijze toelichting: per artikel its grondslag (JCI links) and its toelichting. */
  toelichting(hoofdstukken: readonly Hoofdstuk[]): Element[] {
    const parts: Element[] = []
    for (const hoofdstuk of hoofdstukken) {
      for (const artikel of hoofdstuk.artikelen) {
        const eId = `artrecital__content_${artikel.nr}`
        const grondslag: ElementContent[] = []
        artikel.grondslagen.forEach((entry, index) => {
          const view = this.lookups.grondslagView(entry.wet, entry.artikel)
          const wet = this.context.verordening.meta.wetten[entry.wet]
          if (index > 0) grondslag.push({ type: 'text', value: index === artikel.grondslagen.length - 1 ? ' en ' : ', ' })
          grondslag.push(
            wet ? x('ExtRef', { soort: 'JCI', ref: wetJci(wet.bwb, entry.artikel || undefined) }, view.tekst) : { type: 'text', value: view.tekst },
          )
        })
        const blocks = [
          ...(grondslag.length > 0 ? [x('Al', [{ type: 'text', value: 'Grondslag: ' }, ...grondslag, { type: 'text', value: '.' }])] : []),
          ...this.blocks(artikel.toelichting ?? [], eId, { lists: 0, tables: 0 }),
        ]
        if (blocks.length > 0) parts.push(x('Divisietekst', this.ids(eId), [kop('Artikel', artikel.nr, artikel.titel), x('Inhoud', blocks)]))
      }
    }
    if (parts.length === 0) return []
    return [x('ArtikelgewijzeToelichting', this.ids('artrecital'), [x('Kop', [x('Opschrift', 'Artikelsgewijze toelichting')]), ...parts])]
  }
}

/**
 * The XML text of a STOP document: the declaration, the marker that says this
 * toolchain wrote the file (so a later export may replace it, output-marker.ts),
 * then the root element, indented.
 */
export function stopDocument(root: Element): string {
  const tree: Root = x(null, [
    { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8"' },
    '\n',
    { type: 'comment', value: stopMarker },
    '\n',
    root,
    '\n',
  ])
  return serialiseXml(indent(tree))
}

/** Elements whose content is text (mixed content): whitespace there would be text of the regeling. */
const mixed = new Set([
  'Al',
  'Wat',
  'NieuweTekst',
  'VerwijderdeTekst',
  'Label',
  'Nummer',
  'Opschrift',
  'Subtitel',
  'LidNummer',
  'LiNummer',
  'Term',
  'Tussenkop',
  'IntRef',
  'ExtRef',
  'strong',
  'i',
  'b',
  'u',
  'sup',
  'sub',
  'br',
])

/**
 * One element per line, indented, so a diff of two exports shows what
 * changed. Only between elements with element-only content, where the schema
 * ignores whitespace; text (Al, Kop) is never touched.
 */
export function indent(root: Root): Root {
  const visit = (element: Element, depth: number): void => {
    // Elements with text in them (the data elements of an aanlevering, `<datum>2027-01-01</datum>`) keep it exactly.
    if (mixed.has(element.name) || element.children.length === 0 || element.children.some((child) => child.type !== 'element')) return
    const pad = `\n${'  '.repeat(depth + 1)}`
    const children: ElementContent[] = []
    for (const child of element.children) {
      if (child.type === 'element') visit(child, depth + 1)
      children.push({ type: 'text', value: pad }, child)
    }
    children.push({ type: 'text', value: `\n${'  '.repeat(depth)}` })
    element.children = children
  }
  for (const child of root.children) if (child.type === 'element') visit(child, 0)
  return root
}

export function kop(label: string, nummer: string, opschrift: string): Element {
  return x('Kop', [x('Label', label), x('Nummer', nummer), ...(opschrift ? [x('Opschrift', opschrift)] : [])])
}

function hasText(content: ElementContent[]): boolean {
  return content.some((node) => (node.type === 'text' ? node.value.trim() !== '' : node.type === 'element'))
}

function plainText(nodes: readonly PhrasingContent[]): string {
  return nodes
    .map((node) => ('value' in node && typeof node.value === 'string' ? node.value : 'children' in node ? plainText(node.children as PhrasingContent[]) : ''))
    .join('')
}

/**
 * An onderdeel of the begripsbepalingen as term and definitie: everything
 * before the first colon is the term (`:begrip[huishouden]: de inwoner …`),
 * the rest of the paragraph the definitie. Null when there is no such colon.
 */
function splitDefinition(inhoud: readonly RootContent[]): { term: string; definitie: PhrasingContent[]; rest: RootContent[] } | null {
  const [first, ...rest] = inhoud
  if (first?.type !== 'paragraph') return null
  const term: string[] = []
  for (const [index, node] of first.children.entries()) {
    if (node.type === 'text' && node.value.includes(':')) {
      const at = node.value.indexOf(':')
      term.push(node.value.slice(0, at))
      const after = node.value.slice(at + 1).replace(/^\s+/, '')
      const name = term.join('').trim()
      if (!name) return null
      const definitie: PhrasingContent[] = [...(after ? [{ ...node, value: after }] : []), ...first.children.slice(index + 1)]
      if (definitie.length === 0) return null
      return { term: name, definitie, rest }
    }
    if (node.type === 'text' || node.type === 'textDirective' || node.type === 'strong' || node.type === 'emphasis')
      term.push(node.type === 'text' ? node.value : node.type === 'textDirective' ? labelOf(node as TextDirective) : plainText(node.children))
    else return null
  }
  return null
}
