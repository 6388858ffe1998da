// The server behind `serve`: @11ty/eleventy-dev-server (static files plus live
// reload over a WebSocket), made safe in two places it offers no option for.
//
// 1. Address. The dev server listens without a host, which is every network
//    interface. We call listen ourselves, on 127.0.0.1 unless `--host` says
//    otherwise, and handle a busy port (try the next) and other listen errors
//    (a Dutch message) instead of its handler, which throws from an event
//    listener and so ends the process.
// 2. Requests. Its request handler is async and throws on a malformed percent
//    escape (URIError) or a path outside the site ("Invalid path"); the
//    rejection was unhandled and stopped `serve`. We wrap that handler: a bad
//    URL gets a 400 before it is called, and anything it still throws becomes
//    a 500 for that request only.
//
// Why wrap rather than put our own proxy server in front: a proxy would still
// need the dev server bound to loopback (the same listen call), and it would
// have to forward the live-reload WebSocket too. Wrapping keeps one server and
// one port. It relies on two internals of the pinned version 2.1.2 (the
// `server` getter and its single 'request' listener); both are checked here,
// and test/serve-safety.test.ts fails if they change.
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import EleventyDevServer from '@11ty/eleventy-dev-server'
import { isLoopback, refuseHost, refuseUrl } from './request-guard.ts'
import { systemReason } from '../messages/system-error.ts'

export interface SiteServer {
  /** The address to open, with the port actually used. */
  url: string
  reload(files: string[]): void
  close(): Promise<void>
}

/** The internals of @11ty/eleventy-dev-server 2.1.2 used here (see above). */
interface DevServerInternals {
  /** Creates the http.Server with the dev server's listeners on first access. */
  readonly server: Server
}

type RequestListener = (req: IncomingMessage, res: ServerResponse) => unknown

/** Busy ports tried after the first, as the dev server itself did. */
const portRetries = 10

/** Serves `dir` on `host:port`; returns a Dutch message when it cannot listen. */
export async function startSiteServer(dir: string, options: { host: string; port: number }): Promise<SiteServer | string> {
  const devOptions = {
    port: options.port,
    domDiff: false,
    messageOnStart: () => false as const,
    // The dev server logs each 404 and its own errors in English; the browser
    // shows a 404 already, and an error of the server itself is said in Dutch.
    logger: {
      info: () => undefined,
      log: () => undefined,
      error: (message: unknown) => {
        if (!String(message).startsWith('HTTP ')) process.stderr.write(`Fout in de webserver (technische melding: ${String(message).split('\n')[0]}); de site blijft draaien.\n`)
      },
    },
  }
  const dev = EleventyDevServer.getServer('verordening', dir, devOptions)
  const http = (dev as unknown as DevServerInternals).server
  const handlers = http?.listeners('request') ?? []
  const handle = handlers[0] as RequestListener | undefined
  if (typeof http?.listen !== 'function' || handlers.length !== 1 || handle === undefined) throw new Error('@11ty/eleventy-dev-server heeft een andere opbouw dan versie 2.1.2; serve kan het niet veilig maken')

  const local = isLoopback(options.host)
  http.removeAllListeners('request')
  http.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const problem = refuseUrl(req.url) ?? (local ? refuseHost(req.headers.host) : null)
    if (problem) return answer(res, 400, problem)
    Promise.resolve()
      .then(() => handle.call(http, req, res))
      .catch(() => {
        // E.g. a file that disappeared while a rebuild swapped the site.
        if (!res.headersSent) answer(res, 500, 'De pagina kon niet worden gelezen, verwacht dat een nieuwe poging lukt.')
        else res.destroy()
      })
  })

  http.removeAllListeners('error')
  const port = await listen(http, options.host, options.port)
  if (typeof port === 'string') {
    await dev.close().catch(() => undefined)
    return port
  }
  http.on('error', (error: Error) => process.stderr.write(`Fout in de webserver (${systemReason(error)}); de site blijft draaien.\n`))
  const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host
  return {
    url: `http://${shownHost}:${port}`,
    reload: (files) => dev.reloadFiles(files, false),
    close: () => dev.close(),
  }
}

/** Listens on `host`, from `port` up while the port is in use; the port used, or a Dutch message. */
async function listen(http: Server, host: string, port: number): Promise<number | string> {
  for (let attempt = 0; attempt <= portRetries && port + attempt <= 65535; attempt++) {
    const tried = port + attempt
    const outcome = await new Promise<NodeJS.ErrnoException | null>((resolve) => {
      const onError = (error: NodeJS.ErrnoException) => {
        http.off('listening', onListening)
        resolve(error)
      }
      const onListening = () => {
        http.off('error', onError)
        resolve(null)
      }
      http.once('error', onError)
      http.once('listening', onListening)
      http.listen({ port: tried, host })
    })
    if (outcome === null) {
      const address = http.address()
      return typeof address === 'object' && address ? address.port : tried
    }
    if (outcome.code === 'EADDRINUSE') continue
    if (outcome.code === 'EACCES') return `Geen toegang tot poort ${tried} op ${host}, verwacht een poort vanaf 1024 (bijvoorbeeld --port 8080).`
    return `Kan niet luisteren op ${host}:${tried} (${systemReason(outcome)}), verwacht een adres van deze computer, zoals 127.0.0.1.`
  }
  return `Poort ${port} en de ${portRetries} poorten erna zijn bezet op ${host}, verwacht een vrije poort (kies er een met --port).`
}

function answer(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' })
  res.end(`${message}\n`)
}
