// Runs the `verordening` command as an author would, and returns what it said.
// `verordening` runs the command in this test process (what a test is about is
// what the command says and does, not how a process starts: that saves a
// second of start-up per call); `verordeningProces` starts the real bin in its
// own process, for tests about the process itself: exit codes of the compiled
// command, signals, two commands at once, a server.
import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'
import { main } from '../../src/cli/main.ts'

const run = promisify(execFile)
const bin = path.resolve('bin/verordening.js')

export interface Outcome {
  code: number
  stdout: string
  stderr: string
}

// One in-process run at a time: the command writes to this process's stdout and stderr.
let queue: Promise<unknown> = Promise.resolve()

export async function verordening(args: string[]): Promise<Outcome> {
  const result = queue.then(() => runInProcess(args))
  queue = result.catch(() => undefined)
  return result
}

async function runInProcess(args: string[]): Promise<Outcome> {
  let stdout = ''
  let stderr = ''
  const originals = { out: process.stdout.write, err: process.stderr.write }
  const capture = (append: (text: string) => void) =>
    ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      append(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'))
      const callback = rest.find((item): item is () => void => typeof item === 'function')
      callback?.()
      return true
    }) as typeof process.stdout.write
  process.stdout.write = capture((text) => (stdout += text))
  process.stderr.write = capture((text) => (stderr += text))
  try {
    const code = await main(args)
    return { code, stdout, stderr }
  } finally {
    process.stdout.write = originals.out
    process.stderr.write = originals.err
  }
}

export async function verordeningProces(args: string[]): Promise<Outcome> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { maxBuffer: 64 * 1024 * 1024 })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string }
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr }
  }
}
