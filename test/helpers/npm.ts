// Runs npm as a child process, for the tests of what a gemeente installs.
// Through the npm that started the tests (`npm_execpath`) when there is one,
// so no shell is needed to find `npm.cmd` on Windows.
import { execFile } from 'node:child_process'

export interface NpmOutcome {
  code: number
  stdout: string
  stderr: string
}

export function npm(args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeout?: number }): Promise<NpmOutcome> {
  const script = process.env.npm_execpath
  const [command, commandArgs] = script && /npm-cli\.c?js$/.test(script) ? [process.execPath, [script, ...args]] : ['npm', args]
  return new Promise((resolve) => {
    execFile(
      command,
      commandArgs,
      { cwd: options.cwd, env: options.env ?? process.env, timeout: options.timeout ?? 300_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
        resolve({ code, stdout, stderr })
      },
    )
  })
}
