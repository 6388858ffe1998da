/**
 * nummering-artikel: artikelen are numbered per hoofdstuk — n.1, n.2, … —
 * without gaps or doubles, and no number stands without text ("gereserveerd"
 * or an empty artikel), after Aanwijzing 3.54. The author sees the numbers the
 * raad will see, so they are checked as written, never renumbered silently.
 */
import { toString } from 'mdast-util-to-string'
import type { Position } from 'unist'
import type { VFile } from 'vfile'
import type { Hoofdstuk } from '../model/schema.ts'
import { isContainer } from '../model/verordening-model.ts'
import { algemeen, algemeenHoofdstuk, exampleHoofdstuk } from './support/examples.ts'
import { defineRule } from './support/rule.ts'
import { artikelName, artikelNodes, capitalize, hoofdstukContext } from './support/walk.ts'

const hoofdstuk = (...nummers: string[]) => exampleHoofdstuk({ artikelen: nummers.map((nr) => ({ nr })) })
// Continuous numbering (Aanwijzing 3.54): hoofdstuk 1 has artikel 1 and 2, the rest runs on.
const doorlopendAlgemeen = algemeenHoofdstuk([
  { ...algemeen.toetsingsartikel, nr: '1' },
  { ...algemeen.hardheidsclausule, nr: '2' },
])

export default defineRule(
  {
    ruleId: 'nummering-artikel',
    severity: 'error',
    beschrijving:
      'Artikelen zijn per hoofdstuk genummerd: in hoofdstuk 2 zijn dat 2.1, 2.2, 2.3 … zonder gaten en zonder dubbele nummers (Aanwijzing 3.54). Aanwijzing 3.54 staat ook doorlopende nummering toe (1, 2, 3 … over alle hoofdstukken heen), zoals veel bestaande verordeningen hebben: heeft het eerste artikel een gewoon nummer (`nr="1"`), dan lopen alle artikelen zo door, en een later ingevoegd artikel heeft een letter (`3a` na `3`). Een artikel zonder tekst of met alleen "gereserveerd" of "vervallen" is niet toegestaan: een nummer staat nooit zonder regel.',
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
        verwacht: ['02-wmo.md:16:17: Artikel 2.1 komt twee keer voor, verwacht `2.2`', '02-wmo.md:25:17: Artikel 3.3 staat in hoofdstuk 2, verwacht `2.2`'],
      },
      {
        titel: 'Goed: doorlopende nummering over de hoofdstukken heen, met een ingevoegd artikel 3a',
        bestanden: { '01-algemeen.md': doorlopendAlgemeen, '02-wmo.md': hoofdstuk('3', '3a', '4') },
        verwacht: [],
      },
      {
        titel: 'Fout: doorlopende nummering met een gat en een nummer per hoofdstuk',
        bestanden: { '01-algemeen.md': doorlopendAlgemeen, '02-wmo.md': hoofdstuk('4', '2.2') },
        verwacht: [
          '02-wmo.md:7:17: Artikel 4 volgt op artikel 2, verwacht `3`: de nummering loopt door zonder gaten',
          '02-wmo.md:16:17: Artikelnummer `2.2` past niet in de doorlopende nummering van deze verordening (1, 2, 3 …), verwacht `5`',
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
        verwacht: [
          '02-wmo.md:16:1: Artikel 2.2 heeft geen tekst (leeg, gereserveerd of vervallen), verwacht een artikel met een regel: haal het weg en hernummer de artikelen erna',
        ],
      },
    ],
  },
  (tree, file) => {
    const context = hoofdstukContext(file)
    const hoofdstuk = file.data.hoofdstuk
    if (!context || !hoofdstuk) return
    const continuous = isContinuous(context.verordening.hoofdstukken)
    // Continuous numbering runs on from the last artikel of the hoofdstukken before this one.
    let last: Doorlopend = continuous ? lastBefore(context.verordening.hoofdstukken, hoofdstuk) : { nr: 0, letter: '' }
    let previous = 0
    const nodes = artikelNodes(tree)
    for (const [index, node] of nodes.entries()) {
      const nr = node.attributes?.nr
      const place = node.data?.position?.attributes?.nr
        ? { start: valueStart(node.data.position.attributes.nr.start), end: node.data.position.attributes.nr.end }
        : (node.data?.position?.opening ?? node.position)
      const expected = continuous ? `${last.nr + 1}` : `${hoofdstuk.nr}.${previous + 1}`
      const juridisch = node.children.find((child) => isContainer(child, 'juridisch'))
      const text = toString(juridisch ?? node).trim()
      if (text === '' || /^(gereserveerd|vervallen)[.!]?$/i.test(text) || /^(gereserveerd|vervallen)[.!]?$/i.test((node.attributes?.titel ?? '').trim())) {
        file.message(
          `${capitalize(artikelName(node))} heeft geen tekst (leeg, gereserveerd of vervallen), verwacht een artikel met een regel: haal het weg en hernummer de artikelen erna`,
          {
            place: node.data?.position?.opening ?? node.position,
          },
        )
      }
      if (!nr) {
        file.message(`Artikel zonder nummer, verwacht \`nr="${expected}"\``, { place })
        previous++
        last = { nr: last.nr + 1, letter: '' }
        continue
      }
      if (continuous) {
        last = checkContinuous(file, nr, last, place)
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

/** A continuous artikel number: 12, or 12a for an artikel inserted after 12 (the number as the raad adopted it). */
interface Doorlopend {
  nr: number
  letter: string
}

const doorlopend = /^(\d+)([a-z]?)$/

function parseDoorlopend(nr: string): Doorlopend | undefined {
  const match = doorlopend.exec(nr)
  return match ? { nr: Number(match[1]), letter: match[2] ?? '' } : undefined
}

const show = (value: Doorlopend) => `${value.nr}${value.letter}`

/** The verordening numbers its artikelen continuously (1, 2, 3 …) when its first artikel has a plain number. */
function isContinuous(hoofdstukken: readonly Hoofdstuk[]): boolean {
  const first = hoofdstukken.find((entry) => entry.artikelen.length > 0)?.artikelen[0]
  return first !== undefined && parseDoorlopend(first.nr) !== undefined
}

function lastBefore(hoofdstukken: readonly Hoofdstuk[], own: Hoofdstuk): Doorlopend {
  let last: Doorlopend = { nr: 0, letter: '' }
  for (const hoofdstuk of hoofdstukken) {
    if (hoofdstuk === own || hoofdstuk.nr >= own.nr) break
    for (const artikel of hoofdstuk.artikelen) last = parseDoorlopend(artikel.nr) ?? { nr: last.nr + 1, letter: '' }
  }
  return last
}

/** Continuous: n follows n−1 (or n−1 with a letter); an inserted na follows n, nb follows na. */
function checkContinuous(file: VFile, nr: string, last: Doorlopend, place: Position | undefined): Doorlopend {
  const value = parseDoorlopend(nr)
  const next = `${last.nr + 1}`
  if (!value) {
    file.message(`Artikelnummer \`${nr}\` past niet in de doorlopende nummering van deze verordening (1, 2, 3 …), verwacht \`${next}\``, { place })
    return { nr: last.nr + 1, letter: '' }
  }
  const insertedAfter = value.letter !== '' && value.nr === last.nr && value.letter === nextLetter(last.letter)
  if (value.letter === '' && value.nr === last.nr + 1) return value
  if (insertedAfter) return value
  if (value.nr === last.nr && value.letter === last.letter) {
    file.message(`Artikel ${nr} komt twee keer voor, verwacht \`${next}\``, { place })
  } else if (last.nr === 0) {
    file.message(`Artikel ${nr} is het eerste artikel, verwacht \`1\`: de doorlopende nummering begint bij 1`, { place })
  } else {
    file.message(
      `Artikel ${nr} volgt op artikel ${show(last)}, verwacht \`${next}\`${value.letter ? ` of \`${last.nr}${nextLetter(last.letter)}\`` : ''}: de nummering loopt door zonder gaten`,
      { place },
    )
  }
  return value
}

function nextLetter(letter: string): string {
  return letter === '' ? 'a' : String.fromCharCode(letter.charCodeAt(0) + 1)
}

// The attribute span starts at the name (`nr=`); authors fix the value.
function valueStart(point: { line: number; column: number; offset?: number | undefined }) {
  return { line: point.line, column: point.column + 'nr="'.length, offset: point.offset === undefined ? undefined : point.offset + 4 }
}
