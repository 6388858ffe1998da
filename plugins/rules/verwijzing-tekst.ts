/**
 * verwijzing-tekst: the adopted words of a reference, `tekst="…"` on
 * `:artikel[…]` or `:wet[…]`, name the same artikel, lid and onderdeel as the
 * reference itself. The site shows those words instead of its own wording, so
 * words that name another number would send the reader somewhere else than
 * they say. The target itself is checked by verwijzing-artikel and verwijzing-wet.
 */
import type { TextDirective } from 'mdast-util-directive'
import { visit } from 'unist-util-visit'
import { labelOf } from '../../src/model/context.ts'
import { attributePosition } from '../../src/parse/attributes.ts'
import { lidWoorden, rangtelwoord, verwijzingTekst } from '../../src/model/verwijzing-tekst.ts'
import { defineRule } from '../rule.ts'
import { wmoHoofdstuk } from '../example-hoofdstuk.ts'
import { hoofdstukContext } from '../walk.ts'

const hoofdstuk = (verwijzing: string) => wmoHoofdstuk({ juridisch: `1. Het college kan hulp bieden.
2. Het college toetst volgens ${verwijzing}.` })

const letterOrDigit = /^[\p{L}\p{N}]$/u
const digit = /^\p{N}$/u

/** The character (code point) that ends just before `at`, and the one that starts at `at`. */
const before = (text: string, at: number): string => (at <= 0 ? '' : String.fromCodePoint(text.codePointAt(at >= 2 && /[\uDC00-\uDFFF]/.test(text[at - 1]!) && /[\uD800-\uDBFF]/.test(text[at - 2]!) ? at - 2 : at - 1)!))
const after = (text: string, at: number): string => (at >= text.length ? '' : String.fromCodePoint(text.codePointAt(at)!))

/**
 * `token` stands in `text` as a whole number or letter: "3" in "artikel 3, tweede lid", not in "3a" or "13" or "3.1".
 * Case-insensitive. Searched as text, not with a regex made from the token: a token of 50 KB made a regex too
 * large for V8, and the rule crashed.
 */
function mentions(text: string, token: string): boolean {
  const haystack = text.toLowerCase()
  const needle = token.toLowerCase()
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const previous = before(haystack, at)
    const end = at + needle.length
    const next = after(haystack, end)
    if (letterOrDigit.test(previous) || (/[.:]/.test(previous) && digit.test(before(haystack, at - 1)))) continue
    if (letterOrDigit.test(next) || (/[.:]/.test(next) && digit.test(after(haystack, end + 1)))) continue
    return true
  }
  return false
}

/** The lid as a number ("lid 2"), an ordinal in words ("tweede lid") or in figures ("2e lid"). */
function mentionsLid(text: string, lid: string): boolean {
  if (mentions(text, lid)) return true
  if (!/^[1-9]\d*$/.test(lid)) return false
  return mentions(text, rangtelwoord(Number(lid))) || mentions(text, `${lid}e`)
}

export default defineRule(
  {
    ruleId: 'verwijzing-tekst',
    severity: 'warning',
    beschrijving:
      'Een verwijzing schrijft de site zoals de Aanwijzingen voor de regelgeving het doen: `:artikel[3]{lid=2 onderdeel=b}` wordt "artikel 3, tweede lid, onderdeel b" en `:wet[wmo]{artikel="2.3.6" lid="4"}` wordt "artikel 2.3.6, vierde lid, van de Wmo 2015". Wilt u precies de vastgestelde woorden, geef die dan in het kenmerk `tekst`: `:artikel[3]{lid=2 tekst="artikel 3, lid 2"}`. De site toont dan die woorden, nog steeds als link. Die woorden noemen hetzelfde artikel, lid en onderdeel als de verwijzing zelf (het lid als nummer, "tweede lid" of "2e lid"); anders staat er iets anders dan waar de link heen gaat. Een lege `tekst` toont niets eigens en geeft ook een waarschuwing.',
    oplossing: 'Maak de woorden in `tekst` en de nummers van de verwijzing gelijk, of laat `tekst` weg zodat de site de woorden zelf schrijft.',
    examples: [
      {
        titel: 'Goed: de vastgestelde woorden bij de verwijzing',
        bestanden: { '02-wmo.md': hoofdstuk(':artikel[2.1]{lid=1 tekst="het eerste lid van artikel 2.1"} en :wet[awb]{artikel="4:84" tekst="artikel 4:84 Awb"}') },
        verwacht: [],
      },
      {
        titel: 'Waarschuwing: de woorden noemen een ander lid',
        bestanden: { '02-wmo.md': hoofdstuk(':artikel[2.1]{lid=1 tekst="artikel 2.1, tweede lid"}') },
        verwacht: ['02-wmo.md:10:51: De woorden "artikel 2.1, tweede lid" noemen het eerste lid niet, terwijl de verwijzing daarheen wijst; verwacht bijvoorbeeld "artikel 2.1, eerste lid" of laat `tekst` weg'],
      },
      {
        titel: 'Waarschuwing: lege tekst',
        bestanden: { '02-wmo.md': hoofdstuk(':wet[awb]{artikel="4:84" tekst=""}') },
        verwacht: ['02-wmo.md:10:56: Het kenmerk `tekst` is leeg, verwacht de woorden zoals vastgesteld (bijvoorbeeld "artikel 4:84 van de Awb") of laat `tekst` weg'],
      },
    ],
  },
  (tree, file) => {
    const context = hoofdstukContext(file)
    if (!context) return
    const wetten = context.verordening.meta.wetten
    visit(tree, 'textDirective', (node: TextDirective) => {
      if (node.name !== 'artikel' && node.name !== 'wet') return
      const tekst = node.attributes?.tekst
      if (tekst === undefined || tekst === null) return
      const place = attributePosition(file, node, 'tekst')
      const standaard = verwijzingTekst({ ...node, attributes: { ...node.attributes, tekst: undefined } }, wetten) ?? ''
      const words = tekst.replace(/\s+/g, ' ').trim()
      if (!words) {
        file.message(`Het kenmerk \`tekst\` is leeg, verwacht de woorden zoals vastgesteld (bijvoorbeeld "${standaard}") of laat \`tekst\` weg`, { place })
        return
      }
      const nr = (node.name === 'artikel' ? labelOf(node) : (node.attributes?.artikel ?? '')).trim()
      const lid = node.attributes?.lid?.trim()
      const onderdeel = node.name === 'artikel' ? node.attributes?.onderdeel?.trim() : undefined
      const missing: string[] = []
      if (nr && !mentions(words, nr)) missing.push(`artikel ${nr}`)
      if (nr && lid && !mentionsLid(words, lid)) missing.push(/^[1-9]\d*$/.test(lid) ? `het ${lidWoorden(lid)}` : `lid ${lid}`)
      if (onderdeel && !mentions(words, onderdeel)) missing.push(`onderdeel ${onderdeel}`)
      if (missing.length === 0) return
      const list = missing.length === 1 ? missing[0]! : `${missing.slice(0, -1).join(', ')} en ${missing.at(-1)!}`
      file.message(`De woorden "${words}" noemen ${list} niet, terwijl de verwijzing daarheen wijst; verwacht bijvoorbeeld "${standaard}" of laat \`tekst\` weg`, { place })
    })
  },
)
