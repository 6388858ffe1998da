// `npx tsx bench/corpus-run.ts [gemeenten]`: only the corpus and search rows of
// `npm run bench` (bench/corpus.ts, bench/zoeken.ts), for a quicker look.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { corpusRows } from './corpus.ts'
import { zoekRows } from './zoeken.ts'

const gemeenten = Number(process.argv[2] ?? process.env.BENCH_CORPUS_GEMEENTEN ?? 342)
const root = await mkdtemp(path.join(tmpdir(), 'bench-corpus-'))
try {
  const corpus = await corpusRows(path.join(root, 'corpus'), gemeenten)
  console.log(
    `Corpus van ${gemeenten} gemeenten (100 artikelen elk): check per verordening parallel tegen (a) een kale remark-parse in één thread, in dezelfde run:`,
  )
  console.table(corpus.rows)
  await rm(path.join(root, 'corpus'), { recursive: true, force: true })
  if (process.env.BENCH_ZOEKEN !== '0') {
    console.log(`Zoeken op de vergelijkingssite van ${gemeenten} gemeenten: bytes die één zoekvraag laadt:`)
    console.table(await zoekRows(path.join(root, 'site'), corpus.pages, corpus.gemeenten))
  }
} finally {
  await rm(root, { recursive: true, force: true })
}
