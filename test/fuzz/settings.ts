// How many cases each property runs and with which seed, for every file in
// test/fuzz. CI runs FUZZ_RUNS=2000 (the default) with a fixed seed;
// `npm run fuzz -- 100000` splits a long run into shards, each a process with
// its own FUZZ_RUNS and FUZZ_SEED (see scripts/fuzz.ts).
export const runs = Number(process.env.FUZZ_RUNS ?? 2000)
export const seed = process.env.FUZZ_SEED === 'random' ? Date.now() : Number(process.env.FUZZ_SEED ?? 20261122)

/**
 * The cases of one property: its share of FUZZ_RUNS, at least `minimum`. The
 * expensive shapes (a process per case, a 50 KB word) get a small share.
 */
export function casesFor(share: number, minimum = 1): number {
  return Math.max(minimum, Math.round(runs * share))
}

/**
 * A test's time limit in proportion to its cases, so a long run is never cut
 * off by a fixed limit; `perCase` is generous (a busy 2-core machine). The
 * limit is there to stop a case that hangs, not to judge speed.
 */
export function timeoutFor(cases: number, perCase: number): number {
  return 120_000 + cases * perCase
}

/**
 * In a shard of a long run (scripts/fuzz.ts sets FUZZ_SHARD): after each test
 * file, its time and the peak memory of its process, for the figures of the run.
 */
export function reportShard(name: string, started: number): void {
  const shard = process.env.FUZZ_SHARD
  if (!shard) return
  const seconds = (performance.now() - started) / 1000
  console.log(
    `deel ${shard}, ${name}: ${Math.round(seconds)} s, piekgeheugen ${Math.round(process.resourceUsage().maxRSS / 1024)} MB (seed ${seed}, FUZZ_RUNS ${runs})`,
  )
}
