// `build`: check, render the model to site data, run Eleventy and Pagefind in a
// staging folder, then swap it in. On any error the previous site stays.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import Eleventy from '@11ty/eleventy'
import * as pagefind from 'pagefind'
import { checkVerordening, loadModel, type CheckResult } from '../pipeline/pipeline.ts'
import { readRevision } from '../sources/git-source.ts'
import { artikelTekst } from '../model/artikel-tekst.ts'
import { geschiedenis, type GeschiedenisRegel } from '../compare/geschiedenis.ts'
import { buildSiteData } from '../views/site-data.ts'
import { vergelijk } from '../compare/vergelijking.ts'
import type { Verordening } from '../model/schema.ts'
import type { SiteData } from '../views/types.ts'
import { prepareAssets } from './assets.ts'
import { prepareOutput, stageOutput, type Staging } from './output-dir.ts'
import { lockOutput } from './output-lock.ts'
import { resolveOutput } from './output-safety.ts'
import { packageRoot } from '../package-root.ts'

export { packageRoot }

export interface BuildResult {
  check: CheckResult
  /** Null when the build stopped (see `problem`). */
  site: SiteData | null
  problem: string | null
  pages: number
  indexed: number
  seconds: number
  /** Milliseconds per phase, for `npm run bench` (a phase that did not run is 0). */
  phases: BuildPhases
}

export interface BuildPhases {
  check: number
  siteData: number
  eleventy: number
  pagefind: number
}

export interface BuildOptions {
  /** The result of a re-check that `serve` already did. */
  check?: CheckResult
  /**
   * Tests only: build even when the check finds errors, to prove that the
   * renderer alone keeps hostile input off the page. Never offered to users.
   */
  ignoreErrorsForTesting?: boolean
  /** Warnings stop the build too (`--streng`); `streng: true` in verordening.yml does the same. */
  streng?: boolean
  /** `build --sinds <rev>`: the verordening at that revision (read and checked by the caller), for /juridisch/wijzigingen/. */
  sinds?: { label: string; verordening: Verordening }
  /** Pages only, no search index: for a site that is printed (export pdf), never served. */
  withoutSearch?: boolean
  /**
   * The path the site is published at (`build --basis`, checked by the caller with
   * `basisProblem`); it overrides `basis:` in verordening.yml. Default: `/`.
   */
  basis?: string
}

export async function buildSite(sourceDir: string, outDir: string, options: BuildOptions = {}): Promise<BuildResult> {
  const started = performance.now()
  const source = path.resolve(sourceDir)
  const phases: BuildPhases = { check: 0, siteData: 0, eleventy: 0, pagefind: 0 }
  const done = (partial: Omit<BuildResult, 'seconds' | 'phases'>): BuildResult => ({ ...partial, seconds: (performance.now() - started) / 1000, phases })
  const timed = async <T>(phase: keyof BuildPhases, task: () => Promise<T> | T): Promise<T> => {
    const begin = performance.now()
    try {
      return await task()
    } finally {
      phases[phase] += performance.now() - begin
    }
  }

  // `serve` passes the result of an incremental re-check.
  const check = options.check ?? (await timed('check', () => checkVerordening(source)))
  const target = await resolveOutput(source, outDir)
  if ('problem' in target) return done({ check, site: null, problem: target.problem, pages: 0, indexed: 0 })
  if (check.errors > 0 && !options.ignoreErrorsForTesting) return done({ check, site: null, problem: 'De verordening heeft fouten; de site is niet gebouwd en de vorige versie is ongewijzigd.', pages: 0, indexed: 0 })
  const streng = options.streng === true || check.context.verordening.meta.streng === true
  if (streng && check.warnings > 0 && !options.ignoreErrorsForTesting) {
    const bron = options.streng === true ? '`--streng`' : '`streng: true` in verordening.yml'
    return done({ check, site: null, problem: `De verordening heeft waarschuwingen en ${bron} laat ze als fout tellen; de site is niet gebouwd en de vorige versie is ongewijzigd.`, pages: 0, indexed: 0 })
  }

  // Images and logo are read and checked before anything is written; a
  // problem is a message at the reference, in the files `check` returned.
  const assets = await prepareAssets(check.context, source)
  if (assets.errors > 0 && !options.ignoreErrorsForTesting) return done({ check, site: null, problem: 'Een afbeelding of het logo kan niet worden gepubliceerd (zie de meldingen); de site is niet gebouwd en de vorige versie is ongewijzigd.', pages: 0, indexed: 0 })
  const wijzigingen = options.sinds ? { sinds: options.sinds.label, wijzigingen: vergelijk(options.sinds.verordening, check.context.verordening) } : undefined
  const geschiedenis = await artikelGeschiedenis(source, check)
  const site = await timed('siteData', () => buildSiteData(check.context, { basis: options.basis ?? check.context.verordening.meta.basis ?? '/', imageUrl: (reference) => assets.imageUrl(reference), logoUrl: assets.logoUrl, wijzigingen, geschiedenis }))

  const lock = await lockOutput(target.out, target.shown)
  if (typeof lock === 'string') return done({ check, site: null, problem: lock, pages: 0, indexed: 0 })
  let staging: Staging | undefined
  try {
    const refusal = await prepareOutput(target.out, target.shown)
    if (refusal) return done({ check, site: null, problem: refusal, pages: 0, indexed: 0 })
    staging = stageOutput(target.out)
    const staged = staging.dir
    const { pages, searchGlob } = await timed('eleventy', () => runEleventy(site, staged))
    await assets.writeTo(staged)
    const indexed = options.withoutSearch ? 0 : await timed('pagefind', () => runPagefind(staged, searchGlob))
    if (indexed === 0 && !options.withoutSearch) throw new BuildProblem('De zoekindex bevat 0 pagina’s; verwacht de artikelen van beide versies.')
    await staging.commit()
    return done({ check, site, problem: null, pages, indexed })
  } catch (error) {
    await staging?.discard()
    const problem = error instanceof BuildProblem ? error.message : `Het bouwen van de site is mislukt (${error instanceof Error ? error.message : String(error)}); de vorige versie is ongewijzigd.`
    return done({ check, site, problem, pages: 0, indexed: 0 })
  } finally {
    await lock.release()
  }
}

class BuildProblem extends Error {}

/**
 * The history per artikel from the vastgestelde versies in verordening.yml,
 * each read from git (models only, no rules). Undefined without `versies`, or
 * when a versie cannot be read: then `check --json` says why (inwoners-actueel).
 */
async function artikelGeschiedenis(source: string, check: CheckResult): Promise<Map<string, GeschiedenisRegel[]> | undefined> {
  const versies = [...(check.context.verordening.meta.versies ?? [])].sort((a, b) => a.datum.localeCompare(b.datum))
  if (versies.length === 0) return undefined
  const models = []
  for (const versie of versies) {
    const read = await readRevision(source, versie.versie)
    if (!read.ok) return undefined
    const context = await loadModel(read.value)
    const artikelen = context.verordening.hoofdstukken.flatMap((hoofdstuk) => hoofdstuk.artikelen).map((artikel) => artikelTekst(artikel, context.verordening.meta))
    models.push({ versie, artikelen })
  }
  const meta = check.context.verordening.meta
  return geschiedenis(models, check.context.verordening.hoofdstukken.flatMap((hoofdstuk) => hoofdstuk.artikelen).map((artikel) => artikelTekst(artikel, meta)))
}

export async function runEleventy(site: SiteData, outputDir: string): Promise<{ pages: number; searchGlob: string }> {
  const cwd = process.cwd()
  // Eleventy resolves its input and passthrough copies from the working directory.
  process.chdir(packageRoot)
  try {
    const eleventy = new Eleventy('site', outputDir, {
      configPath: '.eleventy.js',
      quietMode: true,
      config(eleventyConfig: { addGlobalData(name: string, value: unknown): void }) {
        eleventyConfig.addGlobalData('site', site)
      },
    })
    const written = writtenPages(await eleventy.write())
    return { pages: written.filter((page) => page.outputPath.endsWith('.html')).length, searchGlob: searchGlob(written, outputDir) }
  } finally {
    process.chdir(cwd)
  }
}

interface WrittenPage {
  outputPath: string
  content?: unknown
}

function writtenPages(written: unknown): WrittenPage[] {
  // Eleventy 3 returns [passthroughCopies, templates]; older shapes are tolerated.
  const flat = (Array.isArray(written) ? written.flat(2) : []) as Array<{ outputPath?: unknown; content?: unknown }>
  return flat.filter((entry): entry is WrittenPage => typeof entry?.outputPath === 'string')
}

/**
 * The folders Pagefind has to read: those holding a page with
 * `data-pagefind-body` (the artikel and effect pages). Pagefind indexes only
 * such pages once it has seen one, but it parses every HTML file first; the
 * whole text on /juridisch/ and the raad's matrix are a quarter of the HTML
 * (27 of 112 MB at 5,000 artikelen) and of Pagefind's time. Derived from
 * what Eleventy wrote, so a new kind of page is never left out: a searchable
 * page at the top, or a folder name a glob could misread, means all files.
 */
function searchGlob(written: WrittenPage[], outputDir: string): string {
  const folders = new Set<string>()
  for (const page of written) {
    if (!page.outputPath.endsWith('.html') || typeof page.content !== 'string' || !page.content.includes('data-pagefind-body')) continue
    // …/inwoners/artikel/1-1/index.html → inwoners/artikel
    const folder = path.relative(path.resolve(outputDir), path.dirname(path.dirname(path.resolve(page.outputPath)))).split(path.sep).join('/')
    if (folder === '' || folder.startsWith('..') || !/^[\w./-]+$/.test(folder)) return '**/*.html'
    folders.add(folder)
  }
  if (folders.size === 0) return '**/*.html'
  const list = [...folders].sort()
  return list.length === 1 ? `${list[0]}/**/*.html` : `{${list.join(',')}}/**/*.html`
}

/**
 * Indexes a built site with Pagefind (Dutch) and returns how many pages the
 * index holds; `glob`: the HTML files to read (see `searchGlob`).
 */
export async function runPagefind(siteDir: string, glob = '**/*.html'): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'nl' })
  if (!index) throw new BuildProblem(`Zoekindex kon niet worden gemaakt: ${errors.join('; ')}`)
  try {
    const added = await index.addDirectory({ path: siteDir, glob })
    if (added.errors.length > 0) throw new BuildProblem(`Zoekindex: ${added.errors.join('; ')}`)
    const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') })
    if (written.errors.length > 0) throw new BuildProblem(`Zoekindex: ${written.errors.join('; ')}`)
    // addDirectory counts every HTML file; the entry file counts what was indexed.
    const entry = JSON.parse(await readFile(path.join(siteDir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages?: Record<string, { page_count?: number }> }
    return Object.values(entry.languages ?? {}).reduce((sum, language) => sum + (language.page_count ?? 0), 0)
  } finally {
    await pagefind.close()
  }
}
