/**
 * directive-bekend: only the directives of the authoring language exist; a
 * typo would otherwise silently vanish from the published text.
 */
import type { Directives } from 'mdast-util-directive'
import { visit } from 'unist-util-visit'
import { oneOf, unknownName } from '../messages/suggest.ts'
import { wmoHoofdstuk } from './support/examples.ts'
import { defineRule } from './support/rule.ts'
import { type DirectiveKind, kinds, namesOfKind, specFor } from './support/vocabulary.ts'
import { hoofdstukContext } from './support/walk.ts'

export default defineRule(
  {
    ruleId: 'directive-bekend',
    severity: 'error',
    beschrijving:
      'Alleen de bouwstenen van de schrijftaal bestaan: de blokken `artikel`, `juridisch`, `inwoners`, `voorbeeld` en `toelichting`, en de verwijzingen `:begrip[…]`, `:artikel[…]` en `:wet[…]`. Een verschreven naam zou anders stil uit de tekst verdwijnen. Een dubbele punt direct voor een woord (`let op:dit`) leest de controle ook als verwijzing.',
    oplossing:
      'Verbeter de naam (de melding noemt de naam die er het meest op lijkt). Bedoelt u gewone tekst, zet dan een spatie na de dubbele punt of schrijf `\\:`.',
    examples: [
      { titel: 'Goed: bekende blokken', bestanden: { '02-wmo.md': wmoHoofdstuk() }, verwacht: [] },
      {
        titel: 'Fout: een verschreven blok',
        bestanden: { '02-wmo.md': wmoHoofdstuk({ inwoners: null, delen: ':::inwoner\nWij kunnen u helpen.\n:::' }) },
        verwacht: ['02-wmo.md:11:1: Onbekend blok `:::inwoner`, bedoelt u `:::inwoners`?'],
      },
      {
        titel: 'Fout: een onbekende verwijzing',
        bestanden: { '02-wmo.md': wmoHoofdstuk({ juridisch: 'Het college kan :begrp[hulp] bieden.' }) },
        verwacht: ['02-wmo.md:9:17: Onbekende verwijzing `:begrp[…]`, bedoelt u `:begrip[…]`?'],
      },
      {
        titel: 'Fout: een blok geschreven als verwijzing',
        bestanden: { '02-wmo.md': wmoHoofdstuk({ juridisch: 'Het college kan hulp bieden, zie :toelichting[uitleg].' }) },
        verwacht: ['02-wmo.md:9:34: `:toelichting[…]` bestaat niet als verwijzing, verwacht het blok `:::toelichting`'],
      },
    ],
  },
  (tree, file) => {
    if (!hoofdstukContext(file)) return
    visit(tree, (node) => {
      if (node.type !== 'containerDirective' && node.type !== 'leafDirective' && node.type !== 'textDirective') return
      const directive = node as Directives
      const kind = directive.type as DirectiveKind
      if (specFor(directive.name, kind)) return
      const known = namesOfKind(kind)
      const otherKinds = (['containerDirective', 'leafDirective', 'textDirective'] as const).filter((other) => other !== kind && specFor(directive.name, other))
      const reason =
        otherKinds.length > 0
          ? `${kinds[kind].vorm(directive.name)} bestaat niet als ${kinds[kind].naam}, verwacht ${oneOf(otherKinds.map((other) => `${kinds[other].naam === 'blok' ? 'het' : 'de'} ${kinds[other].naam} ${kinds[other].vorm(directive.name)}`))}`
          : unknownName({
              soort: kinds[kind].naam,
              naam: directive.name,
              bekend: known,
              toon: kinds[kind].vorm,
              verwacht: known.length > 0 ? undefined : 'gewone tekst: zet een spatie na de dubbele punt of schrijf `\\:`',
            })
      file.message(reason, { place: directive.data?.position?.opening ?? directive.position })
    })
  },
)
