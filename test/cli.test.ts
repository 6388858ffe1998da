// The command as an author meets it: bad input of every kind gets a Dutch
// message with a position and a non-zero exit, never a stack trace, and the
// checker never writes into the verordening map.
import { readdir, readFile, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { wmoHoofdstuk } from '../src/rules/support/examples.ts'
import { verordening } from './helpers/cli.ts'
import { makeFixture } from './helpers/fixture.ts'

const made: string[] = []
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })))
})

const check = (args: string[]) => verordening(['check', ...args])

async function fixture(files: Record<string, string | Buffer | null>): Promise<string> {
  const dir = await makeFixture(files)
  made.push(dir)
  return dir
}

function aliasBomb(): string {
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
  for (let level = 1; level < 9; level++) {
    const previous = String.fromCharCode(96 + level)
    lines.push(`${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(9).fill(`*${previous}`).join(',')}]`)
  }
  return `${lines.join('\n')}\n`
}

const hostile: Array<{ name: string; files: Record<string, string | Buffer | null>; file: string; ruleId: string; text: RegExp }> = [
  {
    name: 'random bytes',
    files: { '02-ruis.md': Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7919 + 13) % 256)) },
    file: '02-ruis.md',
    ruleId: 'bestand-codering',
    text: /geen UTF-8-tekst/,
  },
  {
    name: 'Latin-1 instead of UTF-8',
    files: { '02-latin.md': Buffer.from('---\nhoofdstuk: 2\ntitel: Cliënt\n---\n', 'latin1') },
    file: '02-latin.md',
    ruleId: 'bestand-codering',
    text: /UTF-8/,
  },
  {
    name: 'unclosed directive',
    files: { '02-open.md': '---\nhoofdstuk: 2\ntitel: Open\n---\n\n::::artikel{nr="2.1" titel="Open"}\n:::juridisch\nTekst\n' },
    file: '02-open.md',
    ruleId: 'directive-afgesloten',
    text: /niet afgesloten/,
  },
  {
    name: 'unclosed attribute quote',
    files: { '02-open.md': '---\nhoofdstuk: 2\ntitel: Open\n---\n\n::::artikel{nr="2.1" titel="Open}\n' },
    file: '02-open.md',
    ruleId: 'directive-vorm',
    text: /geen geldig blok/,
  },
  { name: '5 MB file', files: { '02-groot.md': 'a'.repeat(5 * 1024 * 1024) }, file: '02-groot.md', ruleId: 'bestand-grootte', text: /5 MB/ },
  {
    name: '10 MB registry',
    files: { 'begrippen.yml': `- term: x\n  definitie: ${'y'.repeat(10 * 1024 * 1024)}\n` },
    file: 'begrippen.yml',
    ruleId: 'bestand-grootte',
    text: /10 MB/,
  },
  { name: 'YAML alias bomb', files: { 'begrippen.yml': aliasBomb() }, file: 'begrippen.yml', ruleId: 'yaml-syntax', text: /verwijzingen/ },
  { name: 'missing registry', files: { 'effecten.yml': null }, file: 'effecten.yml', ruleId: 'register-aanwezig', text: /ontbreekt/ },
  {
    name: '__proto__ key in YAML',
    files: { 'begrippen.yml': '- term: college\n  __proto__: { polluted: true }\n  definitie: x\n  uitleg: y\n' },
    file: 'begrippen.yml',
    ruleId: 'register-schema',
    text: /Onbekend veld `__proto__`/,
  },
  { name: 'broken YAML', files: { 'effecten.yml': '- id: meedoen\n  titel: "open\n' }, file: 'effecten.yml', ruleId: 'yaml-syntax', text: /YAML-fout/ },
  {
    name: 'directives nested 1,000 deep',
    files: { '02-diep.md': `---\nhoofdstuk: 2\ntitel: Diep\n---\n${Array.from({ length: 1000 }, (_, index) => `${':'.repeat(1003 - index)}a\n`).join('')}` },
    file: '02-diep.md',
    ruleId: 'bestand-structuur',
    text: /dubbele punten/,
  },
  {
    name: 'lists nested 1,000 deep',
    files: { '02-lijst.md': `---\nhoofdstuk: 2\ntitel: Diep\n---\n${Array.from({ length: 1000 }, (_, index) => `${'  '.repeat(index)}- x\n`).join('')}` },
    file: '02-lijst.md',
    ruleId: 'bestand-structuur',
    text: /springt/,
  },
  { name: 'NUL bytes in valid UTF-8', files: { '02-nul.md': '---\nhoofdstuk: 2\n\u0000\n' }, file: '02-nul.md', ruleId: 'bestand-codering', text: /nul-teken/ },
]

describe('verordening check on bad input', () => {
  for (const testCase of hostile) {
    it(`${testCase.name}: Dutch message with position, exit 1, no stack trace`, async () => {
      const dir = await fixture(testCase.files)
      const text = await check([dir])
      expect(text.code).toBe(1)
      expect(text.stderr).not.toMatch(/\n\s+at |Error:|TypeError|undefined/)
      expect(text.stderr).toMatch(testCase.text)
      const json = await check([dir, '--json'])
      expect(json.code).toBe(1)
      const messages = JSON.parse(json.stdout) as Array<{ file: string; line: number; column: number; ruleId: string; severity: string; message: string }>
      const hit = messages.find((message) => message.ruleId === testCase.ruleId && path.basename(message.file) === testCase.file)
      expect(hit, JSON.stringify(messages.slice(0, 5))).toBeDefined()
      expect(hit?.severity).toBe('error')
      expect(hit?.line).toBeGreaterThanOrEqual(1)
      expect(hit?.column).toBeGreaterThanOrEqual(1)
    })
  }

  it('a map that does not exist', async () => {
    const text = await check(['/bestaat/niet'])
    expect(text.code).toBe(1)
    expect(text.stderr).toMatch(/niet gevonden/)
  })

  it('an unknown option gets a Dutch message', async () => {
    const text = await check(['--jsn'])
    expect(text.code).toBe(1)
    expect(text.stderr).toMatch(/Onbekende optie `--jsn`/)
  })

  it('never writes into the verordening map', async () => {
    const dir = await fixture({ '02-open.md': '---\nhoofdstuk: 2\ntitel: Open\n---\n\n::::artikel{nr="2.1"\n' })
    const snapshot = async () =>
      Promise.all(
        (await readdir(dir)).sort().map(async (name) => {
          const info = await stat(path.join(dir, name))
          return `${name} ${info.mtimeMs} ${(await readFile(path.join(dir, name))).toString('base64')}`
        }),
      )
    const before = await snapshot()
    await check([dir])
    await check([dir, '--json'])
    expect(await snapshot()).toEqual(before)
  })
})

describe('verordening check --json', () => {
  it('gives {file, line, column, ruleId, severity, message} per message', async () => {
    const dir = await fixture({ '02-wmo.md': wmoHoofdstuk({ effect: 'meedoem' }) })
    const json = await check([dir, '--json'])
    expect(json.code).toBe(1)
    // Info entries (taal-score per artikel, see test/taal-cli.test.ts) are no messages.
    expect((JSON.parse(json.stdout) as Array<{ severity: string }>).filter((entry) => entry.severity !== 'info')).toEqual([
      // Without 2.1, only the general artikelen of hoofdstuk 1 name `meedoen`: a gap for the raad.
      {
        file: path.join(dir, 'effecten.yml'),
        line: 1,
        column: 7,
        ruleId: 'effect-eigen-artikel',
        severity: 'warning',
        message:
          'Effect `meedoen` wordt alleen door algemene artikelen gerealiseerd (1.1, 1.2), verwacht ten minste één eigen artikel in een hoofdstuk per wet met `effect="meedoen"`',
      },
      {
        file: path.join(dir, '02-wmo.md'),
        line: 7,
        column: 49,
        ruleId: 'artikel-effect',
        severity: 'error',
        message: 'Onbekend effect `meedoem` in artikel 2.1, bedoelt u `meedoen`?',
      },
    ])
  })

  it('exits 0 with an empty list on a clean verordening', async () => {
    const dir = await fixture({})
    const json = await check([dir, '--json'])
    expect(json.code).toBe(0)
    expect((JSON.parse(json.stdout) as Array<{ severity: string }>).filter((entry) => entry.severity !== 'info')).toEqual([])
  })
})
