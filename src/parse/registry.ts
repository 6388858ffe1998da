// Parses a YAML registry with positions and validates it with zod. Every
// YAML or schema problem becomes a Dutch message at the exact line and column.

import type { Position } from 'unist'
import type { VFile } from 'vfile'
import { type Document, isMap, isScalar, LineCounter, parseDocument, type Node as YamlNode } from 'yaml'
import { z } from 'zod'
import { report } from '../messages/report.ts'
import { suggest, unknownName } from '../messages/suggest.ts'

z.config(z.locales.nl())

export interface Registry<T> {
  file: VFile
  data: T
  /** Source position of the value at a path, e.g. `[2, 'id']`. */
  place(path: ReadonlyArray<string | number>): Position | undefined
}

/** Aliases are allowed, but a handful is all a registry needs: this stops alias bombs early. */
const maxAliasCount = 50

export function loadRegistry<S extends z.ZodType>(file: VFile, schema: S): Registry<z.output<S>> | undefined {
  const text = String(file.value)
  const lineCounter = new LineCounter()
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, strict: true, logLevel: 'error' })
  const toPosition = (range: readonly number[] | undefined | null): Position | undefined => {
    if (!range) return undefined
    const start = lineCounter.linePos(range[0] ?? 0)
    const end = lineCounter.linePos(range[1] ?? range[0] ?? 0)
    return { start: { line: start.line, column: start.col }, end: { line: end.line, column: end.col } }
  }

  if (doc.errors.length > 0) {
    // One message per cause: a line indented too far or too little gives the
    // parser two or three errors about keys and dashes; the author gets one,
    // about the indentation, at that line.
    // A tab or an unclosed quote throws the parser off for the rest of the
    // file; the author needs the line where it starts, once.
    const cause =
      tabIndentation(text) ??
      (doc.errors.some((error) => error.message.startsWith('Missing closing')) ? unclosedQuote(text) : undefined) ??
      indentationProblem(
        text,
        doc.errors.map((error) => ({ code: error.code, lines: [lineCounter.linePos(error.pos[0]).line, lineCounter.linePos(error.pos[1]).line] })),
      )
    if (cause) {
      report(file, `YAML-fout: ${cause.reason}`, cause.place, 'yaml-syntax')
      return undefined
    }
    const said = new Set<string>()
    let unexpected = false
    for (const error of doc.errors) {
      // After one unexpected token the parser finds many more: the first is the cause.
      if (error.code === 'UNEXPECTED_TOKEN') {
        if (unexpected) continue
        unexpected = true
      }
      // `veld: tekst: meer` on one line: a colon in the value, not a field name over more lines.
      const colonInValue = error.code === 'BLOCK_AS_IMPLICIT_KEY' && !doc.errors.some((other) => other.code === 'MULTILINE_IMPLICIT_KEY')
      const reason = `YAML-fout: ${colonInValue ? 'in deze waarde staat een dubbele punt met een spatie erna, verwacht de waarde tussen aanhalingstekens (`veld: "tekst: meer tekst"`)' : translateYamlError(error.code, error.message)}`
      const place = toPosition(error.pos)
      const key = `${place?.start.line}:${place?.start.column} ${reason}`
      if (said.has(key)) continue
      said.add(key)
      report(file, reason, place, 'yaml-syntax')
    }
    return undefined
  }

  let value: unknown
  try {
    value = doc.toJS({ maxAliasCount })
  } catch {
    report(
      file,
      `Te veel verwijzingen (aliassen, \`*naam\`) in dit register, verwacht hoogstens ${maxAliasCount}: schrijf de waarden uit`,
      undefined,
      'yaml-syntax',
    )
    return undefined
  }
  if (value === null || value === undefined) {
    report(file, 'Register is leeg, verwacht de velden die docs/schrijven.md beschrijft', undefined, 'register-schema')
    return undefined
  }

  const place = (path: ReadonlyArray<string | number>): Position | undefined => toPosition(nodeAt(doc, path)?.range)
  const parsed = schema.safeParse(value)
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => ({ issue, path: issue.path.filter((part): part is string | number => typeof part !== 'symbol') }))
    // A misspelt field gives two issues: the unknown key and the missing one.
    // The message "bedoelt u `indicator`?" says both, so the second is left out.
    const suggested = new Set<string>()
    for (const { issue, path } of issues) {
      if (issue.code !== 'unrecognized_keys') continue
      for (const key of issue.keys) {
        const hint = suggest(key, keysAt(schema, path))
        if (hint) suggested.add(JSON.stringify([...path, hint]))
      }
    }
    for (const { issue, path } of issues) {
      if (issue.code !== 'unrecognized_keys' && suggested.has(JSON.stringify(path)) && nodeAt(doc, path) === undefined) continue
      reportIssue(file, doc, schema, issue, path, place, toPosition)
    }
    return undefined
  }
  return { file, data: parsed.data, place }
}

function reportIssue(
  file: VFile,
  doc: Document,
  schema: z.ZodType,
  issue: z.core.$ZodIssue,
  path: Array<string | number>,
  place: Registry<unknown>['place'],
  toPosition: (range: readonly number[] | undefined | null) => Position | undefined,
): void {
  const where = describePath(path)
  if (issue.code === 'unrecognized_keys') {
    const allowed = keysAt(schema, path)
    for (const key of issue.keys) {
      const reason = unknownName({
        soort: 'veld',
        naam: key,
        bekend: allowed,
        waar: where.trim() || undefined,
        verwacht: allowed.length > 0 ? undefined : 'hier geen velden',
      })
      report(file, reason, toPosition(keyRange(doc, path, key)) ?? place(path), 'register-schema')
    }
    return
  }
  if (path.length > 0 && nodeAt(doc, path) === undefined) {
    const field = path.at(-1)
    const expected = issue.code === 'invalid_type' ? 'verwacht een waarde' : `verwacht: ${plainTypes(issue.message)}`
    report(file, `Veld \`${String(field)}\` ontbreekt${describePath(path.slice(0, -1))}, ${expected}`, place(path.slice(0, -1)), 'register-schema')
    return
  }
  const [first, ...rest] = path
  const field =
    typeof first === 'number'
      ? `Veld \`${rest.map(String).join('.') || '(item)'}\` in item ${first + 1}`
      : `Veld \`${path.map(String).join('.') || '(register)'}\``
  report(file, `${field}: ${plainTypes(issue.message)}`, place(path), 'register-schema')
}

function describePath(path: Array<string | number>): string {
  if (path.length === 0) return ''
  const first = path[0]
  const item = typeof first === 'number' ? ` in item ${first + 1}` : ''
  return item
}

function nodeAt(doc: Document, path: ReadonlyArray<string | number>): YamlNode | undefined {
  if (path.length === 0) return (doc.contents as YamlNode | null) ?? undefined
  const node = doc.getIn(path, true)
  return node && typeof node === 'object' && 'range' in (node as object) ? (node as YamlNode) : undefined
}

function keyRange(doc: Document, path: Array<string | number>, key: string): readonly number[] | undefined {
  const parent = nodeAt(doc, path)
  if (!isMap(parent)) return undefined
  const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === key)
  return pair && isScalar(pair.key) ? (pair.key.range ?? undefined) : undefined
}

/** The keys a strict object at `path` allows, for "bedoelt u …?". */
function keysAt(schema: z.ZodType, path: ReadonlyArray<string | number>): string[] {
  let current: z.ZodType | undefined = schema
  for (const part of path) {
    current = unwrap(current)
    if (current instanceof z.ZodArray) current = current.element as z.ZodType
    else if (current instanceof z.ZodObject) current = (current.shape as Record<string, z.ZodType>)[String(part)]
    else if (current instanceof z.ZodRecord) current = current.valueType as z.ZodType
    else return []
  }
  current = unwrap(current)
  return current instanceof z.ZodObject ? Object.keys(current.shape) : []
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema
  while (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodNullable) {
    current = current.unwrap() as z.ZodType
  }
  return current
}

function translateYamlError(code: string, message: string): string {
  const known: Record<string, string> = {
    DUPLICATE_KEY: 'dit veld staat twee keer in hetzelfde item, verwacht elk veld één keer',
    BAD_INDENT: 'inspringing klopt niet, verwacht dezelfde inspringing als de velden erboven',
    MISSING_CHAR: 'een teken ontbreekt (bijvoorbeeld een afsluitend aanhalingsteken)',
    MULTILINE_IMPLICIT_KEY: 'een veldnaam loopt over meer regels; zet een dubbele punt achter de veldnaam',
    BLOCK_AS_IMPLICIT_KEY: 'een veldnaam loopt over meer regels; zet een dubbele punt achter de veldnaam',
    UNEXPECTED_TOKEN: 'onverwacht teken',
    TAB_AS_INDENT: 'inspringen met een tab, verwacht spaties',
    BAD_ALIAS: 'verwijzing (`*naam`) naar een onbekend anker',
    BAD_SCALAR_START: 'een waarde mag niet met dit teken beginnen; zet de waarde tussen aanhalingstekens',
  }
  const first = message.split('\n')[0] ?? message
  if (first.startsWith('Flow sequence')) return 'een lijst tussen `[` en `]` is niet afgesloten, verwacht een `]` aan het eind van de regel'
  if (first.startsWith('Flow map')) return 'een groep tussen `{` en `}` is niet afgesloten, verwacht een `}` aan het eind van de regel'
  return known[code] ?? `${first} (${code})`
}

// zod's Dutch locale names types the programmer's way; authors read these.
const typeNames: Record<string, string> = {
  string: 'tekst',
  number: 'getal',
  boolean: 'true of false',
  array: 'lijst (regels die met - beginnen)',
  object: 'groep velden',
  record: 'groep velden',
  undefined: 'niets',
  null: 'niets',
}
function plainTypes(message: string): string {
  return message.replace(
    /\b(verwacht|ontving) (string|number|boolean|array|object|record|undefined|null)\b/g,
    (_, verb: string, type: string) => `${verb} ${typeNames[type] ?? type}`,
  )
}

/** The errors the yaml parser gives for a line with the wrong indentation. */
const indentationCodes = new Set(['BAD_INDENT', 'BLOCK_AS_IMPLICIT_KEY', 'MULTILINE_IMPLICIT_KEY', 'MISSING_CHAR'])

/** `  - naam: …`, `naam:`: a line that starts a field; the indentation of its dashes and of its key. */
const fieldLine = /^( *)((?:- +)*)([^\s#'"-][^:#]*?|"[^"]*"|'[^']*'):(?: |$)/

/**
 * When the parser's errors come from a field that is indented further or less
 * than the fields around it, that field's line and a message that says so:
 * "`titel` springt 3 spaties in, verwacht 2 zoals `id` op regel 3". Only
 * consulted when the parser already failed, so valid YAML is never blamed.
 */
function indentationProblem(text: string, errors: Array<{ code: string; lines: [number, number] }>): { reason: string; place: Position } | undefined {
  const relevant = errors.filter((error) => indentationCodes.has(error.code))
  if (relevant.length === 0 || relevant.length !== errors.length) return undefined
  const lines = text.split('\n')
  const candidates = new Set<number>()
  for (const {
    lines: [start, end],
  } of relevant)
    for (let line = start; line <= end + 1; line++) candidates.add(line)
  for (const line of [...candidates].sort((a, b) => a - b)) {
    const current = fieldLine.exec(lines[line - 1] ?? '')
    if (!current) continue
    const indent = current[1]!.length
    // The nearest field above, and every indentation a field above has used (an outer level to return to).
    let previous: { line: number; key: string; keyColumn: number; opensBlock: boolean } | undefined
    const levels = new Set<number>([0])
    for (let above = line - 1; above >= 1; above--) {
      const match = fieldLine.exec(lines[above - 1] ?? '')
      if (!match) continue
      const keyColumn = match[1]!.length + match[2]!.length
      levels.add(match[1]!.length).add(keyColumn)
      const rest = (lines[above - 1] ?? '').slice(match[0].length).trim()
      previous ??= { line: above, key: match[3]!.trim(), keyColumn, opensBlock: rest === '' || rest.startsWith('#') }
    }
    if (!previous) continue
    const deeper = indent > previous.keyColumn && !previous.opensBlock
    const between = indent < previous.keyColumn && !levels.has(indent)
    if (!deeper && !between) continue
    const key = current[3]!.trim()
    const reason = `inspringing klopt niet: \`${key}\` springt ${spaces(indent)} in, verwacht ${previous.keyColumn} zoals \`${previous.key}\` op regel ${previous.line}; velden op hetzelfde niveau staan recht onder elkaar`
    return { reason, place: { start: { line, column: indent + 1 }, end: { line, column: indent + 1 + key.length } } }
  }
  return undefined
}

function spaces(n: number): string {
  return n === 1 ? '1 spatie' : `${n} spaties`
}

/** The first line indented with a tab: YAML allows only spaces there. */
function tabIndentation(text: string): { reason: string; place: Position } | undefined {
  const match = /^( *)\t/m.exec(text)
  if (!match) return undefined
  const line = text.slice(0, match.index).split('\n').length
  const column = match[1]!.length + 1
  return { reason: 'inspringen met een tab, verwacht spaties', place: { start: { line, column }, end: { line, column: column + 1 } } }
}

/**
 * The quote that opens a value and is never closed. The parser only notices
 * at the end of the file; the author needs the line where the value begins.
 */
function unclosedQuote(text: string): { reason: string; place: Position } | undefined {
  const lines = text.split('\n')
  let open: { quote: string; line: number; column: number } | undefined
  for (const [index, line] of lines.entries()) {
    let from = 0
    if (!open) {
      if (/^\s*#/.test(line)) continue
      const start = /^\s*(?:- +)*(?:[^\s"'#][^:#]*:\s+)?(["'])/.exec(line)
      if (!start) continue
      from = start[0].length
      open = { quote: start[1]!, line: index + 1, column: start[0].length }
    }
    const rest = line.slice(from)
    const closing = open.quote === '"' ? /(?:^|[^\\])(?:\\\\)*"/ : /'(?!')/
    if (closing.test(rest.replace(/''/g, ''))) open = undefined
  }
  if (!open) return undefined
  return {
    reason: `het aanhalingsteken \`${open.quote}\` op regel ${open.line} wordt niet gesloten, verwacht een \`${open.quote}\` aan het eind van de waarde`,
    place: { start: { line: open.line, column: open.column }, end: { line: open.line, column: open.column + 1 } },
  }
}
