// A text for several gemeenten (gemeenten.yml) is checked as the verordening
// of every gemeente: what breaks for one gemeente is an error with its place
// and the gemeente named. voorbeelden/regio is the clean example; each case
// changes one thing in a copy of it.
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { type CheckResult, checkVerordening } from '../../src/pipeline/pipeline.ts'
import { verordening } from '../helpers/cli.ts'

const exec = promisify(execFile)
const regioDir = fileURLToPath(new URL('../../voorbeelden/regio', import.meta.url))
const made: string[] = []
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })))
})

/** A copy of voorbeelden/regio with one file changed. */
async function regioMet(name: string, change: (text: string) => string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'regio-check-'))
  made.push(dir)
  await cp(regioDir, dir, { recursive: true })
  const file = path.join(dir, name)
  const before = await readFile(file, 'utf8')
  const after = change(before)
  expect(after).not.toBe(before)
  await writeFile(file, after)
  return dir
}

function messages(result: CheckResult): string[] {
  return result.files.flatMap((file) =>
    file.messages.map((message) => `${path.basename(file.path)}:${message.line}:${message.column}: ${message.reason} (${message.ruleId})`),
  )
}

describe('check of a text for several gemeenten', () => {
  it('finds nothing in voorbeelden/regio', async () => {
    expect(messages(await checkVerordening(regioDir))).toEqual([])
  })

  it('reads the verordening of one gemeente: its data, values and variants', async () => {
    const { context } = await checkVerordening(regioDir, { gemeente: 'krokushoeve' })
    expect(context.gemeente?.id).toBe('krokushoeve')
    expect(context.verordening.meta).toMatchObject({ gemeente: 'Krokushoeve', cbs: '9993', raadsbesluit: { kenmerk: 'RB-KH-2026-140' } })
    // The noodfonds (artikel 2.4) is a variant of Tulpdam and Narcisveen only.
    expect(context.artikelByNr.has('2.4')).toBe(false)
    const { context: narcisveen } = await checkVerordening(regioDir, { gemeente: 'narcisveen' })
    expect(narcisveen.artikelByNr.has('2.4')).toBe(true)
  })

  it('names the gemeente for which a value is missing (an undeclared difference)', async () => {
    const dir = await regioMet('gemeenten.yml', (text) => text.replace('      referteperiode: vijf jaar\n', ''))
    const result = await checkVerordening(dir)
    expect(result.errors).toBe(3)
    expect(messages(result)).toEqual([
      '02-toeslag.md:19:49: De waarde `referteperiode` ontbreekt voor gemeente Krokushoeve, verwacht `referteperiode: …` onder `waarden` bij `krokushoeve` in gemeenten.yml (waarde-bekend)',
      // In the title of the inwoners part: the place of `:waarde[…]` inside the attribute.
      '02-toeslag.md:21:23: De waarde `referteperiode` in `titel="…"` ontbreekt voor gemeente Krokushoeve, verwacht `referteperiode: …` onder `waarden` bij `krokushoeve` in gemeenten.yml (waarde-bekend)',
      '02-toeslag.md:22:12: De waarde `referteperiode` ontbreekt voor gemeente Krokushoeve, verwacht `referteperiode: …` onder `waarden` bij `krokushoeve` in gemeenten.yml (waarde-bekend)',
    ])
  })

  it('finds an unknown value in an attribute, at its place in the attribute', async () => {
    const dir = await regioMet('02-toeslag.md', (text) =>
      text.replace('titel="Hoogte van de toeslag"', 'titel="Hoogte van de toeslag van :waarde[iit-alleen]"'),
    )
    expect(messages(await checkVerordening(dir))).toEqual([
      '02-toeslag.md:7:55: Onbekende waarde `iit-alleen` in `titel="…"`, bedoelt u `iit-alleenstaande`? (waarde-bekend)',
    ])
  })

  it('fills a value in the title of an artikel and in the text of a reference, per gemeente', async () => {
    const dir = await regioMet('02-toeslag.md', (text) =>
      text
        .replace('titel="Hoogte van de toeslag"', 'titel="Toeslag tot :waarde[inkomensgrens]"')
        .replace(
          'van de toepasselijke :begrip[bijstandsnorm].',
          'van de toepasselijke :begrip[bijstandsnorm], zie :artikel[2.1]{tekst="artikel 2.1 (een toeslag van :waarde[iit-alleenstaande])"}.',
        ),
    )
    const result = await checkVerordening(dir)
    expect(messages(result)).toEqual([])
    const { context } = await checkVerordening(dir, { gemeente: 'narcisveen' })
    expect(context.artikelByNr.get('2.1')?.artikel.titel).toBe('Toeslag tot 120 procent')
    expect(JSON.stringify(context.artikelByNr.get('2.2')?.artikel.juridisch)).toContain('artikel 2.1 (een toeslag van € 500)')
  })

  it('says so on the command line, with the file, line and column', async () => {
    const dir = await regioMet('gemeenten.yml', (text) => text.replace('      referteperiode: vijf jaar\n', ''))
    const outcome = await verordening(['check', dir])
    expect(outcome.code).toBe(1)
    expect(outcome.stderr).toContain('19:49  fout  De waarde `referteperiode` ontbreekt voor gemeente Krokushoeve')
  })

  it('finds an unknown value and an unknown gemeente, and what the misspelt gemeente then misses (once)', async () => {
    const dir = await regioMet('02-toeslag.md', (text) =>
      text.replace(':waarde[iit-gezin] voor', ':waarde[iit-gezn] voor').replace('gemeenten="narcisveen"}\nHet', 'gemeenten="narcisven"}\nHet'),
    )
    expect(messages(await checkVerordening(dir))).toEqual([
      '02-toeslag.md:10:33: Onbekende waarde `iit-gezn`, bedoelt u `iit-gezin`? (waarde-bekend)',
      '02-toeslag.md:32:23: Onbekende gemeente `narcisven` in `:::variant`, bedoelt u `narcisveen`? (variant-gemeenten)',
      '02-toeslag.md:27:1: Het blok `:::juridisch` van artikel 2.3 is leeg voor gemeente Narcisveen, verwacht een `:::variant` met `narcisveen` in `gemeenten="…"`, of tekst buiten de varianten (variant-leeg)',
    ])
  })

  it('names the gemeente for which the variants leave a block empty', async () => {
    const dir = await regioMet('02-toeslag.md', (text) => text.replace('gemeenten="narcisveen"}\nHet', 'gemeenten="tulpdam"}\nHet'))
    expect(messages(await checkVerordening(dir))).toContain(
      '02-toeslag.md:27:1: Het blok `:::juridisch` van artikel 2.3 is leeg voor gemeente Narcisveen, verwacht een `:::variant` met `narcisveen` in `gemeenten="…"`, of tekst buiten de varianten (variant-leeg)',
    )
  })

  it('names the gemeente whose numbering a variant breaks', async () => {
    // The noodfonds before artikel 2.3: without it, Krokushoeve goes from 2.2 to 2.4.
    const dir = await regioMet('02-toeslag.md', (text) => {
      const at = text.indexOf(':::::variant{gemeenten="tulpdam narcisveen"}')
      const noodfonds = text.slice(at).replace('nr="2.4"', 'nr="2.3"')
      const rest = text.slice(0, at)
      const aanvraag = rest.indexOf(':::::artikel{nr="2.3"')
      return `${rest.slice(0, aanvraag)}${noodfonds}\n${rest.slice(aanvraag).replace('nr="2.3"', 'nr="2.4"')}`
    })
    expect(messages(await checkVerordening(dir))).toEqual([
      '02-toeslag.md:37:18: Artikel 2.4 volgt op artikel 2.2, verwacht `2.3`: de nummering loopt door zonder gaten (gemeente Krokushoeve) (nummering-artikel)',
    ])
  })

  it('reports a value in gemeenten.yml that is not declared, at its place', async () => {
    const dir = await regioMet('gemeenten.yml', (text) => text.replace('      referteperiode: vijf jaar\n', '      referteperiod: vijf jaar\n'))
    // Only that: the text is not checked against a gemeenten.yml that cannot be read (no follow-on messages).
    expect(messages(await checkVerordening(dir))).toEqual([
      'gemeenten.yml:63:22: Veld `gemeenten.2.waarden.referteperiod`: Onbekende waarde `referteperiod` bij Krokushoeve, bedoelt u `referteperiode`? (register-schema)',
    ])
  })
})

describe('build and export of a text for several gemeenten', () => {
  it('asks which gemeente, naming them', async () => {
    const outcome = await verordening(['build', regioDir, '--out', path.join(tmpdir(), 'regio-nooit-gebouwd')])
    expect(outcome.code).toBe(1)
    expect(outcome.stderr).toContain(
      'Deze verordening is één tekst voor meer gemeenten (gemeenten.yml): kies er één met --gemeente <id> (tulpdam, narcisveen, krokushoeve) of maak ze allemaal met --alle.',
    )
  })

  it('refuses an unknown gemeente and suggests the nearest', async () => {
    const outcome = await verordening(['export', 'stop', regioDir, '--gemeente', 'tulpdan', '--uit', path.join(tmpdir(), 'regio-nooit.xml')])
    expect(outcome.code).toBe(1)
    expect(outcome.stderr).toContain('Onbekende gemeente `tulpdan` bij --gemeente, bedoelt u `tulpdam`?')
  })

  it('refuses --gemeente for a verordening of one gemeente', async () => {
    const outcome = await verordening(['build', 'verordening', '--gemeente', 'lingedal', '--out', path.join(tmpdir(), 'regio-nooit-gebouwd')])
    expect(outcome.code).toBe(1)
    expect(outcome.stderr).toContain('--gemeente hoort bij een tekst voor meer gemeenten')
  })

  it('exports the STOP-XML of one gemeente with its own wIds and values', async () => {
    const parent = await mkdtemp(path.join(tmpdir(), 'regio-stop-'))
    made.push(parent)
    const file = path.join(parent, 'narcisveen.xml')
    const outcome = await verordening(['export', 'stop', regioDir, '--gemeente', 'narcisveen', '--uit', file, '--stil'])
    expect(outcome.code).toBe(0)
    const xml = await readFile(file, 'utf8')
    expect(xml).toContain('gm9992_1__')
    expect(xml).not.toContain('gm9991')
    expect(xml).toContain('€ 500')
  })
})

describe('check and build --alle on the command line', () => {
  it('says for how many gemeenten the text was checked', async () => {
    const outcome = await verordening(['check', regioDir])
    expect(outcome.code).toBe(0)
    expect(outcome.stderr).toMatch(/2 hoofdstukken, \d artikelen, voor 3 gemeenten gecontroleerd in/)
  })

  it('never writes into a folder that a build did not make', async () => {
    const parent = await mkdtemp(path.join(tmpdir(), 'regio-uit-'))
    made.push(parent)
    await writeFile(path.join(parent, 'belangrijk.txt'), 'niet weggooien')
    const outcome = await verordening(['build', regioDir, '--alle', '--out', parent, '--stil'])
    expect(outcome.code).toBe(1)
    expect(outcome.stderr).toContain('is niet door verordening gemaakt')
    expect(await readFile(path.join(parent, 'belangrijk.txt'), 'utf8')).toBe('niet weggooien')
  })
})

/** Title, Author and the text of a PDF, as poppler reads them. */
async function pdfInfoEnTekst(file: string): Promise<{ title: string; author: string; text: string }> {
  const info = (await exec('pdfinfo', [file])).stdout
  const field = (name: string) => info.match(new RegExp(`^${name}:\\s*(.*)$`, 'm'))?.[1]?.trim() ?? ''
  const text = (await exec('pdftotext', ['-enc', 'UTF-8', file, '-'])).stdout.replace(/\s+/g, ' ')
  return { title: field('Title'), author: field('Author'), text }
}

describe('build --alle on the command line', () => {
  it('makes a site and the STOP-XML, Word file and PDF of each gemeente, each with its own CBS code, citeertitel and values', async () => {
    const parent = await mkdtemp(path.join(tmpdir(), 'regio-alle-'))
    made.push(parent)
    const out = path.join(parent, 'uit')
    const outcome = await verordening(['build', regioDir, '--alle', '--out', out])
    expect(outcome.code).toBe(0)
    expect(outcome.stderr).toContain('✓ Krokushoeve: site gebouwd in')
    for (const [id, cbs] of [
      ['tulpdam', '9991'],
      ['narcisveen', '9992'],
      ['krokushoeve', '9993'],
    ]) {
      const xml = await readFile(path.join(out, id!, 'verordening.xml'), 'utf8')
      expect(xml).toContain(`gm${cbs}_1__`)
      expect((await readFile(path.join(out, id!, 'verordening.docx'))).subarray(0, 2).toString()).toBe('PK')
      expect(await readFile(path.join(out, id!, 'index.html'), 'utf8')).toContain('<html')
    }
    expect(await readFile(path.join(out, 'verschillen.csv'), 'utf8')).toContain('waarde;iit-alleenstaande;')
    // One PDF per gemeente, printed from its own site: its citeertitel, the gemeente as author, its values and raadsbesluit.
    const { context } = await checkVerordening(regioDir)
    for (const gemeente of context.registries.gemeenten?.data.gemeenten ?? []) {
      const pdf = await pdfInfoEnTekst(path.join(out, gemeente.id, 'verordening.pdf'))
      expect(pdf.title).toBe(`${gemeente.citeertitel}: juridische versie`)
      expect(pdf.author).toBe(`Gemeente ${gemeente.naam}`)
      expect(pdf.text).toContain(`bedraagt per jaar ${gemeente.waarden['iit-alleenstaande']} voor een alleenstaande`)
      expect(pdf.text).toContain(gemeente.raadsbesluit?.kenmerk)
      expect(pdf.text.includes('Noodfonds')).toBe(gemeente.id !== 'krokushoeve')
    }
    expect(outcome.stderr).toContain('✓ Tulpdam: site gebouwd in')
    expect(outcome.stderr).toContain('met verordening.xml, verordening.docx en verordening.pdf')
    expect(outcome.stderr).toMatch(/✓ Documenten van 3 gemeenten gemaakt in [\d,]+ s \(waarvan de PDF’s [\d,]+ s\)/)
  }, 240_000)

  it('makes the documents of one gemeente with build --gemeente, beside its site', async () => {
    const parent = await mkdtemp(path.join(tmpdir(), 'regio-een-'))
    made.push(parent)
    const out = path.join(parent, 'uit')
    const outcome = await verordening(['build', regioDir, '--gemeente', 'narcisveen', '--out', out])
    expect(outcome.code).toBe(0)
    expect(outcome.stderr).toMatch(/✓ Documenten van 1 gemeente gemaakt in .*: verordening\.xml, verordening\.docx en verordening\.pdf/)
    expect(await readFile(path.join(out, 'verordening.xml'), 'utf8')).toContain('gm9992_1__')
    const pdf = await pdfInfoEnTekst(path.join(out, 'verordening.pdf'))
    expect(pdf.title).toBe('Verordening individuele inkomenstoeslag Narcisveen 2027: juridische versie')
    expect(pdf.text).toContain('€ 500')
  }, 240_000)

  it('makes the sites and the other documents without a browser, and says why there is no PDF', async () => {
    const parent = await mkdtemp(path.join(tmpdir(), 'regio-zonder-pdf-'))
    made.push(parent)
    const out = path.join(parent, 'uit')
    // The command runs in this process and reads CHROMIUM_PATH when it looks for a browser.
    const before = process.env.CHROMIUM_PATH
    process.env.CHROMIUM_PATH = path.join(parent, 'geen-chromium')
    const outcome = await verordening(['build', regioDir, '--gemeente', 'tulpdam', '--out', out]).finally(() => {
      if (before === undefined) delete process.env.CHROMIUM_PATH
      else process.env.CHROMIUM_PATH = before
    })
    expect(outcome.code).toBe(0)
    expect(outcome.stderr).toContain('Let op: geen verordening.pdf gemaakt. Chromium is niet gevonden')
    expect(outcome.stderr).toContain(': verordening.xml en verordening.docx')
    expect(existsSync(path.join(out, 'verordening.pdf'))).toBe(false)
  }, 240_000)
})
