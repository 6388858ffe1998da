// Cleans an SVG image before it is published. An SVG opened on its own runs
// on the site's origin, and the Content-Security-Policy is only a meta tag in
// the HTML pages, so the file itself must be harmless: no script, no event
// handlers, no foreignObject (HTML inside SVG), and nothing loaded from
// elsewhere. DOMPurify does the element and attribute allow-list; this module
// adds what DOMPurify leaves to the caller: references (href, url(), CSS).

import type { DOMPurify } from 'dompurify'
import type { DOMWindow } from 'jsdom'
import { failure, type Result, succeed } from '../messages/result.ts'

const svgNamespace = 'http://www.w3.org/2000/svg'

interface Purifier {
  window: DOMWindow
  purify: DOMPurify
}

let purifier: Promise<Purifier> | undefined

/** jsdom takes most of a second to load; only a build with an SVG pays for it. */
function loadPurifier(): Promise<Purifier> {
  purifier ??= (async () => {
    const [{ JSDOM }, { default: createDOMPurify }] = await Promise.all([import('jsdom'), import('dompurify')])
    const { window } = new JSDOM('')
    return { window, purify: createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]) }
  })()
  return purifier
}

/**
 * Parses `text` as an SVG document and returns it cleaned, or a Dutch failure
 * (the second half of a message, after the file name) when it is no SVG.
 */
export async function sanitiseSvg(text: string): Promise<Result<string>> {
  const { window, purify } = await loadPurifier()
  // Parsed as XML, as a browser does when the file is opened on its own. The
  // XML parser expands no external entities and fetches nothing.
  const doc = new window.DOMParser().parseFromString(text, 'image/svg+xml')
  const root = doc.documentElement
  if (!root || doc.getElementsByTagName('parsererror').length > 0)
    return failure('is geen geldig SVG-bestand (de XML kan niet worden gelezen), verwacht een SVG zoals een tekenprogramma die bewaart')
  if (root.namespaceURI !== svgNamespace || root.localName !== 'svg')
    return failure('is geen SVG-bestand (het buitenste element is geen <svg>), verwacht een SVG zoals een tekenprogramma die bewaart')

  try {
    // In place, on the XML document: element and attribute names keep their
    // case (viewBox, linearGradient), which a round trip through HTML would not
    // guarantee. DOMPurify compares names case-insensitively in its default mode.
    purify.sanitize(root, {
      IN_PLACE: true,
      USE_PROFILES: { svg: true, svgFilters: true },
      FORBID_TAGS: ['foreignObject', 'script', 'iframe', 'use'],
    })
  } catch {
    return failure('kan niet veilig worden opgeschoond, verwacht een eenvoudig SVG-bestand')
  }
  removeExternalReferences(root)
  // Only the <svg> element is written: a prolog can carry an
  // `<?xml-stylesheet?>` instruction or a DOCTYPE, which load or define things.
  const body = new window.XMLSerializer().serializeToString(root)
  return succeed(`<?xml version="1.0" encoding="UTF-8"?>\n${body}\n`)
}

/**
 * Removes every reference that could load something: href and xlink:href
 * unless they point at a `#fragment` in the same file, attributes with a
 * url() that is not a fragment, and style sheets or style attributes that
 * could fetch (url(), @import, image-set, or CSS escapes that could spell them).
 */
function removeExternalReferences(root: Element): void {
  for (const element of [root, ...Array.from(root.getElementsByTagName('*'))]) {
    for (const attribute of Array.from(element.attributes)) {
      const value = attribute.value
      const keep = attribute.localName === 'href' ? value.trim().startsWith('#') : cssIsLocal(value)
      if (!keep) element.removeAttributeNode(attribute)
    }
    if (element.localName === 'style' && !cssIsLocal(element.textContent ?? '')) element.parentNode?.removeChild(element)
  }
}

/** True when CSS (or an attribute value) refers to nothing but fragments in this file. */
export function cssIsLocal(css: string): boolean {
  const lower = css.toLowerCase()
  // A backslash can spell `url` or `@import` as escapes; no logo needs one.
  if (lower.includes('\\') || lower.includes('@import') || lower.includes('image-set') || /\bimage\s*\(/.test(lower) || lower.includes('@font-face'))
    return false
  for (const match of lower.matchAll(/url\s*\(\s*(['"]?)\s*([^'")]*)/g)) {
    if (!(match[2] ?? '').startsWith('#')) return false
  }
  return true
}
