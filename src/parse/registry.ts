// Parses a YAML registry with positions and validates it with zod. Every
// YAML or schema problem becomes a Dutch message at the exact line and column.
import { isMap, isScalar, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml'
import { z } from 'zod'
import type { Position } from 'unist'
import type { VFile } from 'vfile'
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
    for (const error of doc.errors) {
      report(file, `YAML-fout: ${translateYamlError(error.code, error.message)}`, toPosition(error.pos), 'yaml-syntax')
    }
    return undefined
  }

  let value: unknown
  try {
    value = doc.toJS({ maxAliasCount })
  } catch {
    report(file, `Te veel verwijzingen (aliassen, \`*naam\`) in dit register, verwacht hoogstens ${maxAliasCount}: schrijf de waarden uit`, undefined, 'yaml-syntax')
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
      const reason = unknownName({ soort: 'veld', naam: key, bekend: allowed, waar: where.trim() || undefined, verwacht: allowed.length > 0 ? undefined : 'hier geen velden' })
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
  const field = typeof first === 'number' ? `Veld \`${rest.map(String).join('.') || '(item)'}\` in item ${first + 1}` : `Veld \`${path.map(String).join('.') || '(register)'}\``
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
  return pair && isScalar(pair.key) ? pair.key.range ?? undefined : undefined
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
  return message.replace(/\b(verwacht|ontving) (string|number|boolean|array|object|record|undefined|null)\b/g, (_, verb: string, type: string) => `${verb} ${typeNames[type] ?? type}`)
}
