// A minimal LSP client over stdio for tests and the benchmark: starts
// `verordening lsp --stdio` as a process (the real bin), speaks JSON-RPC with
// vscode-jsonrpc, keeps the latest diagnostics per URI, and records a
// transcript of what went each way.
import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'
import { createMessageConnection, type MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node'

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } }
  severity: number
  code: string
  source: string
  message: string
  data?: { actual?: string; expected?: string[]; todo?: string }
}

export class LspClient {
  readonly diagnostics = new Map<string, Diagnostic[]>()
  readonly transcript: string[] = []
  /** The texts of window/logMessage notifications, in order. */
  readonly logs: string[] = []
  /** How many publishDiagnostics notifications arrived, for "wait for the next round". */
  publishes = 0
  private readonly waiters = new Set<() => void>()
  private constructor(
    readonly process: ChildProcess,
    readonly connection: MessageConnection,
    readonly stderr: () => string,
  ) {}

  static async start(): Promise<LspClient> {
    const child = spawn(process.execPath, [path.resolve('bin/verordening.js'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] })
    let stderr = ''
    child.stderr!.on('data', (chunk) => (stderr += String(chunk)))
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!))
    const client = new LspClient(child, connection, () => stderr)
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: Diagnostic[] }) => {
      client.log('←', 'textDocument/publishDiagnostics', params)
      client.diagnostics.set(params.uri, params.diagnostics)
      client.publishes++
      for (const waiter of client.waiters) waiter()
    })
    connection.onNotification('window/logMessage', (params: { type: number; message: string }) => {
      client.log('←', 'window/logMessage', params)
      client.logs.push(params.message)
    })
    connection.listen()
    return client
  }

  log(direction: '→' | '←', method: string, params: unknown): void {
    const text = JSON.stringify(params)
    this.transcript.push(`${direction} ${method} ${text.length > 600 ? `${text.slice(0, 600)}… (${text.length} tekens)` : text}`)
  }

  async request<T>(method: string, params: unknown): Promise<T> {
    this.log('→', method, params)
    const result = await this.connection.sendRequest<T>(method, params)
    this.log('←', `${method} (antwoord)`, result)
    return result
  }

  async notify(method: string, params: unknown): Promise<void> {
    this.log('→', method, params)
    await this.connection.sendNotification(method, params)
  }

  /** Writes bytes to the server as they are, past the JSON-RPC writer (for bad frames). */
  async writeRaw(bytes: string | Buffer): Promise<void> {
    this.transcript.push(`→ (rauw) ${JSON.stringify(String(bytes).slice(0, 200))}`)
    await new Promise<void>((resolve, reject) => this.process.stdin!.write(bytes, (error) => (error ? reject(error) : resolve())))
  }

  /** Resolves when `condition` holds after a publish (or already holds), or rejects after `ms`. */
  async waitFor(condition: () => boolean, what: string, ms = 60_000): Promise<void> {
    if (condition()) return
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(check)
        reject(new Error(`Geen ${what} binnen ${ms} ms; stderr: ${this.stderr()}`))
      }, ms)
      const check = () => {
        if (!condition()) return
        clearTimeout(timer)
        this.waiters.delete(check)
        resolve()
      }
      this.waiters.add(check)
    })
  }

  async stop(): Promise<void> {
    try {
      await this.request('shutdown', null)
      await this.notify('exit', null)
    } catch {
      // The process may be gone already.
    }
    const exited = new Promise((resolve) => this.process.once('exit', resolve))
    setTimeout(() => this.process.kill('SIGTERM'), 2000).unref()
    await exited
    this.connection.dispose()
  }
}
