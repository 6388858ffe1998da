// A WebSocket client over a raw TCP socket, for tests of `serve`'s live
// reload: it sends exactly the Host and Origin a test gives (a browser would
// send its own), and reads the server's text frames. Node 20 has no WebSocket
// client of its own, and `ws` is only a dependency of a dependency.
import { randomBytes } from 'node:crypto'
import { connect } from 'node:net'

export interface RawWebSocket {
  /** The status of the handshake answer: 101 when the socket was accepted, 0 when no answer came. */
  status: number
  /** The first line and headers of the answer, and any body (for a refusal). */
  answer: string
  /** Text frames received so far. */
  messages: string[]
  /** Resolves when a text frame satisfying `test` has arrived (or already had). */
  waitFor(test: (message: string) => boolean, what: string, ms?: number): Promise<string>
  close(): void
}

export async function openRawWebSocket(port: number, headers: { host: string; origin?: string }): Promise<RawWebSocket> {
  const socket = connect({ host: '127.0.0.1', port })
  socket.on('error', () => undefined)
  socket.setTimeout(15_000, () => socket.destroy())
  const request = [
    'GET / HTTP/1.1',
    `Host: ${headers.host}`,
    'Upgrade: websocket',
    'Connection: Upgrade',
    `Sec-WebSocket-Key: ${randomBytes(16).toString('base64')}`,
    'Sec-WebSocket-Version: 13',
    ...(headers.origin === undefined ? [] : [`Origin: ${headers.origin}`]),
    '',
    '',
  ].join('\r\n')
  socket.write(request)

  const messages: string[] = []
  const waiters = new Set<() => void>()
  let buffer = Buffer.alloc(0)
  const readFrames = () => {
    for (let frame = parseFrame(buffer); frame !== null; frame = parseFrame(buffer)) {
      buffer = buffer.subarray(frame.size)
      if (frame.opcode === 1) messages.push(frame.payload.toString('utf8'))
      if (frame.opcode === 8) socket.end()
    }
    for (const waiter of waiters) waiter()
  }
  // Accepted: the answer ends at its blank line and frames follow. Refused: the
  // server answers and closes, so everything up to the close is the answer.
  const answer = await new Promise<string>((resolve) => {
    let received = Buffer.alloc(0)
    const onData = (chunk: Buffer) => {
      received = Buffer.concat([received, chunk])
      const end = received.indexOf('\r\n\r\n')
      if (end === -1 || !received.toString('latin1', 0, 12).startsWith('HTTP/1.1 101')) return
      socket.off('data', onData)
      socket.off('close', onClose)
      buffer = received.subarray(end + 4)
      socket.on('data', (more: Buffer) => {
        buffer = Buffer.concat([buffer, more])
        readFrames()
      })
      readFrames()
      resolve(received.toString('latin1', 0, end + 4))
    }
    const onClose = () => resolve(received.toString('utf8'))
    socket.on('data', onData)
    socket.on('close', onClose)
  })
  return {
    status: Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1] ?? 0),
    answer,
    messages,
    waitFor(test, what, ms = 60_000) {
      const found = messages.find(test)
      if (found !== undefined) return Promise.resolve(found)
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check)
          reject(new Error(`no WebSocket message with ${what} within ${ms} ms; got ${JSON.stringify(messages)}`))
        }, ms)
        const check = () => {
          const hit = messages.find(test)
          if (hit === undefined) return
          clearTimeout(timer)
          waiters.delete(check)
          resolve(hit)
        }
        waiters.add(check)
      })
    },
    close: () => socket.destroy(),
  }
}

/** One unmasked frame from the server (RFC 6455 §5.2), or null when it is not complete yet. */
function parseFrame(data: Buffer): { opcode: number; payload: Buffer; size: number } | null {
  if (data.length < 2) return null
  const opcode = data[0]! & 0x0f
  let length = data[1]! & 0x7f
  let offset = 2
  if (length === 126) {
    if (data.length < 4) return null
    length = data.readUInt16BE(2)
    offset = 4
  } else if (length === 127) {
    if (data.length < 10) return null
    length = Number(data.readBigUInt64BE(2))
    offset = 10
  }
  if (data.length < offset + length) return null
  return { opcode, payload: data.subarray(offset, offset + length), size: offset + length }
}
