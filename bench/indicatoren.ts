// Bench rows for the indicatoren (bench/run.ts): build of the shipped example
// with 10 indicatoren × 10 years of figures against the same example without
// indicatoren, in the same run. The charts are drawn at build time; their cost
// should be a small part of a build.
import { cp, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { buildSite } from '../src/site/build-site.ts'

const effecten = [
  'snel-duidelijkheid',
  'bestaanszekerheid',
  'aan-het-werk',
  'meedoen',
  'zelfstandig-thuis',
  'mantelzorg-volhouden',
  'veilig-opgroeien',
  'veilig-thuis',
  'grip-op-geld',
  'woning-behouden',
]

/** indicatoren.yml and indicatoren.csv with `count` indicatoren of `years` years each (up to last year). */
export function generateIndicatoren(count: number, years: number, lastYear: number): { yml: string; csv: string } {
  const yml: string[] = []
  const csv = ['indicator,periode,waarde,status,bron,opgehaald']
  for (let index = 0; index < count; index++) {
    const id = `bench-${index + 1}`
    yml.push(
      `- id: ${id}`,
      `  effect: ${effecten[index % effecten.length]}`,
      `  titel: Indicator ${index + 1} voor de benchmark`,
      '  eenheid: "%"',
      `  richting: ${index % 2 === 0 ? 'hoger' : 'lager'}`,
      `  streefwaarde: { waarde: ${index % 2 === 0 ? 90 : 10}, jaar: ${lastYear + 3} }`,
      '  bron: eigen registratie',
      '',
    )
    for (let year = lastYear - years + 1; year <= lastYear; year++) {
      const step = year - (lastYear - years + 1)
      const waarde = index % 2 === 0 ? 50 + step * 3 + (index % 3) : 40 - step * 2 - (index % 3)
      csv.push(`${id},${year},${waarde},${year === lastYear ? 'voorlopig' : 'definitief'},eigen registratie,${year + 1}-02-01`)
    }
  }
  return { yml: yml.join('\n'), csv: `${csv.join('\n')}\n` }
}

/** Median build time with and without indicatoren, and their ratio. */
export async function indicatorRows(
  root: string,
  runs: number,
  median: (runs: number, task: () => Promise<unknown>) => Promise<number>,
): Promise<Array<Record<string, string | number>>> {
  const zonder = path.join(root, 'indicatoren-zonder')
  const met = path.join(root, 'indicatoren-met')
  await cp('verordening', zonder, { recursive: true })
  await rm(path.join(zonder, 'indicatoren.yml'), { force: true })
  await rm(path.join(zonder, 'indicatoren.csv'), { force: true })
  await cp(zonder, met, { recursive: true })
  const generated = generateIndicatoren(10, 10, new Date().getFullYear() - 1)
  await writeFile(path.join(met, 'indicatoren.yml'), generated.yml)
  await writeFile(path.join(met, 'indicatoren.csv'), generated.csv)
  const build = (dir: string, out: string) => async () => {
    const result = await buildSite(dir, path.join(root, out))
    if (result.problem) throw new Error(result.problem)
    const charts = result.site?.effectrapportage.effecten.flatMap((entry) => entry.indicatoren).filter((indicator) => indicator.svg).length ?? 0
    if (dir === met && charts !== 10) throw new Error(`10 grafieken verwacht, ${charts} gemaakt`)
  }
  // Taking turns, so a busy machine slows both about equally.
  const times = { zonder: [] as number[], met: [] as number[] }
  for (let run = 0; run < runs; run++) {
    times.zonder.push(await median(1, build(zonder, 'uit-zonder')))
    times.met.push(await median(1, build(met, 'uit-met')))
  }
  const mid = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
  const [a, b] = [mid(times.zonder), mid(times.met)]
  return [{ indicatoren: '10 × 10 jaar', 'build zonder ms': Math.round(a), 'build met ms': Math.round(b), 'met/zonder': (b / a).toFixed(2) }]
}
