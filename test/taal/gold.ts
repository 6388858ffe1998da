// The gold set for passive voice (data/lijdende-vorm.tsv) and its scoring.
import { readFileSync } from 'node:fs'
import { findPassives } from '../../src/taal/passive.ts'
import { segment } from '../../src/taal/segment.ts'

export interface GoldSentence {
  passive: boolean
  bron: string
  zin: string
  heldOut: boolean
}

/** FNV-1a: a stable split that does not depend on the order of the file. */
function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h
}

export function readGold(): GoldSentence[] {
  const source = readFileSync(new URL('./data/lijdende-vorm.tsv', import.meta.url), 'utf8')
  return source
    .split('\n')
    .filter((line) => /^[01]\t/.test(line))
    .map((line) => {
      const [label, bron, zin] = line.split('\t') as [string, string, string]
      return { passive: label === '1', bron, zin, heldOut: hash(zin) % 5 < 2 }
    })
}

export function detects(zin: string): boolean {
  return findPassives(segment(zin).sentences, zin).length > 0
}

export function score(set: GoldSentence[]): { tp: number; fp: number; fn: number; tn: number; precision: number; recall: number } {
  let tp = 0
  let fp = 0
  let fn = 0
  let tn = 0
  for (const s of set) {
    const found = detects(s.zin)
    if (found && s.passive) tp++
    else if (found) fp++
    else if (s.passive) fn++
    else tn++
  }
  return { tp, fp, fn, tn, precision: tp / (tp + fp), recall: tp / (tp + fn) }
}
