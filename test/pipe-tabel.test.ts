// A Markdown table in the text of an artikel is shown as a table on the site
// (src/views/pipe-tabel.ts): the parser knows no table syntax, so the view
// turns a paragraph whose lines are `| … |` rows, with a row of dashes under
// the header, into <table>. Anything else stays a paragraph.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Root as HastRoot } from 'hast'
import { toHtml } from 'hast-util-to-html'
import type { Paragraph, Root } from 'mdast'
import { defaultHandlers, toHast } from 'mdast-util-to-hast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { afterAll, describe, expect, it } from 'vitest'
import { celTekst, pipeTabel as leesTabel } from '../src/model/pipe-tabel.ts'
import directiveSyntax from '../src/parse/directive-syntax.ts'
import { pipeTabel } from '../src/views/pipe-tabel.ts'
import { verordening } from './helpers/cli.ts'

function html(markdown: string): string {
  const tree = unified().use(remarkParse).use(directiveSyntax).parse(markdown) as Root
  const hast = toHast(tree, {
    handlers: { paragraph: (state, node: Paragraph) => pipeTabel(state, node) ?? defaultHandlers.paragraph(state, node) },
  }) as HastRoot
  return toHtml(hast)
}

describe('a Markdown table in the text', () => {
  it('becomes a table with a header row, each cell with its own content', () => {
    const out = html('| Huishouden | Bedrag per jaar |\n| --- | ---: |\n| alleenstaande | € 350 |\n| *gezin* | |')
    expect(out).toBe(
      '<div class="tekst-tabel" role="region" tabindex="0" aria-label="Tabel: Huishouden, Bedrag per jaar"><table class="utrecht-table">' +
        '<thead class="utrecht-table__header"><tr class="utrecht-table__row"><th class="utrecht-table__header-cell" scope="col">Huishouden</th><th class="utrecht-table__header-cell" scope="col">Bedrag per jaar</th></tr></thead>' +
        '<tbody class="utrecht-table__body"><tr class="utrecht-table__row"><td class="utrecht-table__cell">alleenstaande</td><td class="utrecht-table__cell">€ 350</td></tr>' +
        '<tr class="utrecht-table__row"><td class="utrecht-table__cell"><em>gezin</em></td><td class="utrecht-table__cell"></td></tr></tbody></table></div>',
    )
  })

  it('leaves a paragraph that is no table alone', () => {
    // No row of dashes; a stray `|`; a row that does not end with `|`.
    for (const markdown of ['| a | b |\n| c | d |', 'kies a | b', '| a | b |\n| --- | --- |\n| c | d']) expect(html(markdown)).toMatch(/^<p>/)
  })
})

describe('one reading of the table for site, Word and STOP (src/model/pipe-tabel.ts)', () => {
  const read = (markdown: string) => {
    const tree = unified().use(remarkParse).use(directiveSyntax).parse(markdown) as Root
    return leesTabel(tree.children[0] as Paragraph)
  }

  it('gives each row as many cells as the header, each cell with its inline nodes and without the spaces around it', () => {
    const tabel = read('| Huishouden | Bedrag |\n| :-- | --: |\n| alleenstaande |\n| :begrip[gezin] | € 500 | extra |')
    expect(tabel?.kop.map(celTekst)).toEqual(['Huishouden', 'Bedrag'])
    expect(tabel?.rijen.map((rij) => rij.map(celTekst))).toEqual([
      ['alleenstaande', ''],
      ['gezin', '€ 500'],
    ])
    expect(tabel?.rijen[1]?.[0]?.[0]).toMatchObject({ type: 'textDirective', name: 'begrip' })
  })

  it('is null for a paragraph that is no table', () => {
    for (const markdown of ['| a | b |\n| c | d |', 'kies a | b', '| a | b |\n| --- | --- |\n| c | d', 'tekst\n| a | b |\n| --- | --- |\n| c | d |'])
      expect(read(markdown)).toBeNull()
  })
})

describe('the site of an imported verordening', () => {
  const made: string[] = []
  afterAll(async () => {
    for (const dir of made) await rm(dir, { recursive: true, force: true })
  })

  it('shows a CVDR table as a table, through the sanitiser', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'pipe-tabel-'))
    made.push(root)
    const map = path.join(root, 'wilgendaal')
    expect((await verordening(['importeer', 'test/fixtures/gemeenten/wilgendaal.xml', map])).code).toBe(0)
    expect((await verordening(['build', map, '--out', path.join(root, 'site')])).code).toBe(0)
    const page = await readFile(path.join(root, 'site', 'juridisch', 'artikel', '2', 'index.html'), 'utf8')
    expect(page).toContain('<th class="utrecht-table__header-cell" scope="col">Bedrag per jaar</th>')
    expect(page).toContain('<td class="utrecht-table__cell">alleenstaande</td><td class="utrecht-table__cell">€ 375</td>')
    expect(page).not.toContain('| --- |')
  }, 60_000)
})
