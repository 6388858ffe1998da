// Checks that an image file is what its extension says. A raster image must
// start with the signature of its format, so a "foto.png" that is really an
// HTML page or a script cannot ride along to the site; an SVG is parsed and
// cleaned (svg-sanitise.ts), and the cleaned text is what gets published.
import { failure, type Result, succeed } from '../messages/result.ts'
import { sanitiseSvg } from './svg-sanitise.ts'

interface Signature {
  name: string
  matches(bytes: Uint8Array): boolean
}

const startsWith = (bytes: Uint8Array, prefix: readonly number[], offset = 0) => prefix.every((byte, index) => bytes[offset + index] === byte)
const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0))

// The signatures from the format specifications (PNG 5.2, JFIF/EXIF SOI
// marker, GIF87a/89a header, RIFF container with form type WEBP).
const png: Signature = { name: 'PNG', matches: (bytes) => startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) }
const jpeg: Signature = { name: 'JPEG', matches: (bytes) => startsWith(bytes, [0xff, 0xd8, 0xff]) }
const gif: Signature = { name: 'GIF', matches: (bytes) => startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a')) }
const webp: Signature = { name: 'WebP', matches: (bytes) => startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8) }

const signatures: Record<string, Signature> = { png, jpg: jpeg, jpeg, gif, webp }

/** Checks (and for SVG: cleans) the bytes of an image named `name`; a failure is the second half of a message, after the name. */
export async function checkImageContent(name: string, bytes: Uint8Array): Promise<Result<Uint8Array>> {
  const extension = name.slice(name.lastIndexOf('.') + 1).toLowerCase()
  if (extension === 'svg') {
    let text: string
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      return failure('is geen UTF-8-tekst, verwacht een SVG-bestand in UTF-8')
    }
    const cleaned = await sanitiseSvg(text)
    return cleaned.ok ? succeed(new TextEncoder().encode(cleaned.value)) : cleaned
  }
  const signature = signatures[extension]
  if (!signature) return failure('is geen afbeelding, verwacht een .png, .jpg, .gif, .svg of .webp')
  if (!signature.matches(bytes))
    return failure(
      `is geen ${signature.name}-afbeelding (de inhoud past niet bij .${extension}), verwacht een echt ${signature.name}-bestand: sla de afbeelding opnieuw op als ${signature.name}`,
    )
  return succeed(bytes)
}
