/**
 * directive-plaats: an `artikel` stands at the top level of a hoofdstuk, and
 * its parts (`juridisch`, `inwoners`, `voorbeeld`, `toelichting`) stand
 * directly inside an artikel, nowhere else; text directly in an artikel
 * belongs in one of its parts.
 */
import type { Parent } from 'mdast'
import type { Directives } from 'mdast-util-directive'
import { visitParents } from 'unist-util-visit-parents'
import { isContainer } from '../model/verordening-model.ts'
import { exampleHoofdstuk, wmoHoofdstuk } from './support/examples.ts'
import { defineRule } from './support/rule.ts'
import { type DirectiveKind, specFor } from './support/vocabulary.ts'
import { hoofdstukContext } from './support/walk.ts'

export default defineRule(
  {
    ruleId: 'directive-plaats',
    severity: 'error',
    beschrijving:
      'Een `artikel` staat los in het hoofdstuk, niet in een ander blok. De delen `juridisch`, `inwoners`, `voorbeeld` en `toelichting` staan direct in een artikel. Tekst die direct in een artikel staat, buiten de delen, hoort in een van de delen.',
    oplossing:
      'Zet het deel binnen `::::artikel{…}` en `::::`. Let op het aantal dubbele punten: het artikel heeft er meer (`::::`) dan de delen erin (`:::`).',
    examples: [
      { titel: 'Goed: de delen staan in het artikel', bestanden: { '02-wmo.md': wmoHoofdstuk() }, verwacht: [] },
      {
        titel: 'Fout: een inwonersdeel buiten het artikel',
        bestanden: { '02-wmo.md': exampleHoofdstuk({ na: ':::inwoners{titel="Hulp bij u thuis"}\nNog meer uitleg.\n:::' }) },
        verwacht: ['02-wmo.md:16:1: `:::inwoners` staat buiten een artikel, verwacht het binnen `::::artikel{…}` … `::::`'],
      },
      {
        titel: 'Fout: tekst direct in het artikel',
        bestanden: { '02-wmo.md': wmoHoofdstuk({ voor: 'Losse tekst.' }) },
        verwacht: ['02-wmo.md:8:1: Tekst direct in het artikel, verwacht deze tekst binnen `:::juridisch`, `:::inwoners`, `:::voorbeeld` of `:::toelichting`'],
      },
    ],
  },
  (tree, file) => {
    if (!hoofdstukContext(file)) return
    visitParents(tree, (node, ancestors) => {
      // A `:::variant` (gemeenten.yml) stands for its content: what is in it stands where the variant stands.
      const parent = [...ancestors].reverse().find((ancestor) => !isContainer(ancestor, 'variant')) as Parent | undefined
      if (isContainer(parent, 'artikel') && node.type !== 'containerDirective') {
        file.message('Tekst direct in het artikel, verwacht deze tekst binnen `:::juridisch`, `:::inwoners`, `:::voorbeeld` of `:::toelichting`', {
          place: node.position,
        })
        return 'skip'
      }
      if (node.type !== 'containerDirective' && node.type !== 'leafDirective') return
      const directive = node as Directives
      const spec = specFor(directive.name, directive.type as DirectiveKind)
      if (!spec?.parent) return
      const place = directive.data?.position?.opening ?? directive.position
      if (spec.parent === 'root' && parent?.type !== 'root') {
        file.message(`\`${directive.name}\` staat in een ander blok, verwacht een artikel los in het hoofdstuk: sluit het blok erboven eerst af`, { place })
      } else if (spec.parent === 'artikel' && !isContainer(parent, 'artikel')) {
        file.message(`\`:::${directive.name}\` staat buiten een artikel, verwacht het binnen \`::::artikel{…}\` … \`::::\``, { place })
      }
    })
  },
)
