// `export stop --sinds` and `export docx --sinds` on the example in a
// temporary git repository, with one edit of each kind: artikel 7.1 changed,
// a new artikel 7.2 inserted (so 7.2–7.5 are vernummerd to 7.3–7.6, and the
// reference in the overgangsrecht follows), and artikel 6.7 removed.
// STOP: the wijzigingsbesluit is valid against imop-tekst 1.1.0 (xmllint, 0
// errors), each mutatie says what it should, a Vervang shows its changes in
// renvooi (NieuweTekst, VerwijderdeTekst), the elements in it are, without
// that renvooi, exactly those of the full export of the old and new version
// (same eIds, wIds and content), and applied one after another the mutaties never name an element
// that is not there or give a wId twice. DOCX: the wijzigingsverordening (the
// text of `vergelijk --ontwerp`) and the renvooi with Word's strike and
// underline. Bad input: Dutch message, exit 1, nothing written.
import { execFile } from 'node:child_process'
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import JSZip from 'jszip'
import mammoth from 'mammoth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Element, Root } from 'xast'
import { fromXml } from 'xast-util-from-xml'
import { toXml } from 'xast-util-to-xml'
import { x } from 'xastscript'
import { buildStop } from '../../src/export/stop.ts'
import { structuurRenvooi } from '../../src/export/stop-renvooi.ts'
import { packageRoot } from '../../src/package-root.ts'
import { checkSource, checkVerordening } from '../../src/pipeline/pipeline.ts'
import { readRevision } from '../../src/sources/git-source.ts'
import { verordening } from '../helpers/cli.ts'
import { makeRepo, type Repo } from '../helpers/git-repo.ts'
import { elements, text } from '../helpers/xml.ts'

const exec = promisify(execFile)
/** The schema of STOP beside the repository, as in stop.test.ts (a test file is not imported: its tests would run here too). */
const stopXsd = path.resolve(packageRoot, '..', 'shared', 'standards', 'stop', 'imop-tekst-1.1.0.xsd')
const made: string[] = []
let repo: Repo
let out: string
let besluitXml: string
let besluit: Root
let oud: Root
let nieuw: Root

const ingevoegd = `::::artikel{nr="7.2" titel="Gegevens voor de evaluatie" grondslag="gemw:149" effect="meedoen" grondwaarde="gedeeld.samenhang"}

:::juridisch
Het college verzamelt voor de verantwoording en de evaluatie alleen gegevens die daarvoor nodig zijn.
:::

:::inwoners{titel="Welke gegevens wij gebruiken"}
Voor het verslag aan de raad gebruiken wij alleen de gegevens die daarvoor nodig zijn.
:::
::::

`

beforeAll(async () => {
  repo = await makeRepo(made)
  await repo.edit('07-slotbepalingen.md', 'binnen drie jaar na de inwerkingtreding', 'binnen vier jaar na de inwerkingtreding')
  for (const [from, to] of [
    ['7.5', '7.6'],
    ['7.4', '7.5'],
    ['7.3', '7.4'],
    ['7.2', '7.3'],
  ])
    await repo.edit('07-slotbepalingen.md', `nr="${from}"`, `nr="${to}"`)
  await repo.edit('07-slotbepalingen.md', ':artikel[7.2]{lid=1}', ':artikel[7.3]{lid=1}')
  await repo.edit('07-slotbepalingen.md', '::::artikel{nr="7.3"', `${ingevoegd}::::artikel{nr="7.3"`)
  const file = path.join(repo.map, '06-grip-op-geld-en-schulden.md')
  const text = await readFile(file, 'utf8')
  await repo.edit('06-grip-op-geld-en-schulden.md', text.slice(text.indexOf('::::artikel{nr="6.7"')), '')
  repo.commit('7.1 vier jaar, 7.2 ingevoegd, 6.7 vervallen', 'v2')

  out = await mkdtemp(path.join(tmpdir(), 'export-sinds-'))
  made.push(out)
  const outcome = await verordening(['export', 'stop', repo.map, '--sinds', 'v1', '--uit', path.join(out, 'wijziging.xml')])
  expect(outcome.stderr).toMatch(
    /✓ STOP-XML geschreven: .*wijziging\.xml \(wijzigingsbesluit sinds v1: \d+ Vervang, 2 VoegToe, 2 Verwijder, STOP imop-tekst 1\.1\.0 \(BesluitCompact\)\)/,
  )
  expect(outcome.code).toBe(0)
  besluitXml = await readFile(path.join(out, 'wijziging.xml'), 'utf8')
  besluit = fromXml(besluitXml)

  // The full exports of both versions, built by the same code as `export stop`.
  const old = await readRevision(repo.map, 'v1')
  if (!old.ok) throw new Error(old.message)
  oud = fromXml(buildStop((await checkSource(old.value)).context).xml)
  nieuw = fromXml(buildStop((await checkVerordening(repo.map)).context).xml)
}, 120_000)

afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })))
})

const attr = (node: Element, name: string) => String(node.attributes[name] ?? '')
const byEId = (root: Root, eId: string) => elements(root).find((element) => attr(element, 'eId') === eId)
/** An element as XML without the whitespace between elements, to compare content regardless of indentation. */
const canonical = (element: Element): string => toXml(element).replace(/>\s+</g, '><')

/**
 * The element as it reads after the wijziging: what is marked verwijder (VerwijderdeTekst,
 * wijzigactie="verwijder") dropped, NieuweTekst unwrapped, wijzigactie="voegtoe" removed.
 */
function zonderRenvooi(element: Element): Element {
  const children = element.children.flatMap((child): Element['children'] => {
    if (child.type !== 'element') return [child]
    if (child.name === 'VerwijderdeTekst' || child.attributes.wijzigactie === 'verwijder') return []
    if (child.name === 'NieuweTekst') return zonderRenvooi(child).children
    return [zonderRenvooi(child)]
  })
  const { wijzigactie: _, ...attributes } = element.attributes
  return { ...element, attributes, children }
}

function mutaties(): Element[] {
  const mutatie = elements(besluit, 'RegelingMutatie')[0]!
  return mutatie.children.filter((child): child is Element => child.type === 'element')
}

describe('export stop --sinds: the wijzigingsbesluit', () => {
  it('is valid against imop-tekst 1.1.0 (xmllint --schema, 0 errors)', async () => {
    const file = path.join(out, 'wijziging.xml')
    const outcome = await exec('xmllint', ['--noout', '--nonet', '--schema', stopXsd, file]).then(
      ({ stderr }) => ({ code: 0, stderr }),
      (error: { code: number; stderr: string }) => error,
    )
    expect(outcome.stderr.trim()).toBe(`${file} validates`)
    expect(outcome.code).toBe(0)
  })

  it('is a BesluitCompact: Artikel I points to Bijlage A with the RegelingMutatie, Artikel II is the inwerkingtreding', () => {
    const root = elements(besluit, 'BesluitCompact')[0]!
    expect(attr(root, 'xmlns')).toBe('https://standaarden.overheid.nl/stop/imop/tekst/')
    expect(text(elements(root, 'RegelingOpschrift')[0]!).trim()).toBe(
      'Verordening van de raad van de gemeente Lingedal tot wijziging van de Verordening sociaal domein Lingedal 2027',
    )
    const wijzigArtikel = elements(root, 'WijzigArtikel')[0]!
    expect(text(elements(wijzigArtikel, 'Wat')[0]!)).toBe('De Verordening sociaal domein Lingedal 2027 wordt gewijzigd zoals is aangegeven in Bijlage A.')
    expect(attr(elements(wijzigArtikel, 'IntRef')[0]!, 'ref')).toBe('cmp_A')
    // The raadsbesluit's own Artikel II: the example gives no `besluit.inwerkingtreding`, so a visible blank, never a guess.
    expect(text(byEId(besluit, 'art_II')!)).toContain(
      'Deze verordening treedt in werking met ingang van [nog in te vullen: de datum van inwerkingtreding van de wijziging].',
    )
    const mutatie = elements(root, 'RegelingMutatie')[0]!
    expect(attr(mutatie, 'componentnaam')).toBe('wijziging')
    expect(attr(mutatie, 'was')).toMatch(/^\/akn\/nl\/act\/gm9999\/2027\/verordening_sociaal_domein_lingedal_2027\/nld@[0-9a-f]{12}$/)
    expect(attr(mutatie, 'wordt')).toBe('/akn/nl/act/gm9999/2027/verordening_sociaal_domein_lingedal_2027/nld@ontwerp')
  })

  it('replaces the changed artikel 7.1 (Vervang)', () => {
    const vervang = mutaties().find((m) => m.name === 'Vervang' && attr(m, 'wat') === 'gm9999_1__chp_7__art_7.1')!
    // The Wat says what the wijzigingsverordening says (one model of wijzigingsopdrachten), the renvooi shows it.
    expect(text(elements(vervang, 'Wat')[0]!)).toBe('In artikel 7.1, derde lid, wordt "drie" vervangen door "vier".')
    const artikel = elements(vervang, 'Artikel')[0]!
    expect(attr(artikel, 'eId')).toBe('chp_7__art_7.1')
    // In renvooi: the word that goes and the word that comes, in the lid where they stand.
    const lid = elements(artikel, 'Lid').find((element) => attr(element, 'eId') === 'chp_7__art_7.1__para_3')!
    expect(toXml(elements(lid, 'Al')[0]!)).toContain(
      'binnen <VerwijderdeTekst>drie</VerwijderdeTekst><NieuweTekst>vier</NieuweTekst> jaar na de inwerkingtreding',
    )
    expect(elements(artikel, 'NieuweTekst')).toHaveLength(1)
    expect(elements(artikel, 'VerwijderdeTekst')).toHaveLength(1)
    expect(canonical(zonderRenvooi(artikel))).toBe(canonical(byEId(nieuw, 'chp_7__art_7.1')!))
  })

  it('inserts the new artikel 7.2 after artikel 7.1 (VoegToe positie="volgtOp")', () => {
    const voegToe = mutaties().filter((m) => m.name === 'VoegToe' && elements(m, 'Artikel').length > 0)
    expect(voegToe).toHaveLength(1)
    expect(voegToe[0]!.attributes).toEqual({ positie: 'volgtOp', context: 'gm9999_1__chp_7__art_7.1' })
    expect(text(elements(voegToe[0]!, 'Wat')[0]!)).toBe('Na artikel 7.1 wordt een artikel ingevoegd, luidende:')
    const artikel = elements(voegToe[0]!, 'Artikel')[0]!
    expect(canonical(artikel)).toBe(canonical(byEId(nieuw, 'chp_7__art_7.2')!))
    expect(text(artikel)).toContain('alleen gegevens die daarvoor nodig zijn')
  })

  it('removes artikel 6.7 with its old text (Verwijder)', () => {
    const verwijder = mutaties().filter((m) => m.name === 'Verwijder' && elements(m, 'Artikel').length > 0)
    expect(verwijder).toHaveLength(1)
    expect(attr(verwijder[0]!, 'wat')).toBe('gm9999_1__chp_6__art_6.7')
    expect(text(elements(verwijder[0]!, 'Wat')[0]!)).toBe('Artikel 6.7 vervalt.')
    expect(canonical(elements(verwijder[0]!, 'Artikel')[0]!)).toBe(canonical(byEId(oud, 'chp_6__art_6.7')!))
  })

  it('renumbers 7.2–7.5 to 7.3–7.6 (Vervang with the new number), the highest first', () => {
    const renumbered = mutaties().filter((m) => m.name === 'Vervang' && /vernummerd/.test(text(elements(m, 'Wat')[0]!)))
    expect(renumbered.map((m) => [attr(m, 'wat'), attr(elements(m, 'Artikel')[0]!, 'eId')])).toEqual([
      ['gm9999_1__chp_7__art_7.5', 'chp_7__art_7.6'],
      ['gm9999_1__chp_7__art_7.4', 'chp_7__art_7.5'],
      ['gm9999_1__chp_7__art_7.3', 'chp_7__art_7.4'],
      ['gm9999_1__chp_7__art_7.2', 'chp_7__art_7.3'],
    ])
    expect(text(elements(renumbered[0]!, 'Wat')[0]!)).toBe('Artikel 7.5 wordt vernummerd tot artikel 7.6.')
    // The overgangsrecht (now 7.4) refers to the intrekking under its new number.
    const overgangsrecht = elements(renumbered[2]!, 'Artikel')[0]!
    expect(elements(overgangsrecht, 'IntRef').map((ref) => attr(ref, 'ref'))).toContain('chp_7__art_7.3__para_1')
    // The renvooi marks the old and new reference; the Kop shows the new number.
    expect(toXml(overgangsrecht)).toContain(
      '<VerwijderdeTekst><IntRef ref="chp_7__art_7.2__para_1">artikel 7.2, eerste lid</IntRef></VerwijderdeTekst><NieuweTekst><IntRef ref="chp_7__art_7.3__para_1">artikel 7.3, eerste lid</IntRef></NieuweTekst>',
    )
    expect(toXml(elements(overgangsrecht, 'Nummer')[0]!)).toBe('<Nummer><VerwijderdeTekst>7.3</VerwijderdeTekst><NieuweTekst>7.4</NieuweTekst></Nummer>')
  })

  it('follows the artikelen in the artikelsgewijze toelichting, one Divisietekst at a time', () => {
    const toelichting = mutaties().filter((m) => elements(m, 'Divisietekst').length > 0)
    expect(
      toelichting.map((m) => [m.name, attr(m, 'wat') || `${attr(m, 'positie')} ${attr(m, 'context')}`, attr(elements(m, 'Divisietekst')[0]!, 'eId')]),
    ).toEqual([
      ['Verwijder', 'gm9999_1__artrecital__content_6.7', 'artrecital__content_6.7'],
      ['Vervang', 'gm9999_1__artrecital__content_7.5', 'artrecital__content_7.6'],
      ['Vervang', 'gm9999_1__artrecital__content_7.4', 'artrecital__content_7.5'],
      ['Vervang', 'gm9999_1__artrecital__content_7.3', 'artrecital__content_7.4'],
      ['Vervang', 'gm9999_1__artrecital__content_7.2', 'artrecital__content_7.3'],
      // The new artikel has no toelichting, but its grondslag is printed there.
      ['VoegToe', 'volgtOp gm9999_1__artrecital__content_7.1', 'artrecital__content_7.2'],
    ])
    expect(mutaties().some((m) => attr(m, 'wat') === 'gm9999_1__artrecital')).toBe(false)
  })

  it('holds exactly the elements of the full exports: every eId and wId, with the same content', () => {
    for (const mutatie of mutaties()) {
      const side = mutatie.name === 'Verwijder' ? oud : nieuw
      for (const element of mutatie.children) {
        if (element.type !== 'element' || element.name === 'Wat') continue
        expect(canonical(zonderRenvooi(element)), `${mutatie.name} ${attr(element, 'eId')}`).toBe(canonical(byEId(side, attr(element, 'eId'))!))
      }
    }
  })

  it('can be applied one mutatie after another: each names an element that is there, and no wId occurs twice', () => {
    const present = new Set(
      elements(oud)
        .map((element) => attr(element, 'wId'))
        .filter(Boolean),
    )
    const wIds = (element: Element) => [attr(element, 'wId'), ...elements(element).map((child) => attr(child, 'wId'))].filter(Boolean)
    for (const mutatie of mutaties()) {
      const content = mutatie.children
        .filter((child): child is Element => child.type === 'element' && child.name !== 'Wat' && child.name !== 'Kop')
        .map(zonderRenvooi)
      if (mutatie.name === 'VoegToe') expect(present.has(attr(mutatie, 'context')), attr(mutatie, 'context')).toBe(true)
      else {
        expect(present.has(attr(mutatie, 'wat')), attr(mutatie, 'wat')).toBe(true)
        const old = byEId(oud, attr(mutatie, 'wat').replace(/^gm9999_1__/, ''))
        for (const wId of old ? wIds(old) : [attr(mutatie, 'wat')]) present.delete(wId)
      }
      if (mutatie.name === 'Verwijder') continue
      for (const element of content) {
        for (const wId of wIds(element)) {
          expect(present.has(wId), `${wId} twice`).toBe(false)
          present.add(wId)
        }
      }
    }
    // The result holds every artikel of the new version.
    for (const artikel of elements(nieuw, 'Artikel')) expect(present.has(attr(artikel, 'wId')), attr(artikel, 'wId')).toBe(true)
  })
})

describe('export stop --sinds: hoofdstukken and begrippen', () => {
  it('a new hoofdstuk (VoegToe), a new opschrift of a hoofdstuk (VervangKop) and a changed begrip (Vervang of bijlage 1), valid against the XSD', async () => {
    const second = await makeRepo(made)
    await writeFile(
      path.join(second.map, '08-experimenten.md'),
      '---\nhoofdstuk: 8\ntitel: Experimenten\n---\n\n::::artikel{nr="8.1" titel="Experimenteerruimte" grondslag="gemw:147" effect="meedoen" grondwaarde="gedeeld.samenhang"}\n\n:::juridisch\nHet college kan voor ten hoogste twee jaar afwijken van deze verordening om een nieuwe werkwijze te beproeven.\n:::\n\n:::inwoners{titel="Nieuwe manieren proberen"}\nWij mogen soms iets nieuws proberen. Dat doen we hoogstens twee jaar.\n:::\n::::\n',
    )
    await second.edit('07-slotbepalingen.md', 'titel: Slotbepalingen', 'titel: Slot- en overgangsbepalingen')
    await second.edit('begrippen.yml', 'burgemeester en wethouders van de gemeente Lingedal.', 'burgemeester en wethouders van Lingedal.')
    const file = path.join(out, 'hoofdstukken.xml')
    const outcome = await verordening(['export', 'stop', second.map, '--sinds', 'v1', '--uit', file])
    expect(outcome.code, outcome.stderr).toBe(0)
    expect(outcome.stderr).toContain('(wijzigingsbesluit sinds v1: 1 Vervang, 2 VoegToe, 0 Verwijder, 1 VervangKop, STOP imop-tekst 1.1.0 (BesluitCompact))')
    const xmllint = await exec('xmllint', ['--noout', '--nonet', '--schema', stopXsd, file]).then(
      ({ stderr }) => stderr,
      (error: { stderr: string }) => error.stderr,
    )
    expect(xmllint.trim()).toBe(`${file} validates`)
    const tree = fromXml(await readFile(file, 'utf8'))
    const list = elements(elements(tree, 'RegelingMutatie')[0]!).filter((element) => ['Vervang', 'VoegToe', 'Verwijder', 'VervangKop'].includes(element.name))
    const summary = list.map((m) => [m.name, attr(m, 'wat') || `${attr(m, 'positie')} ${attr(m, 'context')}`, text(elements(m, 'Wat')[0]!)])
    expect(summary).toEqual([
      ['VervangKop', 'gm9999_1__chp_7', 'Het opschrift van hoofdstuk 7 komt te luiden:'],
      ['Vervang', 'gm9999_1__cmp_1', 'Bijlage 1 (Begrippenlijst) komt te luiden:'],
      ['VoegToe', 'volgtOp gm9999_1__chp_7', 'Hoofdstuk 8 wordt ingevoegd, luidende:'],
      ['VoegToe', 'volgtOp gm9999_1__artrecital__content_7.5', 'De toelichting op artikel 8.1 wordt ingevoegd, luidende:'],
    ])
    expect(text(elements(list[0]!, 'Opschrift')[0]!)).toBe('Slot- en overgangsbepalingen')
    expect(attr(elements(list[2]!, 'Artikel')[0]!, 'eId')).toBe('chp_8__art_8.1')
  }, 120_000)
})

describe('renvooi in a Vervang', () => {
  const lid = (artikel: string, nr: number, tekst: string) =>
    x('Lid', { eId: `${artikel}__para_${nr}`, wId: `gm9999_1__${artikel}__para_${nr}` }, [x('LidNummer', String(nr)), x('Inhoud', [x('Al', tekst)])])
  it('marks a lid that goes (wijzigactie="verwijder", where it stood) and one that comes (voegtoe), and words in a lid that stays', () => {
    const before = x('Artikel', { eId: 'chp_1__art_1.1', wId: 'gm9999_1__chp_1__art_1.1' }, [
      lid('chp_1__art_1.1', 1, 'Het college beslist.'),
      lid('chp_1__art_1.1', 2, 'Binnen acht weken.'),
      lid('chp_1__art_1.1', 3, 'Schriftelijk.'),
    ])
    const after = x('Artikel', { eId: 'chp_1__art_1.2', wId: 'gm9999_1__chp_1__art_1.2' }, [
      lid('chp_1__art_1.2', 1, 'Het college beslist snel.'),
      lid('chp_1__art_1.2', 3, 'Schriftelijk.'),
      lid('chp_1__art_1.2', 4, 'Digitaal mag ook.'),
    ])
    const renvooi = structuurRenvooi(before, after)
    expect(
      renvooi.children.map((child) =>
        child.type === 'element' ? `${child.name} ${String(child.attributes.eId)} ${String(child.attributes.wijzigactie ?? '')}`.trim() : '',
      ),
    ).toEqual(['Lid chp_1__art_1.2__para_1', 'Lid chp_1__art_1.1__para_2 verwijder', 'Lid chp_1__art_1.2__para_3', 'Lid chp_1__art_1.2__para_4 voegtoe'])
    expect(toXml(renvooi.children[0] as Element)).toContain('<Al>Het college beslist<NieuweTekst> snel</NieuweTekst>.</Al>')
    expect(toXml(zonderRenvooi(renvooi))).toBe(toXml(after))
  })
})

describe('export docx --sinds: wijzigingsverordening and renvooi', () => {
  let html: string
  let documentXml: string

  beforeAll(async () => {
    const file = path.join(out, 'verordening.docx')
    const outcome = await verordening(['export', 'docx', repo.map, '--sinds', 'v1', '--uit', file])
    expect(outcome.stderr).toMatch(
      /✓ Word-bestand geschreven: .*verordening\.docx \(55 artikelen, \d+ toelichtingen, wijzigingsverordening en renvooi sinds v1 \(7 artikelen gewijzigd\)\)/,
    )
    expect(outcome.code).toBe(0)
    const bytes = await readFile(file)
    // Without the empty bookmarks of the table of contents in the headings.
    html = (await mammoth.convertToHtml({ buffer: bytes })).value.replace(/<a id="_Toc\d+"><\/a>/g, '')
    documentXml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string')
  }, 120_000)

  const plain = (markup: string) =>
    markup
      .replace(/<[^>]+>/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/\s+/g, ' ')

  it('holds the wijzigingsverordening of `vergelijk --ontwerp`, after the verordening, with its headings as Word headings', async () => {
    const ontwerp = await verordening(['vergelijk', 'v1', repo.map, '--ontwerp'])
    expect(ontwerp.code, ontwerp.stderr).toBe(0)
    const opschrift = 'Verordening van de raad van de gemeente Lingedal tot wijziging van de Verordening sociaal domein Lingedal 2027'
    expect(html).toContain(`<h1>${opschrift}</h1>`)
    expect(html.indexOf(`<h1>${opschrift}`)).toBeGreaterThan(html.indexOf('<h1>Toelichting</h1>'))
    expect(html).toContain('<h2>Artikel I</h2>')
    expect(html).toContain('<h2>Artikel II</h2>')
    const body = plain(html)
    // Every paragraph of the draft, without its Markdown marks, is in the document.
    const paragraphs = ontwerp.stdout
      .split(/\n\n+/)
      .map((block) => block.replace(/^#+ /, '').replace(/^> ?/gm, '').replace(/\\$/gm, '').replace(/[*`]/g, '').replace(/\s+/g, ' ').trim())
    expect(paragraphs.length).toBeGreaterThan(10)
    for (const paragraph of paragraphs) if (paragraph) expect(body, paragraph).toContain(paragraph)
  })

  it('shows the renvooi: removed words struck (w:strike), new words underlined (w:u)', () => {
    const runs = [...documentXml.matchAll(/<w:r>(.*?)<\/w:r>/gs)].map((match) => ({
      props: match[1]!.match(/<w:rPr>(.*?)<\/w:rPr>/s)?.[1] ?? '',
      text: [...match[1]!.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    }))
    const struck = runs.filter((run) => run.props.includes('<w:strike/>')).map((run) => run.text)
    const underlined = runs.filter((run) => /<w:u w:val="single"\/>/.test(run.props)).map((run) => run.text)
    expect(struck).toContain('drie')
    expect(underlined).toContain('vier')
    expect(underlined.join(' ')).toContain('Het college verzamelt voor de verantwoording en de evaluatie alleen gegevens die daarvoor nodig zijn.')
    expect(struck.join(' ')).toContain('Nazorg')
    // Nothing else is struck or underlined than the renvooi and its legend.
    expect(documentXml.indexOf('<w:strike/>')).toBeGreaterThan(documentXml.indexOf('Renvooi'))
    expect(html).toContain('<s>drie</s>')
    expect(html).toContain('<h1>Renvooi</h1>')
    // Each artikel in the renvooi names the opdrachten of Artikel I that change it.
    expect(html).toContain('<h2>Artikel 7.1: gewijzigd (juridisch) (Artikel I, onderdeel B)</h2>')
    expect(html).toContain('<h2>Artikel 6.7: vervallen (juridisch, inwoners) (Artikel I, onderdeel A)</h2>')
    expect(html).toContain('<h2>Artikel 7.2: ingevoegd (juridisch, inwoners) (Artikel I, onderdeel C)</h2>')
    expect(html).toContain('<h2>Artikel 7.2 → 7.3: vernummerd (Artikel I, onderdeel D)</h2>')
    expect(html).toContain('<h2>Artikel 7.3 → 7.4: vernummerd (juridisch) (Artikel I, onderdelen E en F)</h2>')
  })
})

describe('export --sinds on bad input: a Dutch message, exit 1, nothing written', () => {
  const nothingWritten = async () => expect((await readdir(out)).filter((name) => name.startsWith('slecht') || name.includes('.tmp'))).toEqual([])

  it('an unknown revision', async () => {
    for (const kind of ['stop', 'docx']) {
      const outcome = await verordening(['export', kind, repo.map, '--sinds', 'v9', '--uit', path.join(out, `slecht.${kind === 'stop' ? 'xml' : 'docx'}`)])
      expect(outcome.code).toBe(1)
      expect(outcome.stderr).toBe(
        '✖ Onbekende revisie `v9`, verwacht een tag, branch of commit uit deze repository (zie `git tag` en `git log --oneline`) (er is niets geschreven en een eerder bestand is ongewijzigd)\n',
      )
    }
    await nothingWritten()
  })

  it('a map outside git', async () => {
    const plain = await mkdtemp(path.join(tmpdir(), 'verordening-zonder-git-'))
    made.push(plain)
    await cp(path.resolve('verordening'), path.join(plain, 'verordening'), { recursive: true })
    const outcome = await verordening(['export', 'stop', path.join(plain, 'verordening'), '--sinds', 'v1', '--uit', path.join(out, 'slecht.xml')])
    expect(outcome.code).toBe(1)
    expect(outcome.stderr).toContain('ligt niet in een git-repository, verwacht een map die met git wordt bijgehouden')
    expect(outcome.stderr).not.toMatch(/\n\s+at /)
    await nothingWritten()
  })

  it('no change in the juridische tekst since the revision', async () => {
    const outcome = await verordening(['export', 'stop', repo.map, '--sinds', 'v2', '--uit', path.join(out, 'slecht.xml')])
    expect(outcome.code).toBe(1)
    expect(outcome.stderr).toContain(
      '✖ Sinds `v2` is de juridische tekst niet gewijzigd, verwacht ten minste één gewijzigd, ingevoegd of vervallen artikel voor een wijzigingsbesluit (er is niets geschreven en een eerder bestand is ongewijzigd)',
    )
    await nothingWritten()
  })

  it('--sinds with export pdf', async () => {
    const outcome = await verordening(['export', 'pdf', repo.map, '--sinds', 'v1', '--uit', path.join(out, 'slecht.pdf')])
    expect(outcome.code).toBe(1)
    expect(outcome.stderr).toBe(
      'De optie --sinds hoort bij `export stop` (het wijzigingsbesluit) en `export docx` (wijzigingsverordening en renvooi), niet bij `export pdf`.\n',
    )
    await nothingWritten()
  })
})
