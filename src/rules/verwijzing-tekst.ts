/**
 * verwijzing-tekst: the adopted words of a reference, `tekst="…"` on
 * `:artikel[…]` or `:wet[…]`, name the same artikel, lid and onderdeel as the
 * reference itself. The site shows those words instead of its own wording, so
 * words that name another number would send the reader somewhere else than
 * they say. The target itself is checked by verwijzing-artikel and verwijzing-wet.
 */
import type { TextDirective } from 'mdast-util-directive'
import { visit } from 'unist-util-visit'
import { labelOf } from '../model/context.ts'
import { lidWoorden, rangtelwoord, verwijzingTekst } from '../model/verwijzing-tekst.ts'
import { attributePosition } from '../parse/attributes.ts'
import { wmoHoofdstuk } from './support/examples.ts'
import { defineRule } from './support/rule.ts'
import { hoofdstukContext } from './support/walk.ts'

const hoofdstuk = (verwijzing: string) =>
  wmoHoofdstuk({
    juridisch: `1. Het college kan hulp bieden.
2. Het college toetst volgens ${verwijzing}.`,
  })

const letterOrDigit = /[\p{L}\p{N}]/u
const digit = /\p{N}/u

/**
 * `token` stands in `text` as a whole number or letter: "3" in "artikel 3,
 * tweede lid", not in "3a" or "13" or "3.1". A plain search rather than a
 * regular expression made from the token, which the author writes: a token
 * of 40,000 characters made one too large to compile.
 */
function mentions(text: string, token: string): boolean {
  if (token.length === 0) return false
  const haystack = text.toLowerCase()
  const needle = token.toLowerCase()
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    const previous = haystack[at - 1] ?? ''
    const beforeThat = haystack[at - 2] ?? ''
    const next = haystack[at + needle.length] ?? ''
    const afterThat = haystack[at + needle.length + 1] ?? ''
    const clearBefore = !letterOrDigit.test(previous) && !(/[.:]/.test(previous) && digit.test(beforeThat))
    const clearAfter = !letterOrDigit.test(next) && !(/[.:]/.test(next) && digit.test(afterThat))
    if (clearBefore && clearAfter) return true
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
      'Een verwijzing schrijft de site zoals de Aanwijzingen voor de regelgeving het doen: `:artikel[3]{lid=2 onderdeel=b}` wordt "artikel 3, tweede lid, onderdeel b" en `:wet[wmo]{artikel="2.3.6" lid="4"}` wordt "artikel 2.3.6, vierde lid, van de Wmo 2015"; een onderdeel van een wetsartikel noemt u met `onderdeel`: `:wet[wgs]{artikel="3" lid="1" onderdeel="b"}` wordt "artikel 3, eerste lid, onderdeel b, van de Wgs". Wilt u precies de vastgestelde woorden, geef die dan in het kenmerk `tekst`: `:artikel[3]{lid=2 tekst="artikel 3, lid 2"}`. De site toont dan die woorden, nog steeds als link. Die woorden noemen hetzelfde artikel, lid en onderdeel als de verwijzing zelf (het lid als nummer, "tweede lid" of "2e lid"); anders staat er iets anders dan waar de link heen gaat. Een lege `tekst` toont niets eigens en geeft ook een waarschuwing.',
    oplossing: 'Maak de woorden in `tekst` en de nummers van de verwijzing gelijk, of laat `tekst` weg zodat de site de woorden zelf schrijft.',
    examples: [
      {
        titel: 'Goed: de vastgestelde woorden bij de verwijzing',
        bestanden: {
          '02-wmo.md': hoofdstuk(':artikel[2.1]{lid=1 tekst="het eerste lid van artikel 2.1"} en :wet[awb]{artikel="4:84" tekst="artikel 4:84 Awb"}'),
        },
        verwacht: [],
      },
      {
        titel: 'Waarschuwing: de woorden noemen een ander lid',
        bestanden: { '02-wmo.md': hoofdstuk(':artikel[2.1]{lid=1 tekst="artikel 2.1, tweede lid"}') },
        verwacht: [
          '02-wmo.md:10:51: De woorden "artikel 2.1, tweede lid" noemen het eerste lid niet, terwijl de verwijzing daarheen wijst; verwacht bijvoorbeeld "artikel 2.1, eerste lid" of laat `tekst` weg',
        ],
      },
      {
        titel: 'Waarschuwing: de woorden noemen het onderdeel van het wetsartikel niet',
        bestanden: { '02-wmo.md': hoofdstuk(':wet[awb]{artikel="4:84" lid="1" onderdeel="b" tekst="artikel 4:84, eerste lid, van de Awb"}') },
        verwacht: [
          '02-wmo.md:10:78: De woorden "artikel 4:84, eerste lid, van de Awb" noemen onderdeel b niet, terwijl de verwijzing daarheen wijst; verwacht bijvoorbeeld "artikel 4:84, eerste lid, onderdeel b, van de Awb" of laat `tekst` weg',
        ],
      },
      {
        titel: 'Waarschuwing: lege tekst',
        bestanden: { '02-wmo.md': hoofdstuk(':wet[awb]{artikel="4:84" tekst=""}') },
        verwacht: [
          '02-wmo.md:10:56: Het kenmerk `tekst` is leeg, verwacht de woorden zoals vastgesteld (bijvoorbeeld "artikel 4:84 van de Awb") of laat `tekst` weg',
        ],
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
      const onderdeel = node.attributes?.onderdeel?.trim()
      const missing: string[] = []
      if (nr && !mentions(words, nr)) missing.push(`artikel ${nr}`)
      if (nr && lid && !mentionsLid(words, lid)) missing.push(/^[1-9]\d*$/.test(lid) ? `het ${lidWoorden(lid)}` : `lid ${lid}`)
      if (onderdeel && !mentions(words, onderdeel)) missing.push(`onderdeel ${onderdeel}`)
      if (missing.length === 0) return
      const list = missing.length === 1 ? missing[0]! : `${missing.slice(0, -1).join(', ')} en ${missing.at(-1)!}`
      file.message(
        `De woorden "${words}" noemen ${list} niet, terwijl de verwijzing daarheen wijst; verwacht bijvoorbeeld "${standaard}" of laat \`tekst\` weg`,
        { place },
      )
    })
  },
)
