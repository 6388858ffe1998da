// Rows for `npm run bench`: `vergelijk` (both versions read — the old one from
// git —, checked by the pipeline, compared, and the draft wijzigingsverordening
// written) against a plain `check` of the same map, in the same run. On the
// shipped example (one word changed) and on generated verordeningen (a word
// changed in every tenth artikel). BENCH_VERGELIJK=0 skips them.
import { execFileSync } from 'node:child_process'
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { vergelijk } from '../src/compare/vergelijking.ts'
import { wijzigingsverordening } from '../src/compare/wijzigingsverordening.ts'
import { checkVerordening, Pipeline } from '../src/pipeline/pipeline.ts'
import { readRevision } from '../src/sources/git-source.ts'
import { readSource } from '../src/sources/read-source.ts'
import { generateVerordening } from './generate.ts'

const gitEnv = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example',
}
const git = (cwd: string, ...args: string[]) => execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], { cwd, env: gitEnv, stdio: 'ignore' })

/** What `verordening vergelijk v1 <map> --ontwerp` does, without printing. */
export async function vergelijkOnce(map: string, revision: string): Promise<number> {
  const old = await readRevision(map, revision)
  if (!old.ok) throw new Error(old.message)
  const before = await new Pipeline(async () => old.value).check()
  const after = await new Pipeline(() => readSource(map)).check()
  const wijzigingen = vergelijk(before.context.verordening, after.context.verordening)
  wijzigingsverordening(wijzigingen, after.context.verordening.meta, { van: revision, naar: 'werkmap' })
  return wijzigingen.length
}

async function repoWith(root: string, name: string, fill: (map: string) => Promise<void>, edit: (map: string) => Promise<void>): Promise<string> {
  const dir = path.join(root, name)
  const map = path.join(dir, 'verordening')
  await mkdir(map, { recursive: true })
  await fill(map)
  git(dir, 'init', '-q')
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '-m', 'v1')
  git(dir, 'tag', 'v1')
  await edit(map)
  return map
}

export async function vergelijkRows(
  root: string,
  sizes: number[],
  runs: number,
  median: (runs: number, task: () => Promise<unknown>) => Promise<number>,
): Promise<Array<Record<string, string | number>>> {
  const rows: Array<Record<string, string | number>> = []
  const cases: Array<{ label: string; map: string }> = []
  cases.push({
    label: 'voorbeeld',
    map: await repoWith(
      root,
      'vergelijk-voorbeeld',
      (map) => cp(path.resolve('verordening'), map, { recursive: true }),
      async (map) => {
        const file = path.join(map, '03-werk-en-inkomen.md')
        await writeFile(file, (await readFile(file, 'utf8')).replace('binnen vijf werkdagen na de melding', 'binnen tien werkdagen na de melding'))
      },
    ),
  })
  for (const size of sizes) {
    const generated = generateVerordening(size)
    cases.push({
      label: `${size.toLocaleString('nl-NL')} artikelen`,
      map: await repoWith(
        root,
        `vergelijk-${size}`,
        async (map) => {
          for (const [name, text] of generated.files) await writeFile(path.join(map, name), text)
        },
        async (map) => {
          for (const [name, text] of generated.files) {
            if (!name.endsWith('.md')) continue
            let count = 0
            // A word changed in every tenth artikel.
            const changed = text.replace(/binnen acht weken na ontvangst/g, (match) => (count++ % 10 === 0 ? 'binnen zes weken na ontvangst' : match))
            await writeFile(path.join(map, name), changed)
          }
        },
      ),
    })
  }
  for (const { label, map } of cases) {
    let wijzigingen = 0
    const check = await median(runs, () => checkVerordening(map))
    const compare = await median(runs, async () => {
      wijzigingen = await vergelijkOnce(map, 'v1')
    })
    rows.push({
      map: label,
      'check ms': Math.round(check),
      'vergelijk ms': Math.round(compare),
      'vergelijk/check': (compare / check).toFixed(2),
      'gewijzigde artikelen': wijzigingen,
    })
  }
  return rows
}
