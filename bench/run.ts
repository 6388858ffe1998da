// `npm run bench`: times check and build on synthetic verordeningen of 100,
// 1,000 and 5,000 artikelen, each as a ratio against a baseline run in the
// same process on the same text. Medians of several runs; prints a table.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { checkVerordening } from '../src/check.ts'
import { buildSite } from '../src/build/build-site.ts'
import { IncrementalChecker } from '../src/incremental-check.ts'
import { generateVerordening } from './generate.ts'
import { plainEleventyPagefind, plainParse, writePlainPages } from './baselines.ts'

const sizes = (process.env.BENCH_SIZES ?? '100,1000,5000').split(',').map(Number)
const checkRuns = Number(process.env.BENCH_RUNS ?? 5)
const buildRuns = Number(process.env.BENCH_BUILD_RUNS ?? 3)

async function median(runs: number, task: () => Promise<unknown>): Promise<number> {
  const times: number[] = []
  await task() // warm-up: module loading, JIT and dictionary loading are not what we measure
  for (let run = 0; run < runs; run++) {
    const started = performance.now()
    await task()
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)] ?? Number.NaN
}

const root = await mkdtemp(path.join(tmpdir(), 'bench-'))
const rows: Array<Record<string, string | number>> = []
const checkTimes = new Map<number, number>()
try {
  for (const size of sizes) {
    const generated = generateVerordening(size)
    const dir = path.join(root, `v${size}`)
    await mkdir(dir, { recursive: true })
    for (const [name, text] of generated.files) await writeFile(path.join(dir, name), text)

    const parse = await median(checkRuns, () => plainParse(dir))
    let errors = 0
    const check = await median(checkRuns, async () => {
      errors = (await checkVerordening(dir)).errors
    })
    if (errors > 0) throw new Error(`de gegenereerde verordening van ${size} artikelen heeft ${errors} fouten`)
    checkTimes.set(size, check)

    const plainInput = path.join(root, `plain${size}`)
    await writePlainPages(generated.files, plainInput)
    const plainBuild = await median(buildRuns, () => plainEleventyPagefind(plainInput, path.join(root, `plain-out${size}`)))
    const build = await median(buildRuns, async () => {
      const result = await buildSite(dir, path.join(root, `out${size}`))
      if (result.problem) throw new Error(result.problem)
    })

    let recheck = Number.NaN
    if (size === 1000 || sizes.length === 1) {
      const checker = new IncrementalChecker(dir)
      await checker.check()
      const file = [...generated.files.keys()].find((name) => name.endsWith('.md') && !name.startsWith('001')) ?? ''
      let round = 0
      recheck = await median(9, async () => {
        round++
        const text = generated.files.get(file) ?? ''
        await writeFile(path.join(dir, file), text.replace('Wij kijken samen met u', `Wij kijken (${round}) samen met u`))
        const result = await checker.check([file])
        if (result.errors > 0) throw new Error('herhaalde controle gaf fouten')
      })
    }
    rows.push({
      artikelen: size,
      'parse (a) ms': Math.round(parse),
      'check ms': Math.round(check),
      'check/(a)': (check / parse).toFixed(2),
      'Eleventy+Pagefind (b) ms': Math.round(plainBuild),
      'build ms': Math.round(build),
      'build/(b)': (build / plainBuild).toFixed(2),
      'hercontrole 1 bestand ms': Number.isNaN(recheck) ? '–' : Math.round(recheck),
    })
  }
} finally {
  await rm(root, { recursive: true, force: true })
}

console.table(rows)
const thousand = checkTimes.get(1000)
const fiveThousand = checkTimes.get(5000)
if (thousand && fiveThousand) console.log(`groei check 5.000/1.000 artikelen: ${(fiveThousand / thousand).toFixed(2)}× (doel ≤ 5,5×)`)
console.log('doelen: check ≤ 2× (a) bij 1.000 artikelen; build ≤ 1,5× (b); hercontrole na 1 gewijzigd bestand ≤ 200 ms (mediaan)')
