// An image reference in the source (`![alt](afbeeldingen/foto.png)`) read as a
// path inside the map, by text alone: the check (link-veilig) and the site
// build (src/site/assets.ts) judge references the same way.
import path from 'node:path'
import { failure, type Result, succeed } from '../messages/result.ts'

const imageExtensions = /\.(png|jpe?g|gif|svg|webp)$/i

/**
 * Reads an image reference from the source as a path inside the map
 * (`afbeeldingen/foto.png`), or says in Dutch why it is none (the second half
 * of a message, after the reference). Only looks at the text; whether the
 * file is there is for `prepareAssets`.
 */
export function parseImagePath(reference: string): Result<string> {
  if (/^[a-z][a-z0-9+.-]*:/i.test(reference) || reference.startsWith('//')) return failure('is een webadres, verwacht een bestand in de map van de verordening')
  let clean: string
  try {
    clean = decodeURI(reference.split(/[?#]/)[0] ?? '')
  } catch {
    return failure('heeft een ongeldige %-code in de naam, verwacht % gevolgd door twee tekens 0-9 of A-F (zoals %20 voor een spatie), of de naam zonder %')
  }
  if (/[\u0000-\u001f\u007f]/.test(clean)) return failure('heeft een onzichtbaar teken in de naam, verwacht een gewone bestandsnaam')
  if (!imageExtensions.test(clean)) return failure('is geen afbeelding, verwacht een .png, .jpg, .gif, .svg of .webp')
  const relative = path.posix.normalize(clean.replace(/\\/g, '/'))
  if (relative.startsWith('../') || relative === '..' || path.posix.isAbsolute(relative))
    return failure('ligt buiten de map van de verordening, verwacht een bestand in de map zelf')
  return succeed(relative)
}
