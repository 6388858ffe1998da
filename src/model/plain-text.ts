// Registry text and directive attributes are plain text. The site escapes them,
// but text does not stay in one place: a search index or an export may decode
// it a second time, and a reader may paste a title somewhere that decodes
// once more. So markup is looked for after decoding HTML entities as
// often as anything changes: `&lt;img …&gt;` and `&amp;lt;img …&amp;gt;` are
// refused just like `<img …>`.
import { decodeHTML } from 'entities'

// Where the HTML tokenizer starts a tag (or comment, or end tag): `<` followed
// by a letter, `!`, `/` or `?`. A `<` before a space or digit ("a < b",
// "<18 jaar") stays ordinary text, in a browser as well.
const tagOpen = /<[a-z!/?]/i

// Each decode makes the text shorter or leaves it as it is; the bound only
// guards against surprises in the decoder.
const maxRounds = 8

/** The text as a browser would read it after decoding entities until nothing changes. */
export function decodeEntitiesFully(value: string): string {
  let current = value
  for (let round = 0; round < maxRounds; round++) {
    const decoded = decodeHTML(current)
    if (decoded === current) return current
    current = decoded
  }
  return current
}

export interface Markup {
  /** The start of the tag as it reads after decoding, e.g. `<img`. */
  tag: string
  /** True when the tag only appears after decoding entities. */
  encoded: boolean
}

/** The first bit of markup in a text, or null when it is plain text. */
export function findMarkup(value: string): Markup | null {
  const literal = tagOpen.exec(value)
  if (literal) return { tag: tagStart(value, literal.index), encoded: false }
  const decoded = decodeEntitiesFully(value)
  const found = tagOpen.exec(decoded)
  return found ? { tag: tagStart(decoded, found.index), encoded: true } : null
}

/** A short, printable start of the tag for the message, such as `<img` or `</script`. */
function tagStart(text: string, index: number): string {
  const match = /^<[!/?]?[a-z0-9-]{0,20}/i.exec(text.slice(index))
  return match ? match[0] : '<'
}

/** The Dutch message for markup in a text field, phrased like the other refusals. */
export function markupMessage(markup: Markup): string {
  return markup.encoded
    ? `HTML is hier niet toegestaan, ook niet met entiteiten zoals \`&lt;\` (dit leest als \`${markup.tag}\`), verwacht gewone tekst.`
    : 'HTML is hier niet toegestaan, verwacht gewone tekst.'
}
