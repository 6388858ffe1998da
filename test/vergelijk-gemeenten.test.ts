// `verordening vergelijk-gemeenten` on eight test verordeningen written for it
// (test/fixtures/gemeenten/): four as CVDR XML, four as plain text, all read
// through `importeer`, with other numbering, chapter orders and titles, values
// in digits and in words, amounts in sentences and in tables. Every value
// planted in them must be found, with its sentence, in the topic of its
// artikel and in one row with the same value of the other gemeenten; nothing
// else may be found (not "artikel twee", "het eerste lid" or a date). Then the
// command itself: summary, JSON, the site and the CSV files, the output
// folder's safety, and bad input with Dutch messages.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { leesGemeenten, workerCount } from '../src/cli/gemeenten-lezen.ts'
import type { VergelijkingJson } from '../src/compare/gemeenten/json.ts'
import { kernVanWaarde } from '../src/compare/gemeenten/kern.ts'
import { formatWaarde, genormaliseerd, parametersIn, parametersVan, waardeSleutel } from '../src/compare/gemeenten/parameters.ts'
import { tabellenIn } from '../src/compare/gemeenten/tabellen.ts'
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

describe('the test verordeningen', () => {
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
    const noodfonds = topicOf(gemeenten[0]!, 'noodfonds')!
    expect(noodfonds.artikelen.filter((entry) => entry !== undefined)).toHaveLength(3)
  })

  it('compare a period in years with one in months (Rivierstad 12 maanden, Veldhuizen een jaar)', () => {
    const periode = topicOf(gemeenten[0]!, 'iit')!.rijen.find((rij) => rij.soort === 'termijn')!
    const at = (id: string) => periode.waarden[gemeenten.findIndex((gemeente) => gemeente.id === id)]!
    expect(genormaliseerd(at('rivierstad'))).toEqual({ waarde: 12, eenheid: 'maanden' })
    expect(genormaliseerd(at('veldhuizen'))).toEqual({ waarde: 12, eenheid: 'maanden' })
    expect(genormaliseerd(at('wilgendaal'))).toEqual({ waarde: 36, eenheid: 'maanden' })
  })

  it('give a value in a table its row and column as its sentence, and line it up by its row', () => {
    const iit = topicOf(gemeenten[0]!, 'iit')!
    const wilgendaal = gemeenten.findIndex((gemeente) => gemeente.id === 'wilgendaal')
    const alleenstaande = iit.rijen.find((rij) => rij.waarden[wilgendaal]?.waarde === 375)!
    expect(alleenstaande.waarden[wilgendaal]).toMatchObject({
      zin: 'alleenstaande, Bedrag per jaar: € 375',
      tekst: '€ 375',
      plaats: 'lid 3, tabel',
      tabel: { rij: 'alleenstaande', kolom: 'Bedrag per jaar' },
    })
    expect(alleenstaande.label).toBe('bedrag: alleenstaande')
    // "alleenstaande ouder" is a row of its own, not "alleenstaande".
    expect(iit.rijen.find((rij) => rij.waarden.some((waarde) => waarde?.waarde === 475))!.label).toContain('ouder')
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

  it.each([
    ['binnen anderhalve maand na de melding', 'termijn', 1.5, 'maanden', 'anderhalve maand'],
    ['voor de duur van een half jaar', 'termijn', 0.5, 'jaar', 'een half jaar'],
    ['binnen twee weken', 'termijn', 2, 'weken', 'twee weken'],
    ['binnen drie maanden', 'termijn', 3, 'maanden', 'drie maanden'],
    ['gedurende een jaar', 'termijn', 1, 'jaar', 'een jaar'],
    ['binnen zes weken', 'termijn', 6, 'weken', 'zes weken'],
    ['binnen twee en een halve maand', 'termijn', 2.5, 'maanden', 'twee en een halve maand'],
    ['binnen vijfentwintig werkdagen', 'termijn', 25, 'werkdagen', 'vijfentwintig werkdagen'],
    ['met de helft van de bijstandsnorm', 'percentage', 50, 'procent', 'de helft van de bijstandsnorm'],
    ['tot honderdtien procent van de bijstandsnorm', 'percentage', 110, 'procent', 'honderdtien procent van de bijstandsnorm'],
    ['een bijdrage van vijftig euro', 'bedrag', 50, 'euro', 'vijftig euro'],
    ['ten hoogste twaalfhonderd euro per jaar', 'bedrag', 1200, 'euro', 'twaalfhonderd euro'],
    ['ten hoogste tweeduizendvijfhonderd euro', 'bedrag', 2500, 'euro', 'tweeduizendvijfhonderd euro'],
    ['een persoon van achttien jaar of ouder', 'leeftijd', 18, 'jaar', 'achttien jaar of ouder'],
    ['een jongere die jonger is dan zevenentwintig jaar', 'leeftijd', 27, 'jaar', 'jonger is dan zevenentwintig jaar'],
    ['als een jeugdige achttien jaar wordt', 'leeftijd', 18, 'jaar', 'achttien jaar wordt'],
    ['binnen driekwart jaar', 'termijn', 0.75, 'jaar', 'driekwart jaar'],
    ['voor de duur van een kwart jaar', 'termijn', 0.25, 'jaar', 'een kwart jaar'],
    ['met een derde van de bijstandsnorm', 'percentage', 33.3, 'procent', 'een derde van de bijstandsnorm'],
    ['tot twee derde van het wettelijk minimumloon', 'percentage', 66.7, 'procent', 'twee derde van het wettelijk minimumloon'],
    ['een vergoeding van driekwart van de kosten', 'percentage', 75, 'procent', 'driekwart'],
    ['een verhoging met een kwart procent', 'percentage', 0.25, 'procent', 'een kwart procent'],
  ])('reads words: %s', (zin, soort, waarde, eenheid, tekst) => {
    expect(parametersIn(zin, '')).toEqual([expect.objectContaining({ soort, waarde, eenheid, tekst, zin })])
  })

  it.each([
    'Het eerste lid geldt niet voor een aanvraag als bedoeld in artikel twee.',
    'Deze verordening treedt in werking op 1 januari 2026.',
    'volgens de regels die golden op 31 december 2025',
    'een huishouden met twee of meer kinderen, drie personen',
    'in de tweede week van de maand',
    'honderden inwoners ontvangen een maandelijkse bijdrage',
    'de helft van de leden van de raad is aanwezig',
    'twee derde van de leden stemt voor',
    'het college kan een derde inschakelen voor de uitvoering',
  ])('finds no value in: %s', (zin) => {
    expect(parametersIn(zin, '')).toEqual([])
  })

  it('reads the period of an amount, and compares amounts per year', () => {
    const [maand] = parametersIn('De toeslag bedraagt € 30 per maand.', '')
    expect(maand).toMatchObject({ soort: 'bedrag', waarde: 30, per: 'maand' })
    expect(formatWaarde(maand!)).toBe('€ 30,00 per maand (€ 360,00 per jaar)')
    expect(genormaliseerd(maand!)).toEqual({ waarde: 360, eenheid: 'euro per jaar' })
    const [jaar] = parametersIn('Het college verstrekt jaarlijks een mantelzorgwaardering van € 360 aan de mantelzorger.', '')
    expect(jaar).toMatchObject({ waarde: 360, per: 'jaar' })
    expect(formatWaarde(jaar!)).toBe('€ 360,00 per jaar')
    expect(parametersIn('De bijdrage bedraagt ten hoogste € 1.000 per huishouden per kalenderjaar.', '')[0]).toMatchObject({ per: 'jaar' })
    const [geen] = parametersIn('De bijdrage is € 360.', '')
    expect(geen).not.toHaveProperty('per')
    // The same amount, whether written per month, per year or without a period.
    expect(new Set([maand!, jaar!, geen!].map(waardeSleutel)).size).toBe(1)
    expect(waardeSleutel(parametersIn('De toeslag bedraagt € 30 per week.', '')[0]!)).not.toBe(waardeSleutel(maand!))
  })

  it('reads "de helft van" an amount as 50%, with the norm when there is one', () => {
    const kosten = parametersIn('De bijdrage is de helft van de kosten.', '')
    expect(kosten).toEqual([expect.objectContaining({ soort: 'percentage', waarde: 50, tekst: 'de helft' })])
    expect(kosten[0]).not.toHaveProperty('basis')
    expect(parametersIn('met de helft van het wettelijk minimumloon', '')[0]).toMatchObject({ waarde: 50, basis: 'wettelijk minimumloon' })
  })
})

describe('the words around a value', () => {
  it('quote up to eight words before and five after, the value left out, and a table cell by its row and column', () => {
    const [binnen] = parametersIn('Het college beslist op een aanvraag binnen acht weken na ontvangst daarvan.', 'lid 1')
    expect(kernVanWaarde(binnen!)).toBe('Het college beslist op een aanvraag binnen … na ontvangst daarvan')
    const [lang] = parametersIn(
      'Als het college na een lang en zorgvuldig onderzoek van alle stukken besluit, betaalt het € 50 binnen een week aan de inwoner uit.',
      '',
    )
    expect(kernVanWaarde(lang!)).toBe('zorgvuldig onderzoek van alle stukken besluit, betaalt het … binnen een week aan de')
    expect(kernVanWaarde({ tekst: '€ 375', zin: 'alleenstaande, Bedrag per jaar: € 375', tabel: { rij: 'alleenstaande', kolom: 'Bedrag per jaar' } })).toBe(
      'alleenstaande, Bedrag per jaar',
    )
    expect(kernVanWaarde({ tekst: '€ 5', zin: 'Een andere zin.' })).toBe('')
  })
})

describe('values in a table', () => {
  const text =
    'De toeslag bedraagt per jaar: | Huishouden | Bedrag per jaar | Grens | | --- | --- | ---: | | alleenstaande | € 350 | 110% | | gezin | | 120 | Zie ook artikel 3.'

  it('finds the table in the plain text of a lid, and the text around it', () => {
    const { tabellen, rest } = tabellenIn(text)
    expect(tabellen.map(({ kop, rijen }) => ({ kop, rijen }))).toEqual([
      {
        kop: ['Huishouden', 'Bedrag per jaar', 'Grens'],
        rijen: [
          ['alleenstaande', '€ 350', '110%'],
          ['gezin', '', '120'],
        ],
      },
    ])
    expect(rest.replace(/\s+/g, ' ')).toBe('De toeslag bedraagt per jaar: Zie ook artikel 3.')
  })

  it('reads each cell with its row and column, and a number alone only when a header gives its kind', () => {
    const found = parametersVan({ nr: '1', titel: 'Toeslag', leden: [{ nr: 2, tekst: text, onderdelen: [] }] })
    expect(found.map(({ soort, waarde, zin, context }) => ({ soort, waarde, zin, context }))).toEqual([
      { soort: 'bedrag', waarde: 350, zin: 'alleenstaande, Bedrag per jaar: € 350', context: ['alleenstaande', 'bedrag', 'jaar'] },
      { soort: 'percentage', waarde: 110, zin: 'alleenstaande, Grens: 110%', context: ['alleenstaande', 'grens'] },
    ])
    const euro = parametersVan({
      nr: '1',
      titel: 'Toeslag',
      leden: [
        { nr: null, tekst: '| Leefsituatie | Bedrag (€) | Grens in % van de bijstandsnorm | | --- | --- | --- | | gehuwden | 1.200,- | 120 |', onderdelen: [] },
      ],
    })
    expect(euro.map(({ soort, waarde, basis }) => ({ soort, waarde, basis }))).toEqual([
      { soort: 'bedrag', waarde: 1200, basis: undefined },
      { soort: 'percentage', waarde: 120, basis: 'bijstandsnorm' },
    ])
  })

  it('leaves text with pipes but no row of dashes under a header alone', () => {
    expect(tabellenIn('keuze a | b, of | c |').tabellen).toEqual([])
    expect(tabellenIn('| a | b | en verder').tabellen).toEqual([])
  })
})

describe('verordening vergelijk-gemeenten', () => {
  it('prints the values per gemeente and writes the site and the CSV files', async () => {
    const uit = path.join(root, 'uit')
    const outcome = await verordening(['vergelijk-gemeenten', ...maps, '--uit', uit])
    expect(outcome.stderr).toContain('Vergelijking geschreven')
    expect(outcome.code).toBe(0)
    expect(outcome.stdout).toContain('Vergelijking van 8 gemeenten: Beekveen, Lisdonk, Rivierstad, Zandhoven, Heidemeer, Oosterwold, Wilgendaal, Veldhuizen')
    expect(outcome.stdout).toMatch(/Wilgendaal\s+3 jaar \(36 maanden\)\s+\(artikel 2, lid 2\)/)
    // Under each row's label, the words of the verordening around the value: what the number counts.
    expect(outcome.stdout).toContain('„Het college beslist op een aanvraag binnen … na ontvangst daarvan” (Beekveen)')
    expect(outcome.stdout).toMatch(/Rivierstad\s+€ 960,00\s+\(artikel 12a, lid 3, onderdeel a\)/)
    const csv = await readFile(path.join(uit, 'vergelijking.csv'), 'utf8')
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFF"onderwerp";"waarde";"soort";"eenheid";"verschilt";"Beekveen";"Lisdonk";"Rivierstad";"Zandhoven";"Heidemeer";"Oosterwold";"Wilgendaal";"Veldhuizen"',
    )
    expect(csv).toContain('"350";"420";"960";"120";"350";"300";"375";"400"')
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
    expect(page).toContain('alleenstaande, Bedrag per jaar: <mark>€ 375</mark>')
    // A second run replaces its own folder.
    expect((await verordening(['vergelijk-gemeenten', maps[0]!, maps[1]!, '--uit', uit])).code).toBe(0)
  }, 120_000)

  it('gives the comparison as JSON with --json, in the documented shape', async () => {
    const outcome = await verordening(['vergelijk-gemeenten', ...maps, '--json'])
    expect(outcome.code).toBe(0)
    const json = JSON.parse(outcome.stdout) as VergelijkingJson
    expect(json.formaat).toBe('vergelijk-gemeenten/1')
    expect(json.gemeenten.map((gemeente) => gemeente.naam)).toEqual(gemeenten.map((gemeente) => gemeente.naam))
    expect(Object.keys(json.onderwerpen[0]!)).toEqual(['id', 'titel', 'grondslagen', 'artikelen', 'waarden'])
    const iit = json.onderwerpen.find((onderwerp) => onderwerp.titel === 'Individuele inkomenstoeslag')!
    expect(iit.artikelen.map((artikel) => `${artikel.gemeente} ${artikel.nr}`)).toContain('Rivierstad 12a')
    expect(iit.artikelen.find((artikel) => artikel.gemeente === 'Wilgendaal')!.bron).toMatchObject({
      bestand: expect.stringMatching(/wilgendaal[/\\]02-inkomen\.md$/),
      regel: expect.any(Number),
      kolom: 1,
    })
    const periode = iit.waarden.find((rij) => rij.soort === 'termijn')!
    expect(periode.gemeenten.find((waarde) => waarde.gemeente === 'Wilgendaal')).toEqual({
      gemeente: 'Wilgendaal',
      artikel: '2',
      plaats: 'lid 2',
      soort: 'termijn',
      waarde: 3,
      eenheid: 'jaar',
      genormaliseerd: { waarde: 36, eenheid: 'maanden' },
      basis: null,
      per: null,
      tekst: 'drie jaar',
      zin: 'Onder langdurig wordt verstaan een periode van drie jaar voorafgaand aan de peildatum.',
      tabel: null,
      bron: { bestand: expect.stringMatching(/02-inkomen\.md$/), regel: expect.any(Number), kolom: 4 },
    })
    // `bron` is where the lid of the value starts in the source: its line holds the value.
    const { bron } = periode.gemeenten.find((waarde) => waarde.gemeente === 'Wilgendaal')!
    const lines = (await readFile(bron.bestand, 'utf8')).split('\n')
    expect(lines[bron.regel - 1]).toContain('periode van drie jaar')
    const alleenstaande = iit.waarden.find((rij) => rij.label === 'bedrag: alleenstaande')!
    expect(alleenstaande.gemeenten.find((waarde) => waarde.gemeente === 'Veldhuizen')).toMatchObject({
      waarde: 400,
      tekst: '400',
      zin: 'alleenstaande, Bedrag (€): 400',
      tabel: { rij: 'alleenstaande', kolom: 'Bedrag (€)' },
    })
    // "Bedrag per jaar" in the header: the amount is per year.
    expect(alleenstaande.gemeenten.find((waarde) => waarde.gemeente === 'Wilgendaal')).toMatchObject({
      waarde: 375,
      per: 'jaar',
      genormaliseerd: { waarde: 375, eenheid: 'euro per jaar' },
    })
    // Every planted value is in the JSON too, and nothing else.
    const count = json.onderwerpen.flatMap((onderwerp) => onderwerp.waarden.flatMap((rij) => rij.gemeenten)).length
    expect(count).toBe(gemeenten.reduce((sum, gemeente) => sum + gemeente.geplant.length, 0))
  }, 120_000)

  it('writes a CVDR table as a Markdown table when it imports', async () => {
    const inkomen = await readFile(path.join(maps[gemeenten.findIndex((gemeente) => gemeente.id === 'wilgendaal')]!, '02-inkomen.md'), 'utf8')
    expect(inkomen).toContain('   | Huishouden | Bedrag per jaar |\n   | --- | --- |\n   | alleenstaande | € 375 |\n   | gehuwden | € 550 |\n')
  })

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

describe('workers for the machine', () => {
  it('takes one per core, no more than half the memory holds, and at least one', () => {
    const gb = 1024 ** 3
    expect(workerCount(2, 24 * gb)).toBe(2)
    expect(workerCount(8, 8 * gb)).toBe(5)
    expect(workerCount(16, 4 * gb)).toBe(2)
    expect(workerCount(4, 1 * gb)).toBe(1)
  })
})
