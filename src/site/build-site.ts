// `build`: check, render the model to site data, run Eleventy in a staging
// folder, then swap it in. On any error the previous site stays. The search
// page needs no index step: Eleventy writes /zoeken/documenten.json and the
// browser builds a MiniSearch index from it (docs/architectuur.md, "Zoeken").
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import Eleventy from '@11ty/eleventy'
import { type GeschiedenisRegel, geschiedenis } from '../compare/geschiedenis.ts'
import { vergelijk } from '../compare/vergelijking.ts'
import { systemReason } from '../messages/system-error.ts'
import { artikelTekst } from '../model/artikel-tekst.ts'
import type { Verordening } from '../model/schema.ts'
import { packageRoot } from '../package-root.ts'
import { type CheckResult, checkVerordening, loadModel } from '../pipeline/pipeline.ts'
import { readRevision } from '../sources/git-source.ts'
import { buildSiteData } from '../views/site-data.ts'
import type { SiteData } from '../views/types.ts'
import { prepareAssets } from './assets.ts'
import { buildSteps } from './build-steps.ts'
import { nunjucksCacheNote, reuseCompiledTemplates } from './nunjucks-cache.ts'
import { prepareOutput, type Staging, stageOutput } from './output-dir.ts'
import { lockOutput } from './output-lock.ts'
import { resolveOutput } from './output-safety.ts'

export { buildSteps, packageRoot }

export interface BuildResult {
  check: CheckResult
  /** Null when the build stopped (see `problem`). */
  site: SiteData | null
  problem: string | null
  /** Lines for the author that do not stop the build (such as a slower build), in Dutch. */
  notes: string[]
  pages: number
  /** Documents in /zoeken/documenten.json, the search page's index. */
  indexed: number
  seconds: number
  /** Milliseconds per phase, for `npm run bench` (a phase that did not run is 0). */
  phases: BuildPhases
}

export interface BuildPhases {
  check: number
  siteData: number
  eleventy: number
}

export interface BuildOptions {
  /** Called as each step of `buildSteps` begins (the check only when the build does it). */
  onStep?: (step: string) => void
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
  /**
   * The path the site is published at (`build --basis`, checked by the caller with
   * `basisProblem`); it overrides `basis:` in verordening.yml. Default: `/`.
   */
  basis?: string
  /**
   * Tests only: the object the Nunjucks compile cache is given instead of
   * Eleventy's Nunjucks, to show what a build does with another version of it
   * (src/site/nunjucks-cache.ts). Never offered to users.
   */
  nunjucksForTesting?: unknown
  /** With gemeenten.yml: build the site of this gemeente (its values, variants and data). */
  gemeente?: string
}

export async function buildSite(sourceDir: string, outDir: string, options: BuildOptions = {}): Promise<BuildResult> {
  const started = performance.now()
  const source = path.resolve(sourceDir)
  const phases: BuildPhases = { check: 0, siteData: 0, eleventy: 0 }
  const done = (partial: Omit<BuildResult, 'seconds' | 'phases' | 'notes'> & { notes?: string[] }): BuildResult => ({
    notes: [],
    ...partial,
    seconds: (performance.now() - started) / 1000,
    phases,
  })
  const timed = async <T>(phase: keyof BuildPhases, task: () => Promise<T> | T): Promise<T> => {
    const begin = performance.now()
    try {
      return await task()
    } finally {
      phases[phase] += performance.now() - begin
    }
  }

  // `serve` passes the result of an incremental re-check.
  const step = options.onStep ?? (() => undefined)
  if (!options.check) step(buildSteps[0])
  const check = options.check ?? (await timed('check', () => checkVerordening(source, options.gemeente === undefined ? {} : { gemeente: options.gemeente })))
  const resolved = await resolveOutput(source, outDir)
  if (!resolved.ok) return done({ check, site: null, problem: resolved.message, pages: 0, indexed: 0 })
  const target = resolved.value
  if (check.errors > 0 && !options.ignoreErrorsForTesting)
    return done({
      check,
      site: null,
      problem: 'De verordening heeft fouten; de site is niet gebouwd en de vorige versie is ongewijzigd.',
      pages: 0,
      indexed: 0,
    })
  const streng = options.streng === true || check.context.verordening.meta.streng === true
  if (streng && check.warnings > 0 && !options.ignoreErrorsForTesting) {
    const bron = options.streng === true ? '`--streng`' : '`streng: true` in verordening.yml'
    return done({
      check,
      site: null,
      problem: `De verordening heeft waarschuwingen en ${bron} laat ze als fout tellen; de site is niet gebouwd en de vorige versie is ongewijzigd.`,
      pages: 0,
      indexed: 0,
    })
  }

  // Images and logo are read and checked before anything is written; a
  // problem is a message at the reference, in the files `check` returned.
  step(buildSteps[1])
  const assets = await prepareAssets(check.context, source)
  if (assets.errors > 0 && !options.ignoreErrorsForTesting)
    return done({
      check,
      site: null,
      problem: 'Een afbeelding of het logo kan niet worden gepubliceerd (zie de meldingen); de site is niet gebouwd en de vorige versie is ongewijzigd.',
      pages: 0,
      indexed: 0,
    })
  const wijzigingen = options.sinds ? { sinds: options.sinds.label, wijzigingen: vergelijk(options.sinds.verordening, check.context.verordening) } : undefined
  const geschiedenis = await artikelGeschiedenis(source, check)
  const site = await timed('siteData', () =>
    buildSiteData(check.context, {
      basis: options.basis ?? check.context.verordening.meta.basis ?? '/',
      imageUrl: (reference) => assets.imageUrl(reference),
      logoUrl: assets.logoUrl,
      wijzigingen,
      geschiedenis,
    }),
  )

  const lock = await lockOutput(target.out, target.shown)
  if (typeof lock === 'string') return done({ check, site: null, problem: lock, pages: 0, indexed: 0 })
  let staging: Staging | undefined
  try {
    const refusal = await prepareOutput(target.out, target.shown)
    if (refusal) return done({ check, site: null, problem: refusal, pages: 0, indexed: 0 })
    staging = stageOutput(target.out)
    const staged = staging.dir
    step(buildSteps[2])
    const { pages, notes } = await timed('eleventy', () => runEleventy(site, staged, { nunjucksForTesting: options.nunjucksForTesting }))
    step(buildSteps[3])
    await assets.writeTo(staged)
    const indexed = site.zoekdocumenten.length
    await staging.commit()
    return done({ check, site, problem: null, notes, pages, indexed })
  } catch (error) {
    await staging?.discard()
    const problem = `Het bouwen van de site is mislukt (${systemReason(error)}); de vorige versie is ongewijzigd.`
    return done({ check, site, problem, pages: 0, indexed: 0 })
  } finally {
    await lock.release()
  }
}

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
    const artikelen = context.verordening.hoofdstukken
      .flatMap((hoofdstuk) => hoofdstuk.artikelen)
      .map((artikel) => artikelTekst(artikel, context.verordening.meta))
    models.push({ versie, artikelen })
  }
  const meta = check.context.verordening.meta
  return geschiedenis(
    models,
    check.context.verordening.hoofdstukken.flatMap((hoofdstuk) => hoofdstuk.artikelen).map((artikel) => artikelTekst(artikel, meta)),
  )
}

/** The Eleventy configuration beside the templates; it says which paths it gives Eleventy, and why. */
const eleventyConfigFile = path.join(packageRoot, 'eleventy.config.js')

export async function runEleventy(
  site: SiteData,
  outputDir: string,
  options: Pick<BuildOptions, 'nunjucksForTesting'> = {},
): Promise<{ pages: number; notes: string[] }> {
  // Relative paths only where the toolchain's folder has a glob character (the
  // config says why); then they are relative to the package root, and
  // Eleventy has to run from there, as every build once did.
  const { config } = (await import(pathToFileURL(eleventyConfigFile).href)) as { config: { dir: { input: string } } }
  const fromPackageRoot = !path.isAbsolute(config.dir.input)
  const cwd = process.cwd()
  if (fromPackageRoot) process.chdir(packageRoot)
  try {
    // Null until Eleventy makes its Nunjucks environment; false when the cache could not be used there.
    let cached: boolean | null = null
    const eleventy = new Eleventy(config.dir.input, outputDir, {
      configPath: eleventyConfigFile,
      quietMode: true,
      config(eleventyConfig) {
        eleventyConfig.addGlobalData('site', site)
        eleventyConfig.on('eleventy.engine.njk', ({ nunjucks, environment }) => {
          const applied = reuseCompiledTemplates(options.nunjucksForTesting ?? nunjucks, environment)
          cached = cached !== false && applied
        })
      },
    })
    // Quiet mode still prints "[11ty] Copied … Wrote … files" (a forced log
    // line); without a logger Eleventy prints nothing, and `build` says in
    // Dutch what it made. Its errors are thrown, and reported by buildSite.
    eleventy.disableLogger()
    const written = writtenPages(await eleventy.write())
    return { pages: written.filter((page) => page.outputPath.endsWith('.html')).length, notes: cached === false ? [nunjucksCacheNote] : [] }
  } finally {
    if (fromPackageRoot) process.chdir(cwd)
  }
}

interface WrittenPage {
  outputPath: string
}

function writtenPages(written: unknown): WrittenPage[] {
  // Eleventy 3 returns [passthroughCopies, templates]; older shapes are tolerated.
  const flat = (Array.isArray(written) ? written.flat(2) : []) as Array<{ outputPath?: unknown }>
  return flat.filter((entry): entry is WrittenPage => typeof entry?.outputPath === 'string')
}
