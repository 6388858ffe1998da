// Shared by begrip-definitie, begrip-dubbel and begrip-wet: every place a
// begrip is defined — begrippen.yml, and the onderdelen of each artikel with
// `soort="begripsbepalingen"` (in the gemeenschappelijke kop or in the
// onderdeel of one wet) — with its text and place, grouped by begrip.
import path from 'node:path'
import type { ListItem, Root, RootContent } from 'mdast'
import type { Position } from 'unist'
import { visit } from 'unist-util-visit'
import { plainText } from '../../model/artikel-tekst.ts'
import type { CheckContext } from '../../model/context.ts'
import { isContainer } from '../../model/verordening-model.ts'

export interface Definitie {
  /** The begrip as written at this place. */
  term: string
  /** The key the places share: the term of the begrip in begrippen.yml when a form of it, else the term in lowercase. */
  key: string
  definitie: string
  /** The file the place is in (its path as the pipeline knows it). */
  bestand: string
  place: Position | undefined
  /** "begrippen.yml:16:3" or "artikel 1.2 (01-algemeen.md:44:6)", for messages. */
  waar: string
}

const cache = new WeakMap<CheckContext, Definitie[]>()

export function alleDefinities(context: CheckContext): Definitie[] {
  const cached = cache.get(context)
  if (cached) return cached
  const keyOf = (term: string) => (context.begripByForm.get(term.toLowerCase())?.term ?? term).toLowerCase()
  const result: Definitie[] = []
  const registry = context.registries.begrippen
  if (registry) {
    const bestand = registry.file.path
    registry.data.forEach((begrip, index) => {
      const place = registry.place([index, 'definitie']) ?? registry.place([index, 'term'])
      result.push({
        term: begrip.term,
        key: begrip.term.toLowerCase(),
        definitie: begrip.definitie,
        bestand,
        place,
        waar: `${path.basename(bestand)}${place ? `:${place.start.line}:${place.start.column}` : ''}`,
      })
    })
  }
  for (const { file, tree } of context.hoofdstukken) {
    for (const { nr, item } of begripsbepalingen(tree)) {
      const found = definitieIn(item, context.verordening.meta)
      if (!found) continue
      const place = item.position
      result.push({
        term: found.term,
        key: keyOf(found.term),
        definitie: found.definitie,
        bestand: file.path,
        place,
        waar: `artikel ${nr} (${path.basename(file.path)}${place ? `:${place.start.line}:${place.start.column}` : ''})`,
      })
    }
  }
  cache.set(context, result)
  return result
}

/** The list items in the juridische tekst of the artikelen with `soort="begripsbepalingen"`. */
function begripsbepalingen(tree: Root): Array<{ nr: string; item: ListItem }> {
  const items: Array<{ nr: string; item: ListItem }> = []
  for (const node of tree.children) {
    if (!isContainer(node, 'artikel') || node.attributes?.soort !== 'begripsbepalingen') continue
    const nr = node.attributes?.nr ?? '?'
    for (const part of node.children) {
      if (!isContainer(part, 'juridisch')) continue
      visit(part, 'listItem', (item: ListItem, _index, parent) => {
        // Only the onderdelen (a bulleted list, "- a. …"): a lid is an item of the numbered list.
        if (parent?.type !== 'list' || parent.ordered || item.children.some((child) => child.type === 'list')) return
        items.push({ nr, item })
      })
    }
  }
  return items
}

/** "a. :begrip[huishouden]: de inwoner en …;" → the term and its definitie, or undefined for other items. */
function definitieIn(item: ListItem, meta: CheckContext['verordening']['meta']): { term: string; definitie: string } | undefined {
  const paragraph = item.children[0]
  if (paragraph?.type !== 'paragraph') return undefined
  // The words the reader sees: a reference (`:wet[awb]{artikel="1:3" …}`) reads as the site shows it, as in begrippen.yml.
  const text = plainText(paragraph.children as RootContent[], meta)
  const match = /^\s*(?:[a-z]{1,2}\.\s+)?([^:;]{1,80}?):\s+([\s\S]+)$/u.exec(text)
  if (!match?.[1] || !match[2]) return undefined
  const term = match[1].trim()
  if (term.split(/\s+/).length > 6) return undefined
  return { term, definitie: match[2].trim() }
}

/** The text two definitions are compared on: case, spacing, a closing mark and a leading article do not count. */
export function vergelijkbaar(definitie: string): string {
  return definitie
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;,:]+$/u, '')
    .replace(/^(?:de|het|een) /u, '')
    .trim()
}

/** The definitions of the begrip at `key`, grouped, only when it is defined in more than one place. */
export function groepen(context: CheckContext): Map<string, Definitie[]> {
  const result = new Map<string, Definitie[]>()
  for (const definitie of alleDefinities(context)) {
    const list = result.get(definitie.key)
    if (list) list.push(definitie)
    else result.set(definitie.key, [definitie])
  }
  for (const [key, list] of result) if (list.length < 2) result.delete(key)
  return result
}

/** The file a rule runs on owns this place. */
export function inBestand(definitie: Definitie, filePath: string): boolean {
  return definitie.bestand === filePath
}
