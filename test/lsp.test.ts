// The language server as an editor meets it: the test speaks LSP over stdio
// with `verordening lsp --stdio` (the real bin, its own process). Opening a
// file with a known error gives exactly check --json's messages; an edit in an
// unsaved buffer gives new ones, also in files that are not open; quick fixes,
// completion and hover work; random text, a 5 MB paste and a half-typed
// directive still get Dutch diagnostics; and nothing is written to disk. A
// broken frame is dropped and the next message answered; a document outside
// the workspace (`..`, `%2e%2e`, a link) is never read.
import { createHash, randomBytes } from 'node:crypto'
import { readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixesFor } from '../src/lsp/features.ts'
import { FrameGuard, maxFrameBytes } from '../src/lsp/frame-guard.ts'
import { suggestionIn } from '../src/messages/suggest.ts'
import { wmoHoofdstuk } from '../src/rules/support/examples.ts'
import { verordening } from './helpers/cli.ts'
import { makeFixture } from './helpers/fixture.ts'
import { type Diagnostic, LspClient } from './helpers/lsp-client.ts'

interface JsonEntry {
  file: string
  line: number
  column: number
  ruleId: string
  severity: string
  message: string
  todo?: string
}

const made: string[] = []
let client: LspClient
let dir: string
let before: string
const uri = (name: string) => pathToFileURL(path.join(dir, name)).href

async function hashDir(folder: string): Promise<string> {
  const hash = createHash('sha256')
  for (const name of (await readdir(folder)).sort()) hash.update(name).update(await readFile(path.join(folder, name)))
  return hash.digest('hex')
}

/** All published diagnostics in check --json's form, in a stable order. */
function published(): JsonEntry[] {
  return [...client.diagnostics].flatMap(([fileUri, diagnostics]) => diagnostics.map((diagnostic) => asJson(fileURLToPath(fileUri), diagnostic))).sort(byPlace)
}

function asJson(file: string, diagnostic: Diagnostic): JsonEntry {
  return {
    file: path.basename(file),
    line: diagnostic.range.start.line + 1,
    column: diagnostic.range.start.character + 1,
    ruleId: diagnostic.code,
    severity: diagnostic.severity === 1 ? 'error' : 'warning',
    message: diagnostic.message,
    ...(diagnostic.data?.todo ? { todo: diagnostic.data.todo } : {}),
  }
}

async function checkJson(folder: string): Promise<JsonEntry[]> {
  const entries = JSON.parse((await verordening(['check', folder, '--json'])).stdout) as JsonEntry[]
  return entries
    .filter((entry) => entry.severity !== 'info')
    .map((entry) => ({ ...entry, file: path.basename(entry.file) }))
    .sort(byPlace)
}

function byPlace(a: JsonEntry, b: JsonEntry): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.ruleId.localeCompare(b.ruleId)
}

let version = 1
async function change(name: string, text: string): Promise<number> {
  const round = client.publishes
  await client.notify('textDocument/didChange', { textDocument: { uri: uri(name), version: ++version }, contentChanges: [{ text }] })
  return round
}

const wmo = wmoHoofdstuk({ effect: 'meedoem' })

beforeAll(async () => {
  dir = await makeFixture({ '02-wmo.md': wmo })
  made.push(dir)
  before = await hashDir(dir)
  client = await LspClient.start()
  await client.request('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {}, workspaceFolders: null })
  await client.notify('initialized', {})
}, 60_000)

afterAll(async () => {
  await client?.stop()
  await Promise.all(made.map((folder) => rm(folder, { recursive: true, force: true })))
  if (process.env.LSP_TRANSCRIPT && client) await writeFile(process.env.LSP_TRANSCRIPT, `${client.transcript.join('\n')}\n`)
})

describe('verordening lsp --stdio', () => {
  it('opening a file with a known error gives exactly the messages of check --json', async () => {
    await client.notify('textDocument/didOpen', { textDocument: { uri: uri('02-wmo.md'), languageId: 'markdown', version, text: wmo } })
    await client.waitFor(() => (client.diagnostics.get(uri('02-wmo.md'))?.length ?? 0) > 0, 'diagnostics for 02-wmo.md')
    const expected = await checkJson(dir)
    expect(expected.map((entry) => entry.message)).toContain('Onbekend effect `meedoem` in artikel 2.1, bedoelt u `meedoen`?')
    expect(published()).toEqual(expected)
  }, 60_000)

  it('offers the suggestion as a quick fix that replaces the misspelt id', async () => {
    const diagnostic = client.diagnostics.get(uri('02-wmo.md'))!.find((entry) => entry.code === 'artikel-effect')!
    expect(diagnostic.data).toEqual({ actual: 'meedoem', expected: ['meedoen'] })
    const actions = await client.request<Array<{ title: string; edit: { changes: Record<string, Array<{ range: Diagnostic['range']; newText: string }>> } }>>(
      'textDocument/codeAction',
      {
        textDocument: { uri: uri('02-wmo.md') },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] },
      },
    )
    expect(actions.map((action) => action.title)).toEqual(['Vervang “meedoem” door “meedoen”'])
    const [edit] = actions[0]!.edit.changes[uri('02-wmo.md')]!
    const lines = wmo.split('\n')
    const line = lines[edit!.range.start.line]!
    lines[edit!.range.start.line] = line.slice(0, edit!.range.start.character) + edit!.newText + line.slice(edit!.range.end.character)
    expect(lines.join('\n')).toBe(wmoHoofdstuk())
  }, 60_000)

  it('an edit in the unsaved buffer gives new diagnostics', async () => {
    await change('02-wmo.md', wmoHoofdstuk())
    await client.waitFor(() => client.diagnostics.get(uri('02-wmo.md'))?.length === 0, 'empty diagnostics after the fix')
    expect(published()).toEqual([])
    // Not saved: the file on disk still has the error.
    expect(await readFile(path.join(dir, '02-wmo.md'), 'utf8')).toBe(wmo)
  }, 60_000)

  it('an unsaved registry change shows in files that are not open (cross-file rules), as check of the same text would', async () => {
    const effecten = await readFile(path.join(dir, 'effecten.yml'), 'utf8')
    const renamed = effecten.replace('id: meedoen', 'id: meedoen-in-de-wijk')
    await client.notify('textDocument/didOpen', { textDocument: { uri: uri('effecten.yml'), languageId: 'yaml', version: ++version, text: renamed } })
    await client.waitFor(() => (client.diagnostics.get(uri('01-algemeen.md'))?.length ?? 0) > 0, 'diagnostics in 01-algemeen.md')
    const copy = await makeFixture({ '02-wmo.md': wmoHoofdstuk(), 'effecten.yml': renamed })
    made.push(copy)
    const expected = await checkJson(copy)
    expect(expected.filter((entry) => entry.file === '01-algemeen.md').length).toBeGreaterThan(0)
    expect(published()).toEqual(expected)
    await client.notify('textDocument/didClose', { textDocument: { uri: uri('effecten.yml') } })
    await client.waitFor(() => client.diagnostics.get(uri('01-algemeen.md'))?.length === 0, 'diagnostics cleared after closing effecten.yml')
  }, 60_000)

  it('completes effect, grondwaarde and begrip ids and shows a hover with the registry text', async () => {
    const text = wmoHoofdstuk()
    const lines = text.split('\n')
    const artikelLine = lines.findIndex((line) => line.startsWith('::::artikel'))
    const at = lines[artikelLine]!.indexOf('effect="') + 'effect="mee'.length
    const items = await client.request<Array<{ label: string }>>('textDocument/completion', {
      textDocument: { uri: uri('02-wmo.md') },
      position: { line: artikelLine, character: at },
    })
    expect(items.map((item) => item.label)).toEqual(['meedoen'])
    const grondwaarde = lines[artikelLine]!.indexOf('grondwaarde="') + 'grondwaarde="'.length
    const values = await client.request<Array<{ label: string }>>('textDocument/completion', {
      textDocument: { uri: uri('02-wmo.md') },
      position: { line: artikelLine, character: grondwaarde },
    })
    expect(values.map((item) => item.label)).toContain('wmo.zelfredzaamheid')

    await change('02-wmo.md', text.replace('Het college kan hulp bieden.', 'Het college kan hulp bieden aan de :begrip[col'))
    const juridischLine = lines.indexOf('Het college kan hulp bieden.')
    const begrippen = await client.request<Array<{ label: string }>>('textDocument/completion', {
      textDocument: { uri: uri('02-wmo.md') },
      position: { line: juridischLine, character: 'Het college kan hulp bieden aan de :begrip[col'.length },
    })
    expect(begrippen.map((item) => item.label)).toEqual(['college'])
    await change('02-wmo.md', text)

    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', {
      textDocument: { uri: uri('02-wmo.md') },
      position: { line: artikelLine, character: at },
    })
    expect(hover?.contents.value).toMatch(/^\*\*.+\*\* \(effect `meedoen`, (vastgesteld|concept)\)/)
  }, 60_000)

  it('random text, a 5 MB paste and a half-typed directive still get Dutch diagnostics, and the server keeps answering', async () => {
    const noise = Array.from({ length: 3000 }, (_, index) => String.fromCharCode((index * 7919 + 13) % 0xd7ff)).join('')
    // Random text is still text: whatever it gives, it is a Dutch message with a place.
    const round = await change('02-wmo.md', noise)
    await client.waitFor(() => client.publishes > round && client.diagnostics.has(uri('02-wmo.md')), 'diagnostics for random text')
    await client.waitFor(() => (client.diagnostics.get(uri('02-wmo.md'))?.length ?? 0) > 0, 'diagnostics for random text')
    for (const diagnostic of client.diagnostics.get(uri('02-wmo.md'))!) expect(diagnostic.message).toMatch(/verwacht|bedoelt u/)
    const cases: Array<{ text: string; ruleId: string; message: RegExp }> = [
      { text: `${noise}\u0000${noise}`, ruleId: 'bestand-codering', message: /nul-teken/ },
      { text: 'a'.repeat(5 * 1024 * 1024), ruleId: 'bestand-grootte', message: /^Bestand is 5 MB, verwacht hoogstens 2 MB/ },
      { text: `${wmoHoofdstuk().split('::::artikel')[0]}::::artikel{nr="2.1" titel="Hulp`, ruleId: 'directive-vorm', message: /geen geldig blok/ },
    ]
    for (const testCase of cases) {
      await change('02-wmo.md', testCase.text)
      await client.waitFor(
        () => (client.diagnostics.get(uri('02-wmo.md')) ?? []).some((diagnostic) => diagnostic.code === testCase.ruleId),
        `${testCase.ruleId} diagnostics`,
      )
      const diagnostics = client.diagnostics.get(uri('02-wmo.md'))!
      expect(diagnostics.find((diagnostic) => diagnostic.code === testCase.ruleId)?.message).toMatch(testCase.message)
      for (const diagnostic of diagnostics) expect(diagnostic.message).not.toMatch(/Error|TypeError|\n\s+at |Interne fout/)
      // Still answering requests.
      expect(await client.request('textDocument/hover', { textDocument: { uri: uri('02-wmo.md') }, position: { line: 0, character: 0 } })).toBeNull()
    }
    expect(client.process.exitCode).toBeNull()
    await change('02-wmo.md', wmoHoofdstuk())
    await client.waitFor(() => client.diagnostics.get(uri('02-wmo.md'))?.length === 0, 'a clean file again')
  }, 120_000)

  it('never writes to disk', async () => {
    expect(await hashDir(dir)).toBe(before)
  })
})

describe('quick fixes from a message', () => {
  it('reads the fix from the sentences the checks write', () => {
    expect(suggestionIn('Onbekend effect `meedoem` in artikel 2.1, bedoelt u `meedoen`?')).toEqual({ actual: 'meedoem', expected: ['meedoen'] })
    expect(suggestionIn('Onbekend blok `:::inwonres`, bedoelt u `:::inwoners`?')).toEqual({ actual: ':::inwonres', expected: [':::inwoners'] })
    expect(suggestionIn('Onbekende verwijzing `:begrp[…]`, bedoelt u `:begrip[…]`?')).toEqual({ actual: ':begrp', expected: [':begrip'] })
    expect(suggestionIn('Moeilijk woord “geformuleerd” in de inwonerstekst, verwacht een gewoon woord: schrijf liever “zeggen” of “opschrijven”')).toEqual({
      actual: 'geformuleerd',
      expected: ['zeggen', 'opschrijven'],
    })
    expect(suggestionIn('Artikel 4.16 bestaat niet, bedoelt u artikel 4.1?')).toBeUndefined()
  })

  it('replaces the word on the line and keeps a capital at the start of a sentence', () => {
    const line = 'Indien nodig komen wij langs.'
    const message = {
      file: 'x.md',
      line: 12,
      column: 1,
      endLine: 12,
      endColumn: 7,
      ruleId: 'taal-moeilijk-woord',
      severity: 'warning' as const,
      message: '',
      actual: 'Indien',
      expected: ['als'],
    }
    expect(fixesFor(message, line)).toEqual([{ title: 'Vervang “Indien” door “Als”', line: 11, from: 0, to: 6, newText: 'Als' }])
  })
})

describe('a bad frame from the editor', () => {
  it('is dropped with a Dutch log line, and the server answers the next message', async () => {
    const server = await LspClient.start()
    try {
      const noise = Buffer.from(Array.from({ length: 3000 }, (_, index) => (index * 7919 + 13) % 256))
      const cases: Array<{ bytes: string | Buffer; log: RegExp | null }> = [
        { bytes: 'Content-Length: -5\r\n\r\n{}', log: /Content-Length "-5" is geen aantal bytes/ },
        { bytes: 'Content-Length: abc\r\n\r\n{"jsonrpc":"2.0"}', log: /Content-Length "abc" is geen aantal bytes/ },
        { bytes: 'Content-Length: 1000000000000\r\n\r\n', log: /Content-Length 1000000000000 is groter dan 64 MB/ },
        { bytes: 'Content-Length: 1e12\r\n\r\n', log: /Content-Length "1e12" is geen aantal bytes/ },
        { bytes: `Content-Length: ${maxFrameBytes + 1}\r\n\r\n`, log: /is groter dan 64 MB/ },
        // The header never ends: the next message's header follows straight after.
        { bytes: 'Content-Length: 20\r\n{"jsonrpc":"2.0"}', log: /een ongeldige kopregel/ },
        { bytes: 'Content-Length: 17', log: /een ongeldige kopregel|geen aantal bytes/ },
        // Shorter than it says: the next message starts inside it.
        { bytes: 'Content-Length: 500\r\n\r\n{}', log: /korter dan zijn Content-Length \(500 bytes\)/ },
        { bytes: 'Content-Type: application/json\r\n\r\n{}', log: /een kop zonder Content-Length/ },
        { bytes: 'Content-Length: 2\r\nContent-Length: 2\r\n\r\n{}', log: /twee keer Content-Length/ },
        { bytes: noise, log: /Ongeldig bericht/ },
        // Well framed but not JSON, or JSON that is no message: vscode-jsonrpc logged these in English, and
        // 4,000 nested `[` pretty-printed into a log message of tens of megabytes (found by the fuzzer).
        { bytes: 'Content-Length: 5\r\n\r\n{bad}', log: /de inhoud is geen geldige JSON/ },
        { bytes: `Content-Length: 8000\r\n\r\n${'['.repeat(4000)}${']'.repeat(4000)}`, log: /de inhoud is een lijst, geen JSON-RPC-bericht/ },
        { bytes: 'Content-Length: 2\r\n\r\n{}', log: /het bericht heeft geen “method” en geen “id”/ },
      ]
      let first = true
      for (const testCase of cases) {
        const logged = server.logs.length
        await server.writeRaw(testCase.bytes)
        if (first) {
          const answer = await server.request<{ capabilities: Record<string, unknown> }>('initialize', {
            processId: process.pid,
            rootUri: null,
            capabilities: {},
            workspaceFolders: null,
          })
          expect(answer.capabilities).toHaveProperty('hoverProvider', true)
          await server.notify('initialized', {})
          first = false
        } else {
          expect(
            await server.request('textDocument/hover', { textDocument: { uri: 'file:///bestaat/niet.md' }, position: { line: 0, character: 0 } }),
          ).toBeNull()
        }
        const said = server.logs.slice(logged).join('\n')
        if (testCase.log === null) continue
        expect(said, String(testCase.bytes).slice(0, 60)).toMatch(testCase.log)
        expect(said).toMatch(/^Ongeldig bericht van de editor overgeslagen: .+ De taalserver leest verder bij het volgende bericht/)
      }
      expect(server.process.exitCode).toBeNull()
      expect(server.stderr()).not.toMatch(/\n\s+at |TypeError|RangeError/)
    } finally {
      await server.stop()
    }
  }, 60_000)

  it('passes good frames on unchanged, however the bytes are split', async () => {
    const bodies = [
      JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'x', params: { text: 'Content-Length: 5 in een tekst, en é 😀' } }),
      '{"jsonrpc":"2.0","id":2,"result":null}',
      JSON.stringify({ jsonrpc: '2.0', method: 'y', params: ['Content-Length: 12\\r\\n'] }),
    ]
    const stream = Buffer.from(
      bodies.map((body) => `Content-Length: ${Buffer.byteLength(body)}\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n${body}`).join(''),
    )
    const expected = Buffer.from(bodies.map((body) => `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`).join('')).toString('utf8')
    for (let split = 0; split <= stream.length; split++) {
      const warnings: string[] = []
      const guard = new FrameGuard((message) => warnings.push(message))
      const out: Buffer[] = []
      guard.on('data', (chunk: Buffer) => out.push(chunk))
      guard.write(stream.subarray(0, split))
      guard.write(stream.subarray(split))
      guard.end()
      await new Promise((resolve) => guard.once('end', resolve))
      expect(Buffer.concat(out).toString('utf8'), `split at ${split}`).toBe(expected)
      expect(warnings).toEqual([])
    }
  })
})

/** A small seeded generator, so that a failing run can be repeated. */
function seeded(seed: number): (n: number) => number {
  let state = seed >>> 0
  return (n) => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n)
  }
}

describe('the frame guard on its own', () => {
  it('keeps every good frame and drops every bad one, in 300 random mixes cut into random pieces', async () => {
    const random = seeded(20261206)
    // Bad frames that are each followed by a good one; none of them may let a good one through changed, or swallow it.
    const bad = [
      'Content-Length: -5\r\n\r\n{}',
      'Content-Length: abc\r\n\r\n{"jsonrpc":"2.0"}',
      'Content-Length: 1000000000000\r\n\r\n',
      'Content-Length: 1e12\r\n\r\n',
      'Content-Length: 20\r\n{"jsonrpc":"2.0"}',
      'Content-Length: 17',
      'Content-Length: 500\r\n\r\n{}',
      'Content-Type: application/json\r\n\r\n{}',
      'X\r\n\r\n',
    ]
    const words = ['Content-Length: 5', 'Content-Length:', '\r\n\r\n', 'é', '😀', 'artikel', ' ', '"', '\\']
    for (let run = 0; run < 300; run++) {
      const parts: string[] = []
      const expected: string[] = []
      let drops = 0
      for (let index = 0; index < 1 + random(30); index++) {
        if (random(3) === 0) {
          parts.push(bad[random(bad.length)]!)
          drops++
        }
        const size = random(20) === 0 ? 70_000 + random(5000) : random(3000)
        const text = Array.from({ length: Math.ceil(size / 8) }, () => words[random(words.length)]).join('')
        const body = JSON.stringify({ jsonrpc: '2.0', id: run * 100 + index, method: 'x', params: { text } })
        parts.push(
          `Content-Length: ${Buffer.byteLength(body)}\r\n${random(2) === 0 ? 'Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n' : ''}\r\n${body}`,
        )
        expected.push(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`)
      }
      const stream = Buffer.from(parts.join(''))
      const warnings: string[] = []
      const guard = new FrameGuard((message) => warnings.push(message))
      const out: Buffer[] = []
      guard.on('data', (chunk: Buffer) => out.push(chunk))
      for (let at = 0; at < stream.length; ) {
        const piece = random(4) === 0 ? 1 + random(20) : 1 + random(70_000)
        guard.write(stream.subarray(at, at + piece))
        at += piece
      }
      guard.end()
      await new Promise((resolve) => guard.once('end', resolve))
      expect(Buffer.concat(out).toString('utf8') === expected.join(''), `run ${run}`).toBe(true)
      // One line per bad stretch (two bad frames in a row may share one).
      expect(warnings.length, `run ${run}`).toBeLessThanOrEqual(drops)
      expect(warnings.length > 0, `run ${run}`).toBe(drops > 0)
    }
  })
})

describe('documents outside the workspace', () => {
  it('are never read, checked or quoted, whichever way the URI or a link points there', async () => {
    const secret = `geheim-${randomBytes(6).toString('hex')}`
    const outside = await makeFixture({})
    const algemeen = await readFile(path.join(outside, '01-algemeen.md'), 'utf8')
    // On disk only, never opened: a check of that folder would quote it (“Onbekend effect `geheim-…`”).
    await writeFile(path.join(outside, '01-algemeen.md'), algemeen.replace('effect="meedoen"', `effect="${secret}"`))
    const ws = await makeFixture({})
    made.push(outside, ws)
    await symlink(outside, path.join(ws, 'link'))
    await symlink(path.join(outside, '02-wmo.md'), path.join(ws, 'zz-link.md'))
    const wsUrl = pathToFileURL(ws).href
    const name = path.basename(outside)
    const outsideUris = [
      `${wsUrl}/../${name}/02-wmo.md`,
      `${wsUrl}/%2e%2e/${name}/02-wmo.md`,
      `${wsUrl}/%2E%2E/${name}/verordening.yml`,
      `${wsUrl}/.%2e/${name}/effecten.yml`,
      `${wsUrl}/link/02-wmo.md`,
      `${wsUrl}/link/nieuw.md`,
      `${wsUrl}/zz-link.md`,
      `${wsUrl}/..%2f${name}/02-wmo.md`,
      `file://evil.example${pathToFileURL(outside).pathname}/02-wmo.md`,
      `file://localhost${pathToFileURL(outside).pathname}/01-algemeen.md`,
      pathToFileURL(path.join(outside, 'verordening.yml')).href,
    ]

    const server = await LspClient.start()
    try {
      await server.request('initialize', { processId: process.pid, rootUri: wsUrl, capabilities: {}, workspaceFolders: [{ uri: wsUrl, name: 'ws' }] })
      await server.notify('initialized', {})
      for (const [index, outsideUri] of outsideUris.entries()) {
        await server.notify('textDocument/didOpen', {
          textDocument: {
            uri: outsideUri,
            languageId: outsideUri.endsWith('.md') ? 'markdown' : 'yaml',
            version: 1,
            text: index % 2 === 0 ? wmoHoofdstuk({ effect: 'meedoem' }) : '',
          },
        })
        expect(await server.request('textDocument/completion', { textDocument: { uri: outsideUri }, position: { line: 0, character: 0 } })).toEqual([])
      }
      // A document inside the workspace still gets its diagnostics: the server did go on.
      const inside = pathToFileURL(path.join(ws, '02-wmo.md')).href
      await server.notify('textDocument/didOpen', {
        textDocument: { uri: inside, languageId: 'markdown', version: 1, text: wmoHoofdstuk({ effect: 'meedoem' }) },
      })
      await server.waitFor(
        () => (server.diagnostics.get(inside) ?? []).some((diagnostic) => diagnostic.message.includes('meedoem')),
        'diagnostics inside the workspace',
      )

      // Diagnostics only for files of the workspace, and none quoting the other folder.
      for (const [uri, diagnostics] of server.diagnostics) {
        expect(uri.startsWith(`${wsUrl}/`), uri).toBe(true)
        for (const diagnostic of diagnostics) expect(diagnostic.message).not.toContain(secret)
      }
      expect(server.transcript.filter((line) => line.startsWith('←')).join('\n')).not.toContain(secret)
      expect(server.transcript.filter((line) => line.startsWith('← textDocument/publishDiagnostics')).join('\n')).not.toContain(name)
      // Each outside document was refused once, in Dutch, before anything of it was read.
      const refusals = server.logs.filter((log) => /ligt buiten de werkmap|is geen bestand op deze computer/.test(log))
      expect(refusals).toHaveLength(outsideUris.length)
      expect(refusals.filter((log) => log.includes('via een link naar')).length).toBe(3)
      expect(server.logs.join('\n')).toMatch(/een andere computer als host/)
      expect(server.logs.join('\n')).toMatch(/een gecodeerde \/ of \\ in het pad/)
    } finally {
      await server.stop()
    }
  }, 60_000)
})
