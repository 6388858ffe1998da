// XML nested deeper than any regeling is refused before it is parsed into a
// tree: @rgrove/parse-xml (under xast-util-from-xml) and mammoth's reader both
// recurse per element and overflow the stack at a few thousand levels, and so
// do the importer's own walks. saxes reads the text as a stream of tags, with
// its own stack of open elements, so counting the depth cannot overflow.
// Malformed XML is left to the real parser in a CVDR file (it says what is
// wrong); in a Word document it is reported here (`xmlProblemAt`), because
// mammoth's reader does not refuse it but fails later on a missing element.
import { SaxesParser } from 'saxes'

/**
 * CVDR nests regeling, hoofdstuk, afdeling, paragraaf, artikel, lid, lijst, li,
 * table and inline markup some 20 levels deep; a Word document about as many.
 */
export const maxXmlDepth = 100

interface Point {
  line: number
  column: number
}

class TooDeep {
  constructor(readonly point: Point) {}
}

/** Where `text` first nests elements deeper than `limit`, or undefined when it does not. */
export function tooDeepAt(text: string, limit = maxXmlDepth): Point | undefined {
  const parser = new SaxesParser({ position: true })
  let depth = 0
  parser.on('opentagstart', (tag) => {
    depth++
    // saxes has read the name and one character more: the tag's `<` is that far back.
    if (depth > limit) throw new TooDeep({ line: parser.line, column: Math.max(1, parser.column - tag.name.length - 1) })
  })
  parser.on('closetag', () => {
    depth--
  })
  // Errors are for the parser that builds the tree to report, in its own words.
  parser.on('error', () => undefined)
  try {
    parser.write(text).close()
  } catch (error) {
    if (error instanceof TooDeep) return error.point
    // Anything else saxes trips over is malformed XML: the real parser reports it.
  }
  return undefined
}

export const tooDeepMessage = (expected: string, limit = maxXmlDepth) =>
  `elementen die meer dan ${limit} niveaus diep in elkaar zitten, verwacht ${expected} (die komt niet verder dan zo'n 20 niveaus): zo'n bestand wordt niet gelezen, want het kan het programma laten vastlopen`

/** What is wrong with the XML of one part: nested too deep, or not well-formed (saxes' own reason). */
export type XmlProblem = { kind: 'te-diep'; line: number; column: number } | { kind: 'ongeldig'; line: number; column: number; reason: string }

/** The first problem of `text` as XML, in one pass: nesting past `limit`, or the first well-formedness error. */
export function xmlProblemAt(text: string, limit = maxXmlDepth): XmlProblem | undefined {
  const deep = tooDeepAt(text, limit)
  if (deep) return { kind: 'te-diep', ...deep }
  const parser = new SaxesParser({ position: true })
  let problem: XmlProblem | undefined
  parser.on('error', (error) => {
    // saxes puts the place in front of its reason (`1:5: unclosed tag: a`); the place is given apart.
    problem ??= { kind: 'ongeldig', line: parser.line, column: Math.max(1, parser.column), reason: error.message.replace(/^(?:[^:]*:)?\d+:\d+: /, '') }
  })
  try {
    parser.write(text).close()
  } catch {
    // saxes throws after reporting some errors; the first one reported is the one to give.
  }
  return problem
}
