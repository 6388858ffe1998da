// `npm run bench`: times check and build on synthetic verordeningen of 100,
// 1,000 and 5,000 artikelen, each as a ratio against a baseline run in the
// same process on the same text. Medians of several runs; prints a table.
// Then (BENCH_HOSTILE=0 skips it) check of one file of a hostile shape, once
// each, against plain remark parsing of the same file and of an ordinary
// hoofdstuk of 2 MB: it must stay within 10× or be refused fast.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { checkVerordening, Pipeline } from '../src/pipeline/pipeline.ts'
import { buildSite } from '../src/site/build-site.ts'
import { generateVerordening, hostileShapes } from './generate.ts'
import { plainEleventyPagefind, plainParse, writePlainPages } from './baselines.ts'

const sizes = (process.env.BENCH_SIZES ?? '100,1000,5000').split(',').map(Number)
const checkRuns = Number(process.env.BENCH_RUNS ?? 5)
const hostile = process.env.BENCH_HOSTILE !== '0'
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

/** One timed run: the hostile shapes are too slow to repeat, and the warm-up happened in the rows above. */
async function once(task: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await task()
  return performance.now() - started
}

const root = await mkdtemp(path.join(tmpdir(), 'bench-'))
const hostileRows: Array<Record<string, string | number>> = []
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
      const checker = Pipeline.forFolder(dir)
      await checker.check()
      const file = [...generated.files.keys()].find((name) => name.endsWith('.md') && !name.startsWith('001')) ?? ''
      let round = 0
      recheck = await median(9, async () => {
        round++
        const text = generated.files.get(file) ?? ''
        await writeFile(path.join(dir, file), text.replace('Wij kijken samen met u', `Wij kijken (${round}) samen met u`))
        const result = await checker.recheck([file])
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
  if (hostile) {
    // The registries of a generated verordening, with one hoofdstuk of the shape.
    const registries = [...generateVerordening(1).files].filter(([name]) => !name.endsWith('.md'))
    let ordinaryParse = Number.NaN
    for (const [index, shape] of hostileShapes().entries()) {
      const dir = path.join(root, `hostile${index}`)
      await mkdir(dir, { recursive: true })
      for (const [name, text] of registries) await writeFile(path.join(dir, name), text)
      await writeFile(path.join(dir, '002-vorm.md'), shape.text)
      const parse = shape.plainParse ? await once(() => plainParse(dir)) : Number.NaN
      if (index === 0) ordinaryParse = parse
      let outcome = ''
      const check = await once(async () => {
        const result = await checkVerordening(dir)
        const messages = result.files.flatMap((file) => file.messages)
        const refused = messages.find((message) => message.ruleId === 'bestand-structuur')
        const internal = messages.some((message) => /Interne fout/.test(message.reason))
        outcome = internal ? 'INTERNE FOUT' : refused ? `geweigerd (${refused.line}:${refused.column})` : `gelezen, ${messages.length} meldingen`
      })
      hostileRows.push({
        vorm: shape.name,
        MB: (Buffer.byteLength(shape.text) / 1024 / 1024).toFixed(2),
        'check ms': Math.round(check),
        '(a) zelfde bestand ms': Number.isNaN(parse) ? '– (kwadratisch)' : Math.round(parse),
        'check/(a)': Number.isNaN(parse) ? '–' : (check / parse).toFixed(2),
        'check/(a) gewoon 2 MB': (check / ordinaryParse).toFixed(2),
        uitkomst: outcome,
      })
    }
  }
} finally {
  await rm(root, { recursive: true, force: true })
}

console.table(rows)
const thousand = checkTimes.get(1000)
const fiveThousand = checkTimes.get(5000)
if (thousand && fiveThousand) console.log(`groei check 5.000/1.000 artikelen: ${(fiveThousand / thousand).toFixed(2)}× (doel ≤ 5,5×)`)
console.log('doelen: check ≤ 2× (a) bij 1.000 artikelen; build ≤ 1,5× (b); hercontrole na 1 gewijzigd bestand ≤ 200 ms (mediaan)')
if (hostileRows.length > 0) {
  console.table(hostileRows)
  console.log('doel: check van één bestand tot 2 MB ≤ 10× (a) van hetzelfde bestand, of snel geweigerd met een plaats; nooit een interne fout')
}
