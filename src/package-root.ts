// Where the toolchain itself is installed (site templates, Eleventy config,
// node_modules). Found by walking up to our package.json, so it is the same
// whether the code runs as TypeScript from src/ or compiled from dist/src/.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

function findPackageRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, 'package.json')
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'omgekeerde-verordening') return dir
    if (path.dirname(dir) === dir) throw new Error(`package.json van de toolchain niet gevonden boven ${start}`)
  }
}

export const packageRoot = findPackageRoot(path.dirname(fileURLToPath(import.meta.url)))
