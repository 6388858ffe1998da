// `verordening lsp --stdio`: the language server for editors (src/lsp/). It
// speaks LSP on standard input and output, so nothing else may write to
// standard output: console output from any library goes to standard error.
import { startLanguageServer } from '../lsp/server.ts'

export async function runLsp(): Promise<number> {
  console.log = console.info = console.warn = console.debug = (...args: unknown[]) => process.stderr.write(`${args.map(String).join(' ')}\n`)
  // A bug in a handler must not end the session: the editor keeps its server.
  process.on('uncaughtException', (error) => process.stderr.write(`Interne fout in de taalserver: ${error instanceof Error ? error.message : String(error)}\n`))
  process.on('unhandledRejection', (error) =>
    process.stderr.write(`Interne fout in de taalserver: ${error instanceof Error ? error.message : String(error)}\n`),
  )
  const server = startLanguageServer(process.stdin, process.stdout)
  await server.closed
  return 0
}
