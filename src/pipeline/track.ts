// What a rule read from the model, and what changed in the model: the two
// halves of the incremental re-check. A rule linting one file sees the model of
// the whole verordening through `track`, which records every path it reads
// (`artikelByNr/3.1/artikel/titel`). After an edit, `diff` walks the old and the
// new model side by side — skipping every object that is the very same (the
// files that did not change keep their objects) — and lists the paths whose
// value differs. A rule on a file runs again when one of its reads and one of
// the changes lie on the same path. Nothing is hand-kept per rule: a new rule
// that reads something new from the model is tracked like the others.

/** A path into the model, segments joined by `/` (ids never hold a NUL, so NUL would do too; `/` reads better in tests). */
export type ModelPath = string

const sep = '\u0000'
/** Reading the set of keys of a collection (its size, or iterating it). */
const keys = '#keys'

export function join(path: ModelPath, segment: string | number): ModelPath {
  return path === '' ? String(segment) : `${path}${sep}${segment}`
}

export function readable(path: ModelPath): string {
  return path.split(sep).join('/')
}

/**
 * Values the walk treats as a whole: files, syntax trees and anything that is
 * not plain data. Reading one records its path; a change is a new object.
 */
function isOpaque(value: object): boolean {
  if (typeof value === 'function') return true
  if (Array.isArray(value) || value instanceof Map || value instanceof Set) return false
  const proto = Object.getPrototypeOf(value) as unknown
  if (proto !== Object.prototype && proto !== null) return true
  // A unist tree or node (mdast, hast): huge, and only ever read whole.
  return 'type' in value && ('children' in value || 'position' in value) && typeof (value as { type: unknown }).type === 'string'
}

/**
 * Records what is read through the values it wraps. One wrapper per object,
 * whatever path it was reached by (a rule may compare an artikel found through
 * `artikelByNr` with one found through `verordening.hoofdstukken`), and a read
 * is recorded under every path by which that object was reached.
 */
export class Tracker {
  readonly reads = new Set<ModelPath>()
  private readonly known = new WeakMap<object, { proxy: object; paths: Set<ModelPath> }>()

  wrap<T>(value: T, at: ModelPath = ''): T {
    if (value === null || typeof value !== 'object' || isOpaque(value)) return value
    const known = this.known.get(value)
    if (known) {
      known.paths.add(at)
      return known.proxy as T
    }
    const paths = new Set([at])
    const proxy = value instanceof Map ? this.mapProxy(value, paths) : value instanceof Set ? this.setProxy(value, paths) : this.objectProxy(value, paths)
    this.known.set(value, { proxy, paths })
    return proxy as T
  }

  /** Records a read of `segment` below every path of the object, and wraps what was read. */
  private read(paths: Set<ModelPath>, segment: string, inner?: unknown): unknown {
    let wrapped: unknown = inner
    for (const at of [...paths]) {
      this.reads.add(join(at, segment))
      if (inner !== undefined) wrapped = this.wrap(inner, join(at, segment))
    }
    return wrapped
  }

  private objectProxy(target: object, paths: Set<ModelPath>): object {
    return new Proxy(target, {
      get: (object, key, receiver) => {
        const result = Reflect.get(object, key, receiver) as unknown
        if (typeof key === 'symbol') {
          // Iterating an array reads its keys; each element is read through `get` again.
          if (key === Symbol.iterator) this.read(paths, keys)
          return result
        }
        // Array methods (map, filter, …) are called on the proxy, so their element reads are tracked too.
        if (typeof result === 'function') return result
        return this.read(paths, key, result)
      },
      has: (object, key) => {
        if (typeof key === 'string') this.read(paths, key)
        return Reflect.has(object, key)
      },
      ownKeys: (object) => {
        this.read(paths, keys)
        return Reflect.ownKeys(object)
      },
      set() {
        throw new TypeError('Het model is alleen-lezen voor regels')
      },
    })
  }

  private mapProxy(target: Map<unknown, unknown>, paths: Set<ModelPath>): object {
    const tracker = this
    const entries = function* (): Generator<[unknown, unknown]> {
      tracker.read(paths, keys)
      for (const [key, inner] of target) yield [key, tracker.read(paths, String(key), inner)]
    }
    const methods: Record<string | symbol, unknown> = {
      get: (key: unknown) => this.read(paths, String(key), target.get(key)),
      has: (key: unknown) => {
        this.read(paths, String(key))
        return target.has(key)
      },
      entries,
      [Symbol.iterator]: entries,
      keys: function* () {
        tracker.read(paths, keys)
        yield* target.keys()
      },
      values: function* () {
        for (const [, inner] of entries()) yield inner
      },
      forEach: (callback: (inner: unknown, key: unknown, map: unknown) => void) => {
        for (const [key, inner] of entries()) callback(inner, key, proxy)
      },
    }
    const proxy: object = new Proxy(target, {
      get: (map, key) => {
        if (key === 'size') {
          this.read(paths, keys)
          return map.size
        }
        if (key in methods) return methods[key]
        throw new TypeError(`Map.${String(key)} wordt niet bijgehouden`)
      },
    })
    return proxy
  }

  private setProxy(target: Set<unknown>, paths: Set<ModelPath>): object {
    const tracker = this
    const values = function* () {
      tracker.read(paths, keys)
      yield* target.values()
    }
    const methods: Record<string | symbol, unknown> = {
      has: (key: unknown) => {
        this.read(paths, String(key))
        return target.has(key)
      },
      values,
      keys: values,
      [Symbol.iterator]: values,
      forEach: (callback: (inner: unknown, key: unknown, set: unknown) => void) => {
        for (const inner of values()) callback(inner, inner, proxy)
      },
    }
    const proxy: object = new Proxy(target, {
      get: (set, key) => {
        if (key === 'size') {
          this.read(paths, keys)
          return set.size
        }
        if (key in methods) return methods[key]
        throw new TypeError(`Set.${String(key)} wordt niet bijgehouden`)
      },
    })
    return proxy
  }
}

function isOpaqueObject(value: unknown): boolean {
  return value !== null && typeof value === 'object' && isOpaque(value)
}

/** The paths at which `before` and `after` differ; the same object is never walked. */
export function diff(before: unknown, after: unknown): ModelPath[] {
  return walkDiff(before, after, '', [], new WeakMap())
}

/** What a pair of objects gave the first time: the changes below it, or null when there were many. */
type Seen = WeakMap<object, { after: object; below: ModelPath[] | null }>

/** Below this many changes, a pair met again at another path repeats them exactly. */
const repeatLimit = 16

function walkDiff(before: unknown, after: unknown, path: ModelPath, changes: ModelPath[], seen: Seen): ModelPath[] {
  if (Object.is(before, after)) return changes
  if (before === null || after === null || typeof before !== 'object' || typeof after !== 'object' || isOpaque(before) || isOpaque(after)) {
    changes.push(path)
    return changes
  }
  // The same pair again, by another path (an artikel is in its hoofdstuk and in
  // artikelByNr): repeat what it gave, or — when that was much, as for a whole
  // hoofdstuk — one change at this path, which every read below it meets.
  const known = seen.get(before)
  if (known && known.after === after) {
    if (known.below === null) changes.push(path)
    else for (const suffix of known.below) changes.push(path + suffix)
    return changes
  }
  const start = changes.length
  walkPair(before, after, path, changes, seen)
  const below = changes.length - start <= repeatLimit ? changes.slice(start).map((change) => change.slice(path.length)) : null
  seen.set(before, { after, below })
  return changes
}

function walkPair(before: object, after: object, path: ModelPath, changes: ModelPath[], seen: Seen): void {
  if (before instanceof Map && after instanceof Map) {
    let keysChanged = before.size !== after.size
    for (const [key, value] of before) {
      if (!after.has(key)) {
        keysChanged = true
        changes.push(join(path, String(key)))
      } else walkDiff(value, after.get(key), join(path, String(key)), changes, seen)
    }
    for (const key of after.keys()) {
      if (!before.has(key)) {
        keysChanged = true
        changes.push(join(path, String(key)))
      }
    }
    if (keysChanged) changes.push(join(path, keys))
    return
  }
  if (before instanceof Set && after instanceof Set) {
    let keysChanged = false
    for (const key of before) {
      if (after.has(key)) continue
      keysChanged = true
      changes.push(join(path, String(key)))
    }
    for (const key of after) {
      if (before.has(key)) continue
      keysChanged = true
      changes.push(join(path, String(key)))
    }
    if (keysChanged) changes.push(join(path, keys))
    return
  }
  if (Array.isArray(before) !== Array.isArray(after) || before instanceof Map || before instanceof Set || after instanceof Map || after instanceof Set) {
    changes.push(path)
    return
  }
  // Text content (arrays of syntax nodes) of a changed file is all new objects:
  // one change for the array, not one per node. Every read of a node in it
  // lies below the array's path, so this is coarser, never wrong.
  if (Array.isArray(before) && Array.isArray(after) && (before.some(isOpaqueObject) || after.some(isOpaqueObject))) {
    if (before.length !== after.length || before.some((item, index) => !Object.is(item, after[index]))) changes.push(path)
    return
  }
  const left = before as Record<string, unknown>
  const right = after as Record<string, unknown>
  const names = new Set([...Object.keys(left), ...Object.keys(right)])
  let keysChanged = false
  for (const name of names) {
    if (!(name in left) || !(name in right)) keysChanged = true
    walkDiff(left[name], right[name], join(path, name), changes, seen)
  }
  if (Array.isArray(before) && before.length !== (after as unknown[]).length) changes.push(join(path, 'length'))
  if (keysChanged) changes.push(join(path, keys))
}

/**
 * Whether a rule that read `reads` may see a different model after `changes`.
 * A read conflicts with a change at the same path, or with a change to a path
 * above it (the object it read from was replaced by something else). Reading
 * an object itself is not reading what is inside it: those reads are recorded
 * one by one, so a change deep inside an artikel touches only the rules that
 * read that far.
 */
export class ChangeSet {
  /** The changes as a trie of path segments; `end` marks a changed path. */
  private readonly root: TrieNode = { children: new Map(), end: false }
  readonly size: number

  constructor(changes: Iterable<ModelPath>) {
    let size = 0
    for (const change of changes) {
      let node = this.root
      for (const segment of change.split(sep)) {
        let child = node.children.get(segment)
        if (!child) node.children.set(segment, (child = { children: new Map(), end: false }))
        node = child
      }
      node.end = true
      size++
    }
    this.size = size
  }

  affects(reads: Iterable<ModelPath>): boolean {
    if (this.size === 0) return false
    for (const read of reads) {
      // Walk the read down the trie: a changed path on the way (or at its end)
      // is a conflict; a missing branch means nothing below it changed.
      let node: TrieNode | undefined = this.root
      let start = 0
      while (node) {
        const end = read.indexOf(sep, start)
        node = node.children.get(end === -1 ? read.slice(start) : read.slice(start, end))
        if (node?.end) return true
        if (end === -1) break
        start = end + 1
      }
    }
    return false
  }
}

interface TrieNode {
  children: Map<string, TrieNode>
  end: boolean
}
