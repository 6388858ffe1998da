// `build --alle`: a text shared by several gemeenten (gemeenten.yml) becomes
// one site per gemeente, each in a folder of its own under the output folder
// (`<uit>/<id>/`), and beside them the page "Verschillen tussen de gemeenten"
// (`<uit>/index.html`) with the same table as `<uit>/verschillen.csv`. The
// text is checked for every gemeente first; with an error nothing is built.
import { lstat, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { type CheckResult, checkVerordening } from '../pipeline/pipeline.ts'
import { verschillenCsv, verschillenHtml, verschillenTussenGemeenten } from '../views/verschillen.ts'
import { type BuildOptions, type BuildResult, buildSite } from './build-site.ts'
import { refuseOutput, siteMarker } from './output-dir.ts'
import { resolveOutput } from './output-safety.ts'

export interface RegioBuildResult {
  check: CheckResult
  /** Why (not everything) was built, in Dutch; null when every site and the table were written. */
  problem: string | null
  sites: Array<{ gemeente: { id: string; naam: string }; result: BuildResult }>
  /** The files of the table, when written. */
  verschillen: { html: string; csv: string } | null
}

/**
 * `options.check`: the check of every gemeente that `serve` already did (its
 * Pipeline); each site is still built from its own gemeente's check.
 */
export async function buildAlleGemeenten(sourceDir: string, outDir: string, options: Omit<BuildOptions, 'gemeente'> = {}): Promise<RegioBuildResult> {
  const source = path.resolve(sourceDir)
  const { check: given, ...siteOptions } = options
  const check = given ?? (await checkVerordening(source))
  const done = (problem: string | null, sites: RegioBuildResult['sites'] = [], verschillen: RegioBuildResult['verschillen'] = null): RegioBuildResult => ({
    check,
    problem,
    sites,
    verschillen,
  })
  const verschillen = verschillenTussenGemeenten(check.context)
  if (!verschillen) {
    const reden = check.context.registries.gemeenten === null ? 'gemeenten.yml kan niet worden gelezen (zie de meldingen)' : 'er is geen gemeenten.yml'
    return done(`--alle bouwt een site per gemeente, maar ${reden}; bouw zonder --alle voor één gemeente.`)
  }
  if (check.errors > 0) return done('De verordening heeft fouten; er is geen site gebouwd en de vorige versies zijn ongewijzigd.')
  const resolved = await resolveOutput(source, outDir)
  if (!resolved.ok) return done(resolved.message)
  const { out, shown } = resolved.value
  const refusal = await refuseOutput(out, shown)
  if (refusal) return done(refusal)
  await mkdir(out, { recursive: true })
  if (!(await lstat(path.join(out, siteMarker)).catch(() => null)))
    await writeFile(path.join(out, siteMarker), 'Deze map is gemaakt door `verordening build --alle`: een site per gemeente. Zet hier niets anders in.\n')

  const sites: RegioBuildResult['sites'] = []
  // Each site lives in its own folder under the output, so it is published one level down: its basis ends in its id.
  const basis = options.basis ?? check.context.verordening.meta.basis ?? '/'
  for (const gemeente of verschillen.gemeenten) {
    const result = await buildSite(source, path.join(out, gemeente.id), { ...siteOptions, basis: `${basis}${gemeente.id}/`, gemeente: gemeente.id })
    sites.push({ gemeente, result })
    if (result.problem) return done(`De site van ${gemeente.naam}: ${result.problem}`, sites)
  }
  const html = path.join(out, 'index.html')
  const csv = path.join(out, 'verschillen.csv')
  await writeFile(html, verschillenHtml(verschillen))
  await writeFile(csv, verschillenCsv(verschillen))
  return done(null, sites, { html, csv })
}
