// Rows for `npm run bench`: a corpus of many gemeenten (BENCH_CORPUS_GEMEENTEN,
// default 342, each a verordening of 100 artikelen: about 34,000 artikelen),
// generated at bench time in a temporary folder and never committed. Measured
// in the same run:
//   (a) a plain remark parse of every hoofdstuk of the corpus, single-threaded
//       (the baseline: remark-parse + frontmatter + directives, bench/baselines.ts);
//   (b) the corpus check: every verordening checked by the one pipeline and
//       reduced to plain data, per verordening in parallel, one worker thread
//       per core (src/cli/gemeenten-lezen.ts), each tree released when its
//       verordening is done;
//   (c) comparing the corpus: aligning all artikelen into topics with their
//       values (src/compare/gemeenten/) and making the pages of the site.
// The peak memory is the highest resident set size of this process, workers
// included (they are threads of it), sampled every 50 ms. The CPU time is that
// of the whole process (every thread: main, workers, V8's GC and compiler
// helpers), so on a busy machine it says more than the time on the clock.
// BENCH_CORPUS=0 skips it.
import { mkdir, writeFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { leesGemeenten } from '../src/cli/gemeenten-lezen.ts'
import { type VergelijkGemeente, vergelijkGemeenten } from '../src/compare/gemeenten/uitlijning.ts'
import { vergelijkingPaginas } from '../src/views/gemeenten-vergelijking.ts'
import { plainParse } from './baselines.ts'
import { generateVerordening } from './generate.ts'

export interface CorpusResult {
  rows: Array<Record<string, string>>
  /** The pages of the comparison site and the artikelen, for the search rows (bench/zoeken.ts). */
  pages: Array<{ pad: string; inhoud: string }>
  gemeenten: VergelijkGemeente[]
}

/**
 * Writes `count` verordeningen of 100 artikelen under `root`: the generated
 * verordening with its own gemeente and its own amounts, percentages and
 * periods in every tenth artikel.
 */
export async function generateCorpus(root: string, count: number): Promise<string[]> {
  const base = generateVerordening(100)
  const maps: string[] = []
  for (let gemeente = 0; gemeente < count; gemeente++) {
    const map = path.join(root, `gemeente-${String(gemeente + 1).padStart(3, '0')}`)
    await mkdir(map, { recursive: true })
    const naam = `Benchdorp ${gemeente + 1}`
    let artikel = 0
    for (const [name, text] of base.files) {
      let content = name === 'verordening.yml' ? text.replace(/Benchdorp/g, naam) : text
      if (name.endsWith('.md'))
        content = content.replace(/als dat bijdraagt aan het effect\./g, (match) => {
          artikel++
          if (artikel % 10 !== 0) return match
          const bedrag = 100 + ((gemeente * 37 + artikel * 11) % 900)
          const procent = [100, 105, 110, 120, 130][(gemeente + artikel) % 5]
          const weken = 2 + ((gemeente + artikel) % 7)
          return `als dat bijdraagt aan het effect, tot ten hoogste € ${bedrag} per jaar bij een inkomen tot ${procent}% van de bijstandsnorm; het college beslist binnen ${weken} weken.`
        })
      await writeFile(path.join(map, name), content)
    }
    maps.push(map)
  }
  return maps
}

function peakMemory(): { stop(): number } {
  let peak = process.memoryUsage.rss()
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss())
  }, 50)
  return {
    stop() {
      clearInterval(timer)
      return Math.max(peak, process.memoryUsage.rss())
    },
  }
}

/** CPU time of the whole process (all threads) since `from`, in ms. */
function cpuSince(from: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(from)
  return (used.user + used.system) / 1000
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

export async function corpusRows(root: string, count: number): Promise<CorpusResult> {
  const maps = await generateCorpus(root, count)
  const artikelen = count * 100

  let started = performance.now()
  let cpu = process.cpuUsage()
  for (const map of maps) await plainParse(map)
  const plain = performance.now() - started
  const plainCpu = cpuSince(cpu)

  global.gc?.()
  const threads = availableParallelism()
  const memory = peakMemory()
  started = performance.now()
  cpu = process.cpuUsage()
  const gelezen = await leesGemeenten(maps, { threads, vanafAantal: 2 })
  const check = performance.now() - started
  const checkCpu = cpuSince(cpu)
  const checkPeak = memory.stop()
  const errors = gelezen.reduce((sum, read) => sum + read.errors, 0)

  const compareMemory = peakMemory()
  started = performance.now()
  cpu = process.cpuUsage()
  const vergelijking = vergelijkGemeenten(gelezen.map((read) => read.gemeente))
  const pages = vergelijkingPaginas(vergelijking, { zoeken: true })
  const compare = performance.now() - started
  const compareCpu = cpuSince(cpu)
  const comparePeak = compareMemory.stop()
  const bytes = pages.reduce((sum, page) => sum + Buffer.byteLength(page.inhoud), 0)

  const target = (ok: boolean) => (ok ? '✓' : '✗')
  return {
    pages,
    gemeenten: gelezen.map((read) => read.gemeente),
    rows: [
      {
        wat: `(a) kale remark-parse, 1 thread`,
        gemeenten: String(count),
        artikelen: String(artikelen),
        tijd: seconds(plain),
        cpu: seconds(plainCpu),
        verhouding: '1,00×',
        geheugen: '',
        doel: '',
      },
      {
        wat: `(b) check van het corpus, ${threads} worker threads`,
        gemeenten: String(count),
        artikelen: String(artikelen),
        tijd: seconds(check),
        cpu: `${seconds(checkCpu)} (${(checkCpu / plainCpu).toFixed(2).replace('.', ',')}×)`,
        verhouding: `${(check / plain).toFixed(2).replace('.', ',')}× (a)`,
        geheugen: mb(checkPeak),
        doel: `< 60 s ${target(check < 60_000)}, < 2 GB ${target(checkPeak < 2 * 1024 ** 3)}${errors > 0 ? ` (${errors} fouten?)` : ''}`,
      },
      {
        wat: '(c) vergelijken: uitlijnen en pagina’s maken',
        gemeenten: String(count),
        artikelen: String(artikelen),
        tijd: seconds(compare),
        cpu: seconds(compareCpu),
        verhouding: `${(compare / plain).toFixed(2).replace('.', ',')}× (a)`,
        geheugen: mb(comparePeak),
        doel: `${vergelijking.onderwerpen.length} onderwerpen, ${pages.length} pagina’s, ${mb(bytes)} HTML`,
      },
    ],
  }
}
