/**
 * directive-bekend: only the directives of the authoring language exist; a
 * typo would otherwise silently vanish from the published text.
 */
import type { Directives } from 'mdast-util-directive'
import { visit } from 'unist-util-visit'
import { suggest } from '../../src/messages/suggest.ts'
import { defineRule } from '../rule.ts'
import { hoofdstukContext } from '../walk.ts'
import { kindNames, namesOfKind, specFor, unknownKind, type DirectiveKind } from '../vocabulary.ts'

const hoofdstuk = (body: string) => `---
hoofdstuk: 2
titel: Wmo
wet: wmo
---

::::artikel{nr="2.1" titel="Hulp" effect="meedoen" grondwaarde="wmo.zelfredzaamheid" grondslag="wmo:2.3.5"}
${body}
::::
`
const inwoners = ':::inwoners\nWij kunnen u helpen.\n:::'

export default defineRule(
  {
    ruleId: 'directive-bekend',
    severity: 'error',
    beschrijving:
      'Alleen de bouwstenen van de schrijftaal bestaan: de blokken `artikel`, `juridisch`, `inwoners`, `voorbeeld` en `toelichting`, en de verwijzingen `:begrip[…]`, `:artikel[…]` en `:wet[…]`. Een verschreven naam zou anders stil uit de tekst verdwijnen. Een dubbele punt direct voor een woord (`let op:dit`) leest de controle ook als verwijzing.',
    oplossing: 'Verbeter de naam (de melding noemt de naam die er het meest op lijkt). Bedoelt u gewone tekst, zet dan een spatie na de dubbele punt of schrijf `\\:`.',
    examples: [
      { titel: 'Goed: bekende blokken', bestanden: { '02-wmo.md': hoofdstuk(`:::juridisch\nHet college kan hulp bieden.\n:::\n${inwoners}`) }, verwacht: [] },
      { titel: 'Fout: een verschreven blok', bestanden: { '02-wmo.md': hoofdstuk(`:::juridisch\nHet college kan hulp bieden.\n:::\n:::inwoner\nWij kunnen u helpen.\n:::`) }, verwacht: ['02-wmo.md:11:1'] },
      { titel: 'Fout: een onbekende verwijzing', bestanden: { '02-wmo.md': hoofdstuk(`:::juridisch\nHet college kan :begrp[hulp] bieden.\n:::\n${inwoners}`) }, verwacht: ['02-wmo.md:9:17'] },
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
      const hint = suggest(directive.name, known)
      const otherKinds = (['containerDirective', 'leafDirective', 'textDirective'] as const).filter((other) => other !== kind && specFor(directive.name, other))
      const reason = otherKinds.length > 0
        ? `\`${directive.name}\` bestaat niet als ${kindNames[kind]}, verwacht ${otherKinds.map((other) => kindNames[other]).join(' of ')}`
        : `${unknownKind[kind]} \`${directive.name}\`, ${hint ? `bedoelt u \`${hint}\`?` : known.length > 0 ? `verwacht een van: ${known.map((name) => `\`${name}\``).join(', ')}` : 'verwacht gewone tekst: zet een spatie na de dubbele punt of schrijf `\\:`'}`
      file.message(reason, { place: directive.data?.position?.opening ?? directive.position })
    })
  },
)
