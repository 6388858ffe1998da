// Builds a verordening into a temporary folder, serves it on 127.0.0.1 and
// starts Chromium: the setup every browser test shares.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { type BuildOptions, type BuildResult, buildSite } from '../../src/site/build-site.ts'
import { launchBrowser } from './browser.ts'
import { serveStatic } from './static-server.ts'

export interface ServedSite {
  result: BuildResult
  out: string
  /** The server's origin (`http://127.0.0.1:port`); the site itself is at `url` + its basis. */
  url: string
  browser: Browser
  close(): Promise<void>
}

export async function serveBuiltSite(source: string, options: BuildOptions = {}): Promise<ServedSite> {
  const dir = await mkdtemp(path.join(tmpdir(), 'site-'))
  const out = path.join(dir, '_site')
  const result = await buildSite(source, out, options)
  if (result.problem && !options.ignoreErrorsForTesting) throw new Error(result.problem)
  const server = await serveStatic(out, { basis: result.site?.urls.basis })
  const browser = await launchBrowser()
  return {
    result,
    out,
    url: server.url,
    browser,
    async close() {
      await browser.close()
      await server.close()
      await rm(dir, { recursive: true, force: true })
    },
  }
}
