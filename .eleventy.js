// Eleventy configuration of the site. The site's data (`site`, see
// src/views/types.ts) is added by `verordening build`, which checks the
// verordening first and renders the model; templates only place that data.
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))

export default function (eleventyConfig) {
  eleventyConfig.addPassthroughCopy({ 'site/assets': 'assets' })
  eleventyConfig.addPassthroughCopy({
    [packageFile('@utrecht/component-library-css', 'dist/index.css')]: 'assets/nlds/component-library.css',
    [packageFile('@utrecht/design-tokens', 'dist/index.css')]: 'assets/nlds/design-tokens.css',
    // The search page builds its index in the browser from /zoeken/documenten.json.
    [packageFile('minisearch', 'dist/umd/index.js')]: 'assets/minisearch.js',
  })
  // Numbers as a Dutch reader writes them: 89,5 (and a dash for "none").
  eleventyConfig.addFilter('getal', (value) => (value === null || value === undefined ? '–' : Number(value).toLocaleString('nl-NL')))
  eleventyConfig.on('eleventy.engine.njk', ({ nunjucks, environment }) => reuseCompiledTemplates(nunjucks, environment))
  eleventyConfig.setQuietMode(true)
  return {
    dir: { input: 'site', includes: '_includes', data: '_data' },
    templateFormats: ['njk'],
    htmlTemplateEngine: 'njk',
  }
}

// A file of an installed package, looked up in the folders Node would search.
// Not `node_modules/<name>` beside this file: when a gemeente installs the
// toolchain, npm puts its packages in the project's node_modules, one level up.
// Not require.resolve of the file itself: `exports` in minisearch hides it.
function packageFile(name, file) {
  for (const folder of createRequire(import.meta.url).resolve.paths(name) ?? []) {
    const candidate = path.join(folder, name, file)
    // Relative to this folder, where Eleventy runs (src/site/build-site.ts), with
    // forward slashes: Eleventy reads the path as a glob when it can, and a
    // folder name such as `Program Files (x86)` or a backslash would be one.
    if (existsSync(candidate)) return path.relative(here, candidate).split(path.sep).join('/')
  }
  throw new Error(`Het bestand ${file} van het pakket ${name} ontbreekt; installeer de toolchain opnieuw (npm install).`)
}

// Eleventy 3.1 opts Nunjucks out of its compile cache and makes a new
// `nunjucks.Template` for every page it renders, so the page template, its
// layout, its permalink and each `eleventyComputed` string are compiled to
// JavaScript again for each of the 2 × n artikel pages: 40 % of Eleventy's time
// (`npm run bench`, bench/phases.ts). The compiled code depends only on the
// template text, its path and the environment's filters and extensions, so
// this environment compiles each distinct text once and shares the result, as
// Nunjucks' own precompiled templates do (`tmplProps`). Includes and imports
// are still loaded through the environment's loader, so a changed include is
// seen. A new build (also in `serve`) has a new environment and a new cache.
const compiledTexts = new WeakMap()

function reuseCompiledTemplates(nunjucks, environment) {
  const prototype = nunjucks?.Template?.prototype
  // Another Nunjucks than 3.x: leave it alone, it is only slower.
  if (typeof prototype?._compile !== 'function' || typeof nunjucks.compiler?.compile !== 'function') return
  compiledTexts.set(environment, new Map())
  if (prototype._compile.reusesCompiledTexts) return
  const compile = prototype._compile
  prototype._compile = function () {
    const cache = compiledTexts.get(this.env)
    if (cache && !this.tmplProps && typeof this.tmplStr === 'string') {
      const key = `${this.path ?? ''}\u0000${this.tmplStr}`
      let props = cache.get(key)
      if (!props) {
        const source = nunjucks.compiler.compile(this.tmplStr, this.env.asyncFilters, this.env.extensionsList, this.path, this.env.opts)
        props = new Function(source)() // eslint-disable-line no-new-func -- what Nunjucks itself does
        cache.set(key, props)
      }
      this.tmplProps = props
    }
    return compile.call(this)
  }
  prototype._compile.reusesCompiledTexts = true
}
