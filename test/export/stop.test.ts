// `export stop`: the example as STOP imop-tekst 1.1.0, valid against the XSD
// (xmllint, offline, from ../shared/standards), and checked against the
// Schematron rules of STOP for tekst that can be expressed without an XSLT 2
// processor (re-stated here, see docs/schrijven.md); eIds equal to the site's
// anchors; only the juridische text; and every kind of bad input refused.
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Element, Root } from 'xast'
import { fromXml } from 'xast-util-from-xml'
import { packageRoot } from '../../src/package-root.ts'
import { checkVerordening } from '../../src/pipeline/pipeline.ts'
import { buildSiteData } from '../../src/views/site-data.ts'
import { verordening } from '../helpers/cli.ts'
import { elements, text } from '../helpers/xml.ts'

const exec = promisify(execFile)
/** The schema of STOP lives beside the repository, in ../shared/standards (no network needed: it imports nothing). */
const stopXsd = path.resolve(packageRoot, '..', 'shared', 'standards', 'stop', 'imop-tekst-1.1.0.xsd')

const made: string[] = []
let dir: string
let xml: string
let tree: Root

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'export-stop-'))
  made.push(dir)
  const outcome = await verordening(['export', 'stop', 'verordening', '--uit', path.join(dir, 'verordening.xml')])
  expect(outcome.stderr).toMatch(/✓ STOP-XML geschreven: .*verordening\.xml \(55 artikelen/)
  expect(outcome.code).toBe(0)
  xml = await readFile(path.join(dir, 'verordening.xml'), 'utf8')
  tree = fromXml(xml)
}, 60_000)

afterAll(async () => {
  await Promise.all(made.map((folder) => rm(folder, { recursive: true, force: true })))
})

function attribute(node: Element, name: string): string {
  return String(node.attributes[name] ?? '')
}

describe('export stop on the example', () => {
  it('is valid against imop-tekst 1.1.0 (xmllint --schema, 0 errors)', async () => {
    expect(existsSync(stopXsd), `the STOP schema at ${stopXsd}`).toBe(true)
    const file = path.join(dir, 'verordening.xml')
    const outcome = await exec('xmllint', ['--noout', '--nonet', '--schema', stopXsd, file]).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    )
    expect(outcome.stderr.trim()).toBe(`${file} validates`)
    expect(outcome.code).toBe(0)
  })

  it('is a RegelingCompact with the hoofdstukken, artikelen, leden and onderdelen of the model', async () => {
    const root = elements(tree, 'RegelingCompact')[0]!
    expect(attribute(root, 'xmlns')).toBe('https://standaarden.overheid.nl/stop/imop/tekst/')
    const check = await checkVerordening('verordening')
    const { hoofdstukken } = check.context.verordening
    expect(elements(tree, 'Hoofdstuk')).toHaveLength(hoofdstukken.length)
    expect(elements(tree, 'Artikel')).toHaveLength(55)
    expect(text(elements(tree, 'Al')[0]!)).toBe(check.context.verordening.meta.titel)
    const artikel = elements(tree, 'Artikel').find((node) => attribute(node, 'eId') === 'chp_1__art_1.4')!
    const kop = elements(artikel, 'Kop')[0]!
    expect(elements(kop).map((node) => [node.name, text(node)])).toEqual([
      ['Label', 'Artikel'],
      ['Nummer', '1.4'],
      ['Opschrift', 'Gemeentelijke kaders'],
    ])
    const lijst = elements(artikel, 'Lijst')[0]!
    expect(attribute(lijst, 'type')).toBe('expliciet')
    expect(elements(lijst, 'LiNummer').map(text)).toEqual(['a.', 'b.', 'c.', 'd.', 'e.', 'f.', 'g.'])
    expect(elements(artikel, 'LidNummer').map(text)).toEqual(['1', '2', '3'])
  })

  it('gives every hoofdstuk, artikel, lid and onderdeel the eId of its anchor on the site, and wIds with gm + the CBS code', async () => {
    const check = await checkVerordening('verordening')
    const site = buildSiteData(check.context)
    const eIds = new Set(
      elements(tree)
        .map((node) => attribute(node, 'eId'))
        .filter(Boolean),
    )
    const anchors: string[] = []
    for (const hoofdstuk of site.hoofdstukken) {
      anchors.push(hoofdstuk.eId)
      for (const artikel of hoofdstuk.artikelen) {
        anchors.push(artikel.eId)
        for (const lid of artikel.leden) {
          // A single lid without a number is the artikel's Inhoud in STOP, which has no eId.
          if (lid.nr !== null) anchors.push(lid.eId)
          anchors.push(...lid.onderdelen.map((onderdeel) => onderdeel.eId))
        }
      }
    }
    expect(anchors.length).toBeGreaterThan(200)
    expect(anchors.filter((anchor) => !eIds.has(anchor))).toEqual([])
    for (const node of elements(tree).filter((candidate) => candidate.attributes.eId !== undefined)) {
      expect(attribute(node, 'wId')).toBe(`gm9999_1__${attribute(node, 'eId')}`)
    }
  })

  it('holds only the juridische text: no inwonersversie, no voorbeelden', () => {
    expect(xml).toContain('Het college biedt')
    expect(xml).not.toContain('Deze regels gaan over hulp van de gemeente Lingedal')
    expect(xml).not.toContain('Meneer A. woont drie jaar in Nederland')
  })

  it('has the begripsbepalingen as a Begrippenlijst and the begrippenlijst of the verordening as a bijlage', async () => {
    const check = await checkVerordening('verordening')
    const artikel = elements(tree, 'Artikel').find((node) => attribute(node, 'eId') === 'chp_1__art_1.2')!
    const begrippen = elements(artikel, 'Begrip')
    // Huishouden, kader and vaste contactpersoon are defined once, in the begrippenlijst (rule begrip-definitie).
    expect(begrippen.map((begrip) => text(elements(begrip, 'Term')[0]!))).toEqual(['raad', 'wet'])
    expect(text(elements(begrippen[0]!, 'Definitie')[0]!).trim()).toBe('de gemeenteraad van Lingedal;')
    const bijlage = elements(tree, 'Bijlage')[0]!
    expect(text(elements(bijlage, 'Kop')[0]!)).toContain('Begrippenlijst')
    expect(elements(bijlage, 'Begrip')).toHaveLength(check.context.verordening.begrippen.length)
  })

  it('refers with IntRef to artikelen, leden and begrippen, and with ExtRef soort="JCI" to wetten and grondslagen', () => {
    const intRefs = elements(tree, 'IntRef')
    expect(intRefs.find((ref) => text(ref) === 'artikel 1.4, eerste lid')?.attributes.ref).toBe('chp_1__art_1.4__para_1')
    expect(intRefs.some((ref) => String(ref.attributes.ref).startsWith('cmp_1__content_1__list_1__item_'))).toBe(true)
    const extRefs = elements(tree, 'ExtRef')
    expect(extRefs.length).toBeGreaterThan(50)
    for (const ref of extRefs) {
      // A link to another regeling (artikel 3.12 to the handhavingsverordening) is an ExtRef soort="URL".
      if (attribute(ref, 'soort') === 'URL') {
        expect(attribute(ref, 'ref')).toMatch(/^https:\/\//)
        continue
      }
      expect(attribute(ref, 'soort')).toBe('JCI')
      expect(attribute(ref, 'ref')).toMatch(/^jci1\.3:c:BWBR\d{7}(&artikel=[^&]+)?(&lid=.+)?$/)
    }
    expect(extRefs.filter((ref) => attribute(ref, 'soort') === 'URL')).toHaveLength(1)
    const toelichting = elements(tree, 'ArtikelgewijzeToelichting')[0]!
    const grondslag = elements(toelichting, 'Divisietekst').find((node) => attribute(node, 'eId') === 'artrecital__content_1.1')!
    expect(text(elements(grondslag, 'Al')[0]!)).toMatch(/^Grondslag: artikel 147 Gemeentewet, .* en artikel 2 Wgs\.$/)
    expect(elements(grondslag, 'ExtRef').map((ref) => attribute(ref, 'ref'))).toContain('jci1.3:c:BWBR0035362&artikel=2.1.3')
  })

  it('meets the Schematron rules of STOP for tekst that need no XSLT 2 (see docs/schrijven.md)', () => {
    const all = elements(tree)
    const withIds = all.filter((node) => node.attributes.eId !== undefined)
    // sch_tekst_011: eIds and wIds are unique.
    const eIds = withIds.map((node) => attribute(node, 'eId'))
    const wIds = withIds.map((node) => attribute(node, 'wId'))
    expect(eIds.length - new Set(eIds).size).toBe(0)
    expect(wIds.length - new Set(wIds).size).toBe(0)
    // sch_tekst_008: no eId or wId ends with a full stop.
    expect([...eIds, ...wIds].filter((id) => id.endsWith('.'))).toEqual([])
    // sch_tekst_020: the last part of an eId starts with the AKN name of its element.
    const akn: Record<string, string> = {
      Lichaam: 'body',
      RegelingOpschrift: 'longTitle',
      ArtikelgewijzeToelichting: 'artrecital',
      Artikel: 'art',
      Lid: 'para',
      Divisietekst: 'content',
      Hoofdstuk: 'chp',
      Bijlage: 'cmp',
      Lijst: 'list',
      Begrippenlijst: 'list',
      Li: 'item',
      Begrip: 'item',
    }
    for (const node of withIds) {
      expect(akn[node.name], node.name).toBeDefined()
      expect(attribute(node, 'eId').split('__').at(-1)!.startsWith(akn[node.name]!), attribute(node, 'eId')).toBe(true)
    }
    // sch_tekst_002: no Nummer or LidNummer ends with a full stop.
    expect(all.filter((node) => (node.name === 'Nummer' || node.name === 'LidNummer') && text(node).endsWith('.')).map(text)).toEqual([])
    // sch_tekst_001: an explicit list numbers every item, an unmarked one none.
    for (const lijst of all.filter((node) => node.name === 'Lijst')) {
      const items = lijst.children.filter((child): child is Element => child.type === 'element' && child.name === 'Li')
      const numbered = items.filter((item) => item.children.some((child) => child.type === 'element' && child.name === 'LiNummer'))
      expect(numbered.length, attribute(lijst, 'eId')).toBe(attribute(lijst, 'type') === 'expliciet' ? items.length : 0)
    }
    // sch_tekst_022: no empty Al.
    expect(all.filter((node) => node.name === 'Al' && text(node).trim() === '')).toHaveLength(0)
    // sch_tekst_006: every IntRef points at an eId or wId in the file.
    const targets = new Set([...eIds, ...wIds])
    expect(all.filter((node) => node.name === 'IntRef' && !targets.has(attribute(node, 'ref'))).map((node) => attribute(node, 'ref'))).toEqual([])
    // sch_tekst_005: every Divisietekst outside a Bijlage has a Kop.
    for (const divisie of all.filter((node) => node.name === 'Divisietekst' && !attribute(node, 'eId').startsWith('cmp_'))) {
      expect(
        divisie.children.some((child) => child.type === 'element' && child.name === 'Kop'),
        attribute(divisie, 'eId'),
      ).toBe(true)
    }
    // sch_tekst_009, sch_tekst_010: no renvooi or wijzigactie outside a RegelingMutatie.
    expect(all.filter((node) => node.name === 'NieuweTekst' || node.name === 'VerwijderdeTekst' || node.attributes.wijzigactie !== undefined)).toHaveLength(0)
  })
})

describe('export stop on bad input', () => {
  async function copyOfExample(change?: (name: string, text: string) => string): Promise<string> {
    const root = await mkdtemp(path.join(tmpdir(), 'export-stop-bron-'))
    made.push(root)
    const map = path.join(root, 'verordening')
    await cp('verordening', map, { recursive: true })
    if (change) {
      for (const name of await readdir(map)) {
        const file = path.join(map, name)
        if (!name.endsWith('.md') && !name.endsWith('.yml')) continue
        const before = await readFile(file, 'utf8')
        const after = change(name, before)
        if (after !== before) await writeFile(file, after)
      }
    }
    return map
  }

  it('stops with check’s messages when the verordening has errors, and leaves an earlier export as it was', async () => {
    const map = await copyOfExample((name, text) => (name === '01-algemene-bepalingen.md' ? text.replace(/effect="[^"]+"/, 'effect="bestaat-niet"') : text))
    const file = path.join(dir, 'eerder.xml')
    await writeFile(file, xml)
    const outcome = await verordening(['export', 'stop', map, '--uit', file])
    expect(outcome.code).toBe(1)
    expect(outcome.stderr).toContain('Onbekend effect `bestaat-niet`')
    expect(outcome.stderr).toContain('artikel-effect')
    expect(outcome.stderr).toContain('✖ De verordening heeft fouten; er is niets geschreven en een eerder bestand is ongewijzigd.')
    expect(await readFile(file, 'utf8')).toBe(xml)
    expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('stops with the place of the artikel when a lid holds nothing STOP can publish (only a comment)', async () => {
    const map = await copyOfExample((name, text) =>
      name === '01-algemene-bepalingen.md'
        ? text.replace(
            '2. Het college kan bij beleidsregel de kaders uitwerken. Het college kan geen kaders toevoegen of beperken.',
            '2. <!-- nog schrijven -->',
          )
        : text,
    )
    const outcome = await verordening(['export', 'stop', map, '--uit', path.join(dir, 'leeg-lid.xml')])
    expect(outcome.code).toBe(1)
    expect(outcome.stderr).toMatch(
      /01-algemene-bepalingen\.md:\d+:1: In STOP moet elk deel tekst hebben, maar lid 2 van artikel 1\.4 heeft geen tekst; vul de tekst aan of haal het lege deel weg\./,
    )
    expect(outcome.stderr).toContain('✖ De tekst past niet in STOP; er is niets geschreven en een eerder bestand is ongewijzigd.')
    expect(existsSync(path.join(dir, 'leeg-lid.xml'))).toBe(false)
  })

  it('asks for the CBS code when verordening.yml has none', async () => {
    const map = await copyOfExample((name, text) => (name === 'verordening.yml' ? text.replace(/^cbs: .*$/m, '') : text))
    const outcome = await verordening(['export', 'stop', map, '--uit', path.join(dir, 'zonder-cbs.xml')])
    expect(outcome.code).toBe(1)
    expect(outcome.stderr).toContain('verordening.yml:1:1: verordening.yml heeft geen `cbs`')
    expect(existsSync(path.join(dir, 'zonder-cbs.xml'))).toBe(false)
  })

  it('refuses a CBS code that is not four digits, at its place in verordening.yml', async () => {
    const map = await copyOfExample((name, text) => (name === 'verordening.yml' ? text.replace(/^cbs: .*$/m, 'cbs: 363') : text))
    const outcome = await verordening(['check', map])
    expect(outcome.code).toBe(1)
    expect(outcome.stderr).toMatch(/\n {2}6:6 {2}fout {2}Veld `cbs`: Geef de gemeentecode van het CBS als vier cijfers/)
  })

  it('refuses an output in the map of the verordening, a folder, a missing folder, an unwritable place and a file that is no export', async () => {
    const map = await copyOfExample()
    const cases: Array<[string, RegExp]> = [
      [path.join(map, 'uit.xml'), /ligt in de map van de verordening/],
      // A name without .xml is the aanlevering folder (stop-aanlevering.test.ts): a folder with other files in it is refused.
      [dir, /De uitvoermap .* bestaat al en bevat `[^`]+`, dat deze toolchain niet als STOP-XML heeft geschreven/],
      [path.join(dir, 'bestaat-niet', 'uit.xml'), /De map van het uitvoerbestand .* bestaat niet/],
      ['/sys/verordening.xml', /kan niet worden geschreven \(geen schrijfrechten\)/],
    ]
    const note = path.join(dir, 'notities.xml')
    await writeFile(note, 'mijn aantekeningen\n')
    cases.push([note, /bestaat al, maar deze toolchain heeft het niet als STOP-XML geschreven/])
    for (const [uit, message] of cases) {
      const outcome = await verordening(['export', 'stop', map, '--uit', uit])
      expect(outcome.stderr, uit).toMatch(message)
      expect(outcome.stderr).not.toMatch(/\n\s+at /)
      expect(outcome.code, uit).toBe(1)
    }
    expect(await readFile(note, 'utf8')).toBe('mijn aantekeningen\n')
    expect(await readdir(map)).not.toContain('uit.xml')
  })

  it('marks its file with a comment after the declaration, valid against the schema, and replaces only a file with that mark', async () => {
    expect(xml.split('\n').slice(0, 2)).toEqual([
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<!-- Gemaakt met omgekeerde verordening (verordening export stop). Een volgende export vervangt dit bestand. -->',
    ])
    // Any other XML file: a settings.xml, a STOP file from elsewhere, one whose only comment says something else.
    const others: Record<string, string> = {
      'settings.xml': '<?xml version="1.0" encoding="UTF-8"?>\n<settings><server>intern</server></settings>\n',
      'andere-stop.xml': xml.replace(/<!--[\s\S]*?-->\n/, ''),
      'opmerking.xml': xml.replace('Gemaakt met omgekeerde verordening', 'Gemaakt met de hand'),
      // The mark further down the file is not the mark.
      'verstopt.xml': `<?xml version="1.0"?>\n<settings/>\n<!-- Gemaakt met omgekeerde verordening -->\n`,
    }
    for (const [name, content] of Object.entries(others)) {
      const file = path.join(dir, name)
      await writeFile(file, content)
      const outcome = await verordening(['export', 'stop', 'verordening', '--uit', file])
      expect(outcome.code, name).toBe(1)
      expect(outcome.stderr).toContain(
        `✖ Het bestand \`${file}\` bestaat al, maar deze toolchain heeft het niet als STOP-XML geschreven (de opmerking “Gemaakt met omgekeerde verordening” na de XML-declaratie ontbreekt); \`verordening export stop\` overschrijft alleen een eigen bestand. Kies met --uit een ander bestand, of verwijder dit bestand zelf als u het niet meer nodig hebt.`,
      )
      // An export by a version from before the mark: the message says to delete it once.
      expect(outcome.stderr).toContain(
        'Schreef een oudere versie van deze toolchain dit bestand (nog zonder kenmerk), verwijder het dan één keer; daarna vervangt de opdracht het zelf.',
      )
      expect(await readFile(file, 'utf8'), name).toBe(content)
    }
    // A new file, an empty file and a file with the mark (also with a byte order mark) are written.
    for (const [name, content] of [
      ['nieuw.xml', null],
      ['leeg.xml', ''],
      ['eerder-met-bom.xml', `\uFEFF${xml}`],
    ] as const) {
      const file = path.join(dir, name)
      if (content !== null) await writeFile(file, content)
      const outcome = await verordening(['export', 'stop', 'verordening', '--uit', file])
      expect(outcome.code, `${name}: ${outcome.stderr}`).toBe(0)
      expect(await readFile(file, 'utf8')).toBe(xml)
    }
  })

  /** `]]>`, `<` and `&` in juridische tekst, titels, a begrip, the toelichting and the titel of the regeling; `extra` for characters of a test's own. */
  const awkward =
    (extra: { lid?: string; titel?: string; toelichting?: string; regeling?: string } = {}) =>
    (name: string, text: string): string => {
      if (name === '01-algemene-bepalingen.md')
        return text
          .replace('4. Het college biedt :begrip[maatwerk]', `4. Het college biedt (a]]>b, x < y & z, a &lt; b${extra.lid ?? ''}) :begrip[maatwerk]`)
          .replace('titel="Doel van deze verordening"', `titel="Doel ]]> &amp; van deze${extra.titel ?? ''} verordening"`)
          .replace('De definities staan in de begrippenlijst', `Een ]]> en x < y & z.${extra.toelichting ?? ''} De definities staan in de begrippenlijst`)
      if (name === 'begrippen.yml')
        return text.replace('burgemeester en wethouders van de gemeente Lingedal.', 'burgemeester ]]> wethouders & co < 3 van de gemeente Lingedal.')
      if (name === 'verordening.yml') return text.replace(/^titel: .*$/m, `titel: "Verordening ]]> & a < 3${extra.regeling ?? ''}"`)
      return text
    }

  async function validates(file: string): Promise<string> {
    return exec('xmllint', ['--noout', '--nonet', '--schema', stopXsd, file]).then(
      ({ stderr }) => stderr.trim(),
      (error: { stderr: string }) => error.stderr.trim(),
    )
  }

  it('refuses U+FFFE, which XML cannot hold in any form, at its place in the source, and writes nothing', async () => {
    const map = await copyOfExample(awkward({ regeling: ' \\uFFFE' }))
    const file = path.join(dir, 'niet-teken.xml')
    const outcome = await verordening(['export', 'stop', map, '--uit', file])
    expect(outcome.code).toBe(1)
    expect(outcome.stderr).toMatch(/verordening\.yml\n\s+\d+:\d+\s+fout\s+Onzichtbaar teken U\+FFFE \(NONCHARACTER\), geschreven als `\\uFFFE`/)
    await expect(readFile(file)).rejects.toThrow()
  })

  it('writes `]]>`, `<` and `&` in juridische tekst, titels, begrippen and toelichting as well-formed XML, valid against the XSD, with the text as written', async () => {
    const map = await copyOfExample(awkward())
    const file = path.join(dir, 'lastige-tekens.xml')
    const outcome = await verordening(['export', 'stop', map, '--uit', file])
    expect(outcome.stderr).toMatch(/✓ STOP-XML geschreven: .*lastige-tekens\.xml \(55 artikelen/)
    expect(outcome.code).toBe(0)
    const written = await readFile(file, 'utf8')
    expect(written).not.toContain(']]>')
    expect(written).not.toContain('\uFFFE')
    expect(await validates(file)).toBe(`${file} validates`)
    const parsed = fromXml(written)
    const byEId = (eId: string) => elements(parsed).find((node) => attribute(node, 'eId') === eId)!
    expect(text(elements(byEId('longTitle'), 'Al')[0]!)).toBe('Verordening ]]> & a < 3')
    expect(text(elements(byEId('chp_1__art_1.1'), 'Opschrift')[0]!)).toBe('Doel ]]> & van deze verordening')
    expect(text(elements(byEId('chp_1__art_1.1__para_4'), 'Al')[0]!)).toContain('Het college biedt (a]]>b, x < y & z, a < b) maatwerk')
    expect(text(elements(byEId('artrecital__content_1.2'), 'Al')[1]!)).toMatch(/^Een \]\]> en x < y & z\. De definities/)
    expect(elements(parsed, 'Definitie').map((node) => text(node).trim())).toContain(
      'het college van burgemeester ]]> wethouders & co < 3 van de gemeente Lingedal.',
    )
  })

  it('writes well-formed, valid XML even from a model with control characters (which the check refuses), for the regeling and the wijzigingsbesluit', async () => {
    const map = await copyOfExample(awkward({ lid: ' \u0001\u000B', titel: '\u0007', toelichting: ' \u0002', regeling: '\u0008' }))
    const broken = await checkVerordening(map)
    expect(broken.errors).toBeGreaterThan(0)
    const example = await checkVerordening('verordening')
    const { buildStop } = await import('../../src/export/stop.ts')
    const { buildWijzigingsbesluit } = await import('../../src/export/stop-wijziging.ts')
    const { vergelijk } = await import('../../src/compare/vergelijking.ts')
    const { wellFormed } = await import('../../src/export/xml.ts')
    const besluit = buildWijzigingsbesluit(example.context, broken.context, vergelijk(example.context.verordening, broken.context.verordening), {
      van: 'v1',
      commit: 'a'.repeat(40),
    })
    const documents: Record<string, string> = { 'controle-regeling.xml': buildStop(broken.context).xml, 'controle-besluit.xml': besluit!.xml }
    for (const [name, content] of Object.entries(documents)) {
      expect(wellFormed(content), name).toBeNull()
      expect(content).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/)
      const file = path.join(dir, name)
      await writeFile(file, content)
      expect(await validates(file)).toBe(`${file} validates`)
    }
    expect(documents['controle-regeling.xml']).toContain('Het college biedt (a]]&gt;b, x &#x3C; y &#x26; z, a &#x3C; b ) <IntRef')
    expect(documents['controle-besluit.xml']).toContain('<NieuweTekst>(a]]&gt;b, x &#x3C; y &#x26; z, a &#x3C; b ')
  })

  it('overwrites an earlier export in place', async () => {
    const file = path.join(dir, 'opnieuw.xml')
    expect((await verordening(['export', 'stop', 'verordening', '--uit', file])).code).toBe(0)
    const first = await readFile(file, 'utf8')
    expect((await verordening(['export', 'stop', 'verordening', '--uit', file])).code).toBe(0)
    expect(await readFile(file, 'utf8')).toBe(first)
  })

  it('explains an unknown export, an unknown --versie and --versie outside pdf in Dutch', async () => {
    expect((await verordening(['export', 'html'])).stderr).toContain(
      'Onbekende export `html`, verwacht `export stop`, `export docx` (of `export word`), `export pdf` of `export effectrapportage`.',
    )
    expect((await verordening(['export'])).stderr).toContain('Geef aan wat u wilt exporteren')
    expect((await verordening(['export', 'stop', '--versie', 'raad'])).stderr).toContain('De optie --versie hoort alleen bij `export pdf`.')
    const outcome = await verordening(['export', 'pdf', '--versie', 'wethouder'])
    expect(outcome.stderr).toContain('Onbekende versie `wethouder` voor --versie, verwacht juridisch, inwoners of raad.')
    expect(outcome.code).toBe(1)
  })
})
