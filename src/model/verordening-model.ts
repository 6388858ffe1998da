// remark plugin: builds the model of one hoofdstuk from its tree and stores it
// in `file.data.hoofdstuk`. It is lenient on purpose: it never reports, so the
// rules (one per file in src/rules/) say what is wrong, each in its own words.
import type { List, ListItem, Paragraph, Root, RootContent, Text, Yaml } from 'mdast'
import type { ContainerDirective } from 'mdast-util-directive'
import type { VFile } from 'vfile'
import { VFile as InnerFile } from 'vfile'
import { parse as parseYaml } from 'yaml'
import { tokens } from '../parse/attributes.ts'
import { loadRegistry } from '../parse/registry.ts'
import { type Artikel, frontmatterSchema, type Grondslag, type Hoofdstuk, type Lid, type Onderdeel, type Soort, soorten } from './schema.ts'
import './data.ts'

export default function verordeningModel() {
  return (tree: Root, file: VFile): undefined => {
    file.data.hoofdstuk = buildHoofdstuk(tree, file)
  }
}

export function buildHoofdstuk(tree: Root, file: VFile): Hoofdstuk {
  const front = readKop(tree, file)
  const artikelen: Artikel[] = []
  for (const node of tree.children) {
    if (isContainer(node, 'artikel')) artikelen.push(buildArtikel(node, file))
  }
  return {
    nr: typeof front.hoofdstuk === 'number' && Number.isInteger(front.hoofdstuk) ? front.hoofdstuk : 0,
    titel: typeof front.titel === 'string' ? front.titel : '',
    wet: typeof front.wet === 'string' ? front.wet : null,
    bestand: file.basename ?? file.path,
    artikelen,
  }
}

/**
 * Reads the front matter once, validated with positions like a registry; what
 * is wrong with it is kept in `file.data.kop` for the rule `hoofdstuk-kop` to
 * report. An invalid kop still gives the model what can be read from it.
 */
function readKop(tree: Root, file: VFile): Record<string, unknown> {
  const node = tree.children.find((child): child is Yaml => child.type === 'yaml')
  if (!node) {
    file.data.kop = { found: false, problems: [] }
    return {}
  }
  const inner = new InnerFile({ path: file.path, value: node.value })
  const registry = loadRegistry(inner, frontmatterSchema)
  // The front matter starts one line below the opening `---`.
  const lineOffset = node.position?.start.line ?? 1
  file.data.kop = {
    found: true,
    problems: inner.messages.map((message) => ({ reason: message.reason, line: (message.line ?? 1) + lineOffset, column: message.column ?? 1 })),
  }
  return registry ? (registry.data as Record<string, unknown>) : lenientFrontmatter(node)
}

/** Front matter as plain data when it does not validate; invalid YAML reads as empty. */
function lenientFrontmatter(node: Yaml): Record<string, unknown> {
  try {
    const value: unknown = parseYaml(node.value, { maxAliasCount: 10, logLevel: 'error' })
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

export function isContainer(node: unknown, name?: string): node is ContainerDirective {
  const candidate = node as { type?: string; name?: string } | undefined
  return candidate?.type === 'containerDirective' && (name === undefined || candidate.name === name)
}

function buildArtikel(node: ContainerDirective, file: VFile): Artikel {
  const attributes = node.attributes ?? {}
  const parts = node.children.filter((child): child is ContainerDirective => isContainer(child))
  const part = (name: string) => parts.find((child) => child.name === name)
  const juridisch = part('juridisch')
  const inwoners = part('inwoners')
  const soort = attributes.soort ?? 'regel'
  return {
    nr: attributes.nr ?? '',
    titel: attributes.titel ?? '',
    soort: (soorten as readonly string[]).includes(soort) ? (soort as Soort) : 'regel',
    effecten: tokens(attributes.effect),
    grondwaarden: tokens(attributes.grondwaarde),
    grondslagen: tokens(attributes.grondslag).map(parseGrondslag),
    kaders: tokens(attributes.kader),
    leden: juridisch ? buildLeden(juridisch.children) : [],
    juridisch: juridisch ? juridisch.children : null,
    inwoners: inwoners?.children ?? null,
    ...inwonersKenmerken(inwoners),
    voorbeelden: parts
      .filter((child) => child.name === 'voorbeeld')
      .map((child) => ({
        titel: child.attributes?.titel ?? 'Voorbeeld',
        inhoud: child.children,
        plaats: placeOf(child, file),
      })),
    toelichting: part('toelichting')?.children ?? null,
    plaats: placeOf(node, file),
  }
}

/** The attributes of the inwoners block that are given and not empty (checked by `inwoners-kenmerken`). */
function inwonersKenmerken(node: ContainerDirective | undefined): Pick<Artikel, 'inwonersTitel' | 'stap' | 'termijn'> {
  const attributes = node?.attributes ?? {}
  const result: Pick<Artikel, 'inwonersTitel' | 'stap' | 'termijn'> = {}
  if (attributes.titel?.trim()) result.inwonersTitel = attributes.titel.trim()
  if (attributes.stap?.trim()) result.stap = attributes.stap.trim()
  if (attributes.termijn?.trim()) result.termijn = attributes.termijn.trim()
  return result
}

export function parseGrondslag(token: string): Grondslag {
  const colon = token.indexOf(':')
  return colon === -1 ? { wet: token, artikel: '' } : { wet: token.slice(0, colon), artikel: token.slice(colon + 1) }
}

function placeOf(node: RootContent, file: VFile) {
  return {
    file: file.path,
    line: node.position?.start.line ?? 1,
    column: node.position?.start.column ?? 1,
  }
}

/**
 * Leden: the items of an ordered list; otherwise the whole text is one lid
 * without number. Onderdelen: the items of a nested bullet list, each
 * starting with its letter (`- a. …`), which the model keeps apart.
 */
export function buildLeden(children: RootContent[]): Lid[] {
  const ordered = children.find((child): child is List => child.type === 'list' && child.ordered === true)
  if (ordered) return ordered.children.map((item, index) => buildLid(item.children, index + 1))
  return children.length > 0 ? [buildLid(children, null)] : []
}

function buildLid(children: RootContent[], nr: number | null): Lid {
  const inhoud: RootContent[] = []
  const onderdelen: Onderdeel[] = []
  for (const child of children) {
    if (child.type === 'list' && !child.ordered) onderdelen.push(...child.children.map(buildOnderdeel))
    else inhoud.push(child)
  }
  return { nr, inhoud, onderdelen }
}

export const onderdeelPrefix = /^([a-z]{1,2})[.)]\s+/

function buildOnderdeel(item: ListItem, index: number): Onderdeel {
  const [first, ...rest] = item.children
  const letter = String.fromCharCode(97 + (index % 26))
  if (first?.type !== 'paragraph') return { letter, inhoud: item.children }
  const lead = first.children[0]
  if (lead?.type !== 'text') return { letter, inhoud: item.children }
  const match = onderdeelPrefix.exec(lead.value)
  if (!match) return { letter, inhoud: item.children }
  const stripped: Text = { ...lead, value: lead.value.slice(match[0].length) }
  const paragraph: Paragraph = { ...first, children: [stripped, ...first.children.slice(1)] }
  return { letter: match[1] ?? letter, inhoud: [paragraph, ...rest] }
}
