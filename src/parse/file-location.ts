// Offset → line/column for a file, built once per text. `location(file)` from
// vfile-location indexes the whole file; called once per node it made a
// hoofdstuk of 20,000 artikelen quadratic. The cache keys on the file and
// checks the text, so a file whose value changes gets a fresh index.
import type { VFile } from 'vfile'
import { location } from 'vfile-location'

type Location = ReturnType<typeof location>

const cache = new WeakMap<VFile, { text: string; place: Location }>()

export function fileLocation(file: VFile): Location {
  const text = String(file.value)
  const cached = cache.get(file)
  if (cached && cached.text === text) return cached.place
  const place = location(text)
  cache.set(file, { text, place })
  return place
}
