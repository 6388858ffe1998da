// `verordening vergelijk-gemeenten` on six test verordeningen written for it
// (test/fixtures/gemeenten/): three as CVDR XML, three as plain text, all read
// through `importeer`, with other numbering, chapter orders and titles. Every
// value planted in them must be found, with its sentence, in the topic of its
// artikel and in one row with the same value of the other gemeenten; nothing
// else may be found. Then the command itself: summary, the site and the CSV
// files, the output folder's safety, and bad input with Dutch messages.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { leesGemeenten } from '../src/cli/gemeenten-lezen.ts'
import { parametersIn } from '../src/compare/gemeenten/parameters.ts'
import { type Vergelijking, vergelijkGemeenten } from '../src/compare/gemeenten/uitlijning.ts'
import { importeer } from '../src/import/importeer.ts'
import { type Gemeente, gemeenten, type Topic } from './fixtures/gemeenten/gemeenten.ts'
import { bronNaam, render } from './fixtures/gemeenten/render.ts'
import { verordening } from './helpers/cli.ts'

const fixtures = path.resolve('test/fixtures/gemeenten')
let root: string
let maps: string[]
let vergelijking: Vergelijking

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'vergelijk-gemeenten-'))
  maps = []
  for (const gemeente of gemeenten) {
    const map = path.join(root, gemeente.id)
    const imported = await importeer(path.join(fixtures, bronNaam(gemeente)), map)
    if (!imported.ok) throw new Error(imported.message)
    maps.push(map)
  }
  const gelezen = await leesGemeenten(maps, { threads: 1 })
  vergelijking = vergelijkGemeenten(gelezen.map((read) => read.gemeente))
}, 120_000)

afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

function topicOf(gemeente: Gemeente, topic: Topic) {
  const index = gemeenten.indexOf(gemeente)
  const nr = gemeente.artikelen[topic]
  return vergelijking.onderwerpen.find((onderwerp) => onderwerp.artikelen[index]?.artikel.nr === nr)
}

describe('the six test verordeningen', () => {
  it('are written from gemeenten.ts (npx tsx scripts/vergelijk-fixtures.ts)', async () => {
    for (const gemeente of gemeenten) expect(await readFile(path.join(fixtures, bronNaam(gemeente)), 'utf8')).toBe(render(gemeente))
  })

  it('name every gemeente by its own name', () => {
    expect(vergelijking.gemeenten.map((gemeente) => gemeente.naam)).toEqual(gemeenten.map((gemeente) => gemeente.naam))
  })

  it('align each topic across gemeenten, whatever its number, title or chapter', () => {
    const topics = new Set(gemeenten.flatMap((gemeente) => Object.keys(gemeente.artikelen) as Topic[]))
    for (const topic of topics) {
      const having = gemeenten.filter((gemeente) => gemeente.artikelen[topic] !== undefined)
      const onderwerp = topicOf(having[0]!, topic)
      expect(onderwerp, topic).toBeDefined()
      for (const [index, gemeente] of gemeenten.entries()) {
        const nr = gemeente.artikelen[topic]
        expect(onderwerp!.artikelen[index]?.artikel.nr, `${topic} in ${gemeente.naam}`).toBe(nr)
      }
    }
  })

  it('find every planted value with its sentence, in the row of the same value elsewhere', () => {
    const rowOfSlot = new Map<string, unknown>()
    for (const [index, gemeente] of gemeenten.entries()) {
      for (const geplant of gemeente.geplant) {
        const onderwerp = topicOf(gemeente, geplant.topic)
        const where = `${gemeente.naam}, ${geplant.topic} ${geplant.slot}`
        expect(onderwerp, where).toBeDefined()
        const rij = onderwerp!.rijen.find((candidate) => {
          const waarde = candidate.waarden[index]
          return waarde?.soort === geplant.soort && waarde.waarde === geplant.waarde && waarde.eenheid === geplant.eenheid
        })
        expect(rij, where).toBeDefined()
        expect(rij!.waarden[index]!.zin, where).toContain(geplant.zin)
        const slot = `${geplant.topic} ${geplant.slot}`
        if (!rowOfSlot.has(slot)) rowOfSlot.set(slot, rij)
        expect(rij, `${where}: same row as the other gemeenten`).toBe(rowOfSlot.get(slot))
      }
    }
  })

  it('find nothing that was not planted', () => {
    for (const [index, gemeente] of gemeenten.entries()) {
      const found = vergelijking.onderwerpen.flatMap((onderwerp) => onderwerp.rijen.filter((rij) => rij.waarden[index] !== undefined))
      expect(found.length, gemeente.naam).toBe(gemeente.geplant.length)
    }
  })

  it('mark a row as different only when the values differ', () => {
    const iit = topicOf(gemeenten[0]!, 'iit')!
    const periode = iit.rijen.find((rij) => rij.soort === 'termijn')!
    // 36 maanden in five gemeenten, 12 in Rivierstad.
    expect(periode.verschilt).toBe(true)
    const gesprek = topicOf(gemeenten[0]!, 'noodfonds')!
    expect(gesprek.artikelen.filter((entry) => entry !== undefined)).toHaveLength(2)
  })
})

describe('parameters in a sentence', () => {
  it.each([
    ['De toeslag bedraagt € 1.200,- per jaar.', 'bedrag', 1200, 'euro'],
    ['De toeslag bedraagt EUR 75,50.', 'bedrag', 75.5, 'euro'],
    ['een bijdrage van 250 euro', 'bedrag', 250, 'euro'],
    ['een inkomen tot 130 procent van het wettelijk minimumloon', 'percentage', 130, 'procent'],
    ['binnen één week', 'termijn', 1, 'weken'],
    ['binnen tien werkdagen', 'termijn', 10, 'werkdagen'],
    ['de 18-jarige inwoner', 'leeftijd', 18, 'jaar'],
    ['vanaf de leeftijd van 65 jaar', 'leeftijd', 65, 'jaar'],
  ])('%s', (zin, soort, waarde, eenheid) => {
    const [found] = parametersIn(zin, '')
    expect(found).toMatchObject({ soort, waarde, eenheid, zin })
  })

  it('reads a percentage of the norm with its norm', () => {
    expect(parametersIn('niet hoger dan 110% van de toepasselijke bijstandsnorm', '')[0]?.basis).toBe('bijstandsnorm')
  })

  it('reads an age once, not also as a period', () => {
    expect(parametersIn('een persoon van 21 jaar of ouder', '')).toHaveLength(1)
  })
})

describe('verordening vergelijk-gemeenten', () => {
  it('prints the values per gemeente and writes the site and the CSV files', async () => {
    const uit = path.join(root, 'uit')
    const outcome = await verordening(['vergelijk-gemeenten', ...maps, '--uit', uit])
    expect(outcome.stderr).toContain('Vergelijking geschreven')
    expect(outcome.code).toBe(0)
    expect(outcome.stdout).toContain('Vergelijking van 6 gemeenten: Beekveen, Lisdonk, Rivierstad, Zandhoven, Heidemeer, Oosterwold')
    expect(outcome.stdout).toMatch(/Rivierstad\s+€ 960,00\s+\(artikel 12a, lid 3, onderdeel a\)/)
    const csv = await readFile(path.join(uit, 'vergelijking.csv'), 'utf8')
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFF"onderwerp";"waarde";"soort";"eenheid";"verschilt";"Beekveen";"Lisdonk";"Rivierstad";"Zandhoven";"Heidemeer";"Oosterwold"',
    )
    expect(csv).toContain('"350";"420";"960";"120";"350";"300"')
    const zinnen = await readFile(path.join(uit, 'zinnen.csv'), 'utf8')
    expect(zinnen).toContain('"Oosterwold";"artikel 5";"lid 3, onderdeel b";"425,5";"€ 425,50";"€ 425,50";"voor gehuwden: € 425,50."')
    const index = await readFile(path.join(uit, 'index.html'), 'utf8')
    expect(index).toContain('<html lang="nl">')
    // Full-text search over the topic pages, in chunks (Pagefind).
    expect(index).toContain('pagefind/pagefind-ui.js')
    expect(await readFile(path.join(uit, 'pagefind', 'pagefind-entry.json'), 'utf8')).toContain('"nl"')
    const iit = vergelijking.onderwerpen.find((onderwerp) => onderwerp.titel === 'Individuele inkomenstoeslag')!
    const page = await readFile(path.join(uit, 'onderwerpen', iit.id, 'index.html'), 'utf8')
    expect(page).toContain('<mark>€ 960</mark>')
    expect(page).toMatch(/<del><span class="vh">\[niet hier, wel in de eerste: <\/span>van 21 jaar of/)
    // A second run replaces its own folder.
    expect((await verordening(['vergelijk-gemeenten', maps[0]!, maps[1]!, '--uit', uit])).code).toBe(0)
  }, 120_000)

  it('never writes into a verordening folder, nor over a folder it did not make', async () => {
    const inside = await verordening(['vergelijk-gemeenten', maps[0]!, maps[1]!, '--uit', path.join(maps[1]!, 'vergelijking')])
    expect(inside.code).toBe(1)
    expect(inside.stderr).toContain('valt samen met de map van de verordening')
    const foreign = path.join(root, 'van-iemand-anders')
    await mkdir(foreign)
    await writeFile(path.join(foreign, 'brief.txt'), 'bewaren')
    const refused = await verordening(['vergelijk-gemeenten', maps[0]!, maps[1]!, '--uit', foreign])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('niet door verordening gemaakt')
    expect(await readFile(path.join(foreign, 'brief.txt'), 'utf8')).toBe('bewaren')
  }, 60_000)

  it('says in Dutch what is wrong with the maps', async () => {
    const one = await verordening(['vergelijk-gemeenten', maps[0]!])
    expect(one).toMatchObject({ code: 1 })
    expect(one.stderr).toContain('Geef ten minste twee mappen')
    const missing = await verordening(['vergelijk-gemeenten', maps[0]!, path.join(root, 'bestaat-niet')])
    expect(missing.stderr).toMatch(/De map `.*bestaat-niet` \(argument 2\) bestaat niet/)
    const twice = await verordening(['vergelijk-gemeenten', maps[0]!, `${maps[0]!}/`])
    expect(twice.stderr).toContain('geef elke gemeente één keer')
    const file = path.join(root, 'los.txt')
    await writeFile(file, 'geen map')
    expect((await verordening(['vergelijk-gemeenten', maps[0]!, file])).stderr).toContain('is een bestand, geen map')
    const empty = path.join(root, 'leeg')
    await mkdir(empty)
    const noArtikelen = await verordening(['vergelijk-gemeenten', maps[0]!, empty])
    expect(noArtikelen.code).toBe(1)
    expect(noArtikelen.stderr).toContain('geen artikelen die gelezen konden worden')
    expect(noArtikelen.stderr).not.toMatch(/\n\s+at /)
    // A map with errors is compared with what could be read, and the first errors are named with their place.
    const kapot = path.join(root, 'kapot')
    await cp(maps[1]!, kapot, { recursive: true })
    await writeFile(path.join(kapot, 'verordening.yml'), 'gemeente: [\n')
    const broken = await verordening(['vergelijk-gemeenten', maps[0]!, kapot])
    expect(broken.code).toBe(0)
    expect(broken.stderr).toMatch(/kapot\/verordening\.yml:2:1: YAML-fout/)
    expect(broken.stdout).toContain('Vergelijking van 2 gemeenten: Beekveen, kapot')
  }, 60_000)

  it('reads the maps in worker threads as it does in one thread', async () => {
    const threaded = await leesGemeenten(maps, { threads: 2, vanafAantal: 2 })
    expect(vergelijkGemeenten(threaded.map((read) => read.gemeente))).toEqual(vergelijking)
  }, 120_000)
})
