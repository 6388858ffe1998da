// What the pipeline keeps on a VFile between steps (unified's `file.data`).

import type { RegioDirectives } from '../parse/regio-directives.ts'
import type { CheckContext, ParsedCasus } from './context.ts'
import type { LeegBlok } from './gemeente-tekst.ts'
import type { Hoofdstuk } from './schema.ts'

declare module 'vfile' {
  interface DataMap {
    /** The model of the hoofdstuk in this file, set by the model plugin. */
    hoofdstuk: Hoofdstuk
    /** The whole verordening with its look-ups, shared by every file of one check. */
    context: CheckContext
    /** The hoofdstuk's front matter: whether there is one, and what is wrong with it (positions in this file). */
    kop: { found: boolean; problems: Array<{ reason: string; line: number; column: number }> }
    /**
     * Which source file this is: a hoofdstuk, a casus, or a registry by its key
     * in the layout (src/sources/layout.ts; a later or test registry has its own key).
     */
    kind: 'hoofdstuk' | 'casus' | 'verordening' | 'effecten' | 'grondwaarden' | 'begrippen' | 'kaders' | (string & {})
    /** The casus in this file (casussen/*.md), when its front matter is valid. */
    casus: ParsedCasus
    /**
     * A hoofdstuk of a text shared by several gemeenten, read for one of them:
     * the `:waarde`/`:::variant` directives of the source (the tree the rules
     * see has them resolved) and the blocks the variants left empty.
     */
    regio: { bron: RegioDirectives; leeg: LeegBlok[] }
  }
}
