// `verordening importeer <bron> <nieuwe-map>`: reads CVDR XML, a Word document
// or plain text, and writes a concept verordening in the authoring format. A
// source that cannot be read is refused with a Dutch message and nothing is
// written; the new map appears only when everything succeeded (init's
// createMap: a hidden folder, then one rename).
import { open, stat } from 'node:fs/promises'
import path from 'node:path'
import { createMap, refuseTarget } from '../init/new-map.ts'
import { failure, type Result, succeed } from '../messages/result.ts'
import { artikelenVan, type BronDocument } from './bron.ts'
import { parseCvdr } from './cvdr.ts'
import { parseDocx } from './docx.ts'
import { writeVerordening } from './schrijf.ts'
import { parseTekst } from './tekst.ts'

/** A regeling in CVDR is well under a megabyte; 10 MB leaves room for a Word file with images. */
export const maxSourceBytes = 10 * 1024 * 1024

export type Formaat = 'cvdr' | 'docx' | 'tekst'

export interface ImportResult {
  formaat: Formaat
  artikelen: number
  hoofdstukken: number
  begrippen: number
  files: string[]
  nietOvergenomen: string[]
}

export function detectFormat(name: string, bytes: Uint8Array): Formaat {
  const extension = path.extname(name).toLowerCase()
  if (extension === '.docx' || (bytes[0] === 0x50 && bytes[1] === 0x4b)) return 'docx'
  const start = new TextDecoder()
    .decode(bytes.subarray(0, 200))
    .replace(/^\uFEFF/, '')
    .trimStart()
  if (extension === '.xml' || start.startsWith('<?xml') || start.startsWith('<cvdr')) return 'cvdr'
  return 'tekst'
}

async function readSourceFile(source: string): Promise<Result<Uint8Array>> {
  const info = await stat(source).catch(() => null)
  if (!info) return failure(`Het bestand \`${source}\` bestaat niet, verwacht het pad naar een CVDR-XML-, Word- of tekstbestand`)
  if (!info.isFile()) return failure(`\`${source}\` is geen bestand, verwacht het pad naar een CVDR-XML-, Word- of tekstbestand`)
  if (info.size > maxSourceBytes)
    return failure(
      `Het bestand is ${(info.size / 1024 / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB, verwacht hoogstens ${maxSourceBytes / 1024 / 1024} MB: een verordening is veel kleiner; is dit het goede bestand?`,
    )
  // Read no more than the limit, even if the file grew since stat.
  const handle = await open(source, 'r')
  try {
    const buffer = Buffer.alloc(Math.min(info.size, maxSourceBytes) + 1)
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
    if (bytesRead > maxSourceBytes) return failure(`Het bestand is groter dan ${maxSourceBytes / 1024 / 1024} MB, verwacht een kleiner bestand`)
    return succeed(buffer.subarray(0, bytesRead))
  } finally {
    await handle.close()
  }
}

function decodeText(bytes: Uint8Array): Result<string> {
  const noText = failure(
    'Het bestand is geen tekst in UTF-8 (het bevat bytes die geen tekst zijn), verwacht CVDR-XML (.xml), een Word-document (.docx) of platte tekst (.txt)',
  )
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return noText
  }
  if (text.includes('\0')) return noText
  return succeed(text.replace(/^\uFEFF/, ''))
}

async function parseBron(formaat: Formaat, bytes: Uint8Array): Promise<Result<BronDocument>> {
  if (formaat === 'docx') return parseDocx(bytes)
  const text = decodeText(bytes)
  if (!text.ok) return text
  return formaat === 'cvdr' ? parseCvdr(text.value) : succeed(parseTekst(text.value))
}

export async function readBron(source: string): Promise<Result<{ formaat: Formaat; document: BronDocument }>> {
  const bytes = await readSourceFile(source)
  if (!bytes.ok) return bytes
  const formaat = detectFormat(source, bytes.value)
  const parsed = await parseBron(formaat, bytes.value)
  if (!parsed.ok) return parsed
  const document = parsed.value
  if (artikelenVan(document).length === 0) {
    return failure(
      formaat === 'cvdr'
        ? 'De regeling-tekst bevat geen <artikel>, verwacht ten minste één artikel'
        : 'Er staan geen artikelen in dit bestand, verwacht koppen als “Artikel 1 Begripsbepalingen” (elk op een eigen regel) gevolgd door de tekst van het artikel',
    )
  }
  return succeed({ formaat, document })
}

/** Imports `source` into the new map `target`, or a Dutch Failure; nothing is written then. */
export async function importeer(source: string, target: string): Promise<Result<ImportResult>> {
  const refusal = await refuseTarget(target)
  if (refusal) return failure(refusal)
  const read = await readBron(source)
  if (!read.ok) return read
  const { formaat, document } = read.value
  const { files, nietOvergenomen, begrippen } = writeVerordening(document)
  const problem = await createMap(target, files)
  if (problem) return failure(problem)
  return succeed({
    formaat,
    artikelen: artikelenVan(document).length,
    hoofdstukken: document.hoofdstukken.length,
    begrippen,
    files: Object.keys(files).sort(),
    nietOvergenomen,
  })
}
