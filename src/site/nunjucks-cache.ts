// The Nunjucks compile cache of `build` (runEleventy in ./build-site.ts).
//
// Eleventy 3.1 opts Nunjucks out of its compile cache and makes a new
// `nunjucks.Template` for every page it renders, so the page template, its
// layout, its permalink and each `eleventyComputed` string are compiled to
// JavaScript again for each of the 2 × n artikel pages: 40 % of Eleventy's time
// (`npm run bench`, bench/phases.ts). The compiled code depends only on the
// template text, its path and the environment's filters and extensions, so an
// environment given to `reuseCompiledTemplates` compiles each distinct text
// once and shares the result, as Nunjucks' own precompiled templates do
// (`tmplProps`). Includes and imports are still loaded through the
// environment's loader, so a changed include is seen. A new build (also in
// `serve`) has a new environment and so a new cache.
//
// This reaches into Nunjucks 3.x internals (`Template.prototype._compile`,
// `compiler.compile`). Another version without them is left alone: the site is
// the same, only slower, and `build` says so (`nunjucksCacheNote`).

/** What `build` prints, once per build, when the cache could not be used. */
export const nunjucksCacheNote =
  'Let op: de snelle sjablooncache kon niet worden gebruikt (andere versie van Nunjucks); de site wordt gewoon gebouwd, alleen langzamer.'

interface Environment {
  asyncFilters: unknown
  extensionsList: unknown
  opts: unknown
}

interface Template {
  env: Environment
  path?: string | null
  tmplStr?: unknown
  tmplProps?: unknown
  _compile(): unknown
}

interface Nunjucks {
  Template: { prototype: Template }
  compiler: { compile(source: string, asyncFilters: unknown, extensions: unknown, name: string | null | undefined, options: unknown): string }
}

// Symbol.for, not a module-level WeakMap: a second copy of this module in the
// process (the compiled dist/ beside the TypeScript source in a test or bench)
// then finds the patch and the caches the first copy made, instead of
// registering environments the patched method never looks at.
const cacheKey = Symbol.for('omgekeerde-verordening.nunjucks-compiled-texts')
const patchedKey = Symbol.for('omgekeerde-verordening.nunjucks-compile-patched')

function isNunjucks(value: unknown): value is Nunjucks {
  const candidate = value as { Template?: { prototype?: { _compile?: unknown } }; compiler?: { compile?: unknown } } | null | undefined
  return typeof candidate?.Template?.prototype?._compile === 'function' && typeof candidate.compiler?.compile === 'function'
}

/**
 * Lets `environment` compile each distinct template text once. Returns whether
 * it could: false (and nothing changed) when `nunjucks` lacks the internals.
 */
export function reuseCompiledTemplates(nunjucks: unknown, environment: object): boolean {
  if (!isNunjucks(nunjucks)) return false
  Object.defineProperty(environment, cacheKey, { value: new Map<string, unknown>(), configurable: true })
  const prototype = nunjucks.Template.prototype as Template & { [patchedKey]?: true }
  if (prototype[patchedKey]) return true
  const compile = prototype._compile
  prototype._compile = function (this: Template) {
    const cache = (this.env as Environment & { [cacheKey]?: Map<string, unknown> })[cacheKey]
    if (cache && !this.tmplProps && typeof this.tmplStr === 'string') {
      const key = `${this.path ?? ''}\u0000${this.tmplStr}`
      let props = cache.get(key)
      if (!props) {
        const source = nunjucks.compiler.compile(this.tmplStr, this.env.asyncFilters, this.env.extensionsList, this.path, this.env.opts)
        // What Nunjucks itself does with the compiled source (Template._compile).
        props = new Function(source)() as unknown // eslint-disable-line no-new-func
        cache.set(key, props)
      }
      this.tmplProps = props
    }
    return compile.call(this)
  }
  Object.defineProperty(prototype, patchedKey, { value: true })
  return true
}
