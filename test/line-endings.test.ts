// A verordening saved on Windows (CRLF line endings, often with a UTF-8 byte
// order mark) must give the same findings, site and exports as the same text
// with LF. The example is copied twice, once as is and once with every .md,
// .yml and .txt file converted to CRLF plus BOM, with the same slips put in
// both (so there are findings with a line and column on the first line of a
// file, mid-line and on a continuation line), and the outputs are compared.
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import mammoth from 'mammoth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verordening } from './helpers/cli.ts'

let dir: string
// With slips (for the findings), and without (for the site and the exports, which refuse errors).
let lf: string
let crlf: string
let cleanLf: string
let cleanCrlf: string

// Slips put in both copies: [file, text to find, replacement].
const slips: Array<[string, string, string]> = [
  // First line of a file: the column must not count the byte order mark.
  ['begrippen.yml', '# Begrippen: elk', '# Begrippen:\u200B elk'],
  ['verordening.yml', 'gemeente: Lingedal', 'gemeente: Linge\u200Bdal'],
  ['effecten.yml', 'titel: Snel weten waar u aan toe bent', 'titel: "INVULLEN: Snel weten waar u aan toe bent"'],
  ['01-algemene-bepalingen.md', ':begrip[college] aan', ':begrip[kollege] aan'],
  // A paragraph over two lines, the slip on the second one.
  [
    '01-algemene-bepalingen.md',
    'Deze regels gaan over hulp van de gemeente Lingedal.',
    'Deze regels gaan over hulp\nvan de gemeente Linge\u200Bdal, INVULLEN.',
  ],
]

async function textFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true })
  return entries.filter((entry) => entry.isFile() && /\.(md|yml|txt)$/.test(entry.name)).map((entry) => path.join(entry.parentPath, entry.name))
}

async function copyOfExample(target: string, windows: boolean, withSlips: boolean): Promise<void> {
  await cp('verordening', target, { recursive: true })
  for (const [name, find, replace] of withSlips ? slips : []) {
    const file = path.join(target, name)
    const text = await readFile(file, 'utf8')
    expect(text, `${name}: ${find}`).toContain(find)
    await writeFile(file, text.replace(find, replace))
  }
  if (!windows) return
  for (const file of await textFiles(target)) {
    const text = (await readFile(file, 'utf8')).replace(/\r\n/g, '\n')
    await writeFile(file, `\uFEFF${text.replace(/\n/g, '\r\n')}`)
  }
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'regeleinden-'))
  lf = path.join(dir, 'lf')
  crlf = path.join(dir, 'crlf')
  cleanLf = path.join(dir, 'schoon-lf')
  cleanCrlf = path.join(dir, 'schoon-crlf')
  await copyOfExample(lf, false, true)
  await copyOfExample(crlf, true, true)
  await copyOfExample(cleanLf, false, false)
  await copyOfExample(cleanCrlf, true, false)
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

interface Finding {
  file: string
  line: number
  column: number
  ruleId: string
  message: string
}

async function findings(source: string): Promise<Finding[]> {
  const outcome = await verordening(['check', source, '--json'])
  const all = JSON.parse(outcome.stdout) as Finding[]
  return all.map(({ file, line, column, ruleId, message }) => ({ file: path.relative(source, path.resolve(file)), line, column, ruleId, message }))
}

describe('a verordening saved with CRLF line endings and a byte order mark', () => {
  it('is really saved that way (the test would prove nothing otherwise)', async () => {
    const bytes = await readFile(path.join(cleanCrlf, '01-algemene-bepalingen.md'))
    expect(bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
    expect(bytes.includes(Buffer.from('\r\n'))).toBe(true)
    expect((await readFile(path.join(lf, '01-algemene-bepalingen.md'))).includes(Buffer.from('\r'))).toBe(false)
  })

  it('gives the same findings at the same file, line and column', async () => {
    const expected = await findings(lf)
    // The slips are found, on the first line of a file and on a continuation line too.
    expect(expected.filter((finding) => finding.ruleId === 'tekens-onzichtbaar').map((finding) => `${finding.file}:${finding.line}`)).toEqual(
      expect.arrayContaining(['begrippen.yml:1', 'verordening.yml:3']),
    )
    expect(expected.some((finding) => finding.ruleId === 'nog-invullen' && finding.file === 'effecten.yml')).toBe(true)
    expect(expected.some((finding) => finding.file === '01-algemene-bepalingen.md' && finding.message.includes('kollege'))).toBe(true)
    expect(await findings(crlf)).toEqual(expected)
  }, 120_000)

  it('builds the same site', async () => {
    const sites: Array<Map<string, string>> = []
    for (const source of [cleanLf, cleanCrlf]) {
      const out = path.join(dir, `site-${path.basename(source)}`)
      const outcome = await verordening(['build', source, '--out', out])
      expect(outcome.code, outcome.stderr).toBe(0)
      const pages = new Map<string, string>()
      for (const entry of await readdir(out, { recursive: true, withFileTypes: true })) {
        if (!entry.isFile() || !/\.(html|json|css)$/.test(entry.name)) continue
        const file = path.join(entry.parentPath, entry.name)
        // The moment of the build is on every page; it is the one thing allowed to differ.
        pages.set(path.relative(out, file), (await readFile(file, 'utf8')).replace(/<time datetime="[^"]*">[^<]*<\/time>/g, '<time>(gebouwd)</time>'))
      }
      sites.push(pages)
    }
    const [fromLf, fromCrlf] = sites as [Map<string, string>, Map<string, string>]
    expect(fromLf.size).toBeGreaterThan(50)
    expect([...fromCrlf.keys()].sort()).toEqual([...fromLf.keys()].sort())
    for (const [name, html] of fromLf) {
      expect(fromCrlf.get(name)?.includes('\r'), name).toBe(false)
      expect(fromCrlf.get(name), name).toBe(html)
    }
  }, 180_000)

  it('exports the same STOP-XML and Word text', async () => {
    const stop: string[] = []
    const word: string[] = []
    for (const source of [cleanLf, cleanCrlf]) {
      const xml = path.join(dir, `${path.basename(source)}.xml`)
      const docx = path.join(dir, `${path.basename(source)}.docx`)
      for (const [soort, file] of [
        ['stop', xml],
        ['docx', docx],
      ]) {
        const outcome = await verordening(['export', soort!, source, '--uit', file!])
        expect(outcome.code, outcome.stderr).toBe(0)
      }
      stop.push(await readFile(xml, 'utf8'))
      word.push((await mammoth.extractRawText({ path: docx })).value)
    }
    expect(stop[0]).toContain('<Artikel')
    expect(stop[1]).toBe(stop[0])
    expect(stop[1]?.includes('\r')).toBe(false)
    expect(word[0]).toContain('Artikel 1.1')
    expect(word[1]).toBe(word[0])
  }, 120_000)
})
