/**
 * waarde-bekend: every `:waarde[id]` in a text for several gemeenten names a
 * value of gemeenten.yml, and every gemeente has that value. Otherwise one
 * gemeente's verordening would show a gap, or a value meant for another.
 */
import type { Directives } from 'mdast-util-directive'
import type { Position } from 'unist'
import { visit } from 'unist-util-visit'
import { unknownName } from '../messages/suggest.ts'
import { textInAttributePosition } from '../parse/attributes.ts'
import { isWaarde, waardeId, waardenInKenmerken } from '../parse/regio-directives.ts'
import { wmoHoofdstuk } from './support/examples.ts'
import { aadorp, beekdal, exampleGemeenten } from './support/regio-examples.ts'
import { defineRule } from './support/rule.ts'
import { hoofdstukContext } from './support/walk.ts'

const metWaarde = wmoHoofdstuk({ juridisch: 'Het college geeft een toeslag van :waarde[bedrag] per jaar.' })
const inTitel = wmoHoofdstuk({ inwonersTitel: 'Een toeslag van :waarde[bedrag]' })

export default defineRule(
  {
    ruleId: 'waarde-bekend',
    severity: 'error',
    beschrijving:
      'In een tekst voor meer gemeenten (`gemeenten.yml`) staat een waarde die per gemeente verschilt als `:waarde[id]`, in de tekst of tussen de aanhalingstekens van een kenmerk (`titel="Een toeslag van :waarde[id]"`). De id moet onder `waarden` in gemeenten.yml staan, en elke gemeente moet er een waarde voor hebben. De controle kijkt de tekst van elke gemeente na en noemt de gemeente waarvoor een waarde ontbreekt.',
    oplossing:
      'Verbeter de id (de melding noemt de id die er het meest op lijkt), of zet de waarde bij de genoemde gemeente onder `waarden` in gemeenten.yml. Zonder gemeenten.yml schrijft u de waarde gewoon in de tekst.',
    examples: [
      { titel: 'Goed: een waarde die elke gemeente heeft', bestanden: { 'gemeenten.yml': exampleGemeenten(), '02-wmo.md': metWaarde }, verwacht: [] },
      {
        titel: 'Fout: een waarde ontbreekt voor één gemeente',
        bestanden: { 'gemeenten.yml': exampleGemeenten({ gemeenten: [aadorp, { ...beekdal, waarden: {} }] }), '02-wmo.md': metWaarde },
        verwacht: ['02-wmo.md:9:35: De waarde `bedrag` ontbreekt voor gemeente Beekdal, verwacht `bedrag: …` onder `waarden` bij `beekdal` in gemeenten.yml'],
      },
      {
        titel: 'Fout: een verschreven waarde',
        bestanden: { 'gemeenten.yml': exampleGemeenten(), '02-wmo.md': metWaarde.replace(':waarde[bedrag]', ':waarde[bedrg]') },
        verwacht: ['02-wmo.md:9:35: Onbekende waarde `bedrg`, bedoelt u `bedrag`?'],
      },
      { titel: 'Goed: een waarde in een kenmerk', bestanden: { 'gemeenten.yml': exampleGemeenten(), '02-wmo.md': inTitel }, verwacht: [] },
      {
        titel: 'Fout: een waarde in een kenmerk ontbreekt voor één gemeente',
        bestanden: { 'gemeenten.yml': exampleGemeenten({ gemeenten: [aadorp, { ...beekdal, waarden: {} }] }), '02-wmo.md': inTitel },
        verwacht: [
          '02-wmo.md:11:36: De waarde `bedrag` in `titel="…"` ontbreekt voor gemeente Beekdal, verwacht `bedrag: …` onder `waarden` bij `beekdal` in gemeenten.yml',
        ],
      },
      {
        titel: 'Fout: een verschreven waarde in een kenmerk',
        bestanden: { 'gemeenten.yml': exampleGemeenten(), '02-wmo.md': inTitel.replace(':waarde[bedrag]', ':waarde[bedrg]') },
        verwacht: ['02-wmo.md:11:36: Onbekende waarde `bedrg` in `titel="…"`, bedoelt u `bedrag`?'],
      },
      {
        titel: 'Fout: een waarde in een kenmerk zonder gemeenten.yml',
        bestanden: { '02-wmo.md': inTitel },
        verwacht: [
          '02-wmo.md:11:36: `:waarde[bedrag]` in `titel="…"` werkt alleen in een tekst voor meer gemeenten, verwacht een bestand gemeenten.yml met `bedrag` onder `waarden`, of de waarde zelf in de tekst',
        ],
      },
      {
        titel: 'Fout: een waarde zonder gemeenten.yml',
        bestanden: { '02-wmo.md': metWaarde },
        verwacht: [
          '02-wmo.md:9:35: `:waarde[bedrag]` werkt alleen in een tekst voor meer gemeenten, verwacht een bestand gemeenten.yml met `bedrag` onder `waarden`, of de waarde zelf in de tekst',
        ],
      },
    ],
  },
  (tree, file) => {
    const context = hoofdstukContext(file)
    if (!context) return
    const register = context.registries.gemeenten
    // A gemeenten.yml that cannot be read has its own messages; every value would be a follow-on.
    if (register === null) return
    // Most texts have no value at all: a look at the source is cheaper than a walk through the tree.
    if (!String(file.value).includes(':waarde')) return
    const declared = register ? Object.keys(register.data.waarden) : []
    const gemeente = context.gemeente
    /** One `:waarde[id]` that is still there in the text of this gemeente; `kenmerk` when it stands in an attribute. */
    const meld = (id: string, place: Position | undefined, kenmerk?: string) => {
      const waar = kenmerk === undefined ? '' : ` in \`${kenmerk}="…"\``
      if (register === undefined) {
        file.message(
          `\`:waarde[${id}]\`${waar} werkt alleen in een tekst voor meer gemeenten, verwacht een bestand gemeenten.yml met \`${id || 'id'}\` onder \`waarden\`, of de waarde zelf in de tekst`,
          { place },
        )
        return
      }
      if (!(id in register.data.waarden)) {
        const unknown = unknownName({ soort: 'waarde', naam: id, bekend: declared })
        // "Onbekende waarde `x`, bedoelt u …?": the attribute goes after the name.
        file.message(waar ? unknown.replace(`\`${id}\``, `\`${id}\`${waar}`) : unknown, { place })
        return
      }
      // The text of one gemeente keeps a `:waarde` only where that gemeente has no value for it.
      if (gemeente && gemeente.waarden[id] === undefined)
        file.message(
          `De waarde \`${id}\`${waar} ontbreekt voor gemeente ${gemeente.naam}, verwacht \`${id}: …\` onder \`waarden\` bij \`${gemeente.id}\` in gemeenten.yml`,
          { place },
        )
    }
    visit(tree, (node) => {
      if (isWaarde(node)) return meld(waardeId(node), node.position)
      const attributes = (node as { attributes?: Record<string, string | null | undefined> | null }).attributes
      if (!attributes) return
      for (const { kenmerk, id, bron, keer } of waardenInKenmerken(attributes))
        meld(id, textInAttributePosition(file, node as Directives, kenmerk, bron, keer), kenmerk)
    })
  },
)
