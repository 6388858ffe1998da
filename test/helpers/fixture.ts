// Builds a verordening map in a temporary folder: the basic fixture with some
// files laid over it (or removed, with `null`).
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const basisDir = fileURLToPath(new URL('../fixtures/basis', import.meta.url))

export async function makeFixture(files: Record<string, string | Buffer | null>, base: string = basisDir): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'verordening-'))
  await cp(base, dir, { recursive: true })
  for (const [name, content] of Object.entries(files)) {
    if (content === null) await rm(path.join(dir, name), { force: true })
    else await writeFile(path.join(dir, name), content)
  }
  return dir
}
