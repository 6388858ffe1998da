// Which requests `serve` answers. The dev server decodes the path itself and
// throws on what it cannot handle (a malformed percent escape, a path that
// leaves the site); thrown inside its request handler, that ended the whole
// process. Such a request gets a 400 here, before the dev server sees it.
//
// And who may ask. A server on 127.0.0.1 is still reachable from a web page on
// the internet: through DNS rebinding (a name of the attacker that resolves to
// 127.0.0.1, so the request carries that name in its Host header), and for the
// live-reload WebSocket directly (browsers let any page open a WebSocket to any
// address; only the Origin header says which page asks). So every request and
// every WebSocket must name this server in Host, and in Origin when it has one.
import { hostname, networkInterfaces } from 'node:os'

/** The Dutch reason to refuse `url`, or null when the dev server may handle it. */
export function refuseUrl(url: string | undefined): string | null {
  // Only origin-form paths; `//host/...` would be read as another host.
  if (!url?.startsWith('/') || url.startsWith('//')) return 'Ongeldig adres, verwacht een pad dat met / begint.'
  const pathname = url.split(/[?#]/, 1)[0] ?? ''
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return 'Ongeldige procentcodering in het adres, verwacht bijvoorbeeld %20 voor een spatie.'
  }
  if (/[\u0000-\u001f\u007f\\]/.test(decoded)) return 'Ongeldig teken in het adres, verwacht een gewoon pad.'
  if (decoded.split('/').some((segment) => segment === '..' || segment === '.')) return 'Het adres wijst buiten de site, verwacht een pad zonder `..`.'
  return null
}

/** Where the server listens: the `--host` given and the port actually used. */
export interface ServedAddress {
  host: string
  port: number
}

/**
 * The Dutch reason to refuse a request (or WebSocket) whose Host or Origin
 * names another server than this one, or null. A missing Origin is fine: a
 * browser sends none on a same-origin page load, and a page of another site
 * cannot leave it out.
 */
export function refuseCaller(headers: { host?: string | undefined; origin?: string | undefined }, served: ServedAddress): string | null {
  const expected = `verwacht het adres van deze site (http://${showHost(served.host)}:${served.port})`
  const host = headers.host === undefined ? null : parseAuthority(headers.host)
  if (host === null || !isServed(host, served)) return `Onbekende host in het verzoek, ${expected}.`
  if (headers.origin === undefined) return null
  const origin = /^http:\/\/(.+)$/i.exec(headers.origin)
  const from = origin?.[1] === undefined ? null : parseAuthority(origin[1])
  if (from === null || !isServed(from, served)) return `Verzoek van een andere site (Origin), ${expected}.`
  return null
}

/** 127.0.0.0/8, ::1 and localhost: only this computer can connect. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host)
}

/** `name[:port]` from a Host header or an origin, with the name normalised as a URL does (IPv6 in brackets, lower case); null when it is anything else. */
function parseAuthority(value: string): { name: string; port: number } | null {
  // No userinfo, path, query or spaces: `a@127.0.0.1` must not parse as 127.0.0.1.
  if (!/^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?$/.test(value)) return null
  try {
    const url = new URL(`http://${value}`)
    return { name: url.hostname.toLowerCase(), port: url.port === '' ? 80 : Number(url.port) }
  } catch {
    return null
  }
}

function isServed(authority: { name: string; port: number }, served: ServedAddress): boolean {
  return authority.port === served.port && ownNames(served.host).has(authority.name)
}

/**
 * The names by which this server may be asked for: this computer's own names
 * always (localhost, 127.x, [::1]), plus the address it listens on; on every
 * interface (0.0.0.0, ::), the addresses of this computer and its host name.
 * Read per request, because an address can change while `serve` runs (Wi-Fi).
 */
function ownNames(listenHost: string): Set<string> {
  const names = new Set(['localhost', '127.0.0.1', '[::1]', normalise(listenHost)])
  if (listenHost === '0.0.0.0' || listenHost === '::') {
    for (const entry of Object.values(networkInterfaces()).flat()) if (entry) names.add(normalise(entry.address))
    names.add(hostname().toLowerCase())
  }
  return names
}

/** An address as the URL parser writes a host name: IPv6 in brackets. */
function normalise(address: string): string {
  try {
    return new URL(`http://${address.includes(':') ? `[${address}]` : address}`).hostname.toLowerCase()
  } catch {
    return address.toLowerCase()
  }
}

function showHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host
}
