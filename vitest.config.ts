import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // A beforeAll builds a site or loads the dictionary (about 1 s alone); on a busy 2-core machine that
    // took past vitest's default 10 s, and the file's tests were then skipped instead of run.
    hookTimeout: 120_000,
    // Two test files at a time. Left to itself, vitest ran one at a time on this 2-core machine
    // (three files that each sleep 3 s took 9.8 s), while many tests wait on Chromium, child
    // processes or the disk rather than compute.
    maxWorkers: 2,
    // "Today" for the toolchain in every test and every command a test starts (src/sources/nu.ts):
    // 7 December 2026, so what the tests expect of the shipped example (its newest figures are from
    // 2025) does not change with the calendar. test/nu.test.ts checks the clock without it.
    env: { SOURCE_DATE_EPOCH: '1796601600' },
  },
})
