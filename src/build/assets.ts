// Copies the images a verordening refers to (and its logo) into the site.
// Only files inside the verordening map with an image extension are copied;
// a path that leaves the map is never read.
import { copyFile, mkdir, stat } from 'node:fs/promises'
import path from 'node:path'

const imageExtensions = /\.(png|jpe?g|gif|svg|webp)$/i

/** Resolves an image path from the source to a file inside `sourceDir`, or null. */
export function resolveImage(sourceDir: string, reference: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(reference) || reference.startsWith('//')) return null
  const clean = decodeURI(reference.split(/[?#]/)[0] ?? '')
  if (!imageExtensions.test(clean)) return null
  const root = path.resolve(sourceDir)
  const file = path.resolve(root, clean)
  return file.startsWith(root + path.sep) ? file : null
}

export class AssetCopier {
  private readonly copies = new Map<string, string>()

  constructor(
    private readonly sourceDir: string,
    private readonly folder = 'afbeeldingen',
  ) {}

  /** The site URL for an image reference, registering it for copying. */
  url(reference: string): string | null {
    const file = resolveImage(this.sourceDir, reference)
    if (!file) return null
    const relative = path.relative(path.resolve(this.sourceDir), file).split(path.sep).join('/')
    this.copies.set(file, relative)
    return `/${this.folder}/${relative}`
  }

  async copyTo(siteDir: string): Promise<string[]> {
    const missing: string[] = []
    for (const [file, relative] of this.copies) {
      try {
        if (!(await stat(file)).isFile()) throw new Error('not a file')
        const target = path.join(siteDir, this.folder, relative)
        await mkdir(path.dirname(target), { recursive: true })
        await copyFile(file, target)
      } catch {
        missing.push(relative)
      }
    }
    return missing
  }
}
