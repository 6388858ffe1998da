// Fuzzing the language server's input: after a good start, random frames
// (lying or malformed headers, bodies that are not JSON or not UTF-8,
// JSON-RPC of the wrong shape, loose bytes), then one good request. Property:
// the server still answers that request, ends cleanly on `exit`, and writes no
// internal error or stack trace to standard error. Each case is a fresh
// `verordening lsp --stdio` process (the real bin), so cases do not depend on
// each other; hence few cases (a process start is a few hundred ms).
import { spawn } from 'node:child_process'
import path from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { garbage, goodFrame, lastId } from './frames.ts'
import { casesFor, reportShard, seed, timeoutFor } from './settings.ts'

const started = performance.now()
afterAll(() => reportShard('taalserver', started))

/** Reads the server's frames from its standard output (the server itself writes them, so they are well formed). */
function replies(stream: NodeJS.ReadableStream, onMessage: (message: { id?: unknown }) => void): void {
  let pending = Buffer.alloc(0)
  stream.on('data', (chunk: Buffer) => {
    pending = Buffer.concat([pending, chunk])
    for (;;) {
      const end = pending.indexOf('\r\n\r\n')
      if (end === -1) return
      const length = Number(/Content-Length: (\d+)/i.exec(pending.subarray(0, end).toString('latin1'))?.[1])
      if (pending.length < end + 4 + length) return
      onMessage(JSON.parse(pending.subarray(end + 4, end + 4 + length).toString('utf8')) as { id?: unknown })
      pending = pending.subarray(end + 4 + length)
    }
  })
}

/** What went wrong when the server got `frames` between its start and a last request. */
async function serverProblems(frames: readonly string[]): Promise<string[]> {
  const child = spawn(process.execPath, [path.resolve('bin/verordening.js'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr.setEncoding('utf8')
  child.stderr.on('data', (chunk: string) => (stderr += chunk))
  // A server that stopped reading makes our writes fail; that is reported below, not thrown.
  child.stdin.on('error', () => undefined)
  const waiting = new Map<unknown, () => void>()
  replies(child.stdout, (message) => waiting.get(message.id)?.())
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const answer = (id: unknown, ms: number) =>
    Promise.race([
      new Promise<boolean>((resolve) => waiting.set(id, () => resolve(true))),
      exited.then(() => false),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), ms)),
    ])
  const problems: string[] = []
  try {
    child.stdin.write(goodFrame({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }))
    if (!(await answer(1, 30_000))) return [`geen antwoord op initialize; stderr: ${stderr}`]
    child.stdin.write(goodFrame({ jsonrpc: '2.0', method: 'initialized', params: {} }))
    for (const frame of frames) child.stdin.write(Buffer.from(frame, 'latin1'))
    child.stdin.write(goodFrame({ jsonrpc: '2.0', id: lastId, method: 'shutdown', params: null }))
    if (!(await answer(lastId, 15_000)))
      problems.push(
        child.exitCode === null
          ? 'de server leeft, maar antwoordt niet meer op een goed bericht na de rommel'
          : `de server is gestopt (code ${child.exitCode})`,
      )
    else {
      child.stdin.write(goodFrame({ jsonrpc: '2.0', method: 'exit' }))
      const code = await Promise.race([exited, new Promise<string>((resolve) => setTimeout(() => resolve('niet gestopt'), 10_000))])
      if (code !== 0) problems.push(`na shutdown en exit: ${code === 'niet gestopt' ? 'niet gestopt' : `code ${code}`}`)
    }
  } finally {
    if (child.exitCode === null) child.kill()
    await exited
  }
  if (/Interne fout/.test(stderr)) problems.push(`interne fout op stderr: ${stderr}`)
  if (/\n\s+at .+:\d+:\d+\)?\n/.test(stderr)) problems.push(`een stack trace op stderr: ${stderr}`)
  return problems
}

const frameCases = casesFor(0.005, 5)

describe('fuzzing the language server input', () => {
  it(
    `answers a good request after random frames (${frameCases} cases, seed ${seed})`,
    async () => {
      await fc.assert(
        fc.asyncProperty(garbage, async (frames) => {
          expect(await serverProblems(frames)).toEqual([])
        }),
        { numRuns: frameCases, seed },
      )
    },
    timeoutFor(frameCases, 30_000),
  )
})
