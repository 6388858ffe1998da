/**
 * verwijzing-wet: every `:wet[pw]{artikel=18}` names a wet from
 * verordening.yml, so the site can link it to wetten.overheid.nl by BWB id.
 */
import type { TextDirective } from 'mdast-util-directive'
import { visit } from 'unist-util-visit'
import { unknownName } from '../messages/suggest.ts'
import { labelOf } from '../model/context.ts'
import { wmoHoofdstuk } from './support/examples.ts'
import { defineRule } from './support/rule.ts'
import { hoofdstukContext } from './support/walk.ts'

const hoofdstuk = (verwijzing: string) => wmoHoofdstuk({ juridisch: `Het college beslist volgens ${verwijzing}.` })

export default defineRule(
  {
    ruleId: 'verwijzing-wet',
    severity: 'error',
    beschrijving:
      'Een verwijzing naar een wet, `:wet[pw]{artikel=18}`, noemt tussen de haken de afkorting van een wet uit `wetten` in `verordening.yml`. Zo kan de site naar wetten.overheid.nl linken. Het kenmerk `artikel` (en eventueel `lid`) is het artikel in die wet. Met de vastgestelde woorden in `tekst="…"` (zie `verwijzing-tekst`) moet de wet net zo bekend zijn.',
    oplossing:
      'Gebruik de afkorting uit `verordening.yml` (bijvoorbeeld `pw`, `wmo`, `awb`), of voeg de wet met haar BWB-id toe aan `wetten` in `verordening.yml`.',
    examples: [
      { titel: 'Goed: een bekende wet', bestanden: { '02-wmo.md': hoofdstuk(':wet[awb]{artikel="4:84"}') }, verwacht: [] },
      {
        titel: 'Goed: een bekende wet, met de vastgestelde woorden',
        bestanden: { '02-wmo.md': hoofdstuk(':wet[awb]{artikel="4:84" tekst="artikel 4:84 van de Algemene wet bestuursrecht"}') },
        verwacht: [],
      },
      {
        titel: 'Fout: een onbekende wet, ook met de vastgestelde woorden erbij',
        bestanden: { '02-wmo.md': hoofdstuk(':wet[wwb]{tekst="de Wet werk en bijstand"}') },
        verwacht: ['02-wmo.md:9:29: Onbekende wet `wwb`, bedoelt u `awb`?'],
      },
      {
        titel: 'Fout: een onbekende wet',
        bestanden: { '02-wmo.md': hoofdstuk(':wet[abw]{artikel="4:84"}') },
        verwacht: ['02-wmo.md:9:29: Onbekende wet `abw`, verwacht een afkorting uit `wetten` in verordening.yml (`pw`, `wmo`, `awb`)'],
      },
    ],
  },
  (tree, file) => {
    const context = hoofdstukContext(file)
    if (!context?.registries.verordening) return
    visit(tree, 'textDirective', (node: TextDirective) => {
      if (node.name !== 'wet') return
      const key = labelOf(node).trim()
      if (context.wetten.has(key)) return
      file.message(unknownName({ soort: 'wet', naam: key, bekend: context.wetten, onderwerp: key ? undefined : 'Verwijzing zonder wet' }), {
        place: node.data?.position?.opening ?? node.position,
      })
    })
  },
)
