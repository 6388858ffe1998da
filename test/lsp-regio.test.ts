// The language server on a text for several gemeenten (a copy of
// voorbeelden/regio), spoken to over stdio as an editor does: after
// `:waarde[` (in the text and in a quoted attribute value) it offers the value
// ids with the value of each gemeente; in `gemeenten="…"` of `:::variant` the
// gemeente ids; a hover on `:waarde[id]` shows every gemeente's value, or that
// the id is unknown and which ids exist. An unsaved change of gemeenten.yml is
// followed at once, a broken one keeps the last good names, and without
// gemeenten.yml the editor offers nothing of this.
import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { completionsAt, hoverAt } from '../src/lsp/features.ts'
import type { Names } from '../src/lsp/session.ts'
import type { Gemeenten } from '../src/model/gemeenten.ts'
import { makeFixture } from './helpers/fixture.ts'
import { LspClient } from './helpers/lsp-client.ts'

const regioDir = fileURLToPath(new URL('../voorbeelden/regio', import.meta.url))

interface Register {
  waarden: Record<string, string>
  gemeenten: Array<{ id: string; naam: string; waarden: Record<string, string | number> }>
}

interface Item {
  label: string
  detail: string
  documentation: { kind: string; value: string }
  textEdit: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }
}

const made: string[] = []
let client: LspClient
let dir: string
let register: Register
let lines: string[]
let version = 1
const uri = (name: string) => pathToFileURL(path.join(dir, name)).href

/** The line (0-based) holding `needle`, and the column just after `upTo` on it. */
function at(needle: string, upTo: string): { line: number; character: number } {
  const line = lines.findIndex((text) => text.includes(needle))
  expect(line, `regel met ${needle}`).toBeGreaterThanOrEqual(0)
  return { line, character: lines[line]!.indexOf(upTo) + upTo.length }
}

function complete(position: { line: number; character: number }): Promise<Item[]> {
  return client.request<Item[]>('textDocument/completion', { textDocument: { uri: uri('02-toeslag.md') }, position })
}

/** Completes until `done` holds: the server answers from the last finished check, so a change shows after its publish. */
async function completeUntil(position: { line: number; character: number }, done: (items: Item[]) => boolean, what: string): Promise<Item[]> {
  for (;;) {
    const round = client.publishes
    const items = await complete(position)
    if (done(items)) return items
    await client.waitFor(() => client.publishes > round, what)
  }
}

function hover(position: { line: number; character: number }): Promise<{ contents: { kind: string; value: string } } | null> {
  return client.request('textDocument/hover', { textDocument: { uri: uri('02-toeslag.md') }, position })
}

/** "Tulpdam: € 350 · Narcisveen: € 500 · …" for one value id, from the register as YAML reads it. */
function perGemeente(id: string): string {
  return register.gemeenten.map((gemeente) => `${gemeente.naam}: ${gemeente.waarden[id] ?? 'ontbreekt'}`).join(' · ')
}

beforeAll(async () => {
  dir = await makeFixture({}, regioDir)
  made.push(dir)
  register = parse(await readFile(path.join(dir, 'gemeenten.yml'), 'utf8')) as Register
  const text = await readFile(path.join(dir, '02-toeslag.md'), 'utf8')
  lines = text.split('\n')
  client = await LspClient.start()
  await client.request('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {}, workspaceFolders: null })
  await client.notify('initialized', {})
  await client.notify('textDocument/didOpen', { textDocument: { uri: uri('02-toeslag.md'), languageId: 'markdown', version, text } })
  await client.waitFor(() => client.diagnostics.has(uri('02-toeslag.md')), 'diagnostics for 02-toeslag.md')
}, 60_000)

afterAll(async () => {
  await client?.stop()
  await Promise.all(made.map((folder) => rm(folder, { recursive: true, force: true })))
})

describe('verordening lsp --stdio on a text for several gemeenten', () => {
  it('the example checks clean, so the editor shows no message', () => {
    expect(client.diagnostics.get(uri('02-toeslag.md'))).toEqual([])
  })

  it('completes a value id after :waarde[ in the text, with the value of each gemeente', async () => {
    const position = at(':waarde[iit-alleenstaande] voor', ':waarde[iit')
    const items = await complete(position)
    expect(items.map((item) => item.label)).toEqual(['iit-alleenstaande', 'iit-gezin'])
    const [first] = items
    expect(first!.detail).toBe(perGemeente('iit-alleenstaande'))
    expect(first!.detail).toMatch(/^Tulpdam: .+ · Narcisveen: .+ · Krokushoeve: .+$/)
    expect(first!.documentation.kind).toBe('markdown')
    expect(first!.documentation.value).toContain(register.waarden['iit-alleenstaande'])
    for (const gemeente of register.gemeenten) expect(first!.documentation.value).toContain(`- ${gemeente.naam}: ${gemeente.waarden['iit-alleenstaande']}`)
    // The edit replaces what was typed of the id.
    expect(first!.textEdit.range.start).toEqual({ line: position.line, character: position.character - 'iit'.length })
    expect(first!.textEdit.newText).toBe('iit-alleenstaande')
  }, 60_000)

  it('completes a value id after :waarde[ inside a quoted attribute value', async () => {
    const items = await complete(at('titel="Al :waarde[referteperiode]', 'titel="Al :waarde['))
    expect(items.map((item) => item.label)).toEqual(Object.keys(register.waarden))
    const typed = await complete(at('titel="Al :waarde[referteperiode]', 'titel="Al :waarde[ref'))
    expect(typed.map((item) => item.label)).toEqual(['referteperiode'])
    expect(typed[0]!.detail).toBe(perGemeente('referteperiode'))
  }, 60_000)

  it('completes the gemeente being typed in gemeenten="…" of :::variant, without those already named', async () => {
    const all = await complete(at(':::variant{gemeenten="tulpdam krokushoeve"}', 'gemeenten="'))
    expect(all.map((item) => item.label)).toEqual(register.gemeenten.map((gemeente) => gemeente.id))
    expect(all.map((item) => item.detail)).toEqual(register.gemeenten.map((gemeente) => gemeente.naam))
    const position = at(':::variant{gemeenten="tulpdam krokushoeve"}', 'gemeenten="tulpdam kr')
    const second = await complete(position)
    expect(second.map((item) => item.label)).toEqual(['krokushoeve'])
    expect(second[0]!.textEdit.range.start.character).toBe(position.character - 'kr'.length)
    const rest = await complete(at(':::variant{gemeenten="tulpdam krokushoeve"}', 'gemeenten="tulpdam '))
    expect(rest.map((item) => item.label)).toEqual(register.gemeenten.map((gemeente) => gemeente.id).filter((id) => id !== 'tulpdam'))
  }, 60_000)

  it('shows the value of each gemeente on a hover over :waarde[id], in Dutch Markdown', async () => {
    const found = await hover(at('gedurende :waarde[referteperiode]', 'gedurende :waarde[refer'))
    expect(found?.contents.kind).toBe('markdown')
    expect(found?.contents.value).toContain('**referteperiode** (waarde per gemeente)')
    expect(found?.contents.value).toContain(register.waarden.referteperiode)
    for (const gemeente of register.gemeenten) expect(found?.contents.value).toContain(`- ${gemeente.naam}: ${gemeente.waarden.referteperiode}`)
  }, 60_000)

  it('shows the naam of a gemeente on a hover over its id in gemeenten="…"', async () => {
    const [eerste] = register.gemeenten
    const found = await hover(at(`:::variant{gemeenten="${eerste!.id}`, `gemeenten="${eerste!.id.slice(0, 2)}`))
    expect(found?.contents.value).toMatch(new RegExp(`^\\*\\*${eerste!.naam}\\*\\* \\(gemeente \`${eerste!.id}\`, CBS-code \\d{4}\\)`))
  }, 60_000)

  it('says on a hover that a value id is unknown, with the nearest id and the ids that exist', async () => {
    const line = at('gedurende :waarde[referteperiode]', '').line
    const text = lines.map((entry, index) => (index === line ? entry.replace(':waarde[referteperiode]', ':waarde[refertperiode]') : entry)).join('\n')
    const round = client.publishes
    await client.notify('textDocument/didChange', { textDocument: { uri: uri('02-toeslag.md'), version: ++version }, contentChanges: [{ text }] })
    await client.waitFor(() => client.publishes > round, 'diagnostics after the misspelt value')
    const found = await hover({ line, character: text.split('\n')[line]!.indexOf(':waarde[refertperiode]') + 3 })
    expect(found?.contents.value).toMatch(/^\*\*Onbekende waarde `refertperiode`\*\*, bedoelt u `referteperiode`\?/)
    expect(found?.contents.value).toContain(
      `Bekende waarden in gemeenten.yml: ${Object.keys(register.waarden)
        .map((id) => `\`${id}\``)
        .join(', ')}.`,
    )
    // The check says the same in the editor.
    expect(client.diagnostics.get(uri('02-toeslag.md'))?.map((diagnostic) => diagnostic.code)).toContain('waarde-bekend')
    await client.notify('textDocument/didChange', {
      textDocument: { uri: uri('02-toeslag.md'), version: ++version },
      contentChanges: [{ text: lines.join('\n') }],
    })
    await client.waitFor(() => client.diagnostics.get(uri('02-toeslag.md'))?.length === 0, 'no diagnostics after the fix')
  }, 60_000)

  it('follows an unsaved change of gemeenten.yml, keeps the last good values while it is broken, and goes back to the disk on close', async () => {
    const original = await readFile(path.join(dir, 'gemeenten.yml'), 'utf8')
    const changed = original
      .replace(/^waarden:\n/m, 'waarden:\n  eigen-bijdrage: De eigen bijdrage per aanvraag\n')
      .replace(/^( +)waarden:\n/m, '$1waarden:\n$1  eigen-bijdrage: "€ 25"\n')
    expect(changed).not.toBe(original)
    const position = at(':waarde[iit-alleenstaande] voor', ':waarde[')
    await client.notify('textDocument/didOpen', { textDocument: { uri: uri('gemeenten.yml'), languageId: 'yaml', version: ++version, text: changed } })
    const items = await completeUntil(position, (list) => list.some((item) => item.label === 'eigen-bijdrage'), 'eigen-bijdrage in the completions')
    const [eerste, ...andere] = register.gemeenten
    expect(items.find((item) => item.label === 'eigen-bijdrage')?.detail).toBe(
      [`${eerste!.naam}: € 25`, ...andere.map((gemeente) => `${gemeente.naam}: ontbreekt`)].join(' · '),
    )

    // Half-typed YAML: the completions stay those of the last gemeenten.yml that could be read.
    const round = client.publishes
    await client.notify('textDocument/didChange', {
      textDocument: { uri: uri('gemeenten.yml'), version: ++version },
      contentChanges: [{ text: `${changed}\n  - id: [` }],
    })
    await client.waitFor(() => client.publishes > round, 'diagnostics for the broken gemeenten.yml')
    expect((await complete(position)).map((item) => item.label)).toContain('eigen-bijdrage')

    await client.notify('textDocument/didClose', { textDocument: { uri: uri('gemeenten.yml') } })
    const back = await completeUntil(position, (list) => !list.some((item) => item.label === 'eigen-bijdrage'), 'the values of gemeenten.yml on disk')
    expect(back.map((item) => item.label)).toEqual(Object.keys(register.waarden))
  }, 60_000)

  it('offers nothing of this once gemeenten.yml is gone', async () => {
    await rm(path.join(dir, 'gemeenten.yml'))
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('gemeenten.yml'), type: 3 }] })
    const position = at(':waarde[iit-alleenstaande] voor', ':waarde[')
    expect(await completeUntil(position, (list) => list.length === 0, 'no value completions without gemeenten.yml')).toEqual([])
    expect(await complete(at(':::variant{gemeenten="tulpdam krokushoeve"}', 'gemeenten="'))).toEqual([])
    expect(await hover(at('gedurende :waarde[referteperiode]', 'gedurende :waarde[refer'))).toBeNull()
  }, 60_000)
})

describe('completion and hover of regio.ts on a line', () => {
  const regio: Gemeenten = {
    waarden: { bedrag: 'Het bedrag per jaar' },
    gemeenten: [
      { id: 'aadorp', naam: 'Aadorp', cbs: '9981', citeertitel: 'Verordening Aadorp', waarden: { bedrag: '€ 100' } },
      { id: 'beekdal', naam: 'Beekdal', cbs: '9982', citeertitel: 'Verordening Beekdal', waarden: {} },
    ],
  }
  const names: Names = { effecten: [], grondwaarden: [], begrippen: [], wetten: {}, artikelen: new Map(), gemeenten: regio }

  it('separates gemeenten by commas too, and says which value a gemeente lacks', () => {
    const line = ':::variant{gemeenten="aadorp,b'
    expect(completionsAt(line, line.length, names).map((entry) => [entry.label, entry.from])).toEqual([['beekdal', line.length - 1]])
    expect(completionsAt('Het is :waarde[', 'Het is :waarde['.length, names).map((entry) => entry.detail)).toEqual(['Aadorp: € 100 · Beekdal: ontbreekt'])
    expect(hoverAt('Het is :waarde[bedrag].', 10, names)?.markdown).toContain('- Beekdal: *ontbreekt* (zet `bedrag: …` bij `beekdal` in gemeenten.yml)')
  })

  it('says an empty :waarde[] lacks its id, and an unknown gemeente which ones exist', () => {
    expect(hoverAt('Het is :waarde[].', 10, names)?.markdown).toMatch(
      /^\*\*Hier ontbreekt de id van een waarde\*\*.+\n\nBekende waarden in gemeenten\.yml: `bedrag`\./,
    )
    const line = ':::variant{gemeenten="aadorp beekdl"}'
    expect(hoverAt(line, line.indexOf('beekdl') + 2, names)).toEqual({
      markdown: '**Onbekende gemeente `beekdl`**, bedoelt u `beekdal`?\n\nGemeenten in gemeenten.yml: `aadorp`, `beekdal`.',
      from: line.indexOf('beekdl'),
      to: line.indexOf('beekdl') + 'beekdl'.length,
    })
  })
})

describe('completion and hover without gemeenten.yml', () => {
  const names: Names = { effecten: [], grondwaarden: [], begrippen: [], wetten: {}, artikelen: new Map(), gemeenten: undefined }

  it('offer no value or gemeente ids, as before', () => {
    expect(completionsAt('Een toeslag van :waarde[', 'Een toeslag van :waarde['.length, names)).toEqual([])
    expect(completionsAt(':::variant{gemeenten="', ':::variant{gemeenten="'.length, names)).toEqual([])
    expect(hoverAt('Een toeslag van :waarde[bedrag].', 20, names)).toBeUndefined()
  })
})
