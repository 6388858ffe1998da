// Unpacks a .docx (a zip archive) into memory, counting the bytes that
// inflating really gives, not the sizes the archive declares: a zip's headers
// can claim a few kilobytes for an entry that inflates to gigabytes. yauzl
// streams each entry through zlib and errors as soon as an entry gives more
// bytes than its header declares; we refuse a declared size over the ceiling
// before inflating and count the real bytes ourselves as well, so neither one
// entry nor all of them together can grow past the ceiling in memory.
//
// Mammoth then reads the entries from this map (see docx.ts), never the zip
// itself: a second zip reader (mammoth's jszip) could read other bytes out of
// a crafted archive than the ones counted here.
import { type Entry, fromBufferPromise, type ZipFile } from 'yauzl'
import { type Failure, failure, type Result, succeed } from '../messages/result.ts'

/** A .docx unpacks to a few megabytes; more than this is a zip bomb or not a verordening. */
export const maxUnpackedBytes = 100 * 1024 * 1024
/**
 * word/document.xml of a long verordening is one to three megabytes, and mammoth needs some fifty
 * times an entry's size in memory (a 19.5 MB document.xml: 1.1 GB). An image barely compresses, so
 * in a .docx of at most 10 MB no honest entry is larger than this.
 */
export const maxEntryBytes = 10 * 1024 * 1024

export interface ZipLimits {
  entry: number
  total: number
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`

function zipBomb(name: string, limit: number, what: 'entry' | 'total'): Failure {
  const where =
    what === 'entry'
      ? `het onderdeel ${name} pakt uit tot meer dan ${megabytes(limit)}`
      : `de onderdelen pakken samen uit tot meer dan ${megabytes(limit)} (bij ${name})`
  return failure(
    `Het Word-bestand is te groot om uit te pakken: ${where}, verwacht een gewoon document: zo'n bestand (een “zip bomb”) wordt niet verder uitgepakt`,
  )
}

/** The bytes of one entry, counted while they stream in; refused past `limit` or past the `budget` left. */
async function readEntry(zip: ZipFile, entry: Entry, limits: ZipLimits, used: number): Promise<Result<Uint8Array>> {
  const stream = await zip.openReadStreamPromise(entry)
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length
      if (size > limits.entry) return zipBomb(entry.fileName, limits.entry, 'entry')
      if (used + size > limits.total) return zipBomb(entry.fileName, limits.total, 'total')
      chunks.push(chunk)
    }
  } finally {
    // Stops the inflating at once when we leave early (a refusal, a broken stream).
    stream.destroy()
  }
  return succeed(Buffer.concat(chunks, size))
}

/** Every file in the archive by its name, or a Dutch Failure. */
export async function unzipLimited(
  bytes: Uint8Array,
  limits: ZipLimits = { entry: maxEntryBytes, total: maxUnpackedBytes },
): Promise<Result<Map<string, Uint8Array>>> {
  const files = new Map<string, Uint8Array>()
  let zip: ZipFile | undefined
  let current: Entry | undefined
  try {
    zip = await fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), { validateEntrySizes: true, strictFileNames: false })
    let used = 0
    for await (const entry of zip.eachEntry()) {
      current = entry
      if (entry.fileName.endsWith('/')) continue
      // The declared size first: an honest header over the ceiling needs no inflating to refuse.
      if (entry.uncompressedSize > limits.entry) return zipBomb(entry.fileName, limits.entry, 'entry')
      if (used + entry.uncompressedSize > limits.total) return zipBomb(entry.fileName, limits.total, 'total')
      const data = await readEntry(zip, entry, limits, used)
      if (!data.ok) return data
      used += data.value.length
      files.set(entry.fileName, data.value)
    }
  } catch (error) {
    // Only yauzl and zlib throw here: a broken or lying archive.
    const reason = error instanceof Error ? error.message : String(error)
    // yauzl's check of the real size against the declared one: the header lies about what the entry holds.
    if (current && /too many bytes in the stream/.test(reason)) {
      return failure(
        `Het Word-bestand is vervalst of beschadigd: het onderdeel ${current.fileName} pakt uit tot meer dan de ${current.uncompressedSize.toLocaleString('nl-NL')} bytes die het zip-bestand opgeeft, verwacht een .docx die Word heeft opgeslagen: zo'n bestand (een “zip bomb”) wordt niet verder uitgepakt`,
      )
    }
    if (current && /not enough bytes in the stream/.test(reason)) {
      return failure(
        `Het Word-bestand is beschadigd: het onderdeel ${current.fileName} is kleiner dan de ${current.uncompressedSize.toLocaleString('nl-NL')} bytes die het zip-bestand opgeeft, verwacht een .docx die Word kan openen`,
      )
    }
    if (/end of central directory record signature not found/.test(reason))
      return failure('Het Word-bestand is beschadigd (de inhoudsopgave van het zip-bestand ontbreekt), verwacht een .docx die Word kan openen')
    return failure(
      `Het Word-bestand kan niet worden uitgepakt (${reason}${current ? `, bij ${current.fileName}` : ''}), verwacht een .docx die Word kan openen`,
    )
  } finally {
    zip?.close()
  }
  return succeed(files)
}
