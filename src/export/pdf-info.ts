// The Producer in a PDF's document information dictionary, found the way a
// PDF reader finds it: the trailer at the end of the file gives the /Info
// reference and `startxref`, the cross-reference table there gives the
// offset of that one object, and pdf-lib's object parser reads its
// dictionary. Only a few small pieces of the file are read (the last 4 KB, a
// line of the table, 16 KB of the object), so a huge or hostile file costs no
// more than a small one; anything that does not fit (a truncated file, a
// cross-reference stream, garbage) answers null, never an exception.
import { open } from 'node:fs/promises'

const tailBytes = 4096
const objectBytes = 16 * 1024
/** A PDF written by pdf-lib has one subsection per run of object numbers; more than this is not ours. */
const maxSubsections = 1000

type Read = (position: number, length: number) => Promise<Buffer>

export async function readPdfProducer(file: string): Promise<string | null> {
  const handle = await open(file, 'r').catch(() => null)
  if (!handle) return null
  try {
    const { size } = await handle.stat()
    const read: Read = async (position, length) => {
      if (!Number.isSafeInteger(position) || position < 0 || position >= size) return Buffer.alloc(0)
      const buffer = Buffer.alloc(Math.min(length, size - position))
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, position)
      return buffer.subarray(0, bytesRead)
    }
    const tail = (await read(Math.max(0, size - tailBytes), tailBytes)).toString('latin1')
    const start = [...tail.matchAll(/startxref\s+(\d{1,15})\s+%%EOF/g)].at(-1)
    const trailer = tail.lastIndexOf('trailer')
    if (!start || trailer === -1) return null
    const info = /\/Info\s+(\d{1,9})\s+(\d{1,5})\s+R/.exec(tail.slice(trailer))
    if (!info) return null
    const objectNumber = Number(info[1])
    const offset = await xrefOffset(read, Number(start[1]), objectNumber)
    if (offset === null) return null
    const object = await read(offset, objectBytes)
    const header = new RegExp(`^${objectNumber}\\s+${Number(info[2])}\\s+obj\\s*`).exec(object.toString('latin1'))
    if (!header) return null
    return await producerOf(object.subarray(header[0].length))
  } catch {
    return null
  } finally {
    await handle.close()
  }
}

/** The offset of an object from a classic cross-reference table (`xref`, subsections of 20-byte entries). */
async function xrefOffset(read: Read, position: number, wanted: number): Promise<number | null> {
  const keyword = /^xref[ \t]*(?:\r\n|\r|\n)/.exec((await read(position, 64)).toString('latin1'))
  if (!keyword) return null
  let at = position + keyword[0].length
  for (let section = 0; section < maxSubsections; section++) {
    const header = /^(\d{1,9})[ \t]+(\d{1,9})[ \t]*(?:\r\n|\r|\n)/.exec((await read(at, 64)).toString('latin1'))
    if (!header) return null
    const first = Number(header[1])
    const count = Number(header[2])
    const entries = at + header[0].length
    if (wanted >= first && wanted < first + count) {
      const entry = /^(\d{10}) (\d{5}) n/.exec((await read(entries + (wanted - first) * 20, 20)).toString('latin1'))
      return entry ? Number(entry[1]) : null
    }
    at = entries + count * 20
  }
  return null
}

async function producerOf(bytes: Uint8Array): Promise<string | null> {
  const { PDFContext, PDFDict, PDFHexString, PDFName, PDFObjectParser, PDFString } = await import('pdf-lib')
  const dict = PDFObjectParser.forBytes(bytes, PDFContext.create()).parseObject()
  if (!(dict instanceof PDFDict)) return null
  const producer = dict.get(PDFName.of('Producer'))
  return producer instanceof PDFString || producer instanceof PDFHexString ? producer.decodeText() : null
}
