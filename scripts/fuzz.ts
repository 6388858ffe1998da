// `npm run fuzz -- [cases] [seed]`: a long fuzz run (default 20,000 cases,
// random seed) of test/fuzz. The seed is chosen here and printed first, so a
// run that is stopped or crashes can still be repeated; on a failure
// fast-check prints the seed, the path and the shrunk case as well.
import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const [casesArg = '20000', seedArg = 'random'] = process.argv.slice(2)
const cases = Number(casesArg)
const seed = seedArg === 'random' ? Math.floor(Math.random() * 2 ** 31) : Number(seedArg)
if (!Number.isSafeInteger(cases) || cases < 2 || !Number.isSafeInteger(seed)) {
  process.stderr.write(`Gebruik: npm run fuzz -- [aantal gevallen] [seed], verwacht gehele getallen (aantal ten minste 2), niet \`${process.argv.slice(2).join(' ')}\`\n`)
  process.exit(2)
}

process.stdout.write(`Fuzzen: ${cases} gevallen, seed ${seed} (herhalen: npm run fuzz -- ${cases} ${seed})\n`)
const vitest = fileURLToPath(new URL('../node_modules/vitest/vitest.mjs', import.meta.url))
const child = spawn(process.execPath, [vitest, 'run', 'test/fuzz'], {
  env: { ...process.env, FUZZ_RUNS: String(cases), FUZZ_SEED: String(seed) },
  stdio: 'inherit',
})
child.on('exit', (code, signal) => {
  process.exitCode = code ?? (signal ? 1 : 0)
})
