// The editor's bytes pass through here before vscode-jsonrpc's reader sees
// them. An LSP message is a header block (`Content-Length: <bytes>`, a blank
// line) and then that many bytes of JSON. The reader trusts the header: after
// a negative, non-numeric or huge Content-Length, or a header without its blank
// line, it never delivered another message, so the server stayed alive but
// never answered again. Here each frame is checked first; a bad one is dropped
// with a Dutch log line, and reading resumes at the next `Content-Length:`.
// Good frames go on unchanged (with only their Content-Length header).
import { Transform, type TransformCallback } from 'node:stream'

/** The largest message accepted; a 5 MB paste is far below it. */
export const maxFrameBytes = 64 * 1024 * 1024
/** A header block is a line or two; one without its blank line after this many bytes is dropped. */
const maxHeaderBytes = 8 * 1024
/** Room for one more read from stdin (64 kB) past a message, so its last chunk fits with the start of the next. */
const chunkSlack = 64 * 1024
const lengthName = Buffer.from('Content-Length:')
const headerEnd = Buffer.from('\r\n\r\n')
const token = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/

interface Frame {
  /** Offset of the body in the pending bytes. */
  bodyStart: number
  length: number
  /** Body bytes (from bodyStart) already searched for a header that starts a new message. */
  scanned: number
}

export class FrameGuard extends Transform {
  /** Pending bytes are store[readAt, writeAt): a buffer that grows by doubling, so a big message is not copied once per chunk. */
  private store = Buffer.alloc(0)
  private readAt = 0
  private writeAt = 0
  private frame: Frame | null = null
  /** Skipping up to the next header after a bad frame: one log line per bad stretch. */
  private resyncing = false

  constructor(private readonly warn: (message: string) => void) {
    super()
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.append(chunk)
    this.drain()
    done()
  }

  private drain(): void {
    for (;;) {
      const pending = this.store.subarray(this.readAt, this.writeAt)
      if (this.frame === null) {
        const end = pending.indexOf(headerEnd)
        if (end === -1) {
          if (pending.length <= maxHeaderBytes) return
          this.skip(pending, 1, `een kop zonder lege regel erna (meer dan ${maxHeaderBytes / 1024} kB)`)
          continue
        }
        const header = readHeader(pending.toString('latin1', 0, end))
        if (typeof header === 'string') {
          this.skip(pending, 1, header)
          continue
        }
        this.frame = { bodyStart: end + headerEnd.length, length: header, scanned: 0 }
        this.resyncing = false
        // Room for the whole message at once: a big one is then copied once, not once per doubling.
        // That may move the pending bytes, so look at them afresh.
        this.reserve(end + headerEnd.length + header)
        continue
      }
      const { bodyStart, length } = this.frame
      const inner = this.innerHeader(pending, this.frame)
      if (inner !== null) {
        this.skip(pending, inner, `het bericht is korter dan zijn Content-Length (${length} bytes): er begint een nieuw bericht in`)
        continue
      }
      if (pending.length < bodyStart + length) return
      const header = Buffer.from(`Content-Length: ${length}\r\n\r\n`, 'latin1')
      const body = pending.subarray(bodyStart, bodyStart + length)
      this.frame = null
      const shape = bodyProblem(body)
      if (shape !== null) {
        this.warn(
          `Ongeldig bericht van de editor overgeslagen: ${shape}. De taalserver leest verder bij het volgende bericht; verwacht een JSON-object met “method” of “id”.`,
        )
        this.consume(bodyStart + length)
        continue
      }
      if (length < 64 * 1024) {
        this.push(Buffer.concat([header, body]))
        this.consume(bodyStart + length)
      } else {
        // A big body is handed on as it lies in the store, and the store starts afresh with what follows.
        const rest = Buffer.from(pending.subarray(bodyStart + length))
        this.store = rest
        this.readAt = 0
        this.writeAt = rest.length
        this.push(header)
        this.push(body)
      }
    }
  }

  /**
   * Where a header starts inside the body received so far, or null. JSON never
   * holds `Content-Length: <digits>` followed by a raw carriage return (inside a
   * string it must be escaped, outside a string the word is not JSON), so such
   * a place means the previous message ended early: its length was too large.
   */
  private innerHeader(pending: Buffer, frame: Frame): number | null {
    const limit = Math.min(pending.length, frame.bodyStart + frame.length)
    for (let from = frame.bodyStart + frame.scanned; ; ) {
      const at = pending.indexOf(lengthName, from)
      if (at === -1 || at >= limit) {
        // A name cut off at the end of what arrived is searched again with the next chunk.
        frame.scanned = Math.max(frame.scanned, limit - frame.bodyStart - lengthName.length + 1)
        return null
      }
      const after = pending.toString('latin1', at + lengthName.length, Math.min(pending.length, at + lengthName.length + 32))
      if (/^[ \t]*\d+[ \t]*\r/.test(after)) return at
      if (at + lengthName.length + after.length === pending.length && /^[ \t]*\d*[ \t]*$/.test(after)) {
        // Cannot tell yet: look here again when more has arrived.
        frame.scanned = at - frame.bodyStart
        return null
      }
      from = at + 1
    }
  }

  /** Drops a bad frame: everything up to the next `Content-Length:` (searched from `from`), and logs why, once per bad stretch. */
  private skip(pending: Buffer, from: number, problem: string): void {
    if (!this.resyncing)
      this.warn(
        `Ongeldig bericht van de editor overgeslagen: ${problem}. De taalserver leest verder bij het volgende bericht; verwacht “Content-Length: <aantal bytes>”, een lege regel en dan de JSON.`,
      )
    this.resyncing = true
    this.frame = null
    const next = pending.indexOf(lengthName, from)
    // Without a next header, keep only a tail that could be the start of one.
    this.consume(next !== -1 ? next : Math.max(from, pending.length - lengthName.length + 1))
  }

  private append(chunk: Buffer): void {
    const used = this.writeAt - this.readAt
    if (this.writeAt + chunk.length > this.store.length) this.reserve((used + chunk.length) * 2)
    chunk.copy(this.store, this.writeAt)
    this.writeAt += chunk.length
  }

  /** Makes room for `bytes` pending bytes from where they start (a new store gets room for one more chunk too). */
  private reserve(bytes: number): void {
    if (this.readAt + bytes <= this.store.length) return
    const used = this.writeAt - this.readAt
    const target = bytes > this.store.length ? Buffer.allocUnsafe(bytes + chunkSlack) : this.store
    this.store.copy(target, 0, this.readAt, this.writeAt)
    this.store = target
    this.readAt = 0
    this.writeAt = used
  }

  private consume(bytes: number): void {
    this.readAt += bytes
    if (this.readAt === this.writeAt) {
      this.readAt = this.writeAt = 0
      // Do not hold on to the room a big message needed.
      if (this.store.length > 1024 * 1024) this.store = Buffer.alloc(0)
    }
  }
}

/** The body length a header block gives, or (in Dutch) what is wrong with it. */
/**
 * Why a complete body is no JSON-RPC message, or null. vscode-jsonrpc logged
 * such a body to the editor itself, in English and pretty-printed: 4,000 nested
 * `[` became a log message of tens of megabytes that held up the answer to the
 * next request (found by the fuzzer). Checked here, the editor gets one short
 * Dutch line instead. Parsing twice costs little next to checking the text.
 */
function bodyProblem(body: Buffer): string | null {
  let message: unknown
  try {
    message = JSON.parse(body.toString('utf8'))
  } catch {
    return 'de inhoud is geen geldige JSON'
  }
  if (typeof message !== 'object' || message === null || Array.isArray(message))
    return `de inhoud is ${Array.isArray(message) ? 'een lijst' : 'geen object'}, geen JSON-RPC-bericht`
  if (!('method' in message) && !('id' in message)) return 'het bericht heeft geen “method” en geen “id”'
  return null
}

function readHeader(block: string): number | string {
  let length: number | undefined
  for (const line of block.split('\r\n')) {
    const colon = line.indexOf(':')
    const name = colon === -1 ? '' : line.slice(0, colon)
    if (!token.test(name)) return `een ongeldige kopregel ${quote(line)}`
    if (name.toLowerCase() !== 'content-length') continue
    if (length !== undefined) return 'twee keer Content-Length in één kop'
    const value = line.slice(colon + 1).trim()
    if (!/^\d{1,15}$/.test(value)) return `Content-Length ${quote(value)} is geen aantal bytes`
    length = Number(value)
    if (length > maxFrameBytes) return `Content-Length ${value} is groter dan ${maxFrameBytes / 1024 / 1024} MB`
  }
  return length ?? 'een kop zonder Content-Length'
}

function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text)
}
