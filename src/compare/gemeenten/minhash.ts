// Text similarity of two artikelen without comparing every pair of texts:
// word shingles (three words in a row) and a MinHash signature of 64 values,
// whose share of equal positions estimates the Jaccard similarity of the two
// shingle sets (Broder 1997). Bands of the signature (locality-sensitive
// hashing) give candidates, so 34,000 artikelen are compared against the few
// topics that share a band, not against all. Written here rather than taken
// from npm: the one package (`minhash` 0.0.9) has not been kept up, and the
// method is these forty lines.

const permutations = 64
/** 32 bands of 2 rows: two texts with a Jaccard similarity of 0.2 share a band with a chance of 0.73, at 0.5 of 0.9999. */
export const bandRows = 2
/** FNV-1a, 32 bits: a fast, stable hash of a shingle. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** One fixed seed per permutation, so a signature is the same in every process and every run. */
const seeds: Uint32Array = (() => {
  const result = new Uint32Array(permutations)
  let seed = 0x9e3779b9
  for (let index = 0; index < permutations; index++) {
    seed = (Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0
    result[index] = seed
  }
  return result
})()

/** The word shingles of a text, as hashes; a text of fewer than three words is one shingle. */
export function shingles(words: readonly string[], size = 3): Set<number> {
  const result = new Set<number>()
  if (words.length < size) {
    if (words.length > 0) result.add(fnv1a(words.join(' ')))
    return result
  }
  for (let index = 0; index + size <= words.length; index++) result.add(fnv1a(words.slice(index, index + size).join(' ')))
  return result
}

/**
 * The signature: per seed the smallest hash of the shingles. Each "permutation"
 * is the shingle's hash mixed with a seed by MurmurHash3's finaliser, in 32-bit
 * integer arithmetic (a modulo of a large prime in floating point was five
 * times slower, and 34,000 artikelen have 3.4 million shingles).
 */
export function signature(set: ReadonlySet<number>): Uint32Array {
  const result = new Uint32Array(permutations).fill(0xffffffff)
  for (const value of set) {
    for (let index = 0; index < permutations; index++) {
      let hash = value ^ seeds[index]!
      hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b)
      hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35)
      hash = (hash ^ (hash >>> 16)) >>> 0
      if (hash < result[index]!) result[index] = hash
    }
  }
  return result
}

/** The estimated Jaccard similarity of the two sets behind two signatures. */
export function similarity(left: Uint32Array, right: Uint32Array): number {
  let same = 0
  for (let index = 0; index < permutations; index++) if (left[index] === right[index]) same++
  return same / permutations
}

/** The band keys of a signature: texts that share a key are candidates. */
export function bands(value: Uint32Array): string[] {
  const result: string[] = []
  for (let start = 0; start < permutations; start += bandRows) result.push(`${start}:${Array.from(value.subarray(start, start + bandRows)).join(',')}`)
  return result
}
