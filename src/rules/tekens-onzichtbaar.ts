/**
 * tekens-onzichtbaar: characters a reader cannot see are refused. Bidi
 * controls reorder what the reader sees ("Trojan Source": the text on the
 * page differs from the text that is adopted); zero-width characters,
 * joiners and variation selectors split a word so that search, spelling and
 * begrip look-ups miss it, or hide text (a byte per variation selector);
 * tag characters carry whole invisible sentences; control characters can
 * drive a terminal. All of them look like nothing on the site.
 *
 * Which characters are invisible, and where one has a use (a soft hyphen
 * between letters, a joiner or variation selector inside an emoji, the tags of
 * a flag), is decided by Unicode properties in src/parse/invisible-characters.ts,
 * not by a list here.
 *
 * The rule reads the raw text of every file (hoofdstukken and registries), so
 * ids, titles, attributes, front matter and comments are covered with their
 * exact position. It also decodes the escapes that produce such a character
 * without writing it: `&#x202E;` in Markdown and `"\u202E"` in YAML.
 */

import { decodeHTML } from 'entities'
import type { Root } from 'mdast'
import type { Point } from 'unist'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { location } from 'vfile-location'
import { isScalar, parseDocument, visit as visitYaml } from 'yaml'
import { describeCodePoint, invisibleRuns, isInvisible, softHyphenBetweenLetters } from '../parse/invisible-characters.ts'
import { exampleEffect, wmoHoofdstuk } from './support/examples.ts'
import { defineRule } from './support/rule.ts'

const describe = describeCodePoint

/** Per file: the first findings as messages, the rest counted (a hostile file can hold a million). */
const maxMessages = 50

class Findings {
  private count = 0
  private firstUnreported: number | undefined
  private index: ReturnType<typeof location> | undefined

  constructor(
    private readonly file: VFile,
    private readonly text: string,
  ) {}

  add(offset: number, reason: string): void {
    this.count++
    if (this.count <= maxMessages) this.file.message(reason, { place: this.at(offset) })
    else this.firstUnreported ??= offset
  }

  finish(): void {
    if (this.firstUnreported === undefined) return
    const rest = this.count - maxMessages
    this.file.message(
      `Nog ${rest.toLocaleString('nl-NL')} plaatsen met onzichtbare tekens in dit bestand (alleen de eerste ${maxMessages} staan hierboven), verwacht gewone tekst: haal ze weg`,
      { place: this.at(this.firstUnreported) },
    )
  }

  // Indexed once per file, so many findings stay linear.
  private at(offset: number): Point | undefined {
    return (this.index ??= location(this.text)).toPoint(offset)
  }
}

/** Literal invisible characters; a run of them is one message at its first character. */
function checkLiteral(findings: Findings, text: string, where: string): void {
  for (const { start, codePoints } of invisibleRuns(text)) {
    const first = codePoints[0] ?? 0
    const distinct = [...new Set(codePoints)]
    const reason =
      codePoints.length === 1
        ? `Onzichtbaar teken ${describe(first)} ${where}, verwacht gewone tekst: haal het teken weg`
        : distinct.length === 1
          ? `${codePoints.length} keer het onzichtbare teken ${describe(first)} achter elkaar ${where}, verwacht gewone tekst: haal de tekens weg`
          : `${codePoints.length} onzichtbare tekens achter elkaar ${where}, namelijk ${distinct.slice(0, 3).map(describe).join(', ')}${distinct.length > 3 ? ' en meer' : ''}, verwacht gewone tekst: haal de tekens weg`
    findings.add(start, reason)
  }
}

/** An escape of an invisible character, unless it is a soft hyphen between two letters (`arbeids&shy;ongeschikt`). */
function invisibleEscape(text: string, start: number, end: number, codePoint: number): boolean {
  return isInvisible(codePoint) && !(codePoint === 0xad && softHyphenBetweenLetters(text, start, end))
}

function reportEscape(findings: Findings, offset: number, written: string, codePoint: number, where: string): void {
  findings.add(offset, `Onzichtbaar teken ${describe(codePoint)}, geschreven als \`${written}\`, ${where}, verwacht gewone tekst: haal het teken weg`)
}

/** Markdown character references (`&#x202E;`, `&lrm;`) outside code, where they would be decoded. */
function checkCharacterReferences(findings: Findings, tree: Root, text: string): void {
  if (!text.includes('&')) return
  const literal: Array<[number, number]> = []
  visit(tree, (node) => {
    if (
      (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html') &&
      node.position?.start.offset !== undefined &&
      node.position.end.offset !== undefined
    ) {
      literal.push([node.position.start.offset, node.position.end.offset])
    }
  })
  let next = 0
  for (const match of text.matchAll(/&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g)) {
    const decoded = decodeHTML(match[0])
    const codePoint = decoded.codePointAt(0)
    if (
      decoded === match[0] ||
      codePoint === undefined ||
      [...decoded].length !== 1 ||
      !invisibleEscape(text, match.index, match.index + match[0].length, codePoint)
    )
      continue
    // Both lists run in document order, so one pointer walks the code ranges.
    while (next < literal.length && (literal[next]?.[1] ?? 0) <= match.index) next++
    const range = literal[next]
    if (range && match.index >= range[0]) continue
    reportEscape(findings, match.index, match[0], codePoint, 'in de tekst')
  }
}

const yamlNamedEscapes: Record<string, number> = { '0': 0x00, a: 0x07, b: 0x08, e: 0x1b, f: 0x0c, v: 0x0b, N: 0x85 }

/** Escapes in double-quoted YAML strings (`"\u202E"`, `"\e"`), which the YAML parser turns into the character. */
function checkYamlEscapes(findings: Findings, yaml: string, base: number, where: string): void {
  if (!yaml.includes('\\')) return
  const doc = parseDocument(yaml, { keepSourceTokens: false, logLevel: 'error' })
  visitYaml(doc, {
    Scalar(_key, node) {
      if (!isScalar(node) || node.type !== 'QUOTE_DOUBLE' || !node.range) return
      const [start, end] = node.range
      const source = yaml.slice(start, end)
      // Left to right, so `\\u202E` (an escaped backslash, then text) is not read as an escape.
      for (const match of source.matchAll(/\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|([\s\S]))/g)) {
        const hex = match[1] ?? match[2] ?? match[3]
        const codePoint = hex ? Number.parseInt(hex, 16) : yamlNamedEscapes[match[4] ?? '']
        if (codePoint === undefined || !invisibleEscape(source, match.index, match.index + match[0].length, codePoint)) continue
        reportEscape(findings, base + start + match.index, match[0], codePoint, where)
      }
    },
  })
}

const ok = wmoHoofdstuk({
  inwoners:
    'Wij helpen u bij een arbeids\u00ADongeschiktheids\u00ADuitkering. Vragen? Bel ons \u{1F469}\u200D\u2695\uFE0F of kies \u0031\uFE0F\u20E3. Wij helpen u graag \u2764\uFE0F. Ook bij arbeids&shy;ongeschiktheid.',
})

export default defineRule(
  {
    ruleId: 'tekens-onzichtbaar',
    severity: 'error',
    beschrijving:
      'Tekens die de lezer niet ziet, zijn niet toegestaan: tekens die de leesrichting omdraaien (zoals U+202E), tekens zonder breedte (zoals U+200B), verbindingstekens (zoals U+034F), variantkiezers (zoals U+FE0F en U+E0100), onzichtbare labeltekens, opmaaktekens en stuurtekens. Welke tekens dat zijn, volgt uit de eigenschappen die Unicode aan elk teken geeft (Default_Ignorable_Code_Point, opmaakteken Cf, stuurteken Cc en de niet-tekens zoals U+FFFE, die ook een XML-bestand breken), niet uit een lijst. Ze maken dat de tekst op de site anders is dan de tekst die wordt vastgesteld, of dat zoeken, spelling en begrippen een woord missen. De regel kijkt in alle tekst, ids, titels, kenmerken en registers, ook naar `&#x202E;` in Markdown en `"\\u202E"` in YAML. Wel toegestaan: een zacht afbreekstreepje (U+00AD) tussen twee letters van een lang woord, en de tekens binnen een emoji (U+200D tussen twee emoji, U+FE0F direct na een emoji) en een vlag. Een zacht afbreekstreepje ergens anders doet niets en wordt gemeld.',
    oplossing:
      'Haal het teken weg; de melding noemt de plaats en de code (zoals `U+200B`). Typ het woord opnieuw als het teken in een woord zit, of plak tekst zonder opmaak.',
    examples: [
      {
        titel: 'Goed: zachte afbreekstreepjes (U+00AD, ook als `&shy;`) tussen de letters van lange woorden, en emoji met U+200D en U+FE0F',
        bestanden: { '02-wmo.md': ok },
        verwacht: [],
      },
      {
        titel: 'Fout: U+202E en U+202C om “euro 500”, twee keer U+200B in de titel “Hulp” en `&#x200B;` in de tekst',
        bestanden: {
          '02-wmo.md': wmoHoofdstuk({
            titel: 'Hu\u200B\u200Blp',
            juridisch: 'Het college kan hulp bieden van \u202Eeuro 500\u202C.',
            inwoners: 'Wij kunnen u&#x200B;helpen.',
          }),
        },
        verwacht: [
          '02-wmo.md:7:31: 2 keer het onzichtbare teken U+200B (ZERO WIDTH SPACE) achter elkaar in de tekst, verwacht gewone tekst: haal de tekens weg',
          '02-wmo.md:9:33: Onzichtbaar teken U+202E (RIGHT-TO-LEFT OVERRIDE) in de tekst, verwacht gewone tekst: haal het teken weg',
          '02-wmo.md:9:42: Onzichtbaar teken U+202C (POP DIRECTIONAL FORMATTING) in de tekst, verwacht gewone tekst: haal het teken weg',
          '02-wmo.md:12:13: Onzichtbaar teken U+200B (ZERO WIDTH SPACE), geschreven als `&#x200B;`, in de tekst, verwacht gewone tekst: haal het teken weg',
        ],
      },
      {
        titel: 'Fout: U+034F, U+FE0F, U+17B4, U+E0100 en U+1D173 midden in woorden, en een zacht afbreekstreepje vóór een woord',
        bestanden: {
          '02-wmo.md': wmoHoofdstuk({
            juridisch: 'Het college kan hu\u034Flp bieden aan inwo\uFE0Fners.',
            inwoners: 'Wij helpen u\u17B4 met ge\u{E0100}ld en \u{1D173}zorg. Bel \u00ADons.',
          }),
        },
        verwacht: [
          '02-wmo.md:9:19: Onzichtbaar teken U+034F (COMBINING GRAPHEME JOINER) in de tekst, verwacht gewone tekst: haal het teken weg',
          '02-wmo.md:9:38: Onzichtbaar teken U+FE0F (VARIATION SELECTOR-16) in de tekst, verwacht gewone tekst: haal het teken weg',
          '02-wmo.md:12:13: Onzichtbaar teken U+17B4 (KHMER VOWEL INHERENT AQ) in de tekst, verwacht gewone tekst: haal het teken weg',
          '02-wmo.md:12:21: Onzichtbaar teken U+E0100 (VARIATION SELECTOR-17) in de tekst, verwacht gewone tekst: haal het teken weg',
          '02-wmo.md:12:29: Onzichtbaar teken U+1D173 (MUSICAL SYMBOL BEGIN BEAM) in de tekst, verwacht gewone tekst: haal het teken weg',
          '02-wmo.md:12:41: Onzichtbaar teken U+00AD (SOFT HYPHEN) in de tekst, verwacht gewone tekst: haal het teken weg',
        ],
      },
      {
        titel: 'Fout: U+FFFE (een niet-teken, dat XML niet mag bevatten) in een woord en `&#xFDD0;` in de tekst',
        bestanden: {
          '02-wmo.md': wmoHoofdstuk({ juridisch: 'Het college kan hu\uFFFElp bieden.', inwoners: 'Wij helpen u&#xFDD0;graag.' }),
        },
        verwacht: [
          '02-wmo.md:9:19: Onzichtbaar teken U+FFFE (NONCHARACTER) in de tekst, verwacht gewone tekst: haal het teken weg',
          '02-wmo.md:12:13: Onzichtbaar teken U+FDD0 (NONCHARACTER), geschreven als `&#xFDD0;`, in de tekst, verwacht gewone tekst: haal het teken weg',
        ],
      },
      {
        titel: 'Fout: `\\U000E0100` in een titel en U+1D173 in “meedoen” in een register',
        bestanden: {
          'effecten.yml': exampleEffect({ titel: '"Meedoen\\U000E0100 in de samenleving"', vraag: 'Ik wil mee\u{1D173}doen' }),
        },
        verwacht: [
          'effecten.yml:2:18: Onzichtbaar teken U+E0100 (VARIATION SELECTOR-17), geschreven als `\\U000E0100`, in het register, verwacht gewone tekst: haal het teken weg',
          'effecten.yml:3:20: Onzichtbaar teken U+1D173 (MUSICAL SYMBOL BEGIN BEAM) in het register, verwacht gewone tekst: haal het teken weg',
        ],
      },
      {
        titel: 'Fout: `\\u202E` in een titel en U+2066 na “wil” in een register',
        bestanden: {
          'effecten.yml': exampleEffect({ titel: '"Meedoen in de \\u202Esamenleving"', vraag: 'Ik wil\u2066 meedoen' }),
        },
        verwacht: [
          'effecten.yml:2:25: Onzichtbaar teken U+202E (RIGHT-TO-LEFT OVERRIDE), geschreven als `\\u202E`, in het register, verwacht gewone tekst: haal het teken weg',
          'effecten.yml:3:16: Onzichtbaar teken U+2066 (LEFT-TO-RIGHT ISOLATE) in het register, verwacht gewone tekst: haal het teken weg',
        ],
      },
    ],
  },
  (tree, file) => {
    const text = String(file.value)
    const findings = new Findings(file, text)
    if (file.data.kind === 'hoofdstuk') {
      checkLiteral(findings, text, 'in de tekst')
      checkCharacterReferences(findings, tree, text)
      const frontmatter = tree.children.find((child) => child.type === 'yaml')
      const start = frontmatter?.position?.start.offset
      if (frontmatter && start !== undefined) {
        const base = text.indexOf(frontmatter.value, start)
        if (base !== -1) checkYamlEscapes(findings, frontmatter.value, base, 'in de kop van het hoofdstuk')
      }
    } else if (file.data.kind) {
      checkLiteral(findings, text, 'in het register')
      checkYamlEscapes(findings, text, 0, 'in het register')
    }
    findings.finish()
  },
)
