/**
 * tekens-onzichtbaar: characters a reader cannot see are refused. Bidi
 * controls reorder what the reader sees ("Trojan Source": the text on the
 * page differs from the text that is adopted); zero-width characters split a
 * word so that search, spelling and begrip look-ups miss it, or hide text;
 * tag characters carry whole invisible sentences; control characters can
 * drive a terminal. All of them look like nothing on the site.
 *
 * The rule reads the raw text of every file (hoofdstukken and registries), so
 * ids, titles, attributes, front matter and comments are covered with their
 * exact position. It also decodes the escapes that produce such a character
 * without writing it: `&#x202E;` in Markdown and `"\u202E"` in YAML.
 *
 * Allowed on purpose: the soft hyphen (U+00AD), ordinary Dutch typography for
 * long compounds — it shows as a hyphen where a line breaks and can neither
 * reorder nor hide text; the joiner inside an emoji sequence (woman health worker) and the
 * tags of a subdivision flag (🏴 Schotland), which are how those are written.
 */
import type { Root } from 'mdast'
import { visit } from 'unist-util-visit'
import { decodeHTML } from 'entities'
import { isScalar, parseDocument, visit as visitYaml } from 'yaml'
import type { VFile } from 'vfile'
import type { Point } from 'unist'
import { location } from 'vfile-location'
import { defineRule } from '../rule.ts'
import { exampleEffect, wmoHoofdstuk } from '../example-hoofdstuk.ts'

// C0 without tab, line feed and carriage return; DEL and C1; bidi marks,
// embeddings, overrides and isolates; zero-width and other invisible format
// characters; Hangul fillers (used as "empty" letters); tag characters.
const invisibleClass = String.raw`[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFEFF\uFFA0\uFFF9-\uFFFB\u{E0001}\u{E0020}-\u{E007F}]`
const invisibleRun = new RegExp(`${invisibleClass}+`, 'gu')
const anyInvisible = new RegExp(invisibleClass, 'u')
const isInvisible = (codePoint: number) => anyInvisible.test(String.fromCodePoint(codePoint))

// Legitimate uses, masked (same length, so offsets stay) before scanning.
const emojiJoiner = /(?<=[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F])\u200D(?=\p{Extended_Pictographic})/gu
const flagTags = /\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F}/gu

const names: Record<number, string> = {
  0x00: 'NULL', 0x07: 'BELL', 0x08: 'BACKSPACE', 0x0b: 'LINE TABULATION', 0x0c: 'FORM FEED', 0x1b: 'ESCAPE', 0x7f: 'DELETE',
  0x85: 'NEXT LINE', 0x9b: 'CONTROL SEQUENCE INTRODUCER',
  0x061c: 'ARABIC LETTER MARK', 0x115f: 'HANGUL CHOSEONG FILLER', 0x1160: 'HANGUL JUNGSEONG FILLER', 0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE', 0x200c: 'ZERO WIDTH NON-JOINER', 0x200d: 'ZERO WIDTH JOINER', 0x200e: 'LEFT-TO-RIGHT MARK', 0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING', 0x202b: 'RIGHT-TO-LEFT EMBEDDING', 0x202c: 'POP DIRECTIONAL FORMATTING', 0x202d: 'LEFT-TO-RIGHT OVERRIDE', 0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER', 0x2061: 'FUNCTION APPLICATION', 0x2062: 'INVISIBLE TIMES', 0x2063: 'INVISIBLE SEPARATOR', 0x2064: 'INVISIBLE PLUS',
  0x2066: 'LEFT-TO-RIGHT ISOLATE', 0x2067: 'RIGHT-TO-LEFT ISOLATE', 0x2068: 'FIRST STRONG ISOLATE', 0x2069: 'POP DIRECTIONAL ISOLATE',
  0x206a: 'INHIBIT SYMMETRIC SWAPPING', 0x206b: 'ACTIVATE SYMMETRIC SWAPPING', 0x206c: 'INHIBIT ARABIC FORM SHAPING', 0x206d: 'ACTIVATE ARABIC FORM SHAPING', 0x206e: 'NATIONAL DIGIT SHAPES', 0x206f: 'NOMINAL DIGIT SHAPES',
  0x3164: 'HANGUL FILLER', 0xfeff: 'ZERO WIDTH NO-BREAK SPACE', 0xffa0: 'HALFWIDTH HANGUL FILLER',
  0xfff9: 'INTERLINEAR ANNOTATION ANCHOR', 0xfffa: 'INTERLINEAR ANNOTATION SEPARATOR', 0xfffb: 'INTERLINEAR ANNOTATION TERMINATOR',
  0xe0001: 'LANGUAGE TAG', 0xe007f: 'CANCEL TAG',
}

/** "U+202E (RIGHT-TO-LEFT OVERRIDE)": the code point and its Unicode name, so the author can look it up. */
function describe(codePoint: number): string {
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`
  const name = names[codePoint] ?? (codePoint >= 0xe0020 ? 'TAG CHARACTER' : 'CONTROL CHARACTER')
  return `${hex} (${name})`
}

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
    this.file.message(`Nog ${rest.toLocaleString('nl-NL')} plaatsen met onzichtbare tekens in dit bestand (alleen de eerste ${maxMessages} staan hierboven), verwacht gewone tekst: haal ze weg`, { place: this.at(this.firstUnreported) })
  }

  // Indexed once per file, so many findings stay linear.
  private at(offset: number): Point | undefined {
    return (this.index ??= location(this.text)).toPoint(offset)
  }
}

/** Literal invisible characters; a run of them is one message at its first character. */
function checkLiteral(findings: Findings, text: string, where: string): void {
  if (!anyInvisible.test(text)) return
  const masked = text.replace(emojiJoiner, 'x').replace(flagTags, (flag) => 'x'.repeat(flag.length))
  for (const match of masked.matchAll(invisibleRun)) {
    const codePoints = [...match[0]].map((char) => char.codePointAt(0) ?? 0)
    const first = codePoints[0] ?? 0
    const distinct = [...new Set(codePoints)]
    const reason =
      codePoints.length === 1
        ? `Onzichtbaar teken ${describe(first)} ${where}, verwacht gewone tekst: haal het teken weg`
        : distinct.length === 1
          ? `${codePoints.length} keer het onzichtbare teken ${describe(first)} achter elkaar ${where}, verwacht gewone tekst: haal de tekens weg`
          : `${codePoints.length} onzichtbare tekens achter elkaar ${where}, namelijk ${distinct.slice(0, 3).map(describe).join(', ')}${distinct.length > 3 ? ' en meer' : ''}, verwacht gewone tekst: haal de tekens weg`
    findings.add(match.index, reason)
  }
}

function reportEscape(findings: Findings, offset: number, written: string, codePoint: number, where: string): void {
  findings.add(offset, `Onzichtbaar teken ${describe(codePoint)}, geschreven als \`${written}\`, ${where}, verwacht gewone tekst: haal het teken weg`)
}

/** Markdown character references (`&#x202E;`, `&lrm;`) outside code, where they would be decoded. */
function checkCharacterReferences(findings: Findings, tree: Root, text: string): void {
  if (!text.includes('&')) return
  const literal: Array<[number, number]> = []
  visit(tree, (node) => {
    if ((node.type === 'code' || node.type === 'inlineCode' || node.type === 'html') && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
      literal.push([node.position.start.offset, node.position.end.offset])
    }
  })
  let next = 0
  for (const match of text.matchAll(/&(?:#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});/g)) {
    const decoded = decodeHTML(match[0])
    const codePoint = decoded.codePointAt(0)
    if (decoded === match[0] || codePoint === undefined || [...decoded].length !== 1 || !isInvisible(codePoint)) continue
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
        if (codePoint === undefined || codePoint > 0x10ffff || !isInvisible(codePoint)) continue
        reportEscape(findings, base + start + match.index, match[0], codePoint, where)
      }
    },
  })
}

const ok = wmoHoofdstuk({ inwoners: 'Wij helpen u bij een arbeids\u00ADongeschiktheids\u00ADuitkering. Vragen? Bel ons \u{1F469}\u200D\u2695\uFE0F.' })

export default defineRule(
  {
    ruleId: 'tekens-onzichtbaar',
    severity: 'error',
    beschrijving:
      'Tekens die de lezer niet ziet, zijn niet toegestaan: tekens die de leesrichting omdraaien (zoals U+202E), tekens zonder breedte (zoals U+200B), onzichtbare labeltekens en stuurtekens. Ze maken dat de tekst op de site anders is dan de tekst die wordt vastgesteld, of dat zoeken, spelling en begrippen een woord missen. De regel kijkt in alle tekst, ids, titels, kenmerken en registers, ook naar `&#x202E;` in Markdown en `"\\u202E"` in YAML. Een zacht afbreekstreepje (U+00AD) in een lang woord mag wel, net als de tekens binnen een emoji.',
    oplossing: 'Haal het teken weg; de melding noemt de plaats en de code (zoals `U+200B`). Typ het woord opnieuw als het teken in een woord zit, of plak tekst zonder opmaak.',
    examples: [
      { titel: 'Goed: zachte afbreekstreepjes (U+00AD) in lange woorden en een emoji met U+200D', bestanden: { '02-wmo.md': ok }, verwacht: [] },
      {
        titel: 'Fout: U+202E en U+202C om “euro 500”, twee keer U+200B in de titel “Hulp” en `&#x200B;` in de tekst',
        bestanden: {
          '02-wmo.md': wmoHoofdstuk({ titel: 'Hu\u200B\u200Blp', juridisch: 'Het college kan hulp bieden van \u202Eeuro 500\u202C.', inwoners: 'Wij kunnen u&#x200B;helpen.' }),
        },
        verwacht: [
          '02-wmo.md:7:31: 2 keer het onzichtbare teken U+200B (ZERO WIDTH SPACE) achter elkaar in de tekst, verwacht gewone tekst: haal de tekens weg',
          '02-wmo.md:9:33: Onzichtbaar teken U+202E (RIGHT-TO-LEFT OVERRIDE) in de tekst, verwacht gewone tekst: haal het teken weg',
          '02-wmo.md:9:42: Onzichtbaar teken U+202C (POP DIRECTIONAL FORMATTING) in de tekst, verwacht gewone tekst: haal het teken weg',
          '02-wmo.md:12:13: Onzichtbaar teken U+200B (ZERO WIDTH SPACE), geschreven als `&#x200B;`, in de tekst, verwacht gewone tekst: haal het teken weg',
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
