// voorbeelden/regio: one text, three invented gemeenten. `build --alle` gives
// three sites; this test diffs them page by page and shows that their texts
// differ only in what gemeenten.yml declares (the values, the gemeente's own
// data) and in the variants of the text.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { diffWords } from 'diff'
import { decodeHTML } from 'entities'
import type { RootContent } from 'mdast'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { plainText } from '../../src/model/artikel-tekst.ts'
import type { Gemeente } from '../../src/model/gemeenten.ts'
import { buildAlleGemeenten, type RegioBuildResult } from '../../src/site/regio-build.ts'
import { formatDate } from '../../src/views/meta.ts'

const regioDir = fileURLToPath(new URL('../../voorbeelden/regio', import.meta.url))
let parent: string
let built: RegioBuildResult

beforeAll(async () => {
  parent = await mkdtemp(path.join(tmpdir(), 'regio-'))
  built = await buildAlleGemeenten(regioDir, path.join(parent, 'uit'))
}, 240_000)

afterAll(async () => {
  await rm(parent, { recursive: true, force: true })
})

const out = () => path.join(parent, 'uit')

async function pages(dir: string, prefix = ''): Promise<string[]> {
  const found: string[] = []
  for (const entry of await readdir(path.join(dir, prefix), { withFileTypes: true })) {
    const name = path.posix.join(prefix, entry.name)
    if (entry.isDirectory()) found.push(...(await pages(dir, name)))
    else if (entry.name.endsWith('.html')) found.push(name)
  }
  return found.sort()
}

/** The text a reader sees: tags, scripts and styles out, entities decoded, whitespace collapsed. */
function visibleText(html: string): string {
  return decodeHTML(html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim()
}

const readText = async (id: string, page: string) => visibleText(await readFile(path.join(out(), id, page), 'utf8'))

/** What gemeenten.yml declares for one gemeente, longest first, each with the placeholder it becomes. */
function declared(gemeente: Gemeente): Array<[string, string]> {
  const entries: Array<[string, string]> = [
    [gemeente.citeertitel, '⟨citeertitel⟩'],
    [gemeente.naam, '⟨naam⟩'],
    [gemeente.cbs, '⟨cbs⟩'],
    ...Object.entries(gemeente.contact ?? {}).map(([veld, value]): [string, string] => [String(value), `⟨contact.${veld}⟩`]),
    ...Object.entries(gemeente.waarden).map(([id, value]): [string, string] => [value, `⟨waarde ${id}⟩`]),
  ]
  if (gemeente.raadsbesluit) entries.push([gemeente.raadsbesluit.kenmerk, '⟨raadsbesluit⟩'])
  if (gemeente.vastgesteld) entries.push([formatDate(gemeente.vastgesteld), '⟨vastgesteld⟩'])
  return entries.sort(([a], [b]) => b.length - a.length)
}

function register() {
  const data = built.check.context.registries.gemeenten?.data
  if (!data) throw new Error('gemeenten.yml is niet gelezen')
  return data
}

/** The text of every variant (as it stands on a page), and of the artikelen that only some gemeenten have. */
function variantTexts() {
  const meta = built.check.context.verordening.meta
  const teksten: string[] = []
  const artikelen: string[] = []
  for (const { file } of built.check.context.hoofdstukken) {
    for (const { node, artikel } of file.data.regio?.bron.varianten ?? []) {
      if (node.children.some((child) => child.type === 'containerDirective' && child.name === 'artikel')) artikelen.push(...artikel.split(' '))
      else
        teksten.push(
          plainText(node.children as RootContent[], meta)
            .replace(/\s+/g, ' ')
            .trim(),
        )
    }
  }
  return { teksten, artikelen }
}

function normalise(text: string, gemeente: Gemeente, variants: readonly string[]): string {
  let result = text
  // The text of a variant is on the page of the gemeenten it names only: a declared difference.
  for (const variant of variants) result = result.split(variant).join('⟨variant⟩')
  for (const [value, placeholder] of declared(gemeente)) result = result.split(value).join(placeholder)
  return result.split(`/${gemeente.id}/`).join('/⟨id⟩/')
}

describe('voorbeelden/regio built for every gemeente (build --alle)', () => {
  it('builds three sites and the table of differences', () => {
    expect(built.problem).toBeNull()
    expect(built.check.errors + built.check.warnings).toBe(0)
    expect(built.sites.map(({ gemeente }) => gemeente.id)).toEqual(['tulpdam', 'narcisveen', 'krokushoeve'])
    expect(built.verschillen).not.toBeNull()
  })

  it('gives each site its own values, contact, citeertitel, raadsbesluit and wIds base', async () => {
    const gemeenten = register().gemeenten
    for (const gemeente of gemeenten) {
      const juridisch = await readText(gemeente.id, 'juridisch/index.html')
      for (const value of Object.values(gemeente.waarden)) expect(juridisch).toContain(value)
      expect(juridisch).toContain(gemeente.citeertitel)
      expect(juridisch).toContain(gemeente.raadsbesluit?.kenmerk)
      expect(await readText(gemeente.id, 'inwoners/index.html')).toContain(gemeente.contact?.telefoon)
      for (const other of gemeenten.filter((entry) => entry.id !== gemeente.id)) {
        expect(juridisch).not.toContain(other.citeertitel)
        expect(juridisch).not.toContain(other.raadsbesluit?.kenmerk)
      }
    }
  })

  it('fills a value in an attribute per gemeente: the inwoners title of artikel 2.2', async () => {
    expect(await readFile(path.join(regioDir, '02-toeslag.md'), 'utf8')).toContain(':::inwoners{titel="Al :waarde[referteperiode] een laag inkomen"}')
    const titels = new Set<string>()
    for (const gemeente of register().gemeenten) {
      const html = await readFile(path.join(out(), gemeente.id, 'inwoners/artikel/2-2/index.html'), 'utf8')
      const titel = html.match(/<h1[^>]*>([^<]*)</)?.[1]?.trim()
      expect(titel).toBe(`Al ${gemeente.waarden.referteperiode} een laag inkomen`)
      titels.add(titel ?? '')
      // The overview of the inwonersversie links with the same title.
      expect(await readText(gemeente.id, 'inwoners/index.html')).toContain(titel)
    }
    // Drie jaar in Tulpdam and Narcisveen, vijf jaar in Krokushoeve.
    expect(titels.size).toBe(2)
  })

  it('gives sites whose texts differ only in the declared values, data and variants', async () => {
    const [first, ...others] = register().gemeenten
    if (!first) throw new Error('geen gemeenten')
    const { teksten, artikelen } = variantTexts()
    // The artikel only some gemeenten have: its number, titles and texts may be on one site and not on another.
    const artikelTeksten = artikelen.flatMap((nr) => {
      const found = built.check.context.artikelByNr.get(nr)?.artikel
      if (!found) return []
      const meta = built.check.context.verordening.meta
      return [found.titel, found.inwonersTitel ?? '', plainText(found.juridisch, meta), plainText(found.inwoners, meta)].filter(Boolean)
    })
    expect(artikelen).toEqual(['2.4'])
    // The values do differ on the pages: only the placeholders make them equal.
    const tulpdam = await readText('tulpdam', 'juridisch/artikel/2-1/index.html')
    const narcisveen = await readText('narcisveen', 'juridisch/artikel/2-1/index.html')
    expect(tulpdam).not.toBe(narcisveen)
    const firstPages = await pages(path.join(out(), first.id))
    for (const other of others) {
      const otherPages = await pages(path.join(out(), other.id))
      const alleenBijDeEen = [...firstPages.filter((page) => !otherPages.includes(page)), ...otherPages.filter((page) => !firstPages.includes(page))]
      // Pages of their own: only those of the variant artikel, for the gemeenten that have it.
      expect(alleenBijDeEen).toEqual(other.id === 'krokushoeve' ? ['inwoners/artikel/2-4/index.html', 'juridisch/artikel/2-4/index.html'] : [])
      for (const page of firstPages.filter((entry) => otherPages.includes(entry))) {
        const a = normalise(await readText(first.id, page), first, teksten)
        const b = normalise(await readText(other.id, page), other, teksten)
        // Every value is filled in, in the text and in attributes: none is left as written.
        expect(a, `${first.id} ${page}`).not.toContain(':waarde[')
        expect(b, `${other.id} ${page}`).not.toContain(':waarde[')
        if (a === b) continue
        for (const change of diffWords(a, b).filter((part) => part.added || part.removed)) {
          const chunk = change.value.trim()
          const explained =
            // The artikel that one gemeente has and the other not.
            artikelen.some((nr) => chunk.includes(nr)) ||
            artikelTeksten.some((tekst) => tekst.includes(chunk)) ||
            // The raad's overview counts artikelen and scores the text: figures that follow from the values and variants.
            (page.startsWith('raad/') && /^(?:[\d.,✓–-]|ja|nee|\s)+$/.test(chunk))
          expect(explained, `${other.id} ${page}: ${change.added ? '+' : '-'}${chunk}`).toBe(true)
        }
      }
    }
  })
})

describe('the table "Verschillen tussen de gemeenten"', () => {
  it('lists every value and every variant per gemeente, on the page and in the CSV', async () => {
    const csv = await readFile(path.join(out(), 'verschillen.csv'), 'utf8')
    const rows = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n')
    expect(rows[0]).toBe('soort;naam;omschrijving;plaats;Tulpdam;Narcisveen;Krokushoeve')
    for (const [id] of Object.entries(register().waarden)) {
      const row = rows.find((line) => line.startsWith(`waarde;${id};`))
      expect(row?.split(';').slice(-3)).toEqual(register().gemeenten.map((gemeente) => gemeente.waarden[id]))
    }
    expect(rows.filter((line) => line.startsWith('variant;'))).toEqual([
      'variant;Artikel 2.3;De inwoner vraagt de toeslag eenmaal per jaar aan bij het college.;02-toeslag.md:28;geldt;geldt niet;geldt',
      'variant;Artikel 2.3;Het college kent de toeslag ambtshalve toe als uit zijn gegevens blijkt dat de inwoner er recht op heeft.;02-toeslag.md:32;geldt niet;geldt;geldt niet',
      'variant;Artikel 2.3;Vraag de toeslag één keer per jaar aan bij de gemeente.;02-toeslag.md:37;geldt;geldt niet;geldt',
      'variant;Artikel 2.3;U hoeft de toeslag niet aan te vragen. Wij zien in onze gegevens of u er recht op heeft. Dan krijgt u de toeslag vanzelf.;02-toeslag.md:41;geldt niet;geldt;geldt niet',
      expect.stringMatching(/^variant;Artikel 2\.4;Het college kan uit het noodfonds .*;02-toeslag\.md:47;geldt;geldt;geldt niet$/),
    ])
    const page = visibleText(await readFile(path.join(out(), 'index.html'), 'utf8'))
    expect(page).toContain('Verschillen tussen de gemeenten')
    for (const gemeente of register().gemeenten) for (const value of Object.values(gemeente.waarden)) expect(page).toContain(value)
    expect(page).toContain('02-toeslag.md:47')
  })
})
