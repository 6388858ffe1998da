// Fuzzing `verordening importeer`: random and deep CVDR XML, mutations of the
// Beekdal fixture, and .docx files that are corrupt, lie in their zip headers
// or nest Word's XML thousands of levels deep. Property: the importer either
// writes a map that the check reads without an internal error, or refuses with
// a Failure whose Dutch message says what it expected, and then writes
// nothing. A thrown error is what the CLI reports as "Interne fout".
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { importeer } from '../../src/import/importeer.ts'
import { checkVerordening } from '../../src/pipeline/pipeline.ts'
import { renderDocx } from '../fixtures/import/render.ts'
import { applyMutations } from './arbitraries.ts'
import { deepCvdr, generatedCvdr, xmlInsert } from './cvdr.ts'
import { messageProblems } from './judge.ts'
import { casesFor, reportShard, seed, timeoutFor } from './settings.ts'
import { byteMutation, generatedDocx, mutateBytes } from './zip.ts'

const work = await mkdtemp(path.join(os.tmpdir(), 'fuzz-importeer-'))
const started = performance.now()
afterAll(async () => {
  await rm(work, { recursive: true, force: true })
  reportShard('importeer', started)
})

const beekdalXml = await readFile('test/fixtures/import/beekdal.xml', 'utf8')
const beekdalDocx = await renderDocx()

/** What JavaScript itself says when code fails: never the reason an author is given. */
const engineError =
  /Maximum call stack|Cannot read propert|Cannot set propert|is not a function|is not iterable|is not defined|Invalid array length|out of memory/i

/** What is wrong with importing `bytes` as the file `name`: nothing, or what the author would suffer. */
async function importProblems(name: string, bytes: Uint8Array): Promise<string[]> {
  const dir = await mkdtemp(path.join(work, 'geval-'))
  const source = path.join(dir, name)
  const target = path.join(dir, 'nieuwe-verordening')
  await writeFile(source, bytes)
  try {
    let outcome: Awaited<ReturnType<typeof importeer>>
    try {
      outcome = await importeer(source, target)
    } catch (error) {
      return [
        `een fout in plaats van een melding: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)} (de CLI zegt dan “Interne fout”)`,
      ]
    }
    if (!outcome.ok) {
      const problems: string[] = []
      if (!/verwacht/.test(outcome.message)) problems.push(`de melding zegt niet wat er verwacht wordt: ${outcome.message}`)
      // A crash inside a library, wrapped in a Dutch sentence, is still a crash: the author cannot act on it.
      if (engineError.test(outcome.message)) problems.push(`de melding verpakt een interne fout: ${outcome.message}`)
      if (existsSync(target)) problems.push(`na de weigering (${outcome.message}) staat er toch een map`)
      return problems
    }
    // What the importer wrote is a verordening like any other: the check must read it without an internal error.
    return messageProblems(await checkVerordening(target))
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

// Each case writes a file, imports it and (when it succeeds) checks the new map: tens of milliseconds.
const cvdrCases = casesFor(0.04)
const docxCases = casesFor(0.02)

describe('fuzzing the importer', () => {
  it(
    `survives random, deep and mutated CVDR XML (${cvdrCases} cases, seed ${seed})`,
    async () => {
      const xml = fc.oneof(
        generatedCvdr,
        deepCvdr,
        fc
          .array(
            fc.record({
              kind: fc.constantFrom('delete', 'duplicate', 'insert', 'replace'),
              at: fc.nat(),
              length: fc.integer({ min: 1, max: 200 }),
              text: xmlInsert,
            }),
            { minLength: 1, maxLength: 4 },
          )
          .map((mutations) => applyMutations(beekdalXml, mutations)),
      )
      await fc.assert(
        fc.asyncProperty(xml, async (text) => {
          expect(await importProblems('regeling.xml', new TextEncoder().encode(text))).toEqual([])
        }),
        { numRuns: cvdrCases, seed },
      )
    },
    timeoutFor(cvdrCases, 2_000),
  )

  it(
    `survives corrupt, lying and deep .docx files (${docxCases} cases, seed ${seed})`,
    async () => {
      const docx = fc.oneof(
        generatedDocx,
        fc.array(byteMutation, { minLength: 1, maxLength: 4 }).map((mutations) => mutateBytes(beekdalDocx, mutations)),
      )
      await fc.assert(
        fc.asyncProperty(docx, async (bytes) => {
          expect(await importProblems('regeling.docx', bytes)).toEqual([])
        }),
        { numRuns: docxCases, seed },
      )
    },
    timeoutFor(docxCases, 2_000),
  )
})
