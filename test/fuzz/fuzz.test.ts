// Fuzzing: generated and mutated verordeningen through check, model and
// rendering. Property: no uncaught exception, no rule that crashes, and every
// message has a position. CI runs a fixed seed (FUZZ_RUNS, default 2,000 cases);
// `npm run fuzz` runs long with a random seed.
import { readFile, readdir } from 'node:fs/promises'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkSource, type CheckResult } from '../../src/check.ts'
import { sourceFromBytes } from '../../src/load/read-source.ts'
import { buildSiteData } from '../../src/views/site-data.ts'
import { applyMutations, hoofdstukFile, mutation } from './arbitraries.ts'

const runs = Number(process.env.FUZZ_RUNS ?? 2000)
const seed = process.env.FUZZ_SEED === 'random' ? Date.now() : Number(process.env.FUZZ_SEED ?? 20261122)
const encoder = new TextEncoder()

async function loadDir(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>()
  for (const name of await readdir(dir)) {
    if (name.endsWith('.md') || name.endsWith('.yml')) files.set(name, await readFile(path.join(dir, name), 'utf8'))
  }
  return files
}

const basis = await loadDir('test/fixtures/basis')
const example = await loadDir('verordening')

async function run(files: Map<string, string>): Promise<CheckResult> {
  const source = sourceFromBytes('/fuzz/verordening', new Map([...files].map(([name, text]) => [name, encoder.encode(text)])))
  const result = await checkSource(source)
  for (const file of result.files) {
    for (const message of file.messages) {
      expect(message.reason, `${file.path}: ${message.reason}`).not.toMatch(/Interne fout/)
      expect(message.line ?? 0, message.reason).toBeGreaterThanOrEqual(1)
      expect(message.column ?? 0, message.reason).toBeGreaterThanOrEqual(1)
      expect(message.ruleId, message.reason).toBeTruthy()
    }
  }
  // The views must cope with whatever the model holds, errors or not.
  const site = buildSiteData(result.context, { imageUrl: () => null, now: new Date(0) })
  for (const artikel of site.artikelen) expect(`${artikel.inwonersHtml ?? ''}${artikel.leden.map((lid) => lid.html).join('')}`).not.toMatch(/<script|javascript:|onerror=|onmouseover=/i)
  return result
}

describe('fuzzing check, model and render', () => {
  it(`survives generated hoofdstukken (${Math.round(runs / 2)} cases, seed ${seed})`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hoofdstukFile, { minLength: 1, maxLength: 3 }), async (hoofdstukken) => {
        const files = new Map(basis)
        hoofdstukken.forEach((text, index) => files.set(`0${index + 2}-gegenereerd.md`, text))
        await run(files)
      }),
      { numRuns: Math.round(runs / 2), seed },
    )
  }, 600_000)

  it(`survives mutated real files (${Math.round(runs / 2)} cases, seed ${seed})`, async () => {
    const names = [...basis.keys(), ...example.keys()]
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...names), fc.array(mutation, { minLength: 1, maxLength: 6 }), async (name, mutations) => {
        // Mutate one file of the basic fixture, or one example hoofdstuk laid over it.
        const files = new Map(basis)
        const original = basis.get(name) ?? example.get(name) ?? ''
        files.set(name, applyMutations(original, mutations))
        await run(files)
      }),
      { numRuns: Math.round(runs / 2), seed },
    )
  }, 600_000)
})
