// A small static file server on 127.0.0.1 for browser tests: the built site is
// served as any web server would (correct MIME types, index.html for folders).
// With a basis (`/verordening/`) the folder is served at that path only, as a
// gemeente's web server would publish it: an unknown address under the path
// gets the site's own 404 page, an address outside it a bare 404 of the server.

import { readFile, stat } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import path from 'node:path'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
}

export async function serveStatic(root: string, options: { basis?: string } = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const basis = options.basis ?? '/'
  const server: Server = createServer(async (request, response) => {
    const requested = new URL(request.url ?? '/', 'http://localhost').pathname
    if (!requested.startsWith(basis)) {
      response.writeHead(404, { 'content-type': 'text/plain' })
      response.end('niet gevonden (buiten de site)')
      return
    }
    try {
      const pathname = decodeURIComponent(requested.slice(basis.length - 1))
      let file = path.join(root, pathname)
      if (!file.startsWith(root)) throw new Error('outside')
      if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html')
      const body = await readFile(file)
      response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' })
      response.end(body)
    } catch {
      // As a web server configured for the site: its own 404 page, when there is one.
      const page = await readFile(path.join(root, '404.html')).catch(() => null)
      response.writeHead(404, { 'content-type': page ? types['.html']! : 'text/plain' })
      response.end(page ?? 'niet gevonden')
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) }
}
