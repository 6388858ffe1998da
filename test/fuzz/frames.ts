// Generators of what an editor (or a broken pipe) may write to the language
// server: LSP frames (`Content-Length: n`, a blank line, n bytes of JSON) whose
// header lies, is malformed or is missing, whose body is not JSON, not UTF-8
// or JSON-RPC of the wrong shape, and loose bytes between frames. Never an
// `exit` or `shutdown`: those end the server as asked.
import fc from 'fast-check'

/** The id of the request that follows the garbage; no generated frame uses it. */
export const lastId = 'fuzz-laatste-vraag'

const methods = [
  'textDocument/hover',
  'textDocument/completion',
  'textDocument/codeAction',
  'textDocument/didOpen',
  'textDocument/didChange',
  'textDocument/didClose',
  'textDocument/didSave',
  'workspace/didChangeWatchedFiles',
  '$/cancelRequest',
  '$/setTrace',
  'initialize',
  'initialized',
  'onbekend/methode',
  '',
  'rpc.on',
]
const uri = fc.constantFrom('file:///nergens/02-hulp.md', 'file:///', 'x', 'file:///%00.md', 'file:///nergens/verordening.yml', 'untitled:1', '')
const params = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.record(
    {
      textDocument: fc.record({ uri, text: fc.string({ maxLength: 40 }), version: fc.integer() }, { requiredKeys: [] }),
      position: fc.record({ line: fc.integer(), character: fc.integer() }),
    },
    { requiredKeys: [] },
  ),
  fc.record({
    contentChanges: fc.array(fc.record({ text: fc.string({ maxLength: 40 }) }), { maxLength: 2 }),
    textDocument: fc.record({ uri, version: fc.integer() }),
  }),
)
const id = fc.oneof(
  fc.integer(),
  fc.string({ maxLength: 8 }).filter((value) => value !== lastId),
  fc.constant(null),
  fc.constant({}),
  fc.constant(1.5),
)

/** A JSON-RPC message of some shape, as JSON text. */
const jsonRpc = fc
  .record(
    { jsonrpc: fc.constantFrom('2.0', '1.0', 2), id, method: fc.constantFrom(...methods), params, result: fc.jsonValue({ maxDepth: 2 }) },
    { requiredKeys: ['jsonrpc'] },
  )
  .map((message) => JSON.stringify(message))

const encoder = new TextEncoder()

/** A body: JSON-RPC, other JSON, broken JSON, deep JSON, bytes that are not UTF-8. */
const body: fc.Arbitrary<Uint8Array> = fc.oneof(
  { arbitrary: jsonRpc.map((text) => encoder.encode(text)), weight: 4 },
  { arbitrary: fc.jsonValue({ maxDepth: 2 }).map((value) => encoder.encode(JSON.stringify(value) ?? 'null')), weight: 1 },
  {
    arbitrary: fc
      .constantFrom('{', '{"jsonrpc":"2.0",', '', ' ', '\u0000', '{"jsonrpc":"2.0","method":"textDocument/hover","params":', 'Content-Length: 5')
      .map((text) => encoder.encode(text)),
    weight: 1,
  },
  { arbitrary: fc.integer({ min: 1, max: 100_000 }).map((depth) => encoder.encode(`${'['.repeat(depth)}${']'.repeat(depth)}`)), weight: 1 },
  { arbitrary: fc.uint8Array({ maxLength: 64 }), weight: 1 },
)

/** The header of a frame around `length` bytes of body: right, lying, malformed or missing. */
const header: fc.Arbitrary<(length: number) => string> = fc.oneof(
  { arbitrary: fc.constant((length: number) => `Content-Length: ${length}\r\n\r\n`), weight: 4 },
  { arbitrary: fc.integer({ min: -40, max: 40 }).map((delta) => (length: number) => `Content-Length: ${Math.max(0, length + delta)}\r\n\r\n`), weight: 2 },
  {
    arbitrary: fc
      .constantFrom('-1', 'abc', '', '1e3', '0x10', ' 12 ', '+5', '99999999999', '9'.repeat(400), '1.5', 'NaN')
      .map((value) => () => `Content-Length: ${value}\r\n\r\n`),
    weight: 2,
  },
  {
    arbitrary: fc
      .constantFrom(
        (length: number) => `content-length: ${length}\r\n\r\n`,
        (length: number) => `Content-Length: ${length}\n\n`,
        (length: number) => `Content-Length: ${length}\r\n`,
        (length: number) => `Content-Type: application/vscode-jsonrpc; charset=latin1\r\nContent-Length: ${length}\r\n\r\n`,
        (length: number) => `Content-Length: ${length}\r\nContent-Length: ${length + 7}\r\n\r\n`,
        (length: number) => `X-Onbekend: ${'x'.repeat(10_000)}\r\nContent-Length: ${length}\r\n\r\n`,
        () => '\r\n\r\n',
        () => '',
      )
      .map((make) => make),
    weight: 2,
  },
)

/**
 * One frame, or loose bytes; as a latin1 string (one character per byte), so
 * a counterexample reads as the bytes on the wire.
 */
const frame: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.tuple(header, body).map(([make, bytes]) => make(bytes.length) + Buffer.from(bytes).toString('latin1')), weight: 6 },
  { arbitrary: fc.uint8Array({ minLength: 1, maxLength: 200 }).map((bytes) => Buffer.from(bytes).toString('latin1')), weight: 1 },
  { arbitrary: fc.constantFrom('Content-Length: ', 'Content-Length: 10\r\n\r\n{', '\r\n'), weight: 1 },
)

/** What the client writes between a good start and the last request, frame by frame (latin1). */
export const garbage: fc.Arbitrary<string[]> = fc.array(frame, { minLength: 1, maxLength: 5 })

/** A frame the server must read: a right header around JSON-RPC. */
export function goodFrame(message: object): Buffer {
  const text = Buffer.from(JSON.stringify(message), 'utf8')
  return Buffer.concat([Buffer.from(`Content-Length: ${text.length}\r\n\r\n`, 'latin1'), text])
}
