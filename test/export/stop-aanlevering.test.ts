// `export stop --uit <map>`: the aanlevering for the LVBB. The example (in a
// temporary git repository, with the OIN and the date of bekendmaking the
// LVBB needs) as a first vaststelling, and as a wijziging of a small edit
// (`--sinds`). The besluit's text (`BesluitCompact`: aanhef, wijzigartikelen,
// the regeling or its mutatie in a WijzigBijlage, ondertekening) is valid
// against the official STOP schema we have, imop-tekst 1.1.0 in
// ../shared/standards (xmllint, offline). The official imop-data and LVBB
// schemas are not there (docs/architectuur.md, "Schema's en validatie"); the
// business rules the export checks itself hold, and the checker finds each
// fault it is there for. Missing data and a wrong date order are refused in Dutch,
// naming what is missing and where; the previous aanlevering stays as it was.
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Element, Root } from 'xast'
import { fromXml } from 'xast-util-from-xml'
import { toXml } from 'xast-util-to-xml'
import { checkBedrijfsregels, identificatieProbleem } from '../../src/export/stop-bedrijfsregels.ts'
import { packageRoot } from '../../src/package-root.ts'
import { verordening } from '../helpers/cli.ts'
import { makeRepo, type Repo } from '../helpers/git-repo.ts'
import { elements, text } from '../helpers/xml.ts'

const exec = promisify(execFile)
/** The official STOP schema beside the repository (it imports nothing, so no network is needed). */
const tekstXsd = path.resolve(packageRoot, '..', 'shared', 'standards', 'stop', 'imop-tekst-1.1.0.xsd')

const made: string[] = []
let repo: Repo
let out: string
const vaststelling = new Map<string, string>()
const wijziging = new Map<string, string>()

/**
 * xmllint's verdict on the `BesluitCompact` of a besluit.xml against imop-tekst:
 * the element is written to a file of its own (it carries its namespace), as
 * the LVBB unpacks it from the AanleveringBesluit.
 */
async function besluitTekstValid(besluitFile: string): Promise<string> {
  const compact = elements(fromXml(await readFile(besluitFile, 'utf8')), 'BesluitCompact')[0]
  if (!compact) return 'geen BesluitCompact'
  const file = `${besluitFile}.compact.xml`
  await writeFile(file, `<?xml version="1.0" encoding="UTF-8"?>\n${toXml(compact)}`)
  const { stderr } = await exec('xmllint', ['--nonet', '--noout', '--schema', tekstXsd, file]).catch((error: { stderr: string }) => ({
    stderr: error.stderr,
  }))
  await rm(file)
  return stderr.replace(file, 'BesluitCompact')
}

async function readFolder(folder: string): Promise<Map<string, string>> {
  const files = new Map<string, string>()
  for (const name of (await readdir(folder)).sort()) files.set(name, await readFile(path.join(folder, name), 'utf8'))
  return files
}

const value = (root: Root | Element, name: string) => elements(root, name).map((element) => text(element).trim())
const attr = (node: Element, name: string) => String(node.attributes[name] ?? '')

beforeAll(async () => {
  repo = await makeRepo(made)
  // What the LVBB needs beyond the raadsbesluit: the OIN and the date of bekendmaking.
  await repo.edit('verordening.yml', 'cbs: "9999"', 'cbs: "9999"\noin: "00000001009999999000"')
  await repo.edit('verordening.yml', '  voorzitter: P. van Dam', '  voorzitter: P. van Dam\n  bekendmaking: 2026-11-20')
  repo.commit('gegevens voor de LVBB', 'vastgesteld')
  out = await mkdtemp(path.join(tmpdir(), 'export-aanlevering-'))
  made.push(out)

  const eerste = await verordening(['export', 'stop', repo.map, '--uit', path.join(out, 'vaststelling')])
  expect(eerste.stderr).toMatch(
    /✓ STOP-aanlevering geschreven: .*vaststelling \(aanlevering voor de LVBB: manifest\.xml, opdracht\.xml, besluit\.xml; eerste vaststelling, 55 artikelen, STOP 1\.3\.0 \(BesluitCompact\)\)/,
  )
  expect(eerste.code).toBe(0)
  for (const [name, xml] of await readFolder(path.join(out, 'vaststelling'))) vaststelling.set(name, xml)

  // The wijziging: the raad adopted `vastgesteld` on 12 November 2026; now one lid changes.
  await repo.edit('07-slotbepalingen.md', 'binnen drie jaar na de inwerkingtreding', 'binnen vier jaar na de inwerkingtreding')
  await repo.edit(
    'verordening.yml',
    '  voorstel: 2026-09-08',
    '  voorstel: 2027-02-09\n  geletOp: artikel 149 van de Gemeentewet\n  inwerkingtreding: 2027-07-01',
  )
  await repo.edit('verordening.yml', '  vergadering: 2026-11-12', '  vergadering: 2027-03-11')
  await repo.edit('verordening.yml', '  bekendmaking: 2026-11-20', '  bekendmaking: 2027-03-18')
  await repo.edit('verordening.yml', 'cbs: "9999"', 'versies:\n  - { versie: vastgesteld, datum: 2026-11-12, raadsbesluit: RB-2026-101 }\ncbs: "9999"')
  const tweede = await verordening(['export', 'stop', repo.map, '--sinds', 'vastgesteld', '--uit', path.join(out, 'wijziging')])
  expect(tweede.stderr).toMatch(
    /✓ STOP-aanlevering geschreven: .*wijziging \(aanlevering voor de LVBB: .*wijzigingsbesluit sinds vastgesteld: 1 Vervang, 0 VoegToe, 0 Verwijder/,
  )
  expect(tweede.code).toBe(0)
  for (const [name, xml] of await readFolder(path.join(out, 'wijziging'))) wijziging.set(name, xml)
}, 180_000)

afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })))
})

describe.each([
  ['de eerste vaststelling', 'vaststelling', () => vaststelling],
  ['de wijziging', 'wijziging', () => wijziging],
])('export stop: de aanlevering van %s', (_naam, folder, files) => {
  it('writes besluit.xml, opdracht.xml and manifest.xml, and the manifest names exactly those', () => {
    expect([...files().keys()]).toEqual(['besluit.xml', 'manifest.xml', 'opdracht.xml'])
    expect(value(fromXml(files().get('manifest.xml')!), 'bestandsnaam').sort()).toEqual(['besluit.xml', 'manifest.xml', 'opdracht.xml'])
  })

  it('has a besluit text (BesluitCompact) valid against STOP imop-tekst 1.1.0 (xmllint)', async () => {
    expect(await besluitTekstValid(path.join(out, folder, 'besluit.xml'))).toBe('BesluitCompact validates\n')
  })

  it('meets every business rule the export checks itself', () => {
    expect(checkBedrijfsregels(files(), 'besluit.xml')).toEqual([])
  })

  it('has the raadsbesluit: aanhef, Artikel I and II, ondertekening by griffier and voorzitter, and no blank', () => {
    const besluit = fromXml(files().get('besluit.xml')!)
    const compact = elements(besluit, 'BesluitCompact')[0]!
    expect(value(elements(compact, 'Aanhef')[0]!, 'Al')[0]).toBe('De raad van de gemeente Lingedal;')
    expect(elements(compact, 'WijzigArtikel').map((artikel) => attr(artikel, 'eId'))).toEqual(['art_I'])
    expect(value(elements(compact, 'Sluiting')[0]!, 'Al')).toEqual([
      expect.stringMatching(/^Aldus vastgesteld in de openbare vergadering van \d+ \w+ \d{4}\.$/),
      'De griffier,',
      'M. de Wit',
      'De voorzitter,',
      'P. van Dam',
    ])
    expect(files().get('besluit.xml')).not.toMatch(/nog in te vullen|………/)
  })

  it('identifies besluit and regeling consistently: wordt, BeoogdeRegeling and RegelingVersieInformatie are one expression', () => {
    const besluit = fromXml(files().get('besluit.xml')!)
    const wordt = [...elements(besluit, 'RegelingCompact'), ...elements(besluit, 'RegelingMutatie')].map((element) => attr(element, 'wordt'))
    expect(wordt).toHaveLength(1)
    expect(value(besluit, 'instrumentVersie')).toEqual(wordt)
    expect(value(elements(besluit, 'RegelingVersieInformatie')[0]!, 'FRBRExpression')).toEqual(wordt)
    expect(wordt[0]).toMatch(/^\/akn\/nl\/act\/gm9999\/2027\/verordening_sociaal_domein_lingedal_2027\/nld@\d{4}-\d{2}-\d{2}$/)
    expect(value(elements(besluit, 'BesluitVersie')[0]!, 'FRBRWork')[0]).toMatch(/^\/akn\/nl\/bill\/gm9999\/\d{4}\/\w+$/)
    expect(value(fromXml(files().get('opdracht.xml')!), 'idBevoegdGezag')).toEqual(['00000001009999999000'])
  })
})

describe('export stop: eerste vaststelling en wijziging samen', () => {
  it('the wijziging changes the version the vaststelling made (was = the earlier wordt)', () => {
    const eerste = fromXml(vaststelling.get('besluit.xml')!)
    const tweede = fromXml(wijziging.get('besluit.xml')!)
    const mutatie = elements(tweede, 'RegelingMutatie')[0]!
    expect(attr(mutatie, 'was')).toBe(attr(elements(eerste, 'RegelingCompact')[0]!, 'wordt'))
    expect(attr(mutatie, 'wordt')).toBe('/akn/nl/act/gm9999/2027/verordening_sociaal_domein_lingedal_2027/nld@2027-03-11')
  })

  it('the wijziging says in its mutatie what the wijzigingsopdracht says, and takes effect on its own date', () => {
    const tweede = fromXml(wijziging.get('besluit.xml')!)
    const vervang = elements(tweede, 'Vervang')
    expect(vervang).toHaveLength(1)
    expect(text(elements(vervang[0]!, 'Wat')[0]!)).toMatch(/"drie" vervangen door "vier"/)
    expect(value(tweede, 'datum')).toEqual(['2027-07-01'])
    expect(value(elements(tweede, 'Artikel').find((artikel) => attr(artikel, 'eId') === 'art_II')!, 'Al')).toEqual([
      'Deze verordening treedt in werking met ingang van 1 juli 2027.',
    ])
    // Only a new regeling carries its RegelingMetadata (LVBB4040); a wijziging leaves it alone (LVBB4046).
    expect(elements(tweede, 'RegelingMetadata')).toHaveLength(0)
    expect(elements(fromXml(vaststelling.get('besluit.xml')!), 'RegelingMetadata')).toHaveLength(1)
  })
})

describe('export stop: the business rules find what they are for', () => {
  const broken = (file: string, from: string | RegExp, to: string) => {
    const files = new Map(vaststelling)
    const xml = files.get(file)!
    expect(xml).toMatch(from)
    files.set(file, xml.replace(from, to))
    return checkBedrijfsregels(files, 'besluit.xml')
  }

  it('a duplicate eId and wId (STOP0020, STOP0021)', () => {
    expect(broken('besluit.xml', 'eId="formula_2" wId="gm9999_2__formula_2"', 'eId="formula_1" wId="gm9999_2__formula_1"')).toEqual([
      'de eId formula_1 komt twee keer voor in het besluit (STOP0020/STOP0021)',
      'de wId gm9999_2__formula_1 komt twee keer voor in het besluit (STOP0020/STOP0021)',
    ])
  })

  it('an IntRef that points to nothing, in the besluit and in the regeling (STOP0010, LVBB4002)', () => {
    expect(broken('besluit.xml', '<IntRef ref="cmp_A">', '<IntRef ref="cmp_B">')).toEqual([
      'de verwijzing (IntRef) naar cmp_B in het besluit wijst naar niets (STOP0010)',
      'de WijzigBijlage cmp_A wordt in geen WijzigArtikel genoemd (LVBB4002)',
      'een WijzigArtikel verwijst naar cmp_B, dat geen WijzigBijlage is (LVBB4002)',
    ])
    const [first] = vaststelling.get('besluit.xml')!.match(/<IntRef ref="chp_[^"]+"/) ?? []
    expect(broken('besluit.xml', first!, '<IntRef ref="chp_99"')).toEqual([
      'de verwijzing (IntRef) naar chp_99 in de component regeling wijst naar niets (STOP0010)',
    ])
  })

  it('identifications that do not agree (LVBB4032, LVBB4033) or are not well formed (LVBB2017, LVBB2019)', () => {
    const findings = broken('besluit.xml', /(<instrumentVersie>[^<]+)2026-11-12</, '$12026-11-13<')
    expect(findings.join('\n')).toMatch(/zijn niet de beoogde regelingen .*\(LVBB4032\)/)
    expect(identificatieProbleem('/akn/nl/act/gm9999/2027/verordening.1', false)).toMatch(/LVBB2020/)
    expect(identificatieProbleem('/akn/nl/act/gm9999/2027/naam/nld@2027-01-01', true)).toBeNull()
    expect(identificatieProbleem('/akn/nl/act/gm9999/naam/nld@2027-01-01', true)).toMatch(/LVBB2013/)
  })

  it('dates out of order and a manifest that misses a file', () => {
    expect(broken('opdracht.xml', '<datumBekendmaking>2026-11-20<', '<datumBekendmaking>2026-11-21<')).toEqual([
      'de datum van bekendmaking in opdracht.xml is niet die van het procedureverloop (2026-11-20)',
    ])
    expect(broken('besluit.xml', '<bekendOp>2026-11-20<', '<bekendOp>2027-01-02<')).toEqual([
      'de datum van bekendmaking in opdracht.xml is niet die van het procedureverloop (2027-01-02)',
      'de inwerkingtreding (2027-01-01) ligt niet na de bekendmaking (2027-01-02); een verordening treedt pas na haar bekendmaking in werking',
    ])
    expect(
      broken('manifest.xml', /<bestand>\s*<bestandsnaam>opdracht\.xml<\/bestandsnaam>\s*<contentType>application\/xml<\/contentType>\s*<\/bestand>/, ''),
    ).toEqual(['manifest.xml noemt manifest.xml, besluit.xml, maar de map heeft besluit.xml, manifest.xml, opdracht.xml (LVBB: elk bestand in het manifest)'])
  })
})

describe('export stop: refused, and the previous aanlevering stays', () => {
  it('names what the LVBB needs and verordening.yml lacks, and where to fill it in', async () => {
    const uit = path.join(out, 'zonder-gegevens')
    const outcome = await verordening(['export', 'stop', 'verordening', '--uit', uit])
    expect(outcome.code).toBe(1)
    const yml = path.join('verordening', 'verordening.yml')
    // The place of the values under `besluit:` (the line after it, indented by two), wherever the example has the block.
    const besluitRegel = (await readFile(yml, 'utf8')).split('\n').indexOf('besluit:') + 2
    expect(outcome.stderr).toContain(`${yml}: \`oin\` ontbreekt: het OIN van de gemeente (20 cijfers), voor de opdracht aan de LVBB; vul het in.`)
    expect(outcome.stderr).toContain(
      `${yml}:${besluitRegel}:3: \`besluit.bekendmaking\` ontbreekt: de datum waarop het besluit in het Gemeenteblad wordt bekendgemaakt (JJJJ-MM-DD); vul het in onder \`besluit:\`.`,
    )
    expect(outcome.stderr).toContain(
      `✖ De STOP-aanlevering is niet gemaakt: de LVBB vraagt 2 gegevens die nog niet in ${yml} staan (hierboven); er is niets geschreven en een eerdere aanlevering is ongewijzigd. Wilt u alleen de regeling als STOP-XML, geef dan met --uit een bestandsnaam op .xml.`,
    )
    expect(outcome.stderr).not.toMatch(/\n\s+at /)
    await expect(readdir(uit)).rejects.toThrow()
  })

  it('refuses a bekendmaking before the raadsvergadering, and leaves the earlier aanlevering as it was', async () => {
    const uit = path.join(out, 'wijziging')
    await repo.edit('verordening.yml', '  bekendmaking: 2027-03-18', '  bekendmaking: 2027-03-01')
    const outcome = await verordening(['export', 'stop', repo.map, '--sinds', 'vastgesteld', '--uit', uit])
    await repo.edit('verordening.yml', '  bekendmaking: 2027-03-01', '  bekendmaking: 2027-03-18')
    expect(outcome.code).toBe(1)
    expect(outcome.stderr).toContain(
      'De bekendmaking (`besluit.bekendmaking`, 1 maart 2027) ligt voor de raadsvergadering (`besluit.vergadering`, 11 maart 2027); een besluit wordt bekendgemaakt nadat de raad het heeft vastgesteld.',
    )
    expect(await readFolder(uit)).toEqual(wijziging)
    expect((await readdir(out)).filter((name) => name.startsWith('.'))).toEqual([])
  })

  it('refuses a folder it did not write, and leaves it as it was', async () => {
    const eigen = path.join(out, 'eigen-map')
    await mkdir(eigen)
    await writeFile(path.join(eigen, 'notities.xml'), '<notities/>')
    const outcome = await verordening(['export', 'stop', repo.map, '--uit', eigen])
    expect(outcome.code).toBe(1)
    expect(outcome.stderr).toMatch(/✖ De uitvoermap .*eigen-map` bestaat al en bevat `notities\.xml`, dat deze toolchain niet als STOP-XML heeft geschreven/)
    expect(await readdir(eigen)).toEqual(['notities.xml'])
  })
})

describe('export stop: a larger wijziging (vernummerd, ingevoegd, vervallen)', () => {
  it('has a valid besluit text and meets the business rules, with every mutatie naming an element that is there (LVBB5003)', async () => {
    // The edits of sinds.test.ts: artikel 7.2 inserted (7.2–7.5 become 7.3–7.6) and artikel 6.7 removed.
    for (const [from, to] of [
      ['7.5', '7.6'],
      ['7.4', '7.5'],
      ['7.3', '7.4'],
      ['7.2', '7.3'],
    ])
      await repo.edit('07-slotbepalingen.md', `nr="${from}"`, `nr="${to}"`)
    await repo.edit('07-slotbepalingen.md', ':artikel[7.2]{lid=1}', ':artikel[7.3]{lid=1}')
    await repo.edit(
      '07-slotbepalingen.md',
      '::::artikel{nr="7.3"',
      '::::artikel{nr="7.2" titel="Gegevens voor de evaluatie" grondslag="gemw:149" effect="meedoen" grondwaarde="gedeeld.samenhang"}\n\n:::juridisch\nHet college verzamelt voor de evaluatie alleen gegevens die daarvoor nodig zijn.\n:::\n\n:::inwoners{titel="Welke gegevens wij gebruiken"}\nVoor het verslag aan de raad gebruiken wij alleen de gegevens die daarvoor nodig zijn.\n:::\n::::\n\n::::artikel{nr="7.3"',
    )
    const schulden = await readFile(path.join(repo.map, '06-grip-op-geld-en-schulden.md'), 'utf8')
    await repo.edit('06-grip-op-geld-en-schulden.md', schulden.slice(schulden.indexOf('::::artikel{nr="6.7"')), '')
    const uit = path.join(out, 'wijziging-groot')
    const outcome = await verordening(['export', 'stop', repo.map, '--sinds', 'vastgesteld', '--uit', uit])
    expect(outcome.stderr).toMatch(/✓ STOP-aanlevering geschreven: .*\d+ Vervang, 2 VoegToe, 2 Verwijder/)
    expect(outcome.code).toBe(0)
    const files = await readFolder(uit)
    expect(checkBedrijfsregels(files, 'besluit.xml')).toEqual([])
    expect(await besluitTekstValid(path.join(uit, 'besluit.xml'))).toBe('BesluitCompact validates\n')
  })
})
