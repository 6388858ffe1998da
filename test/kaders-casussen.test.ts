// Kaders and casussen end to end: bad casussen get a Dutch message at their
// place and exit 1; the model counts per artikel how often it was applied and
// set aside; the views join kaders and casussen to artikelen by id; a signal
// ("afwijken wordt de norm") appears when the threshold in verordening.yml is met.
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type CheckResult, checkVerordening, Pipeline } from '../src/pipeline/pipeline.ts'
import { exampleCasus, exampleKader, wmoHoofdstuk } from '../src/rules/support/examples.ts'
import { buildSiteData } from '../src/views/site-data.ts'
import type { SiteData } from '../src/views/types.ts'
import { verordening } from './helpers/cli.ts'
import { makeFixture } from './helpers/fixture.ts'

const made: string[] = []
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })))
})

async function fixture(files: Record<string, string | Buffer | null>): Promise<string> {
  const dir = await makeFixture(files)
  made.push(dir)
  return dir
}

interface JsonMessage {
  file: string
  line: number
  column: number
  ruleId: string
  severity: string
  message: string
}

async function checkJson(dir: string): Promise<{ code: number; messages: JsonMessage[]; stderr: string }> {
  const json = await verordening(['check', dir, '--json'])
  const text = await verordening(['check', dir])
  expect(text.stderr).not.toMatch(/\n\s+at |TypeError|undefined/)
  // The `info` lines (taal-score per artikel) are not messages about the input.
  return { code: json.code, messages: (JSON.parse(json.stdout) as JsonMessage[]).filter((message) => message.severity !== 'info'), stderr: text.stderr }
}

const summary = (messages: JsonMessage[]) =>
  messages.map(
    (message) =>
      `${path.relative(path.dirname(path.dirname(message.file)), message.file)}:${message.line}:${message.column} ${message.ruleId} ${message.message}`,
  )

describe('bad casussen', () => {
  it('broken front matter: the YAML error at its line in the casus', async () => {
    const dir = await fixture({ 'casussen/2026-kapot.md': exampleCasus().replace('titel: Mevrouw B. en haar scootmobiel', 'titel: "Mevrouw B.') })
    const { code, messages } = await checkJson(dir)
    expect(code).toBe(1)
    const hit = messages.find((message) => message.file.endsWith('2026-kapot.md'))
    expect(hit?.ruleId).toBe('yaml-syntax')
    expect(hit?.severity).toBe('error')
    expect(hit?.line).toBeGreaterThanOrEqual(2)
  })

  it('no front matter at all', async () => {
    const dir = await fixture({ 'casussen/2026-zonder-kop.md': 'Mevrouw B. vroeg een scootmobiel.\n' })
    const { code, messages } = await checkJson(dir)
    expect(code).toBe(1)
    expect(summary(messages)).toEqual([
      'casussen/2026-zonder-kop.md:1:1 casus-kop Casus zonder kop, verwacht bovenaan tussen twee regels `---` de velden titel, datum, wetten, artikelen, afwijking, uitkomst en les (zie docs/schrijven.md, "Casussen")',
    ])
  })

  it('a casus with a BSN: an error at the number, without repeating it', async () => {
    const dir = await fixture({ 'casussen/2026-bsn.md': exampleCasus({ tekst: 'Mevrouw B. (BSN 123456782) vroeg een scootmobiel.' }) })
    const { code, messages, stderr } = await checkJson(dir)
    expect(code).toBe(1)
    expect(summary(messages)).toEqual([
      'casussen/2026-bsn.md:16:17 casus-privacy Een burgerservicenummer (BSN) in deze casus, verwacht geen nummer: laat het BSN weg (AVG: de map casussen/ kan openbaar worden)',
    ])
    expect(stderr).not.toContain('123456782')
  })

  it('a casus that refers to an artikel that does not exist, and an artikel number YAML would read as a number', async () => {
    const dir = await fixture({
      'casussen/2026-verwijzing.md': exampleCasus({ artikelen: ['1.1', '4.7'] }).replace('artikelen: ["1.1", "4.7"]', 'artikelen: ["1.1", "4.7", 1.10]'),
    })
    const { code, messages } = await checkJson(dir)
    expect(code).toBe(1)
    expect(summary(messages)).toEqual([
      'casussen/2026-verwijzing.md:6:27 register-schema Veld `artikelen.2`: Zet een artikelnummer tussen aanhalingstekens, bijvoorbeeld "3.10" (anders leest YAML 3.10 als het getal 3.1).',
    ])
    const fixed = await fixture({ 'casussen/2026-verwijzing.md': exampleCasus({ artikelen: ['1.1', '4.7'] }) })
    expect(summary((await checkJson(fixed)).messages)).toEqual([
      'casussen/2026-verwijzing.md:6:20 casus-verwijzing Onbekend artikel `4.7` in deze casus, verwacht het nummer van een artikel in deze verordening (`1.1`, `1.2`)',
    ])
  })

  it('a deviation without saying from which artikel', async () => {
    const dir = await fixture({ 'casussen/2026-afwijking.md': exampleCasus({ via: 'kader' }) })
    const { code, messages } = await checkJson(dir)
    expect(code).toBe(1)
    expect(summary(messages)).toEqual([
      'casussen/2026-afwijking.md:10:8 register-schema Veld `afwijking.van`: Noem in `van` het artikel waarvan is afgeweken.',
      'casussen/2026-afwijking.md:7:9 register-schema Veld `kaders`: Bij `via: kader` noemt `kaders` het kader waarop de afwijking steunt.',
    ])
  })

  it('a casussen folder that links out of the map is not read', async () => {
    const outside = await mkdtemp(path.join(tmpdir(), 'buiten-'))
    made.push(outside)
    await writeFile(path.join(outside, 'geheim.md'), exampleCasus({ tekst: 'Geheim.' }))
    const dir = await fixture({})
    await symlink(outside, path.join(dir, 'casussen'))
    const { code, messages } = await checkJson(dir)
    expect(code).toBe(1)
    expect(messages.map((message) => message.ruleId)).toEqual(['bestand-buiten-map'])
    expect(JSON.stringify(messages)).not.toContain('geheim')
  })

  it('a casus larger than 256 kB', async () => {
    const dir = await fixture({ 'casussen/2026-groot.md': exampleCasus({ tekst: 'Mevrouw B. '.repeat(30_000) }) })
    const { code, messages } = await checkJson(dir)
    expect(code).toBe(1)
    expect(messages.map((message) => message.ruleId)).toEqual(['bestand-grootte'])
  })

  it('a kaders.yml that cannot be read gives its own message, not one per kader it holds', async () => {
    const dir = await fixture({
      'kaders.yml': exampleKader({ vastgesteldDoor: 'gemeenteraad' }),
      '02-wmo.md': wmoHoofdstuk({ kenmerken: 'kader="alle-kinderen-doen-mee"' }),
      'casussen/2026-mevrouw-b.md': exampleCasus({ kaders: ['alle-kinderen-doen-mee'] }),
    })
    const { code, messages } = await checkJson(dir)
    expect(code).toBe(1)
    expect(summary(messages)).toEqual([
      `${path.basename(dir)}/kaders.yml:4:20 register-schema Veld \`vastgesteldDoor\` in item 1: kies "raad", "college" of "wethouder"`,
    ])
  })

  it('never writes into the map', async () => {
    const dir = await fixture({ 'casussen/2026-bsn.md': exampleCasus({ tekst: 'BSN 123456782' }) })
    const before = await readFile(path.join(dir, 'casussen/2026-bsn.md'), 'utf8')
    await checkJson(dir)
    expect(await readFile(path.join(dir, 'casussen/2026-bsn.md'), 'utf8')).toBe(before)
  })
})

describe('re-checking after an edit (serve)', () => {
  const messages = (result: CheckResult) =>
    result.files
      .flatMap((file) => file.messages.map((message) => `${path.basename(file.path)}:${message.line}:${message.column} ${message.ruleId} ${message.reason}`))
      .sort()
  const edits: Array<[string, (text: string) => string]> = [
    ['a renumbered artikel that a casus applied and set aside', (text) => text.replace('nr="2.1"', 'nr="2.2"')],
    ['a kader no longer named', (text) => text.replace(' kader="alle-kinderen-doen-mee"', '')],
  ]
  for (const [name, edit] of edits) {
    it(`after ${name}, the casussen and kaders get the messages of a full check`, async () => {
      const afwijking = (titel: string) =>
        exampleCasus({ titel, artikelen: ['1.2', '2.1'], kaders: ['alle-kinderen-doen-mee'], via: 'hardheidsclausule', van: ['2.1'] })
      const dir = await fixture({
        'kaders.yml': exampleKader(),
        '02-wmo.md': wmoHoofdstuk({ kenmerken: 'kader="alle-kinderen-doen-mee"' }),
        'casussen/2026-a.md': afwijking('Casus A'),
        'casussen/2026-b.md': afwijking('Casus B'),
        'casussen/2026-c.md': afwijking('Casus C'),
      })
      const checker = Pipeline.forFolder(dir)
      // The files are the same objects after a re-check, so their messages are copied now.
      const before = messages(await checker.check())
      expect(before.filter((message) => message.includes('casus-afwijking'))).toHaveLength(1)
      const file = path.join(dir, '02-wmo.md')
      await writeFile(file, edit(await readFile(file, 'utf8')))
      const incremental = await checker.recheck(['02-wmo.md'])
      const full = await checkVerordening(dir)
      expect(messages(incremental)).toEqual(messages(full))
      expect(messages(full)).not.toEqual(before)
    })
  }
})

describe('the example: kaders and casussen', () => {
  let result: CheckResult
  let site: SiteData
  beforeAll(async () => {
    result = await checkVerordening('verordening')
    site = buildSiteData(result.context, { imageUrl: () => null, now: new Date(0) })
  }, 60_000)

  it('checks clean, with kaders and casussen in the model', () => {
    expect(result.errors + result.warnings).toBe(0)
    expect(result.context.verordening.kaders.length).toBe(7)
    expect(result.context.casussen.length).toBe(12)
  })

  it('counts per artikel the casussen that applied it and set it aside', () => {
    expect(result.context.casuistiek.get('3.1')).toEqual({ casussen: ['2016-sunita', '2017-bernard'], afgeweken: ['2016-sunita', '2017-bernard'] })
    const view = site.casuistiek.artikelen.find((artikel) => artikel.nr === '3.1')
    expect(view).toMatchObject({ casussen: 2, afgeweken: 2, signaal: false, bijna: true })
    expect(site.casuistiek.telling).toEqual({ casussen: 12, afgeweken: 4, publiceerbaar: 9, artikelen: site.casuistiek.artikelen.length, signalen: 0 })
    // The chart has one row per artikel and draws the same numbers as the table.
    expect(site.casuistiek.grafiek.rijen.map((rij) => rij.tekst)).toEqual(
      site.casuistiek.artikelen.map((artikel) => `${artikel.casussen} ${artikel.casussen === 1 ? 'casus' : 'casussen'}, ${artikel.afgeweken} keer afgeweken`),
    )
  })

  it('joins kaders to artikelen and casussen by id', () => {
    const kader = site.kaders.find((entry) => entry.id === 'helpt-dit-richting-werk')
    expect(kader?.vastgesteldDoorTekst).toBe('de wethouder')
    expect(kader?.artikelen.map((link) => link.titel)).toContain('Artikel 3.9 Werkervaringsstage met behoud van uitkering')
    expect(kader?.casussen.map((link) => link.titel)).toEqual([
      'Richard wil naar passender werk',
      'Bernard na zijn ontslag op staande voet',
      'Meneer A. wil werken en samenwonen',
    ])
    const artikel = site.artikelen.find((entry) => entry.nr === '3.2')
    expect(artikel?.kaders.map((entry) => entry.uitleg)).toEqual([
      'U zit niet zonder geld terwijl wij uw aanvraag behandelen.',
      'Wij zetten geen gezin met kinderen uit huis.',
    ])
  })

  it('shows a publishable casus as voorbeeld where the artikel has none of its own, and keeps the story of the others off the site', () => {
    const praktijk = (nr: string) => site.artikelen.find((entry) => entry.nr === nr)?.praktijk.map((voorbeeld) => voorbeeld.titel)
    expect(praktijk('2.7')).toEqual(['Richard wil naar passender werk', 'Sunita en haar zeven kinderen'])
    expect(praktijk('3.4')).toEqual([])
    const vos = site.casuistiek.casussen.find((casus) => casus.id === '2016-familie-v')
    expect(vos?.publiceerbaar).toBe(false)
    expect(vos?.html).toBe('')
  })

  it('warns at the artikel when the threshold in verordening.yml is met', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'signaal-'))
    made.push(dir)
    await cp('verordening', dir, { recursive: true })
    const meta = await readFile(path.join(dir, 'verordening.yml'), 'utf8')
    await writeFile(path.join(dir, 'verordening.yml'), meta.replace('  signaal: 3', '  signaal: 2'))
    await mkdir(path.join(dir, 'casussen'), { recursive: true })
    const { code, messages } = await checkJson(dir)
    expect(code).toBe(0)
    expect(messages.map((message) => `${path.basename(message.file)}:${message.line}:${message.column} ${message.severity} ${message.message}`)).toEqual([
      '03-werk-en-inkomen.md:7:1 warning Van artikel 3.1 is in 2 casussen afgeweken (`2016-sunita`, `2017-bernard`), verwacht minder dan 2 (`casuistiek.signaal` in verordening.yml): afwijken wordt de norm: overweeg het artikel te wijzigen',
    ])
  })
})
