// `npm run fuzz -- [cases] [seed]`: a long fuzz run (default 20,000 cases,
// random seed) of test/fuzz, split into shards: one vitest process per core
// (`os.availableParallelism()`, or FUZZ_SHARDS), each with its share of the
// cases and its own seed (seed + shard number). Each shard is its own process,
// so nothing one shard holds slows another, and its heap is capped
// (FUZZ_HEAP_MB, default 1024): a leak stops that shard loudly, with its seed,
// instead of swapping the machine. The seeds are printed first, so a run that
// is stopped or crashes can still be repeated; on a failure fast-check prints
// the seed, the path and the shrunk case as well.
import { spawn, spawnSync } from 'node:child_process'
import os from 'node:os'
import { fileURLToPath } from 'node:url'

const [casesArg = '20000', seedArg = 'random'] = process.argv.slice(2)
const cases = Number(casesArg)
const seed = seedArg === 'random' ? Math.floor(Math.random() * 2 ** 31) : Number(seedArg)
const shardCount = Number(process.env.FUZZ_SHARDS ?? os.availableParallelism())
const heapMb = Number(process.env.FUZZ_HEAP_MB ?? 1024)
if (!Number.isSafeInteger(cases) || cases < 2 || !Number.isSafeInteger(seed)) {
  process.stderr.write(
    `Gebruik: npm run fuzz -- [aantal gevallen] [seed], verwacht gehele getallen (aantal ten minste 2), niet \`${process.argv.slice(2).join(' ')}\`\n`,
  )
  process.exit(2)
}
if (!Number.isSafeInteger(shardCount) || shardCount < 1 || !Number.isSafeInteger(heapMb) || heapMb < 256) {
  process.stderr.write(
    `FUZZ_SHARDS moet een geheel getal van ten minste 1 zijn en FUZZ_HEAP_MB een geheel getal van ten minste 256, niet \`${process.env.FUZZ_SHARDS ?? ''}\` en \`${process.env.FUZZ_HEAP_MB ?? ''}\`\n`,
  )
  process.exit(2)
}

const root = fileURLToPath(new URL('..', import.meta.url))
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url))
// The language server property talks to bin/verordening.js, which runs dist/: build it from the sources first.
const compiled = spawnSync(process.execPath, ['scripts/compile.mjs'], { cwd: root, stdio: 'inherit' })
if (compiled.status !== 0) process.exit(compiled.status ?? 1)

interface Shard {
  number: number
  cases: number
  seed: number
}

const count = Math.min(shardCount, cases)
const shards: Shard[] = Array.from({ length: count }, (_, index) => ({
  number: index + 1,
  // The remainder goes to the first shards, one each.
  cases: Math.floor(cases / count) + (index < cases % count ? 1 : 0),
  seed: seed + index,
}))
const repeatShard = (shard: Shard) => `FUZZ_RUNS=${shard.cases} FUZZ_SEED=${shard.seed} npx vitest run test/fuzz`

process.stdout.write(
  `Fuzzen: ${cases} gevallen in ${shards.length} ${shards.length === 1 ? 'deel' : 'delen'}, seed ${seed} (alles herhalen: FUZZ_SHARDS=${shards.length} npm run fuzz -- ${cases} ${seed})\n`,
)
for (const shard of shards)
  process.stdout.write(`  deel ${shard.number}: ${shard.cases} gevallen, seed ${shard.seed} (alleen dit deel: ${repeatShard(shard)})\n`)

function run(shard: Shard): Promise<{ shard: Shard; code: number; seconds: number }> {
  const started = performance.now()
  const child = spawn(process.execPath, [vitest, 'run', 'test/fuzz', '--maxWorkers=1', `--execArgv=--max-old-space-size=${heapMb}`], {
    cwd: root,
    env: { ...process.env, FUZZ_RUNS: String(shard.cases), FUZZ_SEED: String(shard.seed), FUZZ_SHARD: `${shard.number}/${shards.length}` },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  // Every line says which shard wrote it: the shards run at the same time.
  const prefix = (stream: NodeJS.ReadableStream, out: NodeJS.WritableStream) => {
    let rest = ''
    stream.setEncoding('utf8')
    stream.on('data', (chunk: string) => {
      const lines = (rest + chunk).split('\n')
      rest = lines.pop() ?? ''
      for (const line of lines) out.write(`[deel ${shard.number}] ${line}\n`)
    })
    stream.on('end', () => {
      if (rest) out.write(`[deel ${shard.number}] ${rest}\n`)
    })
  }
  prefix(child.stdout, process.stdout)
  prefix(child.stderr, process.stderr)
  return new Promise((resolve) => {
    child.on('close', (code, signal) => resolve({ shard, code: code ?? (signal ? 1 : 0), seconds: (performance.now() - started) / 1000 }))
  })
}

const results = await Promise.all(shards.map(run))
process.stdout.write('\nUitkomst:\n')
for (const { shard, code, seconds } of results) {
  const time = `${Math.round(seconds)} s, ${Math.round(shard.cases / seconds)} gevallen per seconde`
  process.stdout.write(
    code === 0
      ? `  deel ${shard.number}: geslaagd, ${shard.cases} gevallen in ${time} (seed ${shard.seed})\n`
      : `  deel ${shard.number}: MISLUKT (code ${code}) na ${time}; zie de meldingen van [deel ${shard.number}] hierboven; herhalen: ${repeatShard(shard)}\n`,
  )
}
process.exitCode = results.some(({ code }) => code !== 0) ? 1 : 0
