// The Nunjucks compile cache of `build` (src/site/nunjucks-cache.ts): it
// applies to the Nunjucks Eleventy brings, compiles a template text once and
// renders the same; on a Nunjucks without the internals it uses it changes
// nothing, and `build` says so in Dutch, once, and builds the same site.

import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { runBuild } from '../../src/cli/build-command.ts'
import { nunjucksCacheNote, reuseCompiledTemplates } from '../../src/site/nunjucks-cache.ts'

// The Nunjucks Eleventy itself loads (it is Eleventy's dependency, not ours).
interface NunjucksTemplate {
  render(context: object): string
}
interface Nunjucks {
  Environment: new (loader: unknown) => object
  FileSystemLoader: new (folder: string) => unknown
  Template: new (source: string, environment: object, path: string) => NunjucksTemplate
  compiler: { compile: (...args: unknown[]) => string }
}
const nunjucks = createRequire(createRequire(import.meta.url).resolve('@11ty/eleventy'))('nunjucks') as Nunjucks

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'sjablooncache-'))
  await mkdir(path.join(dir, 'sjablonen'))
  await writeFile(path.join(dir, 'sjablonen', 'basis.njk'), '<main>{% block inhoud %}{% endblock %}</main>')
  await writeFile(
    path.join(dir, 'sjablonen', 'macros.njk'),
    '{% macro lijst(items) %}<ul>{% for item in items %}<li>{{ item | upper }}</li>{% endfor %}</ul>{% endmacro %}',
  )
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})
afterEach(() => {
  vi.restoreAllMocks()
  vi.useRealTimers()
})

// A page as the site's pages are: a layout, a macro from an import, filters, a loop, a condition.
const page =
  '{% extends "basis.njk" %}{% import "macros.njk" as m %}{% block inhoud %}<h1>{{ titel | escape }}</h1>{% if items.length > 1 %}{{ m.lijst(items) }}{% endif %}{{ bedrag | round(1) }}{% endblock %}'
const context = { titel: 'Artikel 2.1 <Meedoen>', items: ['wonen', 'werk', 'zorg'], bedrag: 89.54 }

/** Renders `source` as a fresh Template, as Eleventy does for every page. */
function render(environment: object, source: string): string {
  return new nunjucks.Template(source, environment, 'pagina.njk').render(context)
}

describe('the Nunjucks compile cache', () => {
  it('applies to the Nunjucks Eleventy brings, and a page renders the same with it and without it', () => {
    const loader = new nunjucks.FileSystemLoader(path.join(dir, 'sjablonen'))
    const without = new nunjucks.Environment(loader)
    const withCache = new nunjucks.Environment(loader)
    expect(reuseCompiledTemplates(nunjucks, withCache)).toBe(true)

    const expected = render(without, page)
    expect(expected).toContain('<li>WERK</li>')
    expect(render(withCache, page)).toBe(expected)
    expect(render(withCache, page)).toBe(expected)
  })

  it('compiles each template text once per environment, and again in a new one', () => {
    const loader = new nunjucks.FileSystemLoader(path.join(dir, 'sjablonen'))
    const withCache = new nunjucks.Environment(loader)
    const without = new nunjucks.Environment(loader)
    expect(reuseCompiledTemplates(nunjucks, withCache)).toBe(true)
    const source = '<p>{{ titel }}</p>'
    const compile = vi.spyOn(nunjucks.compiler, 'compile')
    for (let page = 0; page < 3; page++) render(withCache, source)
    expect(compile).toHaveBeenCalledTimes(1)
    for (let page = 0; page < 3; page++) render(without, source)
    expect(compile).toHaveBeenCalledTimes(4)

    // The next build has a new environment, so a changed template is compiled again.
    const next = new nunjucks.Environment(loader)
    expect(reuseCompiledTemplates(nunjucks, next)).toBe(true)
    render(next, source)
    expect(compile).toHaveBeenCalledTimes(5)
  })

  it('reports "not applied" and changes nothing on a Nunjucks without the internals it uses', () => {
    const fakes: Array<{ name: string; value: unknown }> = [
      { name: 'without Template.prototype._compile', value: { Template: { prototype: { render() {} } }, compiler: { compile: () => '' } } },
      { name: 'without compiler.compile', value: { Template: { prototype: { _compile() {} } }, compiler: {} } },
      { name: 'without compiler', value: { Template: { prototype: { _compile() {} } } } },
      { name: 'an empty object', value: {} },
      { name: 'nothing', value: undefined },
    ]
    for (const fake of fakes) {
      const environment = { asyncFilters: [], extensionsList: [], opts: {} }
      const before = snapshot(fake.value, environment)
      expect(reuseCompiledTemplates(fake.value, environment), fake.name).toBe(false)
      expect(snapshot(fake.value, environment), fake.name).toEqual(before)
    }
  })
})

/** Every own property (symbols too) of the fake, its parts and the environment, by identity. */
function snapshot(fake: unknown, environment: object): unknown[] {
  const parts: unknown[] = [fake, environment]
  const value = fake as { Template?: { prototype?: object }; compiler?: object } | undefined
  parts.push(value?.Template, value?.Template?.prototype, value?.compiler)
  return parts.map((part) => (part && typeof part === 'object' ? Reflect.ownKeys(part).map((key) => [key, (part as Record<PropertyKey, unknown>)[key]]) : part))
}

describe('`build` with another Nunjucks', () => {
  it('says once, in Dutch on stderr, that the cache could not be used, and builds the same site', async () => {
    // One build moment for both builds: the footer says when the site was made.
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-01-02T03:04:05Z'))
    const cached = await captured(() => runBuild('verordening', { out: path.join(dir, 'met-cache'), stil: true }))
    const other = await captured(() => runBuild('verordening', { out: path.join(dir, 'zonder-cache'), stil: true, nunjucksForTesting: { Template: {} } }))

    expect(cached.code, cached.stderr).toBe(0)
    expect(cached.stderr).not.toContain('sjablooncache')
    expect(other.code, other.stderr).toBe(0)
    expect(other.stderr.split('\n').filter((line) => line === nunjucksCacheNote)).toHaveLength(1)
    expect(other.stderr).toContain(`${nunjucksCacheNote}\n`)

    const files = await listFiles(path.join(dir, 'met-cache'))
    expect(files.length).toBeGreaterThan(100)
    expect(await listFiles(path.join(dir, 'zonder-cache'))).toEqual(files)
    for (const file of files) {
      const [a, b] = await Promise.all([readFile(path.join(dir, 'met-cache', file)), readFile(path.join(dir, 'zonder-cache', file))])
      expect(b.equals(a), file).toBe(true)
    }
  }, 120_000)
})

async function captured(run: () => Promise<number>): Promise<{ code: number; stderr: string }> {
  let stderr = ''
  vi.spyOn(process.stderr, 'write').mockImplementation(((chunk: string | Uint8Array) => {
    stderr += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
    return true
  }) as typeof process.stderr.write)
  try {
    return { code: await run(), stderr }
  } finally {
    vi.mocked(process.stderr.write).mockRestore()
  }
}

async function listFiles(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)))
    .sort()
}
