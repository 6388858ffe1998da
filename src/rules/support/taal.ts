// Shared by the taal-* rules: the parts of an artikel as analysed text (with
// the map back to the source), their readability report (computed once per
// part, whichever rule asks first) and the source place of a text offset.
import type { Root } from 'mdast'
import type { ContainerDirective } from 'mdast-util-directive'
import type { Point } from 'unist'
import type { VFile } from 'vfile'
import { location } from 'vfile-location'
import type { CheckContext } from '../../model/context.ts'
import { isContainer } from '../../model/verordening-model.ts'
import { type TaalInstellingen, taalInstellingen, vrijeWoorden } from '../../taal/instellingen.ts'
import { type MappedText, mapText } from '../../taal/mdast-tekst.ts'
import { analyseReadability, type ReadabilityReport } from '../../taal/readability.ts'
import { maxWoordLengte } from '../../taal/spelling.ts'
import { artikelNodes, hoofdstukContext } from './walk.ts'

export type DeelNaam = 'juridisch' | 'inwoners' | 'voorbeeld' | 'toelichting'

export interface TaalDeel {
  artikel: ContainerDirective
  node: ContainerDirective
  naam: DeelNaam
  mapped: MappedText
}

/** "de inwonerstekst", "het voorbeeld": how a message names a part. */
export const deelLabel: Record<DeelNaam, string> = {
  juridisch: 'de juridische tekst',
  inwoners: 'de inwonerstekst',
  voorbeeld: 'het voorbeeld',
  toelichting: 'de toelichting',
}

const mappedCache = new WeakMap<ContainerDirective, MappedText>()
const reportCache = new WeakMap<ContainerDirective, ReadabilityReport>()

/** The parts with one of `namen` of every artikel in the tree, in source order. */
export function taalDelen(tree: Root, file: VFile, namen: readonly DeelNaam[]): TaalDeel[] {
  const source = String(file.value)
  const delen: TaalDeel[] = []
  for (const artikel of artikelNodes(tree)) {
    for (const node of artikel.children) {
      if (!isContainer(node) || !(namen as readonly string[]).includes(node.name)) continue
      let mapped = mappedCache.get(node)
      if (!mapped) {
        mapped = mapText(node.children, source, { listItemsApart: node.name !== 'juridisch' })
        mappedCache.set(node, mapped)
      }
      delen.push({ artikel, node, naam: node.name as DeelNaam, mapped })
    }
  }
  return delen
}

/** The readability report of a part; begrippen and accepted words never count as long or difficult words. */
export function leesbaarheid(deel: TaalDeel, context: CheckContext | undefined): ReadabilityReport {
  let report = reportCache.get(deel.node)
  if (!report) {
    report = analyseReadability(deel.mapped.text, { allowedWords: vrijeWoorden(context) })
    reportCache.set(deel.node, report)
  }
  return report
}

const locations = new WeakMap<VFile, ReturnType<typeof location>>()

/** Line and column in the .md file of an offset in the part's analysed text. */
export function plaats(file: VFile, deel: TaalDeel, offset: number): Point {
  let loc = locations.get(file)
  if (!loc) {
    loc = location(file)
    locations.set(file, loc)
  }
  const source = deel.mapped.offsets[Math.min(offset, deel.mapped.offsets.length - 1)] ?? deel.node.position?.start.offset ?? 0
  return loc.toPoint(source) ?? { line: 1, column: 1, offset: 0 }
}

/** The context and taal settings of a hoofdstuk, or undefined for registry files. */
export function taalContext(file: VFile): { context: CheckContext; instellingen: TaalInstellingen } | undefined {
  const context = hoofdstukContext(file)
  return context ? { context, instellingen: taalInstellingen(context) } : undefined
}

const overlong = new RegExp(`\\S{${maxWoordLengte + 1},}`, 'gu')

/** Text quoted in a message, with every word longer than any Dutch word (a paste error) cut to its start. */
export function kortCitaat(text: string): string {
  return text.replace(overlong, (word) => `${[...word].slice(0, 20).join('')}…`)
}

/** A short quote of a sentence for a message. */
export function citaat(text: string, words = 6): string {
  const parts = text.replace(/\s+/g, ' ').trim().split(' ')
  return kortCitaat(parts.length > words ? `${parts.slice(0, words).join(' ')} …` : parts.join(' '))
}
