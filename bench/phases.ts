// `npx tsx bench/phases.ts [artikelen...]`: one build per size of a generated
// verordening (after a warm-up at 100), with the time of each phase: check,
// site data (src/views) and Eleventy (templates and writes). Run
// under `node --cpu-prof --import tsx` to see which functions take the time.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildSite } from '../src/site/build-site.ts'
import { generateVerordening } from './generate.ts'

const sizes = process.argv.slice(2).map(Number)
const root = await mkdtemp(path.join(tmpdir(), 'bench-phases-'))
try {
  const rows: Array<Record<string, string | number>> = []
  for (const size of [100, ...(sizes.length > 0 ? sizes : [1000, 5000])]) {
    const dir = path.join(root, `v${size}`)
    await mkdir(dir, { recursive: true })
    for (const [name, text] of generateVerordening(size).files) await writeFile(path.join(dir, name), text)
    const result = await buildSite(dir, path.join(root, `out${size}`))
    if (result.problem) throw new Error(result.problem)
    const { phases } = result
    rows.push({
      artikelen: size,
      'check ms': Math.round(phases.check),
      'site-data ms': Math.round(phases.siteData),
      'Eleventy ms': Math.round(phases.eleventy),
      'totaal ms': Math.round(result.seconds * 1000),
      pagina: result.pages,
    })
    await rm(path.join(root, `out${size}`), { recursive: true, force: true })
  }
  console.table(rows)
} finally {
  await rm(root, { recursive: true, force: true })
}
