#!/usr/bin/env node
// Entry point of the `verordening` command. `npm ci` compiles the toolchain to
// plain JavaScript in dist/ (the `prepare` script), so the command starts as
// fast as node itself. In a checkout without dist/ (development), tsx runs the
// TypeScript sources directly.
import { existsSync } from 'node:fs'

const compiled = new URL('../dist/src/cli/main.js', import.meta.url)
let main
if (existsSync(compiled)) {
  ;({ main } = await import(compiled.href))
} else {
  const { register } = await import('tsx/esm/api')
  register()
  ;({ main } = await import('../src/cli/main.ts'))
}
process.exitCode = await main(process.argv.slice(2))
