/**
 * directive-attributen: each directive takes only its own attributes, the
 * required ones are there, and `soort` is one of the known soorten.
 */
import type { Directives } from 'mdast-util-directive'
import { visit } from 'unist-util-visit'
import { soorten } from '../../src/model/schema.ts'
import { attributePosition } from '../../src/parse/attributes.ts'
import { suggest } from '../../src/messages/suggest.ts'
import { defineRule } from '../rule.ts'
import { hoofdstukContext } from '../walk.ts'
import { specFor, type DirectiveKind } from '../vocabulary.ts'

const hoofdstuk = (attributes: string, voorbeeld = '') => `---
hoofdstuk: 2
titel: Wmo
wet: wmo
---

::::artikel{nr="2.1" ${attributes} effect="meedoen" grondwaarde="wmo.zelfredzaamheid" grondslag="wmo:2.3.5"}
:::juridisch
Het college kan hulp bieden.
:::
:::inwoners
Wij kunnen u helpen.
:::
${voorbeeld}::::
`

export default defineRule(
  {
    ruleId: 'directive-attributen',
    severity: 'error',
    beschrijving:
      'Elk blok en elke verwijzing heeft alleen de eigen kenmerken (attributen), en de verplichte kenmerken zijn er: `artikel` heeft `nr` en `titel`, `voorbeeld` heeft `titel`. `soort` is een van: ' +
      soorten.map((soort) => `\`${soort}\``).join(', ') +
      '. Kenmerken bevatten gewone tekst, geen HTML.',
    oplossing: 'Verbeter de naam van het kenmerk (de melding noemt de naam die er het meest op lijkt), of voeg het ontbrekende kenmerk toe, bijvoorbeeld `titel="…"`.',
    examples: [
      { titel: 'Goed: alle kenmerken bekend', bestanden: { '02-wmo.md': hoofdstuk('titel="Hulp" soort="regel"', ':::voorbeeld{titel="Mevrouw Jansen"}\nMevrouw Jansen krijgt hulp.\n:::\n') }, verwacht: [] },
      { titel: 'Fout: verschreven kenmerk en onbekende soort', bestanden: { '02-wmo.md': hoofdstuk('title="Hulp" soort="regle"') }, verwacht: ['02-wmo.md:7:1', '02-wmo.md:7:22', '02-wmo.md:7:42'] },
      { titel: 'Fout: HTML in een titel', bestanden: { '02-wmo.md': hoofdstuk('titel="Hulp <img src=x onerror=alert(1)>"') }, verwacht: ['02-wmo.md:7:22'] },
      { titel: 'Fout: voorbeeld zonder titel', bestanden: { '02-wmo.md': hoofdstuk('titel="Hulp"', ':::voorbeeld\nMevrouw Jansen krijgt hulp.\n:::\n') }, verwacht: ['02-wmo.md:14:1'] },
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
      for (const name of Object.keys(attributes)) {
        if (spec.attributes.includes(name)) continue
        const hint = suggest(name, spec.attributes)
        const expected = spec.attributes.length > 0 ? `verwacht een van: ${spec.attributes.map((attribute) => `\`${attribute}\``).join(', ')}` : 'verwacht geen kenmerken'
        file.message(`Onbekend kenmerk \`${name}\` bij \`${directive.name}\`, ${hint ? `bedoelt u \`${hint}\`?` : expected}`, { place: attributePosition(file, directive, name) })
      }
      for (const [name, value] of Object.entries(attributes)) {
        if (value && /<\/?[a-z!][^>]*>/i.test(value)) file.message(`HTML in het kenmerk \`${name}\` van \`${directive.name}\`, verwacht gewone tekst`, { place: attributePosition(file, directive, name) })
      }
      for (const name of spec.required) {
        if (attributes[name]?.trim()) continue
        file.message(`\`${directive.name}\` mist het kenmerk \`${name}\`, verwacht \`${name}="…"\``, { place: directive.data?.position?.opening ?? directive.position })
      }
      const soort = attributes.soort
      if (directive.name === 'artikel' && directive.type === 'containerDirective' && soort !== undefined && soort !== null && !(soorten as readonly string[]).includes(soort)) {
        const hint = suggest(soort, soorten)
        file.message(`Onbekende soort \`${soort}\`, ${hint ? `bedoelt u \`${hint}\`?` : `verwacht een van: ${soorten.join(', ')}`}`, { place: attributePosition(file, directive, 'soort', soort) })
      }
    })
  },
)
