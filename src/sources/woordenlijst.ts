// The project word list for the spelling check: `woordenlijst.txt` in the
// verordening map, one word (or name) per line, `#` starts a comment. The file
// is optional: a map without it simply has no extra words. Only read, never written.
import { lstat } from 'node:fs/promises'
import path from 'node:path'
import type { VFile } from 'vfile'
import { maxYamlBytes, readTextFile } from './read-source.ts'

export const woordenlijstNaam = 'woordenlijst.txt'

export interface Woordenlijst {
  words: string[]
  /** The file, when it exists; it carries a message when it cannot be read. */
  file?: VFile
}

export async function loadWoordenlijst(dir: string): Promise<Woordenlijst> {
  const filePath = path.join(dir, woordenlijstNaam)
  try {
    // lstat, not access: a link that points nowhere (or out of the map) is
    // reported by readTextFile instead of silently counting as absent.
    await lstat(filePath)
  } catch {
    return { words: [] }
  }
  const file = await readTextFile(filePath, maxYamlBytes, dir)
  if (file.messages.length > 0) return { words: [], file }
  return { words: parseWoordenlijst(String(file.value)), file }
}

/** The word list from a file read elsewhere (a git revision); null: that version has none. */
export function woordenlijstFromFile(file: VFile | null): Woordenlijst {
  return file ? { words: parseWoordenlijst(String(file.value)), file } : { words: [] }
}

export function parseWoordenlijst(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line.length > 0)
}
