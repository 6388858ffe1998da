// A Markdown table in a lid (docs/schrijven.md, “Waarden in een tabel”) in the
// official documents: a real Word table in `export docx` (the verordening, and
// the wijzigingsverordening of `--sinds`, which quotes the new lid), and a CALS
// `table` in STOP-XML, valid against imop-tekst 1.1.0. Never rows of text
// with `|`. On a copy of the example with the table added to artikel 3.7 lid 3.
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tabelRenvooi } from '../../src/export/tabel-renvooi.ts'
import { packageRoot } from '../../src/package-root.ts'
import { verordening } from '../helpers/cli.ts'
import { makeRepo, type Repo } from '../helpers/git-repo.ts'

const exec = promisify(execFile)
const stopXsd = path.resolve(packageRoot, '..', 'shared', 'standards', 'stop', 'imop-tekst-1.1.0.xsd')
const made: string[] = []
let repo: Repo
let out: string

const oudLid =
  '3. De hoogte van de individuele inkomenstoeslag en de periode waarover het inkomen laag moet zijn geweest, zijn opgenomen in de bijlage bij deze verordening.'
const nieuwLid = `3. De hoogte van de individuele inkomenstoeslag bedraagt per jaar:

   | Huishouden | Bedrag per jaar |
   | --- | ---: |
   | alleenstaande | € 350 |
   | gehuwden, met :begrip[individuele inkomenstoeslag] | *€ 500* |`

beforeAll(async () => {
  repo = await makeRepo(made)
  await repo.edit('03-werk-en-inkomen.md', oudLid, nieuwLid)
  repo.commit('3.7 een tabel', 'v2')
  out = await mkdtemp(path.join(tmpdir(), 'export-tabel-'))
  made.push(out)
}, 60_000)

afterAll(async () => {
  for (const dir of made) await rm(dir, { recursive: true, force: true })
})

async function documentXml(args: string[]): Promise<string> {
  const file = path.join(out, `${args.join('-').replace(/\W/g, '')}.docx`)
  const outcome = await verordening(['export', 'docx', repo.map, ...args, '--uit', file])
  expect(outcome.code, outcome.stderr).toBe(0)
  return (await JSZip.loadAsync(await readFile(file))).file('word/document.xml')!.async('string')
}

/** The text of each cell of each row of the first Word table after `after`. */
function wordTable(xml: string, after: string): string[][] {
  const start = xml.indexOf('<w:tbl>', xml.indexOf(after))
  expect(start).toBeGreaterThan(0)
  const table = xml.slice(start, xml.indexOf('</w:tbl>', start))
  return [...table.matchAll(/<w:tr>([\s\S]*?)<\/w:tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((cell) => [...cell[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')),
  )
}

describe('a table in a lid, in Word', () => {
  it('is a Word table with a repeating header row, borders and widths that fill the page beside the lid', async () => {
    const xml = await documentXml([])
    expect(wordTable(xml, 'De hoogte van de individuele inkomenstoeslag bedraagt per jaar:')).toEqual([
      ['Huishouden', 'Bedrag per jaar'],
      ['alleenstaande', '€ 350'],
      ['gehuwden, met individuele inkomenstoeslag', '€ 500'],
    ])
    const table = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'))
    expect(table).toContain('<w:tblHeader/>')
    expect(table).toMatch(/<w:tblBorders>[\s\S]*<w:insideH w:val="single"/)
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((match) => Number(match[1]))
    expect(grid).toHaveLength(2)
    // A4 less two margins of 1440 twips, less the indent of a lid (567).
    expect(grid.reduce((a, b) => a + b, 0)).toBe(11906 - 2 * 1440 - 567)
    expect(table).toContain('<w:tblInd w:type="dxa" w:w="567"/>')
    expect(xml).not.toMatch(/\|\s*-{3}/)
    expect(xml).not.toContain('| alleenstaande')
  })

  it('is a Word table in the wijzigingsverordening of `--sinds` too, where the new lid is quoted', async () => {
    const xml = await documentXml(['--sinds', 'v1'])
    const opdracht = 'Artikel 3.7, derde lid, komt te luiden:'
    expect(xml).toContain(opdracht)
    // The quoted lid: its number and text, then the table, in a paragraph and a table of their own.
    expect(xml.slice(xml.indexOf(opdracht))).toMatch(/^[\s\S]*?3\. De hoogte van de individuele inkomenstoeslag bedraagt per jaar:<\/w:t><\/w:r><\/w:p><w:tbl>/)
    expect(wordTable(xml, opdracht)).toEqual([
      ['Huishouden', 'Bedrag per jaar'],
      ['alleenstaande', '€ 350'],
      ['gehuwden, met individuele inkomenstoeslag', '€ 500'],
    ])
    const renvooi = xml.indexOf('>Renvooi<', xml.indexOf(opdracht))
    expect(renvooi).toBeGreaterThan(xml.indexOf(opdracht))
    expect(xml.slice(xml.indexOf(opdracht), renvooi)).not.toMatch(/\|\s*-{3}/)
    // The renvooi: the old words struck, the new text and the new table (every cell) underlined; no bars.
    const artikel = xml.slice(xml.indexOf('Artikel 3.7', renvooi))
    expect(artikel).toMatch(/<w:strike\/><\/w:rPr><w:t xml:space="preserve">en de periode/)
    expect(wordTable(xml, xml.slice(renvooi, renvooi + 40))).toEqual([
      ['Huishouden', 'Bedrag per jaar'],
      ['alleenstaande', '€ 350'],
      ['gehuwden, met individuele inkomenstoeslag', '€ 500'],
    ])
    const table = artikel.slice(artikel.indexOf('<w:tbl>'), artikel.indexOf('</w:tbl>'))
    expect(table.match(/<w:u w:val="single"\/>/g)).toHaveLength(6)
    expect(xml.slice(renvooi)).not.toContain('|')
  })
})

describe('the renvooi of a table with other columns, in Word', () => {
  it('strikes the old table and underlines the new one, two tables kept apart by an empty paragraph', async () => {
    // A repository of its own: v2 with the table, v3 with a column more.
    const eigen = await makeRepo(made)
    await eigen.edit('03-werk-en-inkomen.md', oudLid, nieuwLid)
    eigen.commit('3.7 een tabel', 'v2')
    await eigen.edit(
      '03-werk-en-inkomen.md',
      '| Huishouden | Bedrag per jaar |\n   | --- | ---: |',
      '| Huishouden | Per jaar | Per maand |\n   | --- | --- | --- |',
    )
    await eigen.edit('03-werk-en-inkomen.md', '| alleenstaande | € 350 |', '| alleenstaande | € 350 | € 29 |')
    await eigen.edit('03-werk-en-inkomen.md', '| *€ 500* |', '| *€ 500* | € 42 |')
    eigen.commit('3.7 een kolom erbij', 'v3')
    const file = path.join(out, 'kolommen.docx')
    const outcome = await verordening(['export', 'docx', eigen.map, '--sinds', 'v2', '--uit', file])
    expect(outcome.code, outcome.stderr).toBe(0)
    const xml = await (await JSZip.loadAsync(await readFile(file))).file('word/document.xml')!.async('string')
    const renvooi = xml.slice(xml.lastIndexOf('>Renvooi<'))
    expect(renvooi).toMatch(/<\/w:tbl><w:p(?:\/>|>(?:(?!<w:t[ >]).)*?<\/w:p>)<w:tbl>/)
    // Word ends a document with a paragraph, not a table.
    expect(renvooi).toMatch(/(?:<\/w:p>|<w:p\/>)<w:sectPr>/)
    const tables = renvooi.split('<w:tbl>').slice(1, 3)
    expect(tables[0]).toContain('<w:strike/>')
    expect(tables[0]).not.toContain('<w:u ')
    expect(tables[1]).toContain('<w:u w:val="single"/>')
    expect(tables[1]).not.toContain('<w:strike/>')
    expect(wordTable(renvooi, '')[0]).toEqual(['Huishouden', 'Bedrag per jaar'])
  }, 60_000)
})

describe('the renvooi of a table', () => {
  const tabel = (bedrag: string) => `De toeslag bedraagt: | Huishouden | Bedrag | | --- | --- | | alleenstaande | ${bedrag} | | gezin | € 500 |`

  it('compares the text word by word and the table cell by cell, when the columns stay', () => {
    const blokken = tabelRenvooi(tabel('€ 350'), tabel('€ 375'))
    expect(blokken).toEqual([
      { soort: 'tekst', segmenten: [{ soort: 'gelijk', tekst: 'De toeslag bedraagt:' }] },
      {
        soort: 'tabel',
        kop: [[{ soort: 'gelijk', tekst: 'Huishouden' }], [{ soort: 'gelijk', tekst: 'Bedrag' }]],
        rijen: [
          [
            [{ soort: 'gelijk', tekst: 'alleenstaande' }],
            [
              { soort: 'gelijk', tekst: '€ ' },
              { soort: 'weg', tekst: '350' },
              { soort: 'nieuw', tekst: '375' },
            ],
          ],
          [[{ soort: 'gelijk', tekst: 'gezin' }], [{ soort: 'gelijk', tekst: '€ 500' }]],
        ],
      },
    ])
  })

  it('matches rows by their name in the first column: a new row underlined, a row that goes struck where it stood', () => {
    const oud = 'De toeslag: | Huishouden | Bedrag | | --- | --- | | alleenstaande | € 350 | | eenouder | € 400 | | gezin | € 500 |'
    const nieuw = 'De toeslag: | Huishouden | Bedrag | | --- | --- | | alleenstaande | € 350 | | samenwonend | € 450 | | gezin | € 500 |'
    const blok = tabelRenvooi(oud, nieuw)?.[1]
    const rijen = blok?.soort === 'tabel' ? blok.rijen.map((rij) => rij.map((cel) => cel.map((segment) => `${segment.soort}:${segment.tekst}`).join(' '))) : []
    expect(rijen).toEqual([
      ['gelijk:alleenstaande', 'gelijk:€ 350'],
      ['weg:eenouder', 'weg:€ 400'],
      ['nieuw:samenwonend', 'nieuw:€ 450'],
      ['gelijk:gezin', 'gelijk:€ 500'],
    ])
  })

  it('strikes the old table and underlines the new one when the columns change, and is null without a table', () => {
    const blokken = tabelRenvooi(tabel('€ 350'), 'De toeslag bedraagt: | Huishouden | Per jaar | Per maand | | --- | --- | --- | | gezin | € 500 | € 42 |')
    expect(blokken?.map((blok) => (blok.soort === 'tabel' ? blok.kop.flat().map((segment) => `${segment.soort}:${segment.tekst}`) : blok.soort))).toEqual([
      'tekst',
      ['weg:Huishouden', 'weg:Bedrag'],
      ['nieuw:Huishouden', 'nieuw:Per jaar', 'nieuw:Per maand'],
    ])
    expect(tabelRenvooi('kies a | b', 'kies a | c')).toBeNull()
  })
})

describe('a table in a lid, in STOP', () => {
  let xml: string
  beforeAll(async () => {
    const file = path.join(out, 'verordening.xml')
    const outcome = await verordening(['export', 'stop', repo.map, '--uit', file])
    expect(outcome.code, outcome.stderr).toBe(0)
    xml = await readFile(file, 'utf8')
  }, 60_000)

  it('is a CALS table in the Inhoud of the lid, with colspecs, a thead and a tbody', () => {
    const lid = xml.slice(xml.indexOf('eId="chp_3__art_3.7__para_3"'))
    const table = lid.slice(lid.indexOf('<table'), lid.indexOf('</table>') + '</table>'.length)
    expect(lid.indexOf('<table')).toBeLessThan(lid.indexOf('</Lid>'))
    expect(table).toMatch(/^<table eId="chp_3__art_3\.7__para_3__table_1" wId="[^"]+__chp_3__art_3\.7__para_3__table_1" frame="all" colsep="1" rowsep="1">/)
    expect(table).toMatch(/<tgroup cols="2" align="left">\s*<colspec colname="col1" colnum="1" colwidth="\d+\*">\s*<\/colspec>\s*<colspec colname="col2"/)
    const cells = (part: string) =>
      [...table.slice(table.indexOf(`<${part}`), table.indexOf(`</${part}>`)).matchAll(/<entry colname="col\d">\s*<Al>([\s\S]*?)<\/Al>\s*<\/entry>/g)].map(
        (m) => m[1]!.replace(/<[^>]+>/g, '').trim(),
      )
    expect(cells('thead')).toEqual(['Huishouden', 'Bedrag per jaar'])
    expect(cells('tbody')).toEqual(['alleenstaande', '€ 350', 'gehuwden, met individuele inkomenstoeslag', '€ 500'])
    expect(xml).not.toMatch(/\|\s*-{3}/)
  })

  it('is valid against imop-tekst 1.1.0 (xmllint --schema, 0 errors)', async () => {
    const file = path.join(out, 'verordening.xml')
    const outcome = await exec('xmllint', ['--noout', '--nonet', '--schema', stopXsd, file]).then(
      ({ stderr }) => ({ code: 0, stderr }),
      (error: { code: number; stderr: string }) => error,
    )
    expect(outcome.stderr.trim()).toBe(`${file} validates`)
    expect(outcome.code).toBe(0)
  })

  it('is a table in the Vervang of the wijzigingsbesluit (--sinds), marked as new (wijzigactie="voegtoe"), valid against the XSD', async () => {
    const file = path.join(out, 'wijziging.xml')
    const outcome = await verordening(['export', 'stop', repo.map, '--sinds', 'v1', '--uit', file])
    expect(outcome.code, outcome.stderr).toBe(0)
    const wijziging = await readFile(file, 'utf8')
    expect(wijziging).toMatch(/<table eId="chp_3__art_3\.7__para_3__table_1" wId="[^"]+" frame="all" colsep="1" rowsep="1" wijzigactie="voegtoe">/)
    expect(wijziging).not.toMatch(/\|\s*-{3}/)
    const lint = await exec('xmllint', ['--noout', '--nonet', '--schema', stopXsd, file]).then(
      ({ stderr }) => ({ code: 0, stderr }),
      (error: { code: number; stderr: string }) => error,
    )
    expect(lint.stderr.trim()).toBe(`${file} validates`)
    expect(lint.code).toBe(0)
  })
})
