// Shared by wet-termijn and inwoners-termijn: the terms in the parts of each
// artikel, each tied to the statutory term (src/model/wettelijk.ts) of the act
// it binds. An artikel is checked against the terms of the wetten its
// grondslag names; a term binds the act when the sentence has a word of each
// group the register gives (the most specific register entry wins).
import type { Root } from 'mdast'
import type { ContainerDirective } from 'mdast-util-directive'
import type { Point } from 'unist'
import type { VFile } from 'vfile'
import type { CheckContext } from '../../model/context.ts'
import { parseGrondslag } from '../../model/verordening-model.ts'
import { type PerWet, wettelijkVoor } from '../../model/wettelijk.ts'
import { tokens } from '../../parse/attributes.ts'
import type { WettelijkeTermijn } from '../../sources/wettelijk-schema.ts'
import { segment } from '../../taal/segment.ts'
import { bevatGroepen, type GevondenTermijn, inDagen, vindTermijnen } from '../../taal/termijnen.ts'
import { plaats, taalDelen } from './taal.ts'

export interface TermijnInTekst {
  artikel: ContainerDirective
  deel: 'juridisch' | 'inwoners'
  wettelijk: PerWet<WettelijkeTermijn>
  gevonden: GevondenTermijn
  plaats: Point
}

const cache = new WeakMap<Root, TermijnInTekst[]>()

export function termijnenIn(tree: Root, file: VFile, context: CheckContext): TermijnInTekst[] {
  const cached = cache.get(tree)
  if (cached) return cached
  const alle = wettelijkVoor(context).termijnen
  const result: TermijnInTekst[] = []
  if (alle.length > 0) {
    const hoofdstukWet = file.data.hoofdstuk?.wet ?? null
    for (const deel of taalDelen(tree, file, ['juridisch', 'inwoners'])) {
      const wetten = new Set(tokens(deel.artikel.attributes?.grondslag).map((token) => parseGrondslag(token).wet))
      if (hoofdstukWet) wetten.add(hoofdstukWet)
      const kandidaten = alle.filter((entry) => wetten.has(entry.wet))
      if (kandidaten.length === 0) continue
      for (const zin of segment(deel.mapped.text).sentences) {
        const gevonden = vindTermijnen(zin.text)
        if (gevonden.length === 0) continue
        const passend = kandidaten.filter((entry) => bevatGroepen(zin.text, entry.item.woorden))
        if (passend.length === 0) continue
        // The most specific entry (most groups) binds; among equals, the strictest.
        const meest = Math.max(...passend.map((entry) => entry.item.woorden.length))
        const wettelijk = passend.filter((entry) => entry.item.woorden.length === meest).sort((a, b) => inDagen(a.item) - inDagen(b.item))[0]
        if (!wettelijk) continue
        for (const termijn of gevonden) {
          result.push({
            artikel: deel.artikel,
            deel: deel.naam === 'juridisch' ? 'juridisch' : 'inwoners',
            wettelijk,
            gevonden: termijn,
            plaats: plaats(file, deel, zin.start + termijn.start),
          })
        }
      }
    }
  }
  cache.set(tree, result)
  return result
}
