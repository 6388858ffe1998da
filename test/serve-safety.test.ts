// `serve` shows a draft: it listens on this computer only, and no request can
// stop it or read a file outside the site. The requests go over raw sockets,
// so that paths reach the server exactly as written (fetch would normalise
// `..` and percent escapes away), and only to 127.0.0.1.
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { connect } from 'node:net'
import { networkInterfaces, tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verordeningProces } from './helpers/cli.ts'
import { freePort, makeFixture } from './helpers/fixture.ts'

const made: string[] = []
let child: ChildProcess | undefined
let output = ''
let port = 0
let parent = ''
/** In a file next to the site: no response may ever contain it. */
const secret = `GEHEIM-${randomBytes(8).toString('hex')}`

interface Reply {
  status: number
  body: string
}

/** One request with `target` sent byte for byte; status 0 when no HTTP answer came. */
async function send(target: string | Buffer, host = `127.0.0.1:${port}`, to = '127.0.0.1'): Promise<Reply> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    const socket = connect({ host: to, port })
    const finish = () => {
      const text = Buffer.concat(chunks).toString('latin1')
      resolve({ status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0), body: text })
    }
    socket.setTimeout(10_000, () => socket.destroy())
    socket.on('data', (chunk: Buffer) => chunks.push(chunk))
    socket.on('error', () => undefined)
    socket.on('close', finish)
    socket.write(Buffer.concat([Buffer.from('GET '), Buffer.isBuffer(target) ? target : Buffer.from(target, 'latin1'), Buffer.from(` HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`)]))
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
const odd = ['%00', '%0a', '%ff', '%c0%af', '%e0%a4%a', '%E0%A4%A', '%', '%g1', '%%', '~', '!', '$', '&', "'", '(', ')', '*', '+', ',', ';', '=', ':', '@', '[', ']', '{', '}', '|', '^', '`', '"', '<', '>', 'é', '😀', '\u202e', '\u0000', '\t']
const known = ['', 'inwoners', 'juridisch', 'raad', 'zoeken', 'zoeken/documenten.json', 'index.html', '.verordening-site', 'geheim.txt', 'etc', 'passwd', '.11ty', 'reload-client.js']

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
  const source = await makeFixture({})
  parent = await mkdtemp(path.join(tmpdir(), 'serve-veilig-'))
  made.push(source, parent)
  await writeFile(path.join(parent, 'geheim.txt'), `${secret}\n`)
  port = await freePort()
  child = spawn(process.execPath, [path.resolve('bin/verordening.js'), 'serve', source, '--out', path.join(parent, '_site'), '--port', String(port)], { stdio: ['ignore', 'pipe', 'pipe'] })
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
    const other = Object.values(networkInterfaces()).flat().find((entry) => entry && entry.family === 'IPv4' && !entry.internal)
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

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    expect((await send('/', 'evil.example')).status).toBe(400)
    expect((await send('/', `localhost:${port}`)).status).toBe(200)
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
    const unreachable = await verordeningProces(['serve', source, '--out', path.join(parent, '_site'), '--port', String(await freePort()), '--host', '192.0.2.1'])
    expect(unreachable.code).toBe(1)
    expect(unreachable.stderr).toMatch(/Kan niet luisteren op 192\.0\.2\.1:\d+ \(dat adres hoort niet bij deze computer\), verwacht een adres van deze computer/)
    expect(unreachable.stderr).not.toMatch(/Interne fout|\n\s+at /)
  }, 60_000)
})
