// "Today" (src/sources/nu.ts): SOURCE_DATE_EPOCH when set, else the clock; and
// the one rule that judges by today, indicator-actueel, follows it.
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { packageRoot } from '../src/package-root.ts'
import { checkVerordening } from '../src/pipeline/pipeline.ts'
import { nu } from '../src/sources/nu.ts'

const pinned = process.env.SOURCE_DATE_EPOCH
afterEach(() => {
  process.env.SOURCE_DATE_EPOCH = pinned
})

describe('today', () => {
  it('is SOURCE_DATE_EPOCH when it is set, as the tests do (vitest.config.ts)', () => {
    expect(nu().toISOString()).toBe('2026-12-07T00:00:00.000Z')
    process.env.SOURCE_DATE_EPOCH = '0'
    expect(nu().toISOString()).toBe('1970-01-01T00:00:00.000Z')
  })

  it('is the clock without it, or when it is no number of seconds', () => {
    for (const value of [undefined, '', 'gisteren', '-5', '1.5']) {
      if (value === undefined) delete process.env.SOURCE_DATE_EPOCH
      else process.env.SOURCE_DATE_EPOCH = value
      const before = Date.now()
      const today = nu().getTime()
      expect(today).toBeGreaterThanOrEqual(before)
      expect(today).toBeLessThanOrEqual(Date.now())
    }
  })

  it('decides whether the example figures are recent: in 2026 they are, in 2030 the raad looks at old figures', async () => {
    const example = path.join(packageRoot, 'verordening')
    const now = await checkVerordening(example)
    expect(now.files.flatMap((file) => file.messages).filter((message) => message.ruleId === 'indicator-actueel')).toEqual([])
    process.env.SOURCE_DATE_EPOCH = String(Date.UTC(2030, 0, 1) / 1000)
    const later = await checkVerordening(example)
    const stale = later.files.flatMap((file) => file.messages).filter((message) => message.ruleId === 'indicator-actueel')
    expect(stale.length).toBeGreaterThan(0)
    expect(stale[0]!.reason).toMatch(/zijn van 2025, meer dan 3 jaar geleden: de raad kijkt naar oude cijfers/)
  })
})
