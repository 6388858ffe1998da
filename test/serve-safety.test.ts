// `serve` shows a draft: it listens on this computer only, and no request can
// stop it or read a file outside the site. The requests go over raw sockets,
// so that paths reach the server exactly as written (fetch would normalise
// `..` and percent escapes away), and only to 127.0.0.1. Only this site may
// ask (Host, Origin, also for the live-reload WebSocket), and only a site built
// in this run is shown.
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, realpath, rm, symlink, writeFile } from 'node:fs/promises'
import { connect } from 'node:net'
import { hostname, networkInterfaces, tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { refuseCaller } from '../src/serve/request-guard.ts'
import { verordening, verordeningProces } from './helpers/cli.ts'
import { freePort, makeFixture } from './helpers/fixture.ts'
import { openRawWebSocket } from './helpers/raw-websocket.ts'

const made: string[] = []
let child: ChildProcess | undefined
let output = ''
let port = 0
let parent = ''
let source = ''
/** In a file next to the site: no response may ever contain it. */
const secret = `GEHEIM-${randomBytes(8).toString('hex')}`

interface Reply {
  status: number
  body: string
}

/** One request with `target` sent byte for byte; status 0 when no HTTP answer came. */
async function send(target: string | Buffer, host = `127.0.0.1:${port}`, to = '127.0.0.1', origin?: string, at = port): Promise<Reply> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    const socket = connect({ host: to, port: at })
    const finish = () => {
      const text = Buffer.concat(chunks).toString('latin1')
      resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0), body: text })
    }
    socket.setTimeout(10_000, () => socket.destroy())
    socket.on('data', (chunk: Buffer) => chunks.push(chunk))
    socket.on('error', () => undefined)
    socket.on('close', finish)
    socket.write(
      Buffer.concat([
        Buffer.from('GET '),
        Buffer.isBuffer(target) ? target : Buffer.from(target, 'latin1'),
        Buffer.from(` HTTP/1.1\r\nHost: ${host}\r\n${origin === undefined ? '' : `Origin: ${origin}\r\n`}Connection: close\r\n\r\n`),
      ]),
    )
  })
}

/** A small seeded generator, so that a failing burst can be repeated. */
function generator(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (n: number) => Math.floor(next() * n)
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T
  return { int, pick }
}

const dotSegments = ['..', '%2e%2e', '%2E%2e', '.%2e', '%2e.', '..%2f', '..%5c', '..\\', '%252e%252e', '%2e%2e%2f%2e%2e', '.', '%2e', '...']
const odd = [
  '%00',
  '%0a',
  '%ff',
  '%c0%af',
  '%e0%a4%a',
  '%E0%A4%A',
  '%',
  '%g1',
  '%%',
  '~',
  '!',
  '$',
  '&',
  "'",
  '(',
  ')',
  '*',
  '+',
  ',',
  ';',
  '=',
  ':',
  '@',
  '[',
  ']',
  '{',
  '}',
  '|',
  '^',
  '`',
  '"',
  '<',
  '>',
  'é',
  '😀',
  '\u202e',
  '\u0000',
  '\t',
]
const known = [
  '',
  'inwoners',
  'juridisch',
  'raad',
  'zoeken',
  'zoeken/documenten.json',
  'index.html',
  '.verordening-site',
  'geheim.txt',
  'etc',
  'passwd',
  '.11ty',
  'reload-client.js',
]

function randomTarget(random: ReturnType<typeof generator>): Buffer {
  const kind = random.int(5)
  if (kind === 0) {
    // Random bytes, percent-encoded.
    return Buffer.from(`/${[...randomBytes(1 + random.int(40))].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('')}`)
  }
  if (kind === 1) {
    // A long path.
    return Buffer.from(`/${Array.from({ length: 50 + random.int(400) }, () => random.pick(known) || 'a').join('/')}`)
  }
  if (kind === 2) {
    // Raw bytes, control characters included: the HTTP parser must cope.
    return Buffer.concat([Buffer.from('/'), randomBytes(1 + random.int(30))])
  }
  const segments = Array.from({ length: 1 + random.int(8) }, () => {
    const roll = random.int(3)
    return roll === 0 ? random.pick(dotSegments) : roll === 1 ? random.pick(odd) : random.pick(known)
  })
  const query = random.int(4) === 0 ? `?${random.pick(odd)}=${random.pick(dotSegments)}` : random.int(6) === 0 ? `#${random.pick(odd)}` : ''
  return Buffer.from(`/${segments.join(random.int(5) === 0 ? '\\' : '/')}${random.int(3) === 0 ? '/' : ''}${query}`, 'utf8')
}

beforeAll(async () => {
  source = await makeFixture({})
  parent = await mkdtemp(path.join(tmpdir(), 'serve-veilig-'))
  made.push(source, parent)
  await writeFile(path.join(parent, 'geheim.txt'), `${secret}\n`)
  port = await freePort()
  child = spawn(process.execPath, [path.resolve('bin/verordening.js'), 'serve', source, '--out', path.join(parent, '_site'), '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk) => (output += String(chunk)))
  child.stderr?.on('data', (chunk) => (output += String(chunk)))
  for (let attempt = 0; attempt < 750; attempt++) {
    if ((await send('/')).status === 200) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`serve did not start:\n${output}`)
}, 180_000)

afterAll(async () => {
  child?.kill('SIGTERM')
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })))
})

/** Local addresses of sockets listening on `port`, from the kernel's tables (Linux). */
async function listeningAddresses(): Promise<string[]> {
  const addresses: string[] = []
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!existsSync(table)) continue
    for (const line of (await readFile(table, 'utf8')).split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/)
      const [address, hexPort] = (local ?? '').split(':')
      if (state === '0A' && hexPort !== undefined && Number.parseInt(hexPort, 16) === port) addresses.push(address ?? '')
    }
  }
  return addresses
}

describe('verordening serve is safe', () => {
  it('listens on 127.0.0.1 only, and says so', async () => {
    expect(output).toContain(`De site draait op http://127.0.0.1:${port}`)
    if (existsSync('/proc/net/tcp')) expect(await listeningAddresses()).toEqual(['0100007F'])
    // Another address of this machine does not answer.
    const other = Object.values(networkInterfaces())
      .flat()
      .find((entry) => entry && entry.family === 'IPv4' && !entry.internal)
    if (other) expect((await send('/', `${other.address}:${port}`, other.address)).status).toBe(0)
  })

  it('answers the two requests that stopped it with 400', async () => {
    for (const target of ['/%E0%A4%A', '/%2e%2e%2f%2e%2e%2fetc%2fpasswd', '/%2e%2e/geheim.txt', '/..%2fgeheim.txt']) {
      const reply = await send(target)
      expect(reply.status, target).toBe(400)
      expect(reply.body).not.toContain(secret)
    }
    expect((await send('/')).status).toBe(200)
  })

  it('refuses a foreign Host or Origin header with 403 (DNS rebinding, another site)', async () => {
    for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1:${port + 1}`, `evil.example@127.0.0.1:${port}`, `127.0.0.1.evil.example:${port}`]) {
      const reply = await send('/', host)
      expect(reply.status, host).toBe(403)
      expect(reply.body).toContain('Onbekende host in het verzoek, verwacht het adres van deze site')
    }
    for (const origin of ['http://evil.example', `http://evil.example:${port}`, 'null', `https://127.0.0.1:${port}`, `http://127.0.0.1:${port + 1}`]) {
      const reply = await send('/', `127.0.0.1:${port}`, '127.0.0.1', origin)
      expect(reply.status, origin).toBe(403)
      expect(reply.body).toContain('Verzoek van een andere site (Origin)')
    }
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `LOCALHOST:${port}`]) expect((await send('/', host)).status, host).toBe(200)
    expect((await send('/', `localhost:${port}`, '127.0.0.1', `http://localhost:${port}`)).status).toBe(200)
  })

  it('survives a burst of 1,200 random paths and never serves a file outside the site', async () => {
    const random = generator(20261129)
    const targets = Array.from({ length: 1200 }, () => randomTarget(random))
    const statuses = new Map<number, number>()
    for (let start = 0; start < targets.length; start += 24) {
      const replies = await Promise.all(targets.slice(start, start + 24).map((target) => send(target)))
      replies.forEach((reply, index) => {
        const target = targets[start + index]?.toString('latin1')
        statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1)
        expect(reply.status, target).toBeGreaterThan(0)
        expect(reply.status, target).toBeLessThan(500)
        expect(reply.body, target).not.toContain(secret)
        expect(reply.body, target).not.toMatch(/root:x?:0:0/)
      })
    }
    expect(statuses.get(400)).toBeGreaterThan(0)
    expect((await send('/')).status).toBe(200)
    expect((await send('/inwoners/')).status).toBe(200)
    expect(child?.exitCode).toBeNull()
    expect(output).not.toMatch(/Interne fout|URIError|Invalid path|\n\s+at /)
  }, 120_000)

  it('refuses an address that is not an IP address, and one it cannot listen on, in Dutch', async () => {
    const bad = await verordeningProces(['serve', 'verordening', '--host', 'iedereen'])
    expect(bad.code).toBe(1)
    expect(bad.stderr).toContain('Ongeldig adres `iedereen` voor --host, verwacht een IP-adres zoals 127.0.0.1')
    // 192.0.2.1 is reserved for documentation: no computer has it.
    const source = await makeFixture({})
    made.push(source)
    const unreachable = await verordeningProces([
      'serve',
      source,
      '--out',
      path.join(parent, '_site'),
      '--port',
      String(await freePort()),
      '--host',
      '192.0.2.1',
    ])
    expect(unreachable.code).toBe(1)
    expect(unreachable.stderr).toMatch(
      /Kan niet luisteren op 192\.0\.2\.1:\d+ \(dat adres hoort niet bij deze computer\), verwacht een adres van deze computer/,
    )
    expect(unreachable.stderr).not.toMatch(/Interne fout|\n\s+at /)
  }, 60_000)

  it('lets only this site open the live-reload socket, and its messages name no folder', async () => {
    const here = { host: `127.0.0.1:${port}`, origin: `http://127.0.0.1:${port}` }
    const refused = [
      { host: 'evil.example', origin: here.origin },
      { host: `evil.example:${port}`, origin: here.origin },
      { host: here.host, origin: 'http://evil.example' },
      { host: here.host, origin: `http://evil.example:${port}` },
      { host: here.host, origin: 'null' },
    ]
    for (const headers of refused) {
      const socket = await openRawWebSocket(port, headers)
      expect(socket.status, JSON.stringify(headers)).toBe(403)
      expect(socket.answer).toMatch(/Onbekende host|andere site/)
      expect(socket.messages).toEqual([])
    }

    const sockets = await Promise.all(
      [here, { host: `localhost:${port}`, origin: `http://localhost:${port}` }, { host: here.host }].map((headers) => openRawWebSocket(port, headers)),
    )
    try {
      for (const socket of sockets) {
        expect(socket.status).toBe(101)
        await socket.waitFor((message) => message.includes('"connected"'), 'the connected status')
      }
      // A rebuild sends a reload; it says nothing about where the site or the verordening are.
      const file = path.join(source, '01-algemeen.md')
      await writeFile(file, (await readFile(file, 'utf8')).replace('We kijken eerst naar wat u wilt bereiken.', 'We kijken eerst naar wat u nu wilt bereiken.'))
      for (const socket of sockets) {
        const reload = await socket.waitFor((message) => message.includes('eleventy.reload'), 'the reload after a rebuild', 120_000)
        expect(JSON.parse(reload)).toMatchObject({ type: 'eleventy.reload', files: [] })
        for (const message of socket.messages) {
          for (const folder of [source, parent, await realpath(source), await realpath(parent), tmpdir()]) expect(message).not.toContain(folder)
          expect(message).not.toMatch(/"\/(tmp|home|root|var|Users)\//)
        }
      }
    } finally {
      for (const socket of sockets) socket.close()
    }
    expect((await send('/inwoners/artikel/1-1/')).body).toContain('We kijken eerst naar wat u nu wilt bereiken.')
  }, 180_000)
})

/** `serve` as a process; `stopped` resolves with its exit code, or with null when it started serving after all (it is stopped then). */
function startServe(args: string[]): { stopped: Promise<number | null>; output: () => string; stop: () => void } {
  let text = ''
  const process_ = spawn(process.execPath, [path.resolve('bin/verordening.js'), 'serve', ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  const stopped = new Promise<number | null>((resolve) => {
    const collect = (chunk: Buffer) => {
      text += String(chunk)
      if (text.includes('De site draait op')) resolve(null)
    }
    process_.stdout?.on('data', collect)
    process_.stderr?.on('data', collect)
    process_.on('exit', (code) => resolve(code))
  })
  return { stopped, output: () => text, stop: () => process_.kill('SIGTERM') }
}

describe('verordening serve shows only a site it built in this run', () => {
  it('refuses to start on a folder a build would refuse, with the build’s words, and serves nothing', async () => {
    const source = await makeFixture({})
    const foreign = await mkdtemp(path.join(tmpdir(), 'serve-vreemd-'))
    made.push(source, foreign)
    await writeFile(path.join(foreign, 'shadow'), `${secret}\n`)
    const built = await verordening(['build', source, '--out', foreign])
    const refusal = built.stderr.split('\n').find((line) => line.startsWith('✖ De uitvoermap'))
    expect(refusal).toContain('bestaat al en is niet door verordening gemaakt')

    // The folder itself, a link to it, and the verordening folder.
    const link = path.join(await mkdtemp(path.join(tmpdir(), 'serve-link-')), '_site')
    made.push(path.dirname(link))
    await symlink(foreign, link)
    for (const [out, words] of [
      [foreign, refusal!],
      [link, 'via een link'],
      [source, 'valt samen met de map van de verordening'],
    ] as const) {
      const servePort = await freePort()
      const serve = startServe([source, '--out', out, '--port', String(servePort)])
      const code = await serve.stopped
      serve.stop()
      expect(code, serve.output()).toBe(1)
      expect(serve.output()).toContain(words)
      expect(serve.output()).not.toContain('De site draait op')
      expect((await send('/shadow', `127.0.0.1:${servePort}`, '127.0.0.1', undefined, servePort)).status).toBe(0)
    }
    expect(await readFile(path.join(foreign, 'shadow'), 'utf8')).toBe(`${secret}\n`)
  }, 120_000)

  it('does not show an older site while the first build fails, and shows the site once a build succeeds', async () => {
    const source = await makeFixture({})
    const folder = await mkdtemp(path.join(tmpdir(), 'serve-eerst-'))
    made.push(source, folder)
    const out = path.join(folder, '_site')
    // An older site in the folder (with the marker), then an error in the verordening.
    expect((await verordening(['build', source, '--out', out])).code).toBe(0)
    const file = path.join(source, '01-algemeen.md')
    const original = await readFile(file, 'utf8')
    await writeFile(file, original.replace('effect="meedoen"', 'effect="meedoem"'))

    const servePort = await freePort()
    const serve = startServe([source, '--out', out, '--port', String(servePort)])
    try {
      expect(await serve.stopped, serve.output()).toBeNull()
      expect(serve.output()).toContain('bedoelt u `meedoen`?')
      expect(serve.output()).toContain('De site is nog niet gebouwd')
      for (const target of ['/', '/inwoners/', '/inwoners/artikel/1-1/', '/.verordening-site', '/404.html']) {
        const reply = await send(target, `127.0.0.1:${servePort}`, '127.0.0.1', undefined, servePort)
        expect(reply.status, target).toBe(503)
        expect(reply.body).toContain('De site is nog niet gebouwd')
        expect(reply.body).not.toContain('We kijken eerst naar wat u wilt bereiken.')
      }
      await writeFile(file, original)
      let reply: Reply = { status: 0, body: '' }
      for (let attempt = 0; attempt < 600 && reply.status !== 200; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 200))
        reply = await send('/inwoners/artikel/1-1/', `127.0.0.1:${servePort}`, '127.0.0.1', undefined, servePort)
      }
      expect(reply.status, serve.output()).toBe(200)
      expect(reply.body).toContain('We kijken eerst naar wat u wilt bereiken.')
    } finally {
      serve.stop()
    }
  }, 240_000)
})

describe('who may ask serve (Host and Origin)', () => {
  const own = Object.values(networkInterfaces())
    .flat()
    .filter((entry) => entry !== undefined)
  it('on 127.0.0.1: this computer’s names at this port only', () => {
    const served = { host: '127.0.0.1', port: 8080 }
    for (const host of ['127.0.0.1:8080', 'localhost:8080', '[::1]:8080', '[0:0:0:0:0:0:0:1]:8080'])
      expect(refuseCaller({ host, origin: `http://${host}` }, served), host).toBeNull()
    expect(refuseCaller({ host: '127.0.0.1:8080' }, served)).toBeNull()
    for (const host of [
      undefined,
      '',
      'evil.example:8080',
      '127.0.0.1:8081',
      '127.0.0.1',
      'a@127.0.0.1:8080',
      '127.0.0.1:8080/x',
      'localhost.evil.example:8080',
      ' 127.0.0.1:8080',
    ]) {
      expect(refuseCaller({ host }, served), String(host)).toMatch(/^Onbekende host/)
    }
    for (const origin of ['null', 'http://evil.example:8080', 'https://127.0.0.1:8080', 'http://127.0.0.1:8081', 'http://127.0.0.1:8080/pad', 'file://']) {
      expect(refuseCaller({ host: '127.0.0.1:8080', origin }, served), origin).toMatch(/^Verzoek van een andere site/)
    }
  })

  it('on 0.0.0.0: also the addresses and the name of this computer, nothing else', () => {
    const served = { host: '0.0.0.0', port: 8080 }
    for (const entry of own) {
      const name = entry.family === 'IPv6' ? `[${entry.address}]` : entry.address
      expect(refuseCaller({ host: `${name}:8080`, origin: `http://${name}:8080` }, served), name).toBeNull()
      // Listening on 127.0.0.1 only, the other addresses are not this server.
      if (!entry.internal) expect(refuseCaller({ host: `${name}:8080` }, { host: '127.0.0.1', port: 8080 }), name).not.toBeNull()
    }
    expect(refuseCaller({ host: `${hostname()}:8080` }, served)).toBeNull()
    expect(refuseCaller({ host: 'evil.example:8080' }, served)).not.toBeNull()
    expect(refuseCaller({ host: '192.0.2.1:8080' }, served)).not.toBeNull()
  })
})
