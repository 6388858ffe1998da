// The server behind `serve`: @11ty/eleventy-dev-server (static files plus live
// reload over a WebSocket), made safe in the places it offers no option for.
//
// 1. Address. The dev server listens without a host, which is every network
//    interface. We call listen ourselves, on 127.0.0.1 unless `--host` says
//    otherwise, and handle a busy port (try the next) and other listen errors
//    (a Dutch message) instead of its handler, which throws from an event
//    listener and so ends the process.
// 2. Requests. Its request handler is async and throws on a malformed percent
//    escape (URIError) or a path outside the site ("Invalid path"); the
//    rejection was unhandled and stopped `serve`. We wrap that handler: a
//    request that names another server in Host or Origin gets a 403, a bad URL
//    a 400, and anything the handler still throws becomes a 500 for that
//    request only.
// 3. The live-reload WebSocket. Its `ws` server accepts any Host and Origin, so
//    a page of any site could connect (cross-site WebSocket hijacking). We wrap
//    the upgrade listener the same way: 403 and close unless Host and Origin
//    name this server. Its reload message carried the absolute paths we gave
//    it; `built` sends a reload without any path.
// 4. Only a site of this run. Until `built` is called (a build of this run
//    succeeded), and whenever the folder lacks the marker every build writes,
//    every request gets a Dutch 503 page, so `serve` never shows a folder it
//    did not build (`--out /etc`, or an old site while the first build failed).
//
// Why wrap rather than put our own proxy server in front: a proxy would still
// need the dev server bound to loopback (the same listen call), and it would
// have to forward the live-reload WebSocket too. Wrapping keeps one server and
// one port. It relies on internals of the pinned version 2.1.2 (the `server`
// getter, its single 'request' listener, and the single 'upgrade' listener
// its `ws` server adds once it listens); all are checked here, and
// test/serve-safety.test.ts fails if they change.
import { lstatSync } from 'node:fs'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import path from 'node:path'
import type { Duplex } from 'node:stream'
import EleventyDevServer from '@11ty/eleventy-dev-server'
import { failure, type Result, succeed } from '../messages/result.ts'
import { systemReason } from '../messages/system-error.ts'
import { siteMarker } from '../site/output-dir.ts'
import { refuseCaller, refuseUrl, type ServedAddress } from './request-guard.ts'

export interface SiteServer {
  /** The address to open, with the port actually used. */
  url: string
  /** A build of this run put a site in the folder: serve it from now on, and reload the open pages. */
  built(): void
  close(): Promise<void>
}

/** The internals of @11ty/eleventy-dev-server 2.1.2 used here (see above). */
interface DevServerInternals {
  /** Creates the http.Server with the dev server's listeners on first access. */
  readonly server: Server
}

type RequestListener = (req: IncomingMessage, res: ServerResponse) => unknown
type UpgradeListener = (req: IncomingMessage, socket: Duplex, head: Buffer) => unknown

/** Busy ports tried after the first, as the dev server itself did. */
const portRetries = 10

/**
 * Serves `dir` on `host:port`, under `basis` (default `/`: the dev server
 * answers `/` with a redirect to the basis and anything outside it with 404);
 * a Dutch Failure when it cannot listen.
 */
export async function startSiteServer(dir: string, options: { host: string; port: number; basis?: string }): Promise<Result<SiteServer>> {
  const devOptions = {
    port: options.port,
    pathPrefix: options.basis ?? '/',
    domDiff: false,
    messageOnStart: () => false as const,
    // The dev server logs each 404 and its own errors in English; the browser
    // shows a 404 already, and an error of the server itself is said in Dutch.
    logger: {
      info: () => undefined,
      log: () => undefined,
      error: (message: unknown) => {
        if (!String(message).startsWith('HTTP '))
          process.stderr.write(`Fout in de webserver (technische melding: ${String(message).split('\n')[0]}); de site blijft draaien.\n`)
      },
    },
  }
  const dev = EleventyDevServer.getServer('verordening', dir, devOptions)
  const http = (dev as unknown as DevServerInternals).server
  const handlers = http?.listeners('request') ?? []
  const handle = handlers[0] as RequestListener | undefined
  if (typeof http?.listen !== 'function' || handlers.length !== 1 || handle === undefined)
    throw new Error('@11ty/eleventy-dev-server heeft een andere opbouw dan versie 2.1.2; serve kan het niet veilig maken')

  // The port is known once listening; no request arrives before that.
  const served: ServedAddress = { host: options.host, port: options.port }
  let published = false
  const hasSite = () => published && (lstatSync(path.join(dir, siteMarker), { throwIfNoEntry: false })?.isFile() ?? false)

  http.removeAllListeners('request')
  http.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const foreign = refuseCaller(req.headers, served)
    if (foreign) return answer(res, 403, foreign)
    const problem = refuseUrl(req.url)
    if (problem) return answer(res, 400, problem)
    if (!hasSite()) return notBuilt(res)
    Promise.resolve()
      .then(() => handle.call(http, req, res))
      .catch(() => {
        // E.g. a file that disappeared while a rebuild swapped the site.
        if (!res.headersSent) answer(res, 500, 'De pagina kon niet worden gelezen, verwacht dat een nieuwe poging lukt.')
        else res.destroy()
      })
  })

  http.removeAllListeners('error')
  const listening = await listen(http, options.host, options.port)
  if (!listening.ok) {
    await dev.close().catch(() => undefined)
    return listening
  }
  const port = listening.value
  served.port = port
  // The dev server's 'listening' listener ran first and made its WebSocket server.
  const upgrades = http.listeners('upgrade')
  const upgrade = upgrades[0] as UpgradeListener | undefined
  if (upgrades.length !== 1 || upgrade === undefined) {
    await dev.close().catch(() => undefined)
    throw new Error('@11ty/eleventy-dev-server heeft een andere opbouw dan versie 2.1.2; serve kan het niet veilig maken')
  }
  http.removeAllListeners('upgrade')
  http.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const foreign = refuseCaller(req.headers, served)
    if (!foreign) return upgrade.call(http, req, socket, head)
    socket.on('error', () => undefined)
    const body = `${foreign}\n`
    socket.end(
      `HTTP/1.1 403 Forbidden\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    )
  })

  http.on('error', (error: Error) => process.stderr.write(`Fout in de webserver (${systemReason(error)}); de site blijft draaien.\n`))
  const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host
  return succeed({
    url: `http://${shownHost}:${port}${options.basis ?? '/'}`,
    built: () => {
      published = true
      // No file names: the browser only needs to know that it should reload, and a
      // message must not tell anyone where the site or the verordening is on disk.
      dev.reload({ files: [], build: { templates: [] } })
    },
    close: () => dev.close(),
  })
}

/** Listens on `host`, from `port` up while the port is in use; the port used, or a Dutch Failure. */
async function listen(http: Server, host: string, port: number): Promise<Result<number>> {
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
      return succeed(typeof address === 'object' && address ? address.port : tried)
    }
    if (outcome.code === 'EADDRINUSE') continue
    if (outcome.code === 'EACCES') return failure(`Geen toegang tot poort ${tried} op ${host}, verwacht een poort vanaf 1024 (bijvoorbeeld --port 8080).`)
    return failure(`Kan niet luisteren op ${host}:${tried} (${systemReason(outcome)}), verwacht een adres van deze computer, zoals 127.0.0.1.`)
  }
  return failure(`Poort ${port} en de ${portRetries} poorten erna zijn bezet op ${host}, verwacht een vrije poort (kies er een met --port).`)
}

/** The page shown until a build of this run has succeeded; it asks again every 2 seconds. */
function notBuilt(res: ServerResponse): void {
  res.writeHead(503, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'retry-after': '2' })
  res.end(
    '<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta http-equiv="refresh" content="2"><title>De site is nog niet gebouwd</title></head>' +
      '<body><h1>De site is nog niet gebouwd</h1><p>Zolang de verordening fouten heeft, bouwt <code>verordening serve</code> geen site. ' +
      'Herstel de fouten die in de terminal staan en sla op; deze pagina toont de site zodra een build gelukt is.</p></body></html>\n',
  )
}

function answer(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' })
  res.end(`${message}\n`)
}
