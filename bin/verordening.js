#!/usr/bin/env node
// Entry point of the `verordening` command. The toolchain is written in
// TypeScript; tsx registers a loader so it runs without a separate build step.
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../src/cli/main.ts')
process.exitCode = await main(process.argv.slice(2))
