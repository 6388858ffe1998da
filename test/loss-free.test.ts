// Loss-free by construction: every command runs over a copy of the example
// beside a folder of someone else's files, and afterwards nothing outside the
// output folder has changed — not the source map, not the neighbour's files,
// not a tracked file of the project. New commands join the list as they land.
import { execFile, spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { verordening } from './helpers/cli.ts'
import { makeRepo } from './helpers/git-repo.ts'
import { LspClient } from './helpers/lsp-client.ts'

const exec = promisify(execFile)
const made: string[] = []
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })))
})

/** Hash of every file under `root` (relative path → sha256), skipping the given folders. */
async function hashTree(root: string, skip: string[] = []): Promise<Map<string, string>> {
  const hashes = new Map<string, string>()
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (skip.includes(full)) continue
      if (entry.isDirectory()) await walk(full)
      else
        hashes.set(
          path.relative(root, full),
          createHash('sha256')
            .update(await readFile(full))
            .digest('hex'),
        )
    }
  }
  await walk(root)
  return hashes
}

/** Hashes of the project's tracked files: no command may change the toolchain itself. */
async function hashProject(): Promise<Map<string, string>> {
  const { stdout } = await exec('git', ['ls-files', '-z'], { maxBuffer: 16 * 1024 * 1024 })
  const hashes = new Map<string, string>()
  for (const name of stdout.split('\0').filter(Boolean)) {
    const content = await readFile(name).catch(() => null)
    hashes.set(name, content ? createHash('sha256').update(content).digest('hex') : 'missing')
  }
  return hashes
}

async function serveOnce(map: string, out: string): Promise<string> {
  const port = 20000 + Math.floor(Math.random() * 20000)
  const child = spawn(process.execPath, [path.resolve('bin/verordening.js'), 'serve', map, '--out', out, '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk) => (output += String(chunk)))
  child.stderr.on('data', (chunk) => (output += String(chunk)))
  try {
    for (let attempt = 0; attempt < 750; attempt++) {
      const ok = await fetch(`http://127.0.0.1:${port}/`).then(
        (response) => response.ok,
        () => false,
      )
      if (ok) return output
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    throw new Error(`serve did not answer: ${output}`)
  } finally {
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    await exited
  }
}

/** The language server over the map: open a hoofdstuk, type an error into the unsaved buffer, get diagnostics, stop. */
async function lspOnce(map: string): Promise<void> {
  const client = await LspClient.start()
  try {
    await client.request('initialize', { processId: process.pid, rootUri: pathToFileURL(map).href, capabilities: {}, workspaceFolders: null })
    await client.notify('initialized', {})
    const file = path.join(map, '01-algemene-bepalingen.md')
    const uri = pathToFileURL(file).href
    const text = (await readFile(file, 'utf8')).replace(/effect="[^"]+"/, 'effect="bestaat-niet"')
    await client.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } })
    await client.waitFor(() => (client.diagnostics.get(uri)?.length ?? 0) > 0, 'diagnostics from the language server')
  } finally {
    await client.stop()
  }
}

describe('no command changes anything outside its output folder', () => {
  it('check, check --json, build (good and failing), serve and lsp leave the map, its neighbours and the project as they were', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'verliesvrij-'))
    made.push(root)
    const map = path.join(root, 'verordening')
    await cp('verordening', map, { recursive: true })
    const broken = path.join(root, 'kapot')
    await cp('verordening', broken, { recursive: true })
    const first = path.join(broken, '01-algemene-bepalingen.md')
    await writeFile(first, (await readFile(first, 'utf8')).replace(/effect="[^"]+"/, 'effect="bestaat-niet"'))
    const neighbour = path.join(root, 'buurman')
    await mkdir(neighbour)
    await writeFile(path.join(neighbour, 'belangrijk.txt'), 'niet weggooien\n')
    const out = path.join(root, '_site')
    const serveOut = path.join(root, '_serve')
    const outputs = [out, serveOut, path.join(root, '.lock')]

    const before = await hashTree(root)
    const project = await hashProject()

    expect((await verordening(['check', map])).code).toBe(0)
    expect((await verordening(['check', map, '--streng'])).code).toBe(0)
    expect((await verordening(['check', map, '--json'])).code).toBe(0)
    expect((await verordening(['build', map, '--out', out])).code).toBe(0)
    const failed = await verordening(['build', broken, '--out', out])
    expect(failed.code).toBe(1)
    // Pointing the output at someone else's folder must be refused, not obeyed.
    expect((await verordening(['build', map, '--out', neighbour])).code).toBe(1)
    expect((await verordening(['build', map, '--out', map])).code).toBe(1)
    await serveOnce(map, serveOut)
    await lspOnce(map)
    // Exports write one file each, beside the map; a failing export and one aimed into the map write nothing.
    expect((await verordening(['export', 'stop', map, '--uit', path.join(root, '_site-export.xml')])).code).toBe(0)
    expect((await verordening(['export', 'docx', map, '--uit', path.join(root, '_site-export.docx')])).code).toBe(0)
    expect((await verordening(['export', 'pdf', map, '--uit', path.join(root, '_site-export.pdf')])).code).toBe(0)
    expect((await verordening(['export', 'stop', broken, '--uit', path.join(root, '_site-kapot.xml')])).code).toBe(1)
    expect((await verordening(['export', 'docx', map, '--uit', path.join(map, 'uit.docx')])).code).toBe(1)
    expect((await verordening(['export', 'pdf', map, '--uit', path.join(neighbour, 'belangrijk.txt')])).code).toBe(1)

    const after = await hashTree(root, outputs)
    // Output folders and their lock/temporary siblings are the only new names allowed.
    const allowed = (name: string) => name.startsWith('_site') || name.startsWith('_serve') || name.startsWith('._site') || name.startsWith('._serve')
    for (const [name, hash] of before) expect(after.get(name), name).toBe(hash)
    for (const name of after.keys()) expect(before.has(name) || allowed(name), `new file ${name}`).toBe(true)
    expect(await hashProject()).toEqual(project)
  }, 240_000)

  it('init and importeer write only their new map: a map with content, a neighbour and the project stay as they were', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'verliesvrij-'))
    made.push(root)
    const map = path.join(root, 'verordening')
    await cp('verordening', map, { recursive: true })
    const neighbour = path.join(root, 'buurman')
    await mkdir(neighbour)
    await writeFile(path.join(neighbour, 'belangrijk.txt'), 'niet weggooien\n')
    const before = await hashTree(root)
    const project = await hashProject()

    expect((await verordening(['init', map])).code).toBe(1)
    expect((await verordening(['init', neighbour, '--gemeente', 'Buurdorp'])).code).toBe(1)
    expect((await verordening(['init', path.join(root, 'nieuw'), '--wetten', 'wmoo'])).code).toBe(1)
    expect((await verordening(['init', path.join(root, 'nieuw'), '--gemeente', 'Nieuwdorp'])).code).toBe(0)
    // importeer: refused into a map with content and on bad input; a good source only fills its new map.
    const xml = path.resolve('test/fixtures/import/beekdal.xml')
    expect((await verordening(['importeer', xml, map])).code).toBe(1)
    expect((await verordening(['importeer', path.join(neighbour, 'belangrijk.txt'), path.join(root, 'geimporteerd')])).code).toBe(1)
    expect((await verordening(['importeer', xml, path.join(root, 'geimporteerd')])).code).toBe(0)

    const after = await hashTree(root)
    for (const [name, hash] of before) expect(after.get(name), name).toBe(hash)
    for (const name of after.keys())
      expect(before.has(name) || name.startsWith(`nieuw${path.sep}`) || name.startsWith(`geimporteerd${path.sep}`), `new file ${name}`).toBe(true)
    expect(await hashProject()).toEqual(project)
  }, 60_000)
  it('vergelijk (renvooi, --json, --ontwerp, --uit goed en in de map), build --sinds and export --sinds leave the repository, its history and the project as they were', async () => {
    const repo = await makeRepo(made)
    await writeFile(
      path.join(repo.map, '03-werk-en-inkomen.md'),
      (await readFile(path.join(repo.map, '03-werk-en-inkomen.md'), 'utf8')).replace('binnen vijf werkdagen na', 'binnen tien werkdagen na'),
    )
    const outParent = await mkdtemp(path.join(tmpdir(), 'ontwerp-'))
    made.push(outParent)
    const before = await hashTree(repo.root)
    const project = await hashProject()
    expect((await verordening(['vergelijk', 'v1', repo.map])).code).toBe(0)
    expect((await verordening(['vergelijk', 'v1', repo.map, '--json'])).code).toBe(0)
    expect((await verordening(['vergelijk', 'v1', repo.map, '--ontwerp'])).code).toBe(0)
    expect((await verordening(['vergelijk', 'v1', repo.map, '--uit', path.join(outParent, 'wijziging.md')])).code).toBe(0)
    expect((await verordening(['vergelijk', 'v1', repo.map, '--uit', path.join(repo.map, 'wijziging.md')])).code).toBe(1)
    expect((await verordening(['vergelijk', 'v1', repo.map, '--uit', path.join(repo.root, 'wijziging.md')])).code).toBe(0)
    expect((await verordening(['build', repo.map, '--out', path.join(outParent, '_site'), '--sinds', 'v1'])).code).toBe(0)
    expect((await verordening(['export', 'stop', repo.map, '--sinds', 'v1', '--uit', path.join(outParent, 'wijzigingsbesluit.xml')])).code).toBe(0)
    expect((await verordening(['export', 'docx', repo.map, '--sinds', 'v1', '--uit', path.join(repo.map, 'wijziging.docx')])).code).toBe(1)
    const after = await hashTree(repo.root)
    for (const [name, hash] of before) expect(after.get(name), name).toBe(hash)
    expect([...after.keys()].filter((name) => !before.has(name))).toEqual(['wijziging.md'])
    expect(await hashProject()).toEqual(project)
  }, 120_000)
})
