/**
 * directive-attributen: each directive takes only its own attributes, the
 * required ones are there, and `soort` is one of the known soorten.
 */
import type { Directives } from 'mdast-util-directive'
import { visit } from 'unist-util-visit'
import { suggest, unknownName } from '../messages/suggest.ts'
import { soorten } from '../model/schema.ts'
import { attributePosition } from '../parse/attributes.ts'
import { wmoHoofdstuk } from './support/examples.ts'
import { defineRule } from './support/rule.ts'
import { type DirectiveKind, specFor } from './support/vocabulary.ts'
import { hoofdstukContext } from './support/walk.ts'

export default defineRule(
  {
    ruleId: 'directive-attributen',
    severity: 'error',
    beschrijving:
      'Elk blok en elke verwijzing heeft alleen de eigen kenmerken (attributen), en de verplichte kenmerken zijn er: `artikel` heeft `nr` en `titel`, `voorbeeld` heeft `titel`. `soort` is een van: ' +
      soorten.map((soort) => `\`${soort}\``).join(', ') +
      '. Kenmerken bevatten gewone tekst, geen HTML.',
    oplossing:
      'Verbeter de naam van het kenmerk (de melding noemt de naam die er het meest op lijkt), of voeg het ontbrekende kenmerk toe, bijvoorbeeld `titel="…"`.',
    examples: [
      {
        titel: 'Goed: alle kenmerken bekend',
        bestanden: {
          '02-wmo.md': wmoHoofdstuk({ kenmerken: 'soort="regel"', delen: ':::voorbeeld{titel="Mevrouw Jansen"}\nMevrouw Jansen krijgt hulp.\n:::' }),
        },
        verwacht: [],
      },
      {
        titel: 'Fout: verschreven kenmerk en onbekende soort',
        bestanden: { '02-wmo.md': wmoHoofdstuk({ titel: null, kenmerken: 'title="Hulp" soort="regle"' }) },
        verwacht: ['02-wmo.md:7:22: Onbekend kenmerk `title` bij `artikel`, bedoelt u `titel`?', '02-wmo.md:7:42: Onbekende soort `regle`, bedoelt u `regel`?'],
      },
      {
        titel: 'Fout: HTML in een titel',
        bestanden: { '02-wmo.md': wmoHoofdstuk({ titel: 'Hulp <img src=x onerror=alert(1)>' }) },
        verwacht: ['02-wmo.md:7:22: HTML in het kenmerk `titel` bij `artikel`, verwacht gewone tekst'],
      },
      {
        titel: 'Fout: voorbeeld zonder titel',
        bestanden: { '02-wmo.md': wmoHoofdstuk({ delen: ':::voorbeeld\nMevrouw Jansen krijgt hulp.\n:::' }) },
        verwacht: ['02-wmo.md:14:1: `voorbeeld` mist het kenmerk `titel`, verwacht `titel="…"`'],
      },
    ],
  },
  (tree, file) => {
    if (!hoofdstukContext(file)) return
    visit(tree, (node) => {
      if (node.type !== 'containerDirective' && node.type !== 'leafDirective' && node.type !== 'textDirective') return
      const directive = node as Directives
      const spec = specFor(directive.name, directive.type as DirectiveKind)
      if (!spec) return
      const attributes = directive.attributes ?? {}
      // A misspelt kenmerk is one cause: "bedoelt u `titel`?" also says that `titel` is missing.
      const suggested = new Set<string>()
      for (const name of Object.keys(attributes)) {
        if (spec.attributes.includes(name)) continue
        const hint = suggest(name, spec.attributes)
        if (hint) suggested.add(hint)
        const reason = unknownName({
          soort: 'kenmerk',
          naam: name,
          bekend: spec.attributes,
          waar: `bij \`${directive.name}\``,
          verwacht: spec.attributes.length > 0 ? undefined : 'geen kenmerken',
        })
        file.message(reason, { place: attributePosition(file, directive, name) })
      }
      for (const [name, value] of Object.entries(attributes)) {
        if (value && /<\/?[a-z!][^>]*>/i.test(value))
          file.message(`HTML in het kenmerk \`${name}\` bij \`${directive.name}\`, verwacht gewone tekst`, { place: attributePosition(file, directive, name) })
      }
      for (const name of spec.required) {
        if (attributes[name]?.trim() || (attributes[name] === undefined && suggested.has(name))) continue
        file.message(`\`${directive.name}\` mist het kenmerk \`${name}\`, verwacht \`${name}="…"\``, {
          place: directive.data?.position?.opening ?? directive.position,
        })
      }
      const soort = attributes.soort
      if (
        directive.name === 'artikel' &&
        directive.type === 'containerDirective' &&
        soort !== undefined &&
        soort !== null &&
        !(soorten as readonly string[]).includes(soort)
      ) {
        file.message(unknownName({ soort: 'soort', naam: soort, bekend: soorten }), { place: attributePosition(file, directive, 'soort', soort) })
      }
    })
  },
)
