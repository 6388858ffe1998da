// `npm run bench`: ratios in one run, never absolute times (tests hold none).
//
// 1. Process rows (BENCH_PROCESS=0 skips them): the compiled command, as a user
//    starts it, against a bare process: `verordening --help` against `node -e 0`,
//    and `verordening check` of the shipped example against bench/plain-parse.mjs
//    (remark-parse + remark-frontmatter + directives over the same files). The
//    sources are compiled into a temporary folder, never into dist/. The
//    commands take turns, so a busy machine slows each about equally.
// 2. Size rows: check and build of synthetic verordeningen (BENCH_SIZES,
//    default 100,1000,5000) against (a) plain remark parsing and (b) plain
//    Eleventy of the same text, in the same process; medians of
//    several runs. Build runs up to BENCH_BUILD_MAX artikelen (default 5000), so
//    BENCH_SIZES=34000 times check only.
//    At 1,000 artikelen also `verordening lsp --stdio`: the median time from a
//    change in an editor buffer to its diagnostics (BENCH_LSP=0 skips it).
// 2b. Casussen rows (BENCH_CASUSSEN, default 1000,10000; 0 skips them): check and
//    build of a verordening of 100 artikelen with kaders and that many
//    casussen (bench/generate.ts), against the same verordening without
//    casussen; the cost per casus must stay flat (linear growth).
// 2c. Indicatoren row (BENCH_INDICATOREN=0 skips it, bench/indicatoren.ts): build of
//    the example with 10 indicatoren × 10 years of figures against the example
//    without indicatoren; the ratio says what the charts cost.
// 3. Then (BENCH_HOSTILE=0 skips it) check of one file of a hostile shape, once
//    each, against plain remark parsing of the same file and of an ordinary
//    hoofdstuk of 2 MB: it must stay within 10× or be refused fast.
// 3b. Long-word rows (BENCH_LANG_WOORD=0 skips them): check of a copy of the
//    example with one "word" of 40 KB and of 100 KB of random letters in a
//    juridisch part (a paste error), against check of the example itself:
//    the spelling work per word is bounded, so the ratio stays near 1. Each
//    run has a new word, so no memo of an earlier run answers.
// 3c. Corpus rows (BENCH_CORPUS=0 skips them): 342 generated verordeningen of 100
//    artikelen (BENCH_CORPUS_GEMEENTEN), checked per verordening in parallel, against a
//    single-threaded plain remark parse of the same corpus; then compared (bench/corpus.ts).
//    And the bytes one query loads on the comparison site: Pagefind against one
//    MiniSearch index (bench/zoeken.ts; BENCH_ZOEKEN=0 skips it).
// 4. Export rows (BENCH_EXPORT=0 skips them): `export stop`, `export docx` and
//    `export pdf` (juridisch) of the shipped example and of BENCH_EXPORT_SIZE
//    artikelen (default 1000), each against its baseline in the same run: stop
//    and docx against check, pdf against build (it builds the site first).
//    Plus `export stop --sinds v1` (the wijzigingsbesluit) on the example in a
//    git repository with one word changed, against check (BENCH_EXPORT_SINDS=0 skips it).
import { spawnSync } from 'node:child_process'
import { copyFile, cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { exportVerordening } from '../src/export/export.ts'
import { checkVerordening, Pipeline } from '../src/pipeline/pipeline.ts'
import { buildSite, packageRoot } from '../src/site/build-site.ts'
import { LspClient } from '../test/helpers/lsp-client.ts'
import { plainEleventy, plainParse, writePlainPages } from './baselines.ts'
import { corpusRows } from './corpus.ts'
import { generateCasussen, generateVerordening, hostileShapes } from './generate.ts'
import { indicatorRows } from './indicatoren.ts'
import { vergelijkRows } from './vergelijk.ts'
import { zoekRows } from './zoeken.ts'

const sizes = (process.env.BENCH_SIZES ?? '100,1000,5000').split(',').map(Number)
const checkRuns = Number(process.env.BENCH_RUNS ?? 5)
const hostile = process.env.BENCH_HOSTILE !== '0'
const buildRuns = Number(process.env.BENCH_BUILD_RUNS ?? 3)
const buildMax = Number(process.env.BENCH_BUILD_MAX ?? 5000)
const casusCounts = process.env.BENCH_CASUSSEN === '0' ? [] : (process.env.BENCH_CASUSSEN ?? '1000,10000').split(',').map(Number)
const processRuns = process.env.BENCH_PROCESS === '0' ? 0 : Number(process.env.BENCH_PROCESS_RUNS ?? 9)
const lspOn = process.env.BENCH_LSP !== '0'
const langWoordOn = process.env.BENCH_LANG_WOORD !== '0'

/**
 * `verordening lsp --stdio` as an editor uses it (its own process, LSP over
 * stdio): the median time from a change in an unsaved buffer to the
 * diagnostics of that file, after the whole map was checked once.
 */
async function lspLatency(dir: string, file: string, files: ReadonlyMap<string, string>): Promise<number> {
  const client = await LspClient.start()
  try {
    await client.request('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {}, workspaceFolders: null })
    await client.notify('initialized', {})
    const uri = pathToFileURL(path.join(dir, file)).href
    const text = files.get(file) ?? ''
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } })
    await client.waitFor(() => client.diagnostics.has(uri), 'diagnostics after opening', 300_000)
    const base = client.diagnostics.get(uri)?.length ?? 0
    const times: number[] = []
    for (let round = 1; round <= 11; round++) {
      const seen = client.publishes
      const started = performance.now()
      // Every other round an error, so each change really changes the diagnostics.
      const next =
        round % 2 === 1
          ? text.replace('Wij kijken samen met u', `Wij kijken (${round}) samen met u :begrip[bestaat-niet-${round}]`)
          : text.replace('Wij kijken samen met u', `Wij kijken (${round}) samen met u`)
      await client.notify('textDocument/didChange', { textDocument: { uri, version: round + 1 }, contentChanges: [{ text: next }] })
      await client.waitFor(
        () => client.publishes > seen && (client.diagnostics.get(uri)?.length ?? 0) === base + (round % 2),
        'diagnostics after a change',
        60_000,
      )
      times.push(performance.now() - started)
    }
    times.shift() // the warm-up
    return medianOf(times)
  } finally {
    await client.stop()
  }
}
const exportSize = process.env.BENCH_EXPORT === '0' ? 0 : Number(process.env.BENCH_EXPORT_SIZE ?? 1000)
const exportRuns = Number(process.env.BENCH_EXPORT_RUNS ?? 3)

function medianOf(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

async function median(runs: number, task: () => Promise<unknown>): Promise<number> {
  const times: number[] = []
  await task() // warm-up: module loading, JIT and dictionary loading are not what we measure
  for (let run = 0; run < runs; run++) {
    const started = performance.now()
    await task()
    times.push(performance.now() - started)
  }
  return medianOf(times)
}

/** One timed run: the hostile shapes are too slow to repeat, and the warm-up happened in the rows above. */
async function once(task: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await task()
  return performance.now() - started
}

const ratio = (value: number, base: number) => (value / base).toFixed(2)
const withTarget = (value: string, target: string, met: boolean) => `${value} (doel ${target}${met ? '' : ', NIET GEHAALD'})`

/**
 * The command as `npm ci` leaves it: bin/verordening.js beside a dist/ of
 * compiled JavaScript, here in a temporary folder with this checkout's node_modules.
 */
async function compiledCommand(root: string): Promise<string> {
  const dir = path.join(root, 'command')
  await mkdir(path.join(dir, 'bin'), { recursive: true })
  const compile = spawnSync(process.execPath, [path.join(packageRoot, 'scripts', 'compile.mjs'), path.join(dir, 'dist')], { encoding: 'utf8' })
  if (compile.status !== 0) throw new Error(`compileren mislukt:\n${compile.stderr.slice(0, 2000)}`)
  await copyFile(path.join(packageRoot, 'bin', 'verordening.js'), path.join(dir, 'bin', 'verordening.js'))
  await copyFile(path.join(packageRoot, 'package.json'), path.join(dir, 'package.json'))
  for (const name of ['node_modules', 'site', 'eleventy.config.js']) await symlink(path.join(packageRoot, name), path.join(dir, name))
  return path.join(dir, 'bin', 'verordening.js')
}

/** Medians of wall time per command; the commands take turns, after one warm-up round. */
function processMedians(commands: Record<string, string[]>, runs: number): Record<string, { ms: number; status: number | null }> {
  const times = Object.fromEntries(Object.keys(commands).map((name) => [name, [] as number[]]))
  const status: Record<string, number | null> = {}
  for (let round = 0; round <= runs; round++) {
    for (const [name, args] of Object.entries(commands)) {
      const started = performance.now()
      const result = spawnSync(process.execPath, args, { cwd: packageRoot, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
      const elapsed = performance.now() - started
      status[name] = result.status
      if (result.status !== 0 && result.status !== 1) throw new Error(`${name}: ${result.stderr.slice(0, 500)}`)
      if (round > 0) times[name]?.push(elapsed)
    }
  }
  return Object.fromEntries(Object.entries(times).map(([name, list]) => [name, { ms: medianOf(list), status: status[name] ?? null }]))
}

const root = await mkdtemp(path.join(tmpdir(), 'bench-'))
const hostileRows: Array<Record<string, string | number>> = []
const rows: Array<Record<string, string | number>> = []
const phaseRows: Array<Record<string, string | number>> = []
const processRows: Array<Record<string, string | number>> = []
const casusRows: Array<Record<string, string | number>> = []
const exportRows: Array<Record<string, string | number>> = []
const langWoordRows: Array<Record<string, string | number>> = []
const indicatorenRows: Array<Record<string, string | number>> = []
const checkTimes = new Map<number, number>()
const buildTimes = new Map<number, number>()
try {
  if (processRuns > 0) {
    const command = await compiledCommand(root)
    const example = path.join(packageRoot, 'verordening')
    const measured = processMedians(
      {
        'node -e 0': ['-e', '0'],
        'verordening --help': [command, '--help'],
        'plain-parse.mjs verordening': [path.join(packageRoot, 'bench', 'plain-parse.mjs'), example],
        'verordening check verordening': [command, 'check', example],
      },
      processRuns,
    )
    const ms = (name: string) => measured[name]?.ms ?? Number.NaN
    const help = ms('verordening --help') / ms('node -e 0')
    const check = ms('verordening check verordening') / ms('plain-parse.mjs verordening')
    processRows.push(
      {
        proces: 'verordening --help',
        ms: Math.round(ms('verordening --help')),
        basis: 'node -e 0',
        'basis ms': Math.round(ms('node -e 0')),
        verhouding: withTarget(help.toFixed(2), '≤ 2', help <= 2),
      },
      {
        proces: `verordening check verordening${measured['verordening check verordening']?.status === 0 ? '' : ' (fouten!)'}`,
        ms: Math.round(ms('verordening check verordening')),
        basis: 'plain-parse.mjs verordening',
        'basis ms': Math.round(ms('plain-parse.mjs verordening')),
        verhouding: withTarget(check.toFixed(2), '≤ 2,5', check <= 2.5),
      },
    )
  }
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

    let plainBuild = Number.NaN
    let build = Number.NaN
    let rest = Number.NaN
    if (size <= buildMax) {
      const plainInput = path.join(root, `plain${size}`)
      await writePlainPages(generated.files, plainInput)
      plainBuild = await median(buildRuns, () => plainEleventy(plainInput, path.join(root, `plain-out${size}`)))
      const rests: number[] = []
      const phases: Array<Record<string, number>> = []
      build = await median(buildRuns, async () => {
        const result = await buildSite(dir, path.join(root, `out${size}`))
        if (result.problem) throw new Error(result.problem)
        // Build without its own check: what the site costs beyond `check`.
        rests.push(result.seconds * 1000 - result.phases.check)
        phases.push({ ...result.phases })
      })
      rests.shift() // the warm-up
      phases.shift()
      rest = medianOf(rests)
      buildTimes.set(size, build)
      const phase = (name: string) => Math.round(medianOf(phases.map((entry) => entry[name] ?? Number.NaN)))
      phaseRows.push({
        artikelen: size,
        'check ms': phase('check'),
        'site-data ms': phase('siteData'),
        'Eleventy ms': phase('eleventy'),
        '(b) ms': Math.round(plainBuild),
      })
    }

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
    let lsp = Number.NaN
    if (lspOn && (size === 1000 || sizes.length === 1))
      lsp = await lspLatency(dir, [...generated.files.keys()].find((name) => name.endsWith('.md') && !name.startsWith('001')) ?? '', generated.files)
    const checkRatio = ratio(check, parse)
    const restRatio = rest / plainBuild
    rows.push({
      artikelen: size,
      '(a) parse ms': Math.round(parse),
      'check ms': size >= 34000 ? withTarget(String(Math.round(check)), '< 60.000', check < 60_000) : Math.round(check),
      'check/(a)': size === 1000 ? withTarget(checkRatio, '≤ 2', check / parse <= 2) : checkRatio,
      '(b) Eleventy ms': Number.isNaN(plainBuild) ? '–' : Math.round(plainBuild),
      'build ms': Number.isNaN(build) ? '–' : Math.round(build),
      '(build − check)/(b)': Number.isNaN(rest) ? '–' : size >= 1000 ? withTarget(restRatio.toFixed(2), '≤ 1,5', restRatio <= 1.5) : restRatio.toFixed(2),
      'hercontrole ms': Number.isNaN(recheck) ? '–' : size === 1000 ? withTarget(String(Math.round(recheck)), '≤ 200', recheck <= 200) : Math.round(recheck),
      'lsp wijziging→meldingen ms': Number.isNaN(lsp) ? '–' : size === 1000 ? withTarget(String(Math.round(lsp)), '≤ 300', lsp <= 300) : Math.round(lsp),
    })
  }
  if (casusCounts.length > 0) {
    const artikelen = 100
    const base = generateVerordening(artikelen)
    const write = async (dir: string, files: Map<string, string>) => {
      await mkdir(path.join(dir, 'casussen'), { recursive: true })
      for (const [name, text] of files) await writeFile(path.join(dir, name), text)
    }
    const baseDir = path.join(root, 'casus-basis')
    await write(baseDir, base.files)
    const baseCheck = await median(checkRuns, () => checkVerordening(baseDir))
    const baseBuild = await median(buildRuns, async () => {
      const result = await buildSite(baseDir, path.join(root, 'casus-basis-uit'))
      if (result.problem) throw new Error(result.problem)
    })
    for (const count of casusCounts) {
      const dir = path.join(root, `casus${count}`)
      await write(dir, new Map([...base.files, ...generateCasussen(count, artikelen)]))
      let errors = 0
      let casussen = 0
      const check = await median(Math.min(checkRuns, 3), async () => {
        const result = await checkVerordening(dir)
        errors = result.errors
        casussen = result.context.casussen.length
      })
      if (errors > 0 || casussen !== count) throw new Error(`de casussen (${count}) gaven ${errors} fouten, ${casussen} gelezen`)
      const build = await median(Math.min(buildRuns, 2), async () => {
        const result = await buildSite(dir, path.join(root, `casus${count}-uit`))
        if (result.problem) throw new Error(result.problem)
      })
      casusRows.push({
        casussen: count,
        'check ms': Math.round(check),
        'check zonder ms': Math.round(baseCheck),
        'check µs per casus': Math.round(((check - baseCheck) / count) * 1000),
        'build ms': Math.round(build),
        'build zonder ms': Math.round(baseBuild),
        'build µs per casus': Math.round(((build - baseBuild) / count) * 1000),
      })
    }
  }
  if (process.env.BENCH_INDICATOREN !== '0') indicatorenRows.push(...(await indicatorRows(root, buildRuns, median)))
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
  if (langWoordOn) {
    const example = path.join(packageRoot, 'verordening')
    const without = await median(checkRuns, () => checkVerordening(example))
    for (const kb of [40, 100]) {
      const dir = path.join(root, `lang-woord-${kb}`)
      await cp(example, dir, { recursive: true })
      const file = path.join(dir, '01-algemene-bepalingen.md')
      const original = await readFile(file, 'utf8')
      let seed = 0
      let outcome = ''
      const check = await median(3, async () => {
        seed++
        let state = seed
        const word = Array.from({ length: kb * 1000 }, () => 'abcdefghijklmnopqrstuvwxyz'[(state = (state * 1103515245 + 12345) & 0x7fffffff) % 26]).join('')
        await writeFile(file, original.replace(':::juridisch\n1. ', `:::juridisch\n1. ${word} `))
        const result = await checkVerordening(dir)
        const messages = result.files.flatMap((entry) => entry.messages)
        outcome = messages.some((message) => message.reason.startsWith('Woord van')) ? 'gemeld als te lang woord' : `NIET GEMELD (${messages.length} meldingen)`
      })
      const factor = check / without
      langWoordRows.push({
        woord: `${kb} KB`,
        'check ms': Math.round(check),
        'zonder ms': Math.round(without),
        verhouding: withTarget(factor.toFixed(2), '≤ 1,5', factor <= 1.5),
        uitkomst: outcome,
      })
    }
  }
  if (process.env.BENCH_VERGELIJK !== '0') {
    const vergelijkSizes = sizes.filter((size) => size <= 1000)
    console.log('vergelijk (twee versies lezen, controleren, vergelijken en het ontwerp maken) tegen een gewone check van dezelfde map (mediaan):')
    console.table(await vergelijkRows(root, vergelijkSizes.length > 0 ? vergelijkSizes : [1000], checkRuns, median))
  }
  if (process.env.BENCH_CORPUS !== '0') {
    const gemeenten = Number(process.env.BENCH_CORPUS_GEMEENTEN ?? 342)
    const corpus = await corpusRows(path.join(root, 'corpus'), gemeenten)
    console.log(
      `Corpus van ${gemeenten} gemeenten (100 artikelen elk, in deze run gemaakt): check per verordening parallel tegen (a) een kale remark-parse in één thread, in dezelfde run:`,
    )
    console.table(corpus.rows)
    if (process.env.BENCH_ZOEKEN !== '0') {
      console.log(
        `Zoeken op de vergelijkingssite van ${gemeenten} gemeenten: bytes die één zoekvraag laadt, Pagefind (index in stukken) tegen één MiniSearch-index:`,
      )
      console.table(await zoekRows(path.join(root, 'corpus-site'), corpus.pages, corpus.gemeenten))
    }
    await rm(path.join(root, 'corpus'), { recursive: true, force: true })
  }
  if (exportSize > 0) {
    const generated = path.join(root, `export${exportSize}`)
    await mkdir(generated, { recursive: true })
    for (const [name, text] of generateVerordening(exportSize).files) await writeFile(path.join(generated, name), text)
    for (const [label, dir] of [
      ['voorbeeld (55)', path.join(packageRoot, 'verordening')],
      [exportSize.toLocaleString('nl-NL'), generated],
    ] as const) {
      const check = await median(exportRuns, () => checkVerordening(dir))
      const build = await median(exportRuns, async () => {
        const result = await buildSite(dir, path.join(root, 'export-site'))
        if (result.problem) throw new Error(result.problem)
      })
      const timed = async (kind: 'stop' | 'docx' | 'pdf') => {
        let summary = ''
        const ms = await median(exportRuns, async () => {
          const result = await exportVerordening(kind, dir, { uit: path.join(root, `export.${kind === 'stop' ? 'xml' : kind}`), versie: 'juridisch' })
          if (result.problem) throw new Error(`export ${kind}: ${result.problem}`)
          summary = result.summary
        })
        return { ms, summary }
      }
      const stop = await timed('stop')
      const docx = await timed('docx')
      const pdf = await timed('pdf')
      exportRows.push(
        {
          artikelen: label,
          export: 'stop',
          ms: Math.round(stop.ms),
          basis: 'check',
          'basis ms': Math.round(check),
          verhouding: ratio(stop.ms, check),
          inhoud: stop.summary,
        },
        {
          artikelen: label,
          export: 'docx',
          ms: Math.round(docx.ms),
          basis: 'check',
          'basis ms': Math.round(check),
          verhouding: ratio(docx.ms, check),
          inhoud: docx.summary,
        },
        {
          artikelen: label,
          export: 'pdf (juridisch)',
          ms: Math.round(pdf.ms),
          basis: 'build',
          'basis ms': Math.round(build),
          verhouding: ratio(pdf.ms, build),
          inhoud: pdf.summary,
        },
      )
    }
  }
  if (process.env.BENCH_EXPORT_SINDS !== '0') {
    // `export stop --sinds v1` on the example in a git repository, one word changed, against check of the same map.
    const repo = path.join(root, 'export-sinds')
    const map = path.join(repo, 'verordening')
    await cp(path.join(packageRoot, 'verordening'), map, { recursive: true })
    const git = (...args: string[]) =>
      spawnSync('git', ['-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...args], {
        cwd: repo,
        env: { ...process.env, GIT_AUTHOR_NAME: 'Bench', GIT_AUTHOR_EMAIL: 'bench@example', GIT_COMMITTER_NAME: 'Bench', GIT_COMMITTER_EMAIL: 'bench@example' },
      })
    git('init', '-q')
    git('add', '-A')
    git('commit', '-q', '-m', 'v1')
    git('tag', 'v1')
    const hoofdstuk = path.join(map, '03-werk-en-inkomen.md')
    await writeFile(hoofdstuk, (await readFile(hoofdstuk, 'utf8')).replace('binnen vijf werkdagen na de melding', 'binnen tien werkdagen na de melding'))
    const check = await median(exportRuns, () => checkVerordening(map))
    let summary = ''
    const ms = await median(exportRuns, async () => {
      const result = await exportVerordening('stop', map, { uit: path.join(root, 'wijzigingsbesluit.xml'), sinds: 'v1' })
      if (result.problem) throw new Error(`export stop --sinds: ${result.problem}`)
      summary = result.summary
    })
    exportRows.push({
      artikelen: 'voorbeeld (55)',
      export: 'stop --sinds v1',
      ms: Math.round(ms),
      basis: 'check',
      'basis ms': Math.round(check),
      verhouding: ratio(ms, check),
      inhoud: summary,
    })
  }
} finally {
  await rm(root, { recursive: true, force: true })
}

if (processRows.length > 0) {
  console.log('Processen (gecompileerde opdracht, mediaan van beurtelings gestarte processen):')
  console.table(processRows)
}
console.log('Groottes (verhoudingen in dezelfde run; (a) kale remark-parse, (b) kale Eleventy van dezelfde tekst):')
console.table(rows)
const growth = (times: Map<number, number>, what: string) => {
  const thousand = times.get(1000)
  const fiveThousand = times.get(5000)
  if (thousand && fiveThousand) {
    const factor = fiveThousand / thousand
    console.log(`groei ${what} 1.000 → 5.000 artikelen: ${withTarget(`${factor.toFixed(2)}×`, '≤ 5,5×', factor <= 5.5)}`)
  }
}
growth(checkTimes, 'check')
growth(buildTimes, 'build')
if (casusRows.length > 0) {
  console.log('Casussen (100 artikelen; "per casus" is de extra tijd gedeeld door het aantal casussen, en moet gelijk blijven):')
  console.table(casusRows)
  const first = casusRows[0]
  const last = casusRows.at(-1)
  if (first && last && first !== last) {
    for (const what of ['check', 'build'] as const) {
      const factor = Number(last[`${what} µs per casus`]) / Number(first[`${what} µs per casus`])
      console.log(`${what} per casus ${first.casussen} → ${last.casussen} casussen: ${withTarget(`${factor.toFixed(2)}×`, '≤ 1,5×', factor <= 1.5)}`)
    }
  }
}
if (indicatorenRows.length > 0) {
  console.log('Indicatoren (build van het voorbeeld met 10 indicatoren × 10 jaar cijfers tegen zonder indicatoren, mediaan, beurtelings):')
  console.table(indicatorenRows)
}
if (phaseRows.length > 0) {
  console.log('Build per fase (mediaan, ms):')
  console.table(phaseRows)
}
if (exportRows.length > 0) {
  console.log('Exports (mediaan; stop en docx tegen check, pdf tegen build, in dezelfde run):')
  console.table(exportRows)
}
if (langWoordRows.length > 0) {
  console.log('Eén lang woord in het voorbeeld (mediaan, elke keer een nieuw woord) tegen check van het voorbeeld zelf:')
  console.table(langWoordRows)
}
if (hostileRows.length > 0) {
  console.table(hostileRows)
  console.log('doel: check van één bestand tot 2 MB ≤ 10× (a) van hetzelfde bestand, of snel geweigerd met een plaats; nooit een interne fout')
}
