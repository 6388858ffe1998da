// Builds a verordening map in a temporary folder: the basic fixture with some
// files laid over it (or removed, with `null`).
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const basisDir = fileURLToPath(new URL('../fixtures/basis', import.meta.url))

export async function makeFixture(files: Record<string, string | Buffer | null>, base: string = basisDir): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'verordening-'))
  await cp(base, dir, { recursive: true })
  for (const [name, content] of Object.entries(files)) {
    if (content === null) await rm(path.join(dir, name), { force: true })
    else {
      // A name may hold a folder (`casussen/…`).
      await mkdir(path.dirname(path.join(dir, name)), { recursive: true })
      await writeFile(path.join(dir, name), content)
    }
  }
  return dir
}

/** The basic fixture and an empty parent folder for a site build's output (`out`); both are added to `made` for clean-up. */
export async function makeSiteFixture(made: string[]): Promise<{ source: string; parent: string; out: string }> {
  const source = await makeFixture({})
  const parent = await mkdtemp(path.join(tmpdir(), 'uit-'))
  made.push(source, parent)
  return { source, parent, out: path.join(parent, '_site') }
}

/** A TCP port on 127.0.0.1 that was free a moment ago. */
export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0))
    })
  })
}
