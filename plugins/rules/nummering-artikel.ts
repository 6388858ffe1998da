/**
 * nummering-artikel: artikelen are numbered per hoofdstuk — n.1, n.2, … —
 * without gaps or doubles, and no number stands without text ("gereserveerd"
 * or an empty artikel), after Aanwijzing 3.54. The author sees the numbers the
 * raad will see, so they are checked as written, never renumbered silently.
 */
import { toString } from 'mdast-util-to-string'
import { defineRule } from '../rule.ts'
import { isContainer } from '../verordening-model.ts'
import { artikelName, artikelNodes, capitalize, hoofdstukContext } from '../walk.ts'

const artikel = (nr: string, juridisch = 'Het college kan hulp bieden.') => `::::artikel{nr="${nr}" titel="Hulp" effect="meedoen" grondwaarde="wmo.zelfredzaamheid" grondslag="wmo:2.3.5"}
:::juridisch
${juridisch}
:::
:::inwoners
Wij kunnen u helpen.
:::
::::
`
const hoofdstuk = (...artikelen: string[]) => `---\nhoofdstuk: 2\ntitel: Wmo\nwet: wmo\n---\n\n${artikelen.join('\n')}`

export default defineRule(
  {
    ruleId: 'nummering-artikel',
    severity: 'error',
    beschrijving:
      'Artikelen zijn per hoofdstuk genummerd: in hoofdstuk 2 zijn dat 2.1, 2.2, 2.3 … zonder gaten en zonder dubbele nummers (Aanwijzing 3.54). Een artikel zonder tekst of met alleen "gereserveerd" of "vervallen" is niet toegestaan: een nummer staat nooit zonder regel.',
    oplossing:
      'Nummer de artikelen opnieuw in de volgorde waarin ze in het bestand staan. Haal een leeg of gereserveerd artikel weg en hernummer de artikelen erna; pas ook de verwijzingen `:artikel[…]` aan.',
    examples: [
      { titel: 'Goed: 2.1 en 2.2', bestanden: { '02-wmo.md': hoofdstuk(artikel('2.1'), artikel('2.2')) }, verwacht: [] },
      { titel: 'Fout: 2.2 ontbreekt', bestanden: { '02-wmo.md': hoofdstuk(artikel('2.1'), artikel('2.3')) }, verwacht: ['02-wmo.md:16:17'] },
      { titel: 'Fout: dubbel nummer en het verkeerde hoofdstuk', bestanden: { '02-wmo.md': hoofdstuk(artikel('2.1'), artikel('2.1'), artikel('3.3')) }, verwacht: ['02-wmo.md:16:17', '02-wmo.md:25:17'] },
      { titel: 'Fout: een gereserveerd artikel', bestanden: { '02-wmo.md': hoofdstuk(artikel('2.1'), artikel('2.2', 'Gereserveerd.')) }, verwacht: ['02-wmo.md:16:1'] },
    ],
  },
  (tree, file) => {
    const context = hoofdstukContext(file)
    const hoofdstuk = file.data.hoofdstuk
    if (!context || !hoofdstuk) return
    let previous = 0
    for (const node of artikelNodes(tree)) {
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
      else if (sequence !== previous + 1) file.message(`Artikel ${nr} volgt op artikel ${chapter}.${previous}, verwacht \`${expected}\`: de nummering loopt door zonder gaten`, { place })
      previous = sequence
    }
  },
)

// The attribute span starts at the name (`nr=`); authors fix the value.
function valueStart(point: { line: number; column: number; offset?: number | undefined }) {
  return { line: point.line, column: point.column + 'nr="'.length, offset: point.offset === undefined ? undefined : point.offset + 4 }
}
