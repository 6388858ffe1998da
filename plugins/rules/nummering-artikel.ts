/**
 * nummering-artikel: artikelen are numbered per hoofdstuk — n.1, n.2, … —
 * without gaps or doubles, and no number stands without text ("gereserveerd"
 * or an empty artikel), after Aanwijzing 3.54. The author sees the numbers the
 * raad will see, so they are checked as written, never renumbered silently.
 */
import { toString } from 'mdast-util-to-string'
import { defineRule } from '../rule.ts'
import { isContainer } from '../verordening-model.ts'
import { exampleHoofdstuk } from '../example-hoofdstuk.ts'
import { artikelName, artikelNodes, capitalize, hoofdstukContext } from '../walk.ts'

const hoofdstuk = (...nummers: string[]) => exampleHoofdstuk({ artikelen: nummers.map((nr) => ({ nr })) })

export default defineRule(
  {
    ruleId: 'nummering-artikel',
    severity: 'error',
    beschrijving:
      'Artikelen zijn per hoofdstuk genummerd: in hoofdstuk 2 zijn dat 2.1, 2.2, 2.3 … zonder gaten en zonder dubbele nummers (Aanwijzing 3.54). Een artikel zonder tekst of met alleen "gereserveerd" of "vervallen" is niet toegestaan: een nummer staat nooit zonder regel.',
    oplossing:
      'Nummer de artikelen opnieuw in de volgorde waarin ze in het bestand staan. Haal een leeg of gereserveerd artikel weg en hernummer de artikelen erna; pas ook de verwijzingen `:artikel[…]` aan.',
    examples: [
      { titel: 'Goed: 2.1 en 2.2', bestanden: { '02-wmo.md': hoofdstuk('2.1', '2.2') }, verwacht: [] },
      {
        titel: 'Fout: 2.2 ontbreekt',
        bestanden: { '02-wmo.md': hoofdstuk('2.1', '2.3') },
        verwacht: ['02-wmo.md:16:17: Artikel 2.3 volgt op artikel 2.1, verwacht `2.2`: de nummering loopt door zonder gaten'],
      },
      {
        titel: 'Fout: dubbel nummer en het verkeerde hoofdstuk',
        bestanden: { '02-wmo.md': hoofdstuk('2.1', '2.1', '3.3') },
        verwacht: [
          '02-wmo.md:16:17: Artikel 2.1 komt twee keer voor, verwacht `2.2`',
          '02-wmo.md:25:17: Artikel 3.3 staat in hoofdstuk 2, verwacht `2.2`',
        ],
      },
      {
        titel: 'Fout: één nummer twee keer getypt; het artikel erna krijgt geen tweede melding',
        bestanden: { '02-wmo.md': hoofdstuk('2.1', '2.1', '2.3') },
        verwacht: ['02-wmo.md:16:17: Artikel 2.1 komt twee keer voor, verwacht `2.2`'],
      },
      {
        titel: 'Fout: een gereserveerd artikel',
        bestanden: { '02-wmo.md': exampleHoofdstuk({ artikelen: [{}, { nr: '2.2', juridisch: 'Gereserveerd.' }] }) },
        verwacht: ['02-wmo.md:16:1: Artikel 2.2 heeft geen tekst (leeg, gereserveerd of vervallen), verwacht een artikel met een regel: haal het weg en hernummer de artikelen erna'],
      },
    ],
  },
  (tree, file) => {
    const context = hoofdstukContext(file)
    const hoofdstuk = file.data.hoofdstuk
    if (!context || !hoofdstuk) return
    let previous = 0
    const nodes = artikelNodes(tree)
    for (const [index, node] of nodes.entries()) {
      const nr = node.attributes?.nr
      const place = node.data?.position?.attributes?.nr ? { start: valueStart(node.data.position.attributes.nr.start), end: node.data.position.attributes.nr.end } : (node.data?.position?.opening ?? node.position)
      const expected = `${hoofdstuk.nr}.${previous + 1}`
      const juridisch = node.children.find((child) => isContainer(child, 'juridisch'))
      const text = toString(juridisch ?? node).trim()
      if (text === '' || /^(gereserveerd|vervallen)[.!]?$/i.test(text) || /^(gereserveerd|vervallen)[.!]?$/i.test((node.attributes?.titel ?? '').trim())) {
        file.message(`${capitalize(artikelName(node))} heeft geen tekst (leeg, gereserveerd of vervallen), verwacht een artikel met een regel: haal het weg en hernummer de artikelen erna`, {
          place: node.data?.position?.opening ?? node.position,
        })
      }
      if (!nr) {
        file.message(`Artikel zonder nummer, verwacht \`nr="${expected}"\``, { place })
        previous++
        continue
      }
      const match = /^(\d+)\.(\d+)$/.exec(nr)
      if (!match) {
        file.message(`Artikelnummer \`${nr}\` heeft niet de vorm hoofdstuk.volgnummer, verwacht \`${expected}\``, { place })
        previous++
        continue
      }
      const [chapter, sequence] = [Number(match[1]), Number(match[2])]
      if (hoofdstuk.nr > 0 && chapter !== hoofdstuk.nr) {
        file.message(`Artikel ${nr} staat in hoofdstuk ${hoofdstuk.nr}, verwacht \`${expected}\``, { place })
        previous++
        continue
      }
      if (sequence === previous) file.message(`Artikel ${nr} komt twee keer voor, verwacht \`${expected}\``, { place })
      else if (sequence !== previous + 1) {
        file.message(
          previous === 0
            ? `Artikel ${nr} is het eerste artikel van hoofdstuk ${chapter}, verwacht \`${expected}\`: de nummering begint bij ${expected}`
            : `Artikel ${nr} volgt op artikel ${chapter}.${previous}, verwacht \`${expected}\`: de nummering loopt door zonder gaten`,
          { place },
        )
      }
      // A number typed twice where the next one follows on is one slip (4.1, 4.2, 4.2, 4.4):
      // count it as the number it should have been, so the next artikel is not blamed too.
      const typo = sequence === previous && nodes[index + 1]?.attributes?.nr === `${chapter}.${previous + 2}`
      previous = typo ? previous + 1 : sequence
    }
  },
)

// The attribute span starts at the name (`nr=`); authors fix the value.
function valueStart(point: { line: number; column: number; offset?: number | undefined }) {
  return { line: point.line, column: point.column + 'nr="'.length, offset: point.offset === undefined ? undefined : point.offset + 4 }
}
