// One small entry of a zip file (a part of a .docx), read without unpacking
// the rest: yauzl reads the central directory record by record from the end
// of the file, and only the one entry is inflated. Memory stays bounded
// whatever the file is: at most `maxEntries` directory records are looked
// at, and an entry larger than `maxBytes` (as declared, or as it inflates:
// yauzl checks the declared size) is not read. Anything that is not a
// readable zip answers null, never an exception.
import yauzl from 'yauzl'

export interface ZipLimits {
  /** How many directory records to look at before giving up. */
  maxEntries: number
  /** The largest entry that is read. */
  maxBytes: number
}

const defaults: ZipLimits = { maxEntries: 2000, maxBytes: 64 * 1024 }

export async function readZipEntry(file: string, name: string, limits: ZipLimits = defaults): Promise<Buffer | null> {
  let zip: yauzl.ZipFile
  try {
    zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false })
  } catch {
    return null
  }
  try {
    let seen = 0
    for await (const entry of zip.eachEntry()) {
      if (++seen > limits.maxEntries) return null
      if (entry.fileName !== name) continue
      if (entry.uncompressedSize > limits.maxBytes || entry.isEncrypted()) return null
      return await readAll(await zip.openReadStreamPromise(entry), limits.maxBytes)
    }
    return null
  } catch {
    return null
  } finally {
    zip.close()
  }
}

async function readAll(stream: NodeJS.ReadableStream & { destroy(): void }, maxBytes: number): Promise<Buffer | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk)
    size += buffer.length
    if (size > maxBytes) {
      stream.destroy()
      return null
    }
    chunks.push(buffer)
  }
  return Buffer.concat(chunks)
}
