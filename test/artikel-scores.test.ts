// The plain-language scores per artikel are computed once, by the analysis
// step of the pipeline, from the model and the trees; the rule, --json and the
// views read them from the context, and a re-check analyses only the artikelen
// of the changed files.
import { readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { VFile } from 'vfile'
import { afterAll, describe, expect, it } from 'vitest'
import { toJsonScores } from '../src/cli/json-output.ts'
import { buildContext, type ParsedHoofdstuk } from '../src/model/context.ts'
import { artikelId } from '../src/model/scores.ts'
import { Pipeline } from '../src/pipeline/pipeline.ts'
import { wmoHoofdstuk } from '../src/rules/support/examples.ts'
import { analyseArtikelen } from '../src/taal/artikel-scores.ts'
import { buildSiteData } from '../src/views/site-data.ts'
import { makeFixture } from './helpers/fixture.ts'

const made: string[] = []
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })))
})

// Artikel 2.1 "Hulp" with an inwoners part and a voorbeeld: two parts to score.
const hoofdstuk2 = wmoHoofdstuk({
  titel: 'Hulp',
  juridisch: 'Het :begrip[college] kan hulp bieden.',
  delen: ':::voorbeeld{titel="Mevrouw Bakker"}\nMevrouw Bakker is 84 jaar. Ze woont alleen.\n:::',
})

async function checked() {
  const dir = await makeFixture({ '02-wmo.md': hoofdstuk2 })
  made.push(dir)
  const pipeline = Pipeline.forFolder(dir)
  return { dir, pipeline, result: await pipeline.check() }
}

const allArtikelen = (result: Awaited<ReturnType<Pipeline['check']>>) => result.context.verordening.hoofdstukken.flatMap((hoofdstuk) => hoofdstuk.artikelen)

describe('the analysis step', () => {
  it('gives every artikel its figures, by artikel id, and --json and the raadsoverzicht show exactly those', async () => {
    const { result } = await checked()
    const artikelen = allArtikelen(result)
    expect(result.context.scores.size).toBe(artikelen.length)
    const wmo = result.context.scores.get(artikelId(artikelen.find((artikel) => artikel.nr === '2.1')!))
    expect(wmo?.leesbaarheid.map((deel) => deel.naam)).toEqual(['inwoners', 'voorbeeld'])
    expect(wmo?.scores.inwoners?.words).toBe(4)

    const json = toJsonScores(result.context)
    expect(json.map((entry) => entry.scores)).toEqual(artikelen.map((artikel) => result.context.scores.get(artikelId(artikel))?.scores))
    // The very objects of the analysis: nothing computed them again.
    expect(json.every((entry, index) => entry.scores === result.context.scores.get(artikelId(artikelen[index]!))?.scores)).toBe(true)

    const site = buildSiteData(result.context, { imageUrl: () => null, now: new Date(0) })
    expect(site.raad.taal.artikelen.map((score) => score.inwoners)).toEqual(
      artikelen.map((artikel) => result.context.scores.get(artikelId(artikel))?.scores.inwoners?.fleschDouma ?? null),
    )
  })

  it('reads the model and the trees, not the text of the files', async () => {
    const { result } = await checked()
    // The same hoofdstukken as new objects, with files that hold no text at all.
    const blank: ParsedHoofdstuk[] = result.context.hoofdstukken.map((entry) => ({
      tree: entry.tree,
      file: new VFile({ path: entry.file.path, value: '' }),
      hoofdstuk: { ...entry.hoofdstuk, artikelen: entry.hoofdstuk.artikelen.map((artikel) => ({ ...artikel })) },
    }))
    const again = analyseArtikelen(buildContext(result.context.registries, blank))
    const figures = (scores: ReadonlyMap<string, typeof again extends Map<string, infer A> ? A : never>) =>
      [...scores].map(([id, analyse]) => [id, analyse.scores, analyse.leesbaarheid])
    expect(figures(again)).toEqual(figures(result.context.scores))
    expect([...again.values()].some((analyse) => [...result.context.scores.values()].includes(analyse))).toBe(false)
  })

  it('in a re-check, keeps the figures of the artikelen in unchanged files and analyses the changed file again', async () => {
    const { dir, pipeline, result } = await checked()
    const before = new Map(result.context.scores)
    const file = path.join(dir, '02-wmo.md')
    await writeFile(file, (await readFile(file, 'utf8')).replace('Wij kunnen u helpen.', 'Wij helpen u graag en snel.'))
    const next = await pipeline.recheck(['02-wmo.md'])
    expect(next.context.scores).not.toBe(result.context.scores)
    for (const artikel of allArtikelen(next)) {
      const id = artikelId(artikel)
      const analyse = next.context.scores.get(id)
      if (artikel.plaats.file === file) {
        expect(analyse).not.toBe(before.get(id))
        expect(analyse?.scores.inwoners?.words).toBe(6)
      } else expect(analyse).toBe(before.get(id))
    }
  })
})
