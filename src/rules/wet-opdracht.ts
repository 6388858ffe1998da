/**
 * wet-opdracht: the wetten oblige the raad to regulate certain subjects by
 * verordening (the opdrachten tot regelgeving, src/model/wettelijk.ts). For
 * every wet the aanhef names, each opdracht needs an artikel whose grondslag
 * points to that wet artikel, or an artikel that says with
 * `opdracht="wet:artikel"` that a separate regeling (linked in its
 * juridische tekst) answers it.
 */
import { isContainer } from '../model/verordening-model.ts'
import { gedeeldeWetten, opdrachtStand, wetPlaats, wettelijkVoor } from '../model/wettelijk.ts'
import { attributePosition, tokens } from '../parse/attributes.ts'
import { exampleVerordening, wmoHoofdstuk } from './support/examples.ts'
import { defineRule } from './support/rule.ts'
import { artikelName, artikelNodes, capitalize, hoofdstukContext } from './support/walk.ts'

const wmoAanhef = exampleVerordening({ extra: 'aanhef: gelet op de artikelen 2.1.3 en 2.1.6 van de Wet maatschappelijke ondersteuning 2015\n' })
const elders =
  'De blijk van waardering voor mantelzorgers staat in de [Verordening mantelzorgwaardering Proefdorp](https://lokaleregelgeving.overheid.nl/CVDR000001).'

export default defineRule(
  {
    ruleId: 'wet-opdracht',
    severity: 'warning',
    beschrijving:
      'Een wet verplicht de raad om sommige onderwerpen bij verordening te regelen: de opdrachten tot regelgeving, zoals artikel 2.1.3 en 2.1.6 van de Wmo 2015, artikel 8, 8a en 8b van de Participatiewet en artikel 2.9 van de Jeugdwet. Voor elke wet die de aanhef in `verordening.yml` noemt (“gelet op … de Participatiewet”), heeft elke opdracht een artikel nodig waarvan de grondslag naar dat wetsartikel wijst (`grondslag="wmo:2.1.6"`). Regelt een aparte verordening het onderwerp, dan zegt een artikel dat met `opdracht="wmo:2.1.6"` en een link naar die regeling in de juridische tekst. De opdrachten staan in het register dat bij de toolchain hoort (met de bron op wetten.overheid.nl); een gemeente vult het aan in `wettelijk.yml`. De controle kijkt per wetsartikel, niet per lid: een grondslag op artikel 2.1.3 dekt alle opdrachten van artikel 2.1.3. De pagina voor de raad toont elke opdracht met het artikel dat haar draagt.',
    oplossing:
      'Voeg een artikel toe dat het onderwerp regelt, met de grondslag op het wetsartikel uit de melding (`grondslag="wmo:2.1.6"`). Staat het in een aparte verordening, zet dan `opdracht="wmo:2.1.6"` op een artikel dat naar die verordening linkt.',
    examples: [
      {
        titel: 'Goed: elke opdracht van de Wmo 2015 heeft een artikel',
        bestanden: { 'verordening.yml': wmoAanhef, '02-wmo.md': wmoHoofdstuk({ grondslag: 'wmo:2.1.3 wmo:2.1.6' }) },
        verwacht: [],
      },
      {
        titel: 'Goed: een aparte verordening regelt de blijk van waardering',
        bestanden: {
          'verordening.yml': wmoAanhef,
          '02-wmo.md': wmoHoofdstuk({ grondslag: 'wmo:2.1.3', kenmerken: 'opdracht="wmo:2.1.6"', juridisch: elders }),
        },
        verwacht: [],
      },
      {
        titel: 'Goed: een wet die de aanhef niet noemt, vraagt hier niets',
        bestanden: {},
        verwacht: [],
      },
      {
        titel: 'Fout: geen artikel voor de blijk van waardering voor mantelzorgers',
        bestanden: { 'verordening.yml': wmoAanhef, '02-wmo.md': wmoHoofdstuk({ grondslag: 'wmo:2.1.3' }) },
        verwacht: [
          'verordening.yml:11:9: De Wet maatschappelijke ondersteuning 2015 vraagt in artikel 2.1.6 een regel in de verordening over: hoe het college zorgt voor een jaarlijkse blijk van waardering voor de mantelzorgers van cliënten; geen artikel heeft `grondslag="wmo:2.1.6"`, verwacht een artikel dat dit regelt met die grondslag, of `opdracht="wmo:2.1.6"` op een artikel dat naar een aparte verordening linkt',
        ],
      },
      {
        titel: 'Fout: een BWB-id dat niet bij de naam van de wet past',
        bestanden: {
          'verordening.yml': exampleVerordening({
            extra: '  wgs: { naam: Wet gemeentelijke schuldhulpverlening, afkorting: Wgs, bwb: BWBR0031594 }\n',
          }),
        },
        verwacht: [
          'verordening.yml:11:76: De Wet gemeentelijke schuldhulpverlening (`wgs`) heeft hier het BWB-id BWBR0031594, maar op wetten.overheid.nl is het BWBR0031331, verwacht `bwb: BWBR0031331` (anders kent de juridische toets deze wet niet)',
        ],
      },
      {
        titel: 'Fout: opdracht naar een wetsartikel zonder opdracht, en zonder link',
        bestanden: {
          'verordening.yml': wmoAanhef,
          '02-wmo.md': wmoHoofdstuk({ grondslag: 'wmo:2.1.3 wmo:2.1.6', kenmerken: 'opdracht="wmo:2.1.7"' }),
        },
        verwacht: [
          '02-wmo.md:7:51: Artikel 2.1 noemt `opdracht="wmo:2.1.7"`, maar artikel 2.1.7 van de Wet maatschappelijke ondersteuning 2015 staat niet in het register van opdrachten (wel: 2.1.3, 2.1.6), verwacht een wetsartikel dat de raad opdraagt iets bij verordening te regelen',
          '02-wmo.md:7:51: Artikel 2.1 zegt met `opdracht="wmo:2.1.7"` dat een andere regeling de opdracht uitvoert, maar de juridische tekst linkt nergens heen, verwacht een link naar die regeling, bijvoorbeeld `[Verordening …](https://lokaleregelgeving.overheid.nl/CVDR…)`',
        ],
      },
    ],
  },
  (tree, file) => {
    const context = file.data.context
    if (!context) return
    if (file.data.kind === 'verordening') {
      const registry = context.registries.verordening
      if (!registry) return
      // A wet whose naam the registers know under another BWB id: its opdrachten, termijnen and definities would be skipped silently.
      for (const [key, wet] of Object.entries(registry.data.wetten)) {
        const bekend = gedeeldeWetten.find((register) => register.naam.toLowerCase() === wet.naam.toLowerCase())
        if (!bekend || bekend.wet === wet.bwb) continue
        file.message(
          `De ${wet.naam} (\`${key}\`) heeft hier het BWB-id ${wet.bwb}, maar op wetten.overheid.nl is het ${bekend.wet}, verwacht \`bwb: ${bekend.wet}\` (anders kent de juridische toets deze wet niet)`,
          { place: registry.place(['wetten', key, 'bwb']) },
        )
      }
      const place = registry.place(['aanhef']) ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }
      const seen = new Set<string>()
      for (const stand of opdrachtStand(context)) {
        if (stand.dragers.length > 0) continue
        const key = `${stand.wet}:${stand.item.artikel}`
        const plaatsInWet = wetPlaats(stand.item)
        if (seen.has(`${key} ${plaatsInWet}`)) continue
        seen.add(`${key} ${plaatsInWet}`)
        file.message(
          `De ${stand.register.naam} vraagt in ${plaatsInWet} een regel in de verordening over: ${stand.item.wat}; geen artikel heeft \`grondslag="${key}"\`, verwacht een artikel dat dit regelt met die grondslag, of \`opdracht="${key}"\` op een artikel dat naar een aparte verordening linkt`,
          { place },
        )
      }
      return
    }
    if (!hoofdstukContext(file)) return
    const opdrachten = wettelijkVoor(context).opdrachten
    for (const node of artikelNodes(tree)) {
      for (const token of tokens(node.attributes?.opdracht)) {
        const place = attributePosition(file, node, 'opdracht', token)
        const colon = token.indexOf(':')
        const wet = colon === -1 ? token : token.slice(0, colon)
        const artikel = colon === -1 ? '' : token.slice(colon + 1)
        const naam = context.verordening.meta.wetten[wet]?.naam
        if (!naam) {
          file.message(
            `Onbekende wet \`${wet}\` in \`opdracht="${token}"\` van ${artikelName(node)}, verwacht een afkorting uit \`wetten\` in verordening.yml (${[...context.wetten].map((key) => `\`${key}\``).join(', ')})`,
            { place },
          )
          continue
        }
        const vanWet = opdrachten.filter((entry) => entry.wet === wet)
        if (!vanWet.some((entry) => entry.item.artikel === artikel)) {
          const bekend = [...new Set(vanWet.map((entry) => entry.item.artikel))]
          file.message(
            `${capitalize(artikelName(node))} noemt \`opdracht="${token}"\`, maar artikel ${artikel || '(geen)'} van de ${naam} staat niet in het register van opdrachten${bekend.length > 0 ? ` (wel: ${bekend.join(', ')})` : ''}, verwacht een wetsartikel dat de raad opdraagt iets bij verordening te regelen`,
            { place },
          )
        }
        const juridisch = node.children.find((child) => isContainer(child, 'juridisch'))
        if (!juridisch || !heeftLink(juridisch)) {
          file.message(
            `${capitalize(artikelName(node))} zegt met \`opdracht="${token}"\` dat een andere regeling de opdracht uitvoert, maar de juridische tekst linkt nergens heen, verwacht een link naar die regeling, bijvoorbeeld \`[Verordening …](https://lokaleregelgeving.overheid.nl/CVDR…)\``,
            { place },
          )
        }
      }
    }
  },
)

function heeftLink(node: { type: string; children?: unknown }): boolean {
  if (node.type === 'link') return true
  return Array.isArray(node.children) && (node.children as Array<{ type: string; children?: unknown }>).some(heeftLink)
}
