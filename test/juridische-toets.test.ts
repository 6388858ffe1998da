// The juridische toets on the shipped example: what the wetten ask of the
// verordening (opdrachten tot regelgeving), the statutory terms, and
// definitions that agree. Each case changes one thing in a copy of the
// example and checks the message that names the cause; the example itself
// checks clean (the done-when of issue 24).
import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { gedeeldeWetten } from '../src/model/wettelijk.ts'
import { type CheckResult, checkVerordening } from '../src/pipeline/pipeline.ts'
import { makeFixture } from './helpers/fixture.ts'

const example = fileURLToPath(new URL('../verordening', import.meta.url))
const made: string[] = []
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })))
})

/** A copy of the example with `change` applied to one file's text. */
async function exampleWith(file: string, change: (text: string) => string): Promise<string> {
  const text = await readFile(path.join(example, file), 'utf8')
  const changed = change(text)
  expect(changed).not.toBe(text)
  const dir = await makeFixture({ [file]: changed }, example)
  made.push(dir)
  return dir
}

function messages(result: CheckResult, ruleId: string): Array<{ file: string; line: number; reason: string; fatal: boolean | null | undefined }> {
  return result.files.flatMap((file) =>
    file.messages
      .filter((message) => message.ruleId === ruleId)
      .map((message) => ({ file: path.basename(file.path), line: message.line ?? 0, reason: message.reason, fatal: message.fatal })),
  )
}

describe('the shipped wettelijke registers', () => {
  it('cite wetten.overheid.nl with the BWB id and the date of the text', () => {
    expect(gedeeldeWetten.length).toBeGreaterThan(0)
    for (const register of gedeeldeWetten) {
      expect(register.wet).toMatch(/^BWBR\d{7}$/)
      expect(register.bron.url).toBe(`https://wetten.overheid.nl/${register.wet}/${register.bron.datum}`)
    }
  })
})

describe('the juridische toets on the example', () => {
  it('checks the example clean', async () => {
    const result = await checkVerordening(example)
    expect(result.files.flatMap((file) => file.messages.map((message) => `${path.basename(file.path)}:${message.line}: ${message.reason}`))).toEqual([])
  })

  it('names the opdracht when the artikel that carries it loses its grondslag', async () => {
    const dir = await exampleWith('04-zelfstandig-thuis-en-meedoen.md', (text) => text.replace('grondslag="wmo:2.1.6"', 'grondslag="wmo:2.1.3"'))
    const found = messages(await checkVerordening(dir), 'wet-opdracht')
    expect(found).toHaveLength(1)
    expect(found[0]?.file).toBe('verordening.yml')
    expect(found[0]?.fatal).toBe(false)
    expect(found[0]?.reason).toContain('De Wet maatschappelijke ondersteuning 2015 vraagt in artikel 2.1.6 een regel in de verordening over')
    expect(found[0]?.reason).toContain('jaarlijkse blijk van waardering voor de mantelzorgers')
  })

  it('names the wet artikel when a statutory term is stretched', async () => {
    const dir = await exampleWith('02-toegang-en-procedure.md', (text) =>
      text.replace('Het college rondt het onderzoek af binnen zes weken na de melding.', 'Het college rondt het onderzoek af binnen tien weken na de melding.'),
    )
    const result = await checkVerordening(dir)
    const found = messages(result, 'wet-termijn')
    expect(found).toHaveLength(1)
    expect(found[0]?.fatal).toBe(true)
    expect(found[0]?.reason).toContain('“tien weken” voor het onderzoek na een melding')
    expect(found[0]?.reason).toContain('artikel 2.3.2, eerste lid, van de Wet maatschappelijke ondersteuning 2015 staat hoogstens 6 weken toe')
  })

  it('reports a crisis term of the Wgs longer than three werkdagen', async () => {
    const dir = await exampleWith('06-grip-op-geld-en-schulden.md', (text) => text.replace('binnen drie werkdagen', 'binnen tien werkdagen'))
    const found = messages(await checkVerordening(dir), 'wet-termijn')
    expect(found.map((message) => message.reason)).toEqual([
      expect.stringContaining('artikel 4, tweede lid, van de Wet gemeentelijke schuldhulpverlening staat hoogstens 3 werkdagen toe'),
    ])
  })

  it('gives an error at both places for a second, different definition', async () => {
    const dir = await exampleWith('01-algemene-bepalingen.md', (text) =>
      text.replace(
        '   - a. raad: de gemeenteraad van Lingedal;',
        '   - a. :begrip[huishouden]: de inwoner en zijn gezin;\n   - b. raad: de gemeenteraad van Lingedal;',
      ),
    )
    const found = messages(await checkVerordening(dir), 'begrip-definitie')
    expect(found.map((message) => message.file).sort()).toEqual(['01-algemene-bepalingen.md', 'begrippen.yml'])
    for (const message of found) {
      expect(message.fatal).toBe(true)
      expect(message.reason).toContain('Het begrip “huishouden” heeft hier een andere definitie dan in')
    }
  })

  it('reads a gemeente’s own opdrachten from wettelijk.yml', async () => {
    const eigen = [
      '- wet: wmo',
      '  naam: Wet maatschappelijke ondersteuning 2015',
      '  bron: { url: https://wetten.overheid.nl/BWBR0035362/2026-07-01, datum: 2026-07-01 }',
      '  opdrachten:',
      '    - { artikel: "2.1.7", wat: een tegemoetkoming in de meerkosten }',
      '',
    ].join('\n')
    const dir = await makeFixture({ 'wettelijk.yml': eigen }, example)
    made.push(dir)
    const found = messages(await checkVerordening(dir), 'wet-opdracht')
    expect(found.map((message) => message.reason)).toEqual([
      expect.stringContaining(
        'De Wet maatschappelijke ondersteuning 2015 vraagt in artikel 2.1.7 een regel in de verordening over: een tegemoetkoming in de meerkosten',
      ),
    ])
  })

  it('says where wettelijk.yml is wrong, in Dutch', async () => {
    const dir = await makeFixture({ 'wettelijk.yml': '- wet: wmo\n  naam: Wmo\n  bron: { url: http://example.org, datum: gisteren }\n' }, example)
    made.push(dir)
    const result = await checkVerordening(dir)
    const file = result.files.find((entry) => path.basename(entry.path) === 'wettelijk.yml')
    expect(file?.messages.map((message) => `${message.line}: ${message.reason}`)).toEqual([
      expect.stringContaining('https://'),
      expect.stringContaining('JJJJ-MM-DD'),
    ])
  })
})
