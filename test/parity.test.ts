// One verordening, the same from every way in. On the shipped example and on
// every fixture folder, `check --json`, the language server (after opening
// each file) and the remark preset run through unified-engine as an editor runs
// it (a `.remarkrc.mjs` beside the verordening) give identical findings: file,
// line, column, ruleId, severity and message. And a registry that exists only
// in this test, added to the layout, is seen by each way in: a check, a
// re-check, the language server's session, the remark preset and a git revision.
import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Writable } from 'node:stream'
import { pathToFileURL } from 'node:url'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { type Options as EngineOptions, engine } from 'unified-engine'
import type { VFile } from 'vfile'
import { afterAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { MapSession, type SessionMessage } from '../src/lsp/session.ts'
import { type CheckResult, Pipeline, rules } from '../src/pipeline/pipeline.ts'
import { createPreset } from '../src/pipeline/remark-preset.ts'
import { defineRule } from '../src/rules/support/rule.ts'
import { readRevision } from '../src/sources/git-source.ts'
import { type Layout, standardLayout } from '../src/sources/layout.ts'
import { verordening } from './helpers/cli.ts'
import { basisDir, makeFixture } from './helpers/fixture.ts'
import { makeRepo } from './helpers/git-repo.ts'
import { LspClient } from './helpers/lsp-client.ts'

const made: string[] = []
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })))
})

type Finding = string

const finding = (file: string, line: number, column: number, ruleId: string, severity: string, message: string): Finding =>
  `${path.resolve(file)}:${line}:${column} ${ruleId} ${severity} ${message}`

/** Every Markdown file in the folder and its casussen, as absolute paths. */
async function markdownFiles(dir: string): Promise<string[]> {
  const top = (await readdir(dir)).filter((name) => name.endsWith('.md')).map((name) => path.join(dir, name))
  const casussen = await readdir(path.join(dir, 'casussen')).then(
    (names) => names.filter((name) => name.endsWith('.md')).map((name) => path.join(dir, 'casussen', name)),
    () => [],
  )
  return [...top, ...casussen]
}

async function fromCheck(dir: string): Promise<Finding[]> {
  const outcome = await verordening(['check', dir, '--json'])
  const json = JSON.parse(outcome.stdout) as Array<{ file: string; line: number; column: number; ruleId: string; severity: string; message: string }>
  return json
    .filter((entry) => entry.severity !== 'info')
    .map((entry) => finding(entry.file, entry.line, entry.column, entry.ruleId, entry.severity, entry.message))
    .sort()
}

async function fromLanguageServer(dir: string): Promise<Finding[]> {
  const client = await LspClient.start()
  try {
    await client.request('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {}, workspaceFolders: null })
    await client.notify('initialized', {})
    const names = [...(await readdir(dir)).filter((name) => name.endsWith('.yml')).map((name) => path.join(dir, name)), ...(await markdownFiles(dir))]
    const { readFile } = await import('node:fs/promises')
    let before = 0
    for (const file of names) {
      before = client.publishes
      await client.notify('textDocument/didOpen', {
        textDocument: { uri: pathToFileURL(file).href, languageId: file.endsWith('.md') ? 'markdown' : 'yaml', version: 1, text: await readFile(file, 'utf8') },
      })
    }
    // Every open holds the text on disk, so each round gives the same findings; a round sends one
    // notification per file of the map: wait for a whole round after the last open.
    await client.waitFor(() => client.publishes >= before + names.length, 'diagnostics after the last open')
    const found: Finding[] = []
    for (const [uri, diagnostics] of client.diagnostics) {
      const file = new URL(uri).pathname
      for (const diagnostic of diagnostics) {
        found.push(
          finding(
            decodeURIComponent(file),
            diagnostic.range.start.line + 1,
            diagnostic.range.start.character + 1,
            diagnostic.code,
            diagnostic.severity === 1 ? 'error' : 'warning',
            diagnostic.message,
          ),
        )
      }
    }
    return found.sort()
  } finally {
    await client.stop()
  }
}

/** Runs unified-engine over the folder's Markdown as an editor or remark-cli does, and returns the processed files. */
function runEngine(dir: string, options: Partial<EngineOptions>): Promise<VFile[]> {
  // The report goes nowhere, but through a real stream: the engine waits for each write to finish.
  const sink = new Writable({ write: (_chunk, _encoding, done) => done() })
  return new Promise((resolve, reject) => {
    engine(
      {
        processor: () => unified().use(remarkParse),
        cwd: dir,
        extensions: ['md'],
        out: false,
        output: false,
        quiet: true,
        streamError: sink,
        streamOut: sink,
        ...options,
      },
      (error, _code, context) => {
        if (error) reject(error)
        else resolve(context?.files ?? [])
      },
    )
  })
}

async function fromPreset(dir: string): Promise<Finding[]> {
  // The editor's way: a configuration file beside the verordening that loads the published entry point.
  const entry = pathToFileURL(path.resolve('remark-preset.js')).href
  await writeFile(path.join(dir, '.remarkrc.mjs'), `import verordening from '${entry}'\nexport default { plugins: [verordening] }\n`)
  try {
    const files = await runEngine(dir, { files: await markdownFiles(dir), detectConfig: true, rcName: '.remarkrc' })
    return files
      .flatMap((file) =>
        file.messages.map((message) =>
          finding(
            path.resolve(dir, file.path),
            message.line ?? 1,
            message.column ?? 1,
            message.ruleId ?? '',
            message.fatal ? 'error' : 'warning',
            message.reason,
          ),
        ),
      )
      .sort()
  } finally {
    await rm(path.join(dir, '.remarkrc.mjs'), { force: true })
  }
}

const onlyMarkdown = (findings: Finding[]) => findings.filter((entry) => /\.md:\d+:\d+ /.test(entry))

async function copyOf(folder: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'pariteit-'))
  made.push(dir)
  await cp(folder, dir, { recursive: true })
  return dir
}

describe('the same findings from every way in', () => {
  const folders: Array<[string, () => Promise<string>]> = [
    ['the shipped example', () => copyOf('verordening')],
    ['the basis fixture', () => copyOf(basisDir)],
    [
      'a fixture with errors across files',
      async () => {
        const dir = await makeFixture({
          '02-wmo.md':
            '---\nhoofdstuk: 2\ntitel: Wmo\n---\n\n::::artikel{nr="2.1" titel="Hulp" effect="meedoem" grondwaarde="wmo.zelfredzaamheid" grondslag="wmo:2.1.3"}\n\n:::juridisch\n1. Het college kan hulp bieden, zie :artikel[9.9].\n:::\n\n::::\n',
          'kaders.yml': '- id: alle-kinderen\n  titel: Alle kinderen doen mee\n  tekst: Elk kind doet mee.\n',
        })
        made.push(dir)
        return dir
      },
    ],
  ]
  for (const [name, make] of folders) {
    it(`${name}: check --json, the language server and the remark preset agree`, async () => {
      const dir = await make()
      const check = await fromCheck(dir)
      const [lsp, preset] = [await fromLanguageServer(dir), await fromPreset(dir)]
      expect(lsp).toEqual(check)
      expect(preset).toEqual(onlyMarkdown(check))
    }, 300_000)
  }
})

describe('a registry added to the layout, in this test only', () => {
  const layout: Layout = {
    ...standardLayout,
    registries: [
      ...standardLayout.registries,
      { name: 'proef.yml', key: 'proef', required: false, description: 'een register uit de test', schema: z.array(z.object({ id: z.string() })) },
    ],
  }
  const proefRule = defineRule(
    { ruleId: 'test-proef', severity: 'warning', beschrijving: 'leest proef.yml', oplossing: 'niets', examples: [] },
    (_tree, file) => {
      if (file.data.kind !== 'hoofdstuk' || !file.data.context) return
      const proef = file.data.context.registries.extra?.get('proef')
      if (proef)
        file.message(`Register proef heeft ${(proef.data as unknown[]).length} ids`, {
          place: { line: 1, column: 1 },
          ruleId: 'test-proef',
          source: 'verordening',
        })
    },
  )
  const withRule = [...rules, proefRule]
  const said = (result: CheckResult) =>
    result.files.flatMap((file) =>
      file.messages.filter((message) => message.ruleId === 'test-proef').map((message) => `${path.basename(file.path)} ${message.reason}`),
    )

  it('is seen by a check, a re-check, the session, the preset and a git revision', async () => {
    const repo = await makeRepo(made, { example: basisDir })
    await writeFile(path.join(repo.map, 'proef.yml'), '- id: een\n- id: twee\n')
    repo.commit('met proef')
    const expected = (await readdir(repo.map))
      .filter((name) => name.endsWith('.md'))
      .sort()
      .map((name) => `${name} Register proef heeft 2 ids`)

    const pipeline = Pipeline.forFolder(repo.map, { layout, rules: withRule })
    expect(said(await pipeline.check()).sort()).toEqual(expected)
    expect(said(await pipeline.recheck([expected[0]!.split(' ')[0]!])).sort()).toEqual(expected)

    const published: SessionMessage[][] = []
    const session = new MapSession(repo.map, (messages) => published.push(messages), { layout, rules: withRule })
    await session.change(expected[0]!.split(' ')[0]!, undefined)
    expect(
      published
        .at(-1)!
        .filter((message) => message.ruleId === 'test-proef')
        .map((message) => `${path.basename(message.file)} ${message.message}`)
        .sort(),
    ).toEqual(expected)

    const files = await runEngine(repo.map, {
      files: (await markdownFiles(repo.map)).filter((file) => !file.includes(`${path.sep}casussen${path.sep}`)),
      plugins: [createPreset({ layout, rules: withRule })],
    })
    expect(
      files
        .flatMap((file) => file.messages.filter((message) => message.ruleId === 'test-proef').map((message) => `${path.basename(file.path)} ${message.reason}`))
        .sort(),
    ).toEqual(expected)

    const revision = await readRevision(repo.map, 'HEAD', layout)
    if (!revision.ok) throw new Error(revision.message)
    expect(said(await new Pipeline(async () => revision.value, withRule).check()).sort()).toEqual(expected)
    // Without the entry in the layout, nothing reads the file.
    expect(said(await Pipeline.forFolder(repo.map, { rules: withRule }).check())).toEqual([])
  }, 300_000)
})

describe('vergelijk of an unchanged working tree', () => {
  it('says only that there are no differences, with no “Let op” and no escaped line breaks', async () => {
    const repo = await makeRepo(made)
    const outcome = await verordening(['vergelijk', 'HEAD', repo.map])
    expect(outcome.stderr).toBe('')
    expect(outcome.stdout.trim()).toBe('Geen verschillen tussen de twee versies.')
    expect(outcome.code).toBe(0)
  })
})
