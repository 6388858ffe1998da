// Generators of .docx files for the import property: a zip archive written
// here, field by field, so that it can lie (sizes, checksums, methods,
// offsets, counts, names) in the ways a zip library would refuse to write;
// minimal Word documents with random paragraphs and deep XML; and byte
// mutations of a real .docx. The importer must refuse what it cannot read
// with a Dutch message, never crash or hang.
import { deflateRawSync } from 'node:zlib'
import fc from 'fast-check'
import { nestingDepth } from './cvdr.ts'

export interface ZipEntry {
  name: string
  data: Uint8Array
  /** 0 stored, 8 deflated; anything else is a method no reader knows. */
  method: number
  /** What the headers claim instead of the truth. */
  lie?: { size?: number; compressedSize?: number; crc?: number }
}

export interface ZipLies {
  /** The entry count in the end record. */
  count?: number
  /** The offset of the central directory in the end record. */
  directoryOffset?: number
  /** Bytes cut off the end of the archive. */
  truncate?: number
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(data: Uint8Array): number {
  let crc = 0xffffffff
  for (const byte of data) crc = crcTable[(crc ^ byte) & 0xff]! ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

/** A zip archive of `entries` (local headers, data, central directory, end record), lying where told. */
export function zipArchive(entries: readonly ZipEntry[], lies: ZipLies = {}): Uint8Array {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8')
    const body = entry.method === 8 ? deflateRawSync(entry.data) : Buffer.from(entry.data)
    const crc = entry.lie?.crc ?? crc32(entry.data)
    const size = entry.lie?.size ?? entry.data.length
    const compressedSize = entry.lie?.compressedSize ?? body.length
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x0800, 6) // names in UTF-8
    local.writeUInt16LE(entry.method & 0xffff, 8)
    local.writeUInt32LE(crc >>> 0, 14)
    local.writeUInt32LE(compressedSize >>> 0, 18)
    local.writeUInt32LE(size >>> 0, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt16LE(entry.method & 0xffff, 10)
    central.writeUInt32LE(crc >>> 0, 16)
    central.writeUInt32LE(compressedSize >>> 0, 20)
    central.writeUInt32LE(size >>> 0, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, body)
    centrals.push(central, name)
    offset += local.length + name.length + body.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE((lies.count ?? entries.length) & 0xffff, 8)
  end.writeUInt16LE((lies.count ?? entries.length) & 0xffff, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE((lies.directoryOffset ?? offset) >>> 0, 16)
  const archive = Buffer.concat([...locals, directory, end])
  return archive.subarray(0, Math.max(4, archive.length - (lies.truncate ?? 0)))
}

const utf8 = (text: string) => new TextEncoder().encode(text)
const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
const contentTypes =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
const rels =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'

/** The parts of a minimal Word document whose body is `body` (WordprocessingML). */
export function docxEntries(body: string): Array<Omit<ZipEntry, 'method'>> {
  return [
    { name: '[Content_Types].xml', data: utf8(contentTypes) },
    { name: '_rels/.rels', data: utf8(rels) },
    { name: 'word/document.xml', data: utf8(`<?xml version="1.0" encoding="UTF-8"?><w:document ${w}><w:body>${body}</w:body></w:document>`) },
  ]
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;')
const paragraph = fc
  .oneof(
    fc.constantFrom(
      'Hoofdstuk 1 Algemeen',
      'Artikel 1 Begrippen',
      'Artikel 2a Hulp',
      '1. Het college kan hulp bieden.',
      'a. een inwoner;',
      '::::artikel{nr="1"}',
      ':begrip[x]',
      '---',
      'Toelichting',
    ),
    fc.string({ maxLength: 20 }),
  )
  .map((text) => `<w:p><w:r><w:t xml:space="preserve">${escape(text)}</w:t></w:r></w:p>`)

/** Word's own nesting (a run in a paragraph in a content control in a table cell…), `depth` levels deep. */
const deepBody = fc
  .tuple(
    fc.constantFrom(
      ['<w:sdt><w:sdtContent>', '</w:sdtContent></w:sdt>'],
      ['<w:tbl><w:tr><w:tc>', '</w:tc></w:tr></w:tbl>'],
      ['<w:hyperlink>', '</w:hyperlink>'],
      ['<w:x>', '</w:x>'],
    ),
    nestingDepth,
  )
  .map(([[open, close], depth]) => `${open.repeat(depth)}<w:p><w:r><w:t>Artikel 1 Diep</w:t></w:r></w:p>${close.repeat(depth)}`)

const entryName = fc.constantFrom(
  'word/document.xml',
  '[Content_Types].xml',
  '_rels/.rels',
  'word/_rels/document.xml.rels',
  'word/styles.xml',
  'word/numbering.xml',
  'word/media/image1.png',
  '../../buiten.xml',
  '/word/document.xml',
  'word\\document.xml',
  '',
  'a'.repeat(300),
  'word/document.xml\u0000.txt',
)
const lie = fc.record(
  {
    size: fc.option(fc.constantFrom(0, 1, 2_000, 0xffffffff, 200 * 1024 * 1024), { nil: undefined }),
    compressedSize: fc.option(fc.constantFrom(0, 1, 0xffffffff), { nil: undefined }),
    crc: fc.option(fc.constantFrom(0, 1), { nil: undefined }),
  },
  { requiredKeys: [] },
)
const method = fc.constantFrom(0, 8, 8, 8, 12, 99)
/** Mostly the truth, one case in four a lie: a zip that lies everywhere is refused before anything interesting happens. */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary, weight: 1 })

/** A .docx as written here: a real minimal document, deep XML, random entries; lying or not. */
export const generatedDocx: fc.Arbitrary<Uint8Array> = fc
  .tuple(
    fc.oneof(
      fc.array(paragraph, { maxLength: 12 }).map((paragraphs) => paragraphs.join('')),
      deepBody,
    ),
    fc.constantFrom(0, 8),
    fc.array(
      fc.record(
        { name: entryName, data: fc.oneof(fc.uint8Array({ maxLength: 64 }), fc.constant(utf8('<a><b/></a>'))), method, lie: sometimes(lie) },
        { requiredKeys: ['name', 'data', 'method'] },
      ),
      { maxLength: 3 },
    ),
    sometimes(
      fc.record(
        {
          count: fc.option(fc.constantFrom(0, 1, 65_535), { nil: undefined }),
          directoryOffset: fc.option(fc.constantFrom(0, 1, 0xffffffff), { nil: undefined }),
          truncate: fc.option(fc.integer({ min: 1, max: 60 }), { nil: undefined }),
        },
        { requiredKeys: [] },
      ),
    ),
    sometimes(fc.record({ lie, method })),
  )
  .map(([body, documentMethod, extra, lies, document]) => {
    const entries: ZipEntry[] = docxEntries(body).map((entry) =>
      entry.name === 'word/document.xml' && document ? { ...entry, ...document } : { ...entry, method: documentMethod },
    )
    return zipArchive([...entries, ...extra], lies ?? {})
  })

export interface ByteMutation {
  kind: 'flip' | 'delete' | 'insert' | 'duplicate' | 'truncate'
  at: number
  length: number
  bytes: Uint8Array
}

/** Mutations of real bytes: flip, cut, insert and repeat stretches. */
export const byteMutation: fc.Arbitrary<ByteMutation> = fc.record({
  // Mostly flips: they keep the offsets, so the reader gets past the directory to the damaged data.
  kind: fc.constantFrom('flip', 'flip', 'flip', 'flip', 'delete', 'insert', 'duplicate', 'truncate'),
  at: fc.nat(),
  length: fc.integer({ min: 1, max: 64 }),
  bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }),
})

export function mutateBytes(original: Uint8Array, mutations: readonly ByteMutation[]): Uint8Array {
  let result = Buffer.from(original)
  for (const { kind, at, length, bytes } of mutations) {
    const position = at % (result.length + 1)
    if (kind === 'flip') {
      result = Buffer.from(result)
      for (let index = 0; index < bytes.length && position + index < result.length; index++)
        result[position + index] = result[position + index]! ^ bytes[index]!
    } else if (kind === 'delete') result = Buffer.concat([result.subarray(0, position), result.subarray(position + length)])
    else if (kind === 'insert') result = Buffer.concat([result.subarray(0, position), Buffer.from(bytes), result.subarray(position)])
    else if (kind === 'duplicate')
      result = Buffer.concat([result.subarray(0, position + length), result.subarray(position, position + length), result.subarray(position + length)])
    else result = result.subarray(0, position)
  }
  return result
}
