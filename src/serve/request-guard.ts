// Which requests `serve` answers. The dev server decodes the path itself and
// throws on what it cannot handle (a malformed percent escape, a path that
// leaves the site); thrown inside its request handler, that ended the whole
// process. Such a request gets a 400 here, before the dev server sees it.

/** The Dutch reason to refuse `url`, or null when the dev server may handle it. */
export function refuseUrl(url: string | undefined): string | null {
  // Only origin-form paths; `//host/...` would be read as another host.
  if (!url || !url.startsWith('/') || url.startsWith('//')) return 'Ongeldig adres, verwacht een pad dat met / begint.'
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

/**
 * A page on a loopback address is still reachable from a web page on the
 * internet through DNS rebinding (a name that resolves to 127.0.0.1). Such a
 * request carries that name in its Host header, so only local names pass.
 */
export function refuseHost(hostHeader: string | undefined): string | null {
  if (hostHeader === undefined) return null
  const name = hostHeader.replace(/:\d+$/, '').toLowerCase()
  if (name === 'localhost' || name === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(name)) return null
  return 'Onbekende host, verwacht localhost of 127.0.0.1.'
}

/** 127.0.0.0/8, ::1 and localhost: only this computer can connect. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host)
}
