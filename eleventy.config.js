// Eleventy configuration of the site. `verordening build` runs Eleventy with it
// (runEleventy in src/site/build-site.ts) and adds the site's data (`site`, see
// src/views/types.ts; it checks the verordening first and renders the model,
// templates only place that data) and the Nunjucks compile cache
// (src/site/nunjucks-cache.ts).
//
// Every path is absolute, so Eleventy runs from any working directory: a
// gemeente installs the toolchain in its project's node_modules and starts
// `npx verordening` in the project, and `serve` or a language server must not
// see their working directory change under them.
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))

// Eleventy 3.1 reads these paths as globs: it pastes the input folder into
// `<input>/**/*.njk` unescaped, and a passthrough source with a glob character
// is searched, not copied. So a folder such as `C:\Program Files (x86)` makes
// it find nothing. Escaping does not help: Eleventy wants the input folder to
// exist under its escaped name, and on Windows its path normalising turns each
// escaping backslash into a separator. Where the toolchain's folder has such a
// character the paths are relative to this folder instead, and runEleventy
// runs Eleventy from here (`process.chdir`), as all builds did before.
const globCharacters = /[()[\]{}*?|\\]|[!+@](?=\()/
const absolute = !globCharacters.test(forwardSlashes(here))

/** A path in the form Eleventy wants: with forward slashes, absolute where that is safe. */
function eleventyPath(file) {
  return forwardSlashes(absolute ? file : path.relative(here, file))
}

function forwardSlashes(file) {
  return file.split(path.sep).join('/')
}

export default async function (eleventyConfig) {
  eleventyConfig.addPassthroughCopy({ [eleventyPath(path.join(here, 'site', 'assets'))]: 'assets' })
  eleventyConfig.addPassthroughCopy({
    [packageFile('@utrecht/component-library-css', 'dist/index.css')]: 'assets/nlds/component-library.css',
    [packageFile('@utrecht/design-tokens', 'dist/index.css')]: 'assets/nlds/design-tokens.css',
    // The search page builds its index in the browser from /zoeken/documenten.json.
    [packageFile('minisearch', 'dist/umd/index.js')]: 'assets/minisearch.js',
  })
  // Eleventy reads only our own site/ folder, so no ignore rule applies to it:
  // its default `**/node_modules/**` would drop every template of a toolchain
  // installed in node_modules, and the .gitignore it reads is the one in the
  // working directory, a gemeente's project.
  eleventyConfig.ignores.delete('**/node_modules/**')
  eleventyConfig.setUseGitIgnore(false)
  // Numbers as a Dutch reader writes them: 89,5 (and a dash for "none").
  eleventyConfig.addFilter('getal', (value) => (value === null || value === undefined ? '–' : Number(value).toLocaleString('nl-NL')))
  // A count with its noun, right in Dutch: "1 artikel", "2 artikelen", "0 artikelen" (test/browser/meervoud.test.ts reads every page).
  eleventyConfig.addFilter('aantal', (value, enkelvoud, meervoud) => `${Number(value).toLocaleString('nl-NL')} ${Number(value) === 1 ? enkelvoud : meervoud}`)
  eleventyConfig.setQuietMode(true)
}

export const config = {
  dir: { input: eleventyPath(path.join(here, 'site')), includes: '_includes', data: '_data' },
  templateFormats: ['njk'],
  htmlTemplateEngine: 'njk',
}

// A file of an installed package, looked up in the folders Node would search.
// Not `node_modules/<name>` beside this file: when a gemeente installs the
// toolchain, npm puts its packages in the project's node_modules, one level up.
// Not require.resolve of the file itself: `exports` in minisearch hides it.
function packageFile(name, file) {
  for (const folder of createRequire(import.meta.url).resolve.paths(name) ?? []) {
    const candidate = path.join(folder, name, file)
    if (existsSync(candidate)) return eleventyPath(candidate)
  }
  throw new Error(`Het bestand ${file} van het pakket ${name} ontbreekt; installeer de toolchain opnieuw (npm install).`)
}
