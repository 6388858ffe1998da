// Counts are right in Dutch on every page of the built site: "1 artikel",
// "2 artikelen", never "1 artikelen" or "2 artikel". Read over every page of
// the example and of the basic fixture (one effect, one or two artikelen, so
// the singulars occur), as a reader sees the text.
import { rm } from 'node:fs/promises'
import type { Element, Root, RootContent } from 'hast'
import { afterAll, describe, expect, it } from 'vitest'
import { buildSite } from '../../src/site/build-site.ts'
import { makeSiteFixture } from '../helpers/fixture.ts'
import { readSite } from '../helpers/site-links.ts'

const made: string[] = []
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })))
})

/** Nouns a count stands before on this site, with their plural. */
const nouns: Record<string, string> = {
  artikel: 'artikelen',
  effect: 'effecten',
  resultaat: 'resultaten',
  casus: 'casussen',
  grondwaarde: 'grondwaarden',
  begrip: 'begrippen',
  voorbeeld: 'voorbeelden',
  kader: 'kaders',
  wet: 'wetten',
  afwijking: 'afwijkingen',
  signaal: 'signalen',
  hoofdstuk: 'hoofdstukken',
  pagina: 'pagina’s',
  // "1 eigen artikel", "1 algemeen artikel": the adjective between counts too.
}
const adjective = '(?:(?:eigen|algemene?|andere|publiceerbare) )?'
const plurals = Object.values(nouns).join('|')
const singulars = Object.keys(nouns).join('|')
// "1 artikelen"; not "1,5 artikelen", "2.1 artikelen".
const onePlural = new RegExp(`(?<![\\d.,])1 ${adjective}(${plurals})(?![\\p{L}])`, 'giu')
// "2 artikel" and "0 effect"; not "artikel 2 artikel 3"-like references, where a number follows.
const manySingular = new RegExp(`(?<![\\d.,])(0|[2-9]|\\d{2,3}) ${adjective}(${singulars})(?![\\p{L}])(?!\\s*\\d)`, 'giu')

const blocks = new Set(
  'address article aside blockquote button caption dd details div dl dt figcaption figure footer form h1 h2 h3 h4 h5 h6 header label li main nav ol option p section summary table td th title tr ul'.split(
    ' ',
  ),
)

/** The text of a page as a reader meets it: a block boundary is a break no count runs across; scripts and styles left out. */
function textOf(node: Root | RootContent): string {
  if (node.type === 'text') return node.value
  if (node.type !== 'root' && node.type !== 'element') return ''
  const tag = node.type === 'element' ? (node as Element).tagName : ''
  if (['script', 'style', 'template'].includes(tag)) return ''
  const inner = node.children.map(textOf).join('')
  return blocks.has(tag) ? ` ¦ ${inner} ¦ ` : inner
}

async function wrongPlurals(source: string): Promise<string[]> {
  const { parent, out } = await makeSiteFixture(made)
  void parent
  const result = await buildSite(source, out)
  expect(result.problem ?? null).toBeNull()
  const found: string[] = []
  for (const [url, page] of await readSite(out)) {
    const text = textOf(page.tree).replace(/\s+/g, ' ')
    for (const pattern of [onePlural, manySingular]) {
      for (const match of text.matchAll(pattern)) found.push(`${url}: “…${text.slice(Math.max(0, match.index - 30), match.index + match[0].length + 10)}…”`)
    }
  }
  return found
}

describe('counts in Dutch', () => {
  it('the pattern finds wrong plurals and lets right ones pass', () => {
    const wrong = ['Toon de tabel (1 artikelen)', 'alleen 1 algemene artikelen', '3 effect', '1 Effecten']
    const right = ['Toon de tabel (1 artikel)', '2 artikelen', 'artikel 2 artikel 3', 'in 2,5 artikelen', '10 Effecten', 'lid 2 artikel 3.4']
    for (const text of wrong) expect([...text.matchAll(onePlural), ...text.matchAll(manySingular)].length, text).toBeGreaterThan(0)
    for (const text of right) expect([...text.matchAll(onePlural), ...text.matchAll(manySingular)], text).toEqual([])
  })

  it('has no wrong plural on any page of the example', async () => {
    expect(await wrongPlurals('verordening')).toEqual([])
  }, 120_000)

  it('has no wrong plural on any page of a verordening with one effect', async () => {
    const { source } = await makeSiteFixture(made)
    expect(await wrongPlurals(source)).toEqual([])
  }, 120_000)
})
