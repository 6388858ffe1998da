// Golden tests of the wijzigingsopdrachten, one per kind of edit: the exact
// Dutch text, and that reading it back and applying it to the old text gives
// exactly the new text.
import { describe, expect, it } from 'vitest'
import { generateWijzigingsopdrachten } from '../../src/compare/opdrachten/generate.ts'
import { readWijzigingsopdrachten } from '../../src/compare/opdrachten/read.ts'
import { writeWijzigingsopdrachten } from '../../src/compare/opdrachten/write.ts'
import { parenVoorTeksten } from '../../src/compare/vergelijking.ts'
import { failure, succeed } from '../../src/messages/result.ts'
import type { ArtikelTekst, LidTekst } from '../../src/model/artikel-tekst.ts'
import { applyMarkdown } from '../helpers/opdrachten.ts'

type LidInput = string | [string, ...Array<[string, string]>]

function artikel(nr: string, titel: string, ...leden: LidInput[]): ArtikelTekst {
  const lid = (input: LidInput, index: number): LidTekst => {
    const [tekst, ...onderdelen] = typeof input === 'string' ? [input] : input
    return {
      nr: leden.length === 1 && typeof input === 'string' && input.startsWith('~') ? null : index + 1,
      tekst: tekst.replace(/^~/, ''),
      onderdelen: onderdelen.map(([letter, text]) => ({ letter, tekst: text })),
    }
  }
  return { nr, titel, leden: leden.map(lid) }
}

const basis = [
  artikel('3.1', 'Bijstand op maat', 'Het college stemt de bijstand af op de omstandigheden van de inwoner.', [
    'Bij de afstemming betrekt het college:',
    ['a', 'de gevolgen voor de kinderen;'],
    ['b', 'de schulden van de inwoner.'],
  ]),
  artikel('3.2', 'Voorschot', 'Het college verleent een voorschot.', 'Het college beslist binnen vijf werkdagen.', 'Dit lid geldt ook bij spoed.'),
  artikel('3.3', 'Kostendelers', '~Het college past de kostendelersnorm toe op de feitelijke situatie.'),
]

function roundTrip(oud: ArtikelTekst[], nieuw: ArtikelTekst[]): string {
  const markdown = writeWijzigingsopdrachten(generateWijzigingsopdrachten(parenVoorTeksten(oud, nieuw)))
  expect(applyMarkdown(oud, markdown)).toEqual(succeed(nieuw))
  return markdown
}

function edit(change: (list: ArtikelTekst[]) => void): ArtikelTekst[] {
  const copy = structuredClone(basis)
  change(copy)
  return copy
}

describe('wijzigingsopdrachten per soort wijziging', () => {
  it('een woord vervangen', () => {
    const nieuw = edit((list) => (list[1]!.leden[1]!.tekst = 'Het college beslist binnen tien werkdagen.'))
    expect(roundTrip(basis, nieuw)).toBe('### A\n\nIn artikel 3.2, tweede lid, wordt "vijf" vervangen door "tien".')
  })

  it('een woord invoegen', () => {
    const nieuw = edit((list) => (list[1]!.leden[0]!.tekst = 'Het college verleent direct een voorschot.'))
    expect(roundTrip(basis, nieuw)).toBe('### A\n\nIn artikel 3.2, eerste lid, wordt "verleent" vervangen door "verleent direct".')
  })

  it('woorden schrappen', () => {
    const nieuw = edit((list) => (list[2]!.leden[0]!.tekst = 'Het college past de kostendelersnorm toe.'))
    expect(roundTrip(basis, nieuw)).toBe('### A\n\nIn artikel 3.3 vervalt "op de feitelijke situatie".')
  })

  it('een woord in een onderdeel', () => {
    const nieuw = edit((list) => (list[0]!.leden[1]!.onderdelen[1]!.tekst = 'de problematische schulden van de inwoner.'))
    expect(roundTrip(basis, nieuw)).toBe('### A\n\nIn artikel 3.1, tweede lid, onderdeel b, wordt "de schulden" vervangen door "de problematische schulden".')
  })

  it('een lid toevoegen (aan het eind en ertussen)', () => {
    const end = edit((list) => list[1]!.leden.push({ nr: 4, tekst: 'Het college meldt het besluit schriftelijk.', onderdelen: [] }))
    expect(roundTrip(basis, end)).toBe('### A\n\nAan artikel 3.2 wordt een lid toegevoegd, luidende:\n\n> 4. Het college meldt het besluit schriftelijk.')
    const middle = edit((list) => {
      list[1]!.leden.splice(1, 0, { nr: 2, tekst: 'Het voorschot is ten minste 90 procent.', onderdelen: [] })
      list[1]!.leden.forEach((lid, index) => (lid.nr = index + 1))
    })
    expect(roundTrip(basis, middle)).toBe(
      '### A\n\nIn artikel 3.2 wordt, onder vernummering van het tweede en derde lid tot derde en vierde lid, na het eerste lid een lid ingevoegd, luidende:\n\n> 2. Het voorschot is ten minste 90 procent.',
    )
  })

  it('een lid laten vervallen', () => {
    const nieuw = edit((list) => {
      list[1]!.leden.splice(1, 1)
      list[1]!.leden.forEach((lid, index) => (lid.nr = index + 1))
    })
    expect(roundTrip(basis, nieuw)).toBe('### A\n\nArtikel 3.2, tweede lid, vervalt, onder vernummering van het derde lid tot tweede lid.')
  })

  it('een onderdeel toevoegen', () => {
    const nieuw = edit((list) => {
      const lid = list[0]!.leden[1]!
      lid.onderdelen[1]!.tekst = 'de schulden van de inwoner;'
      lid.onderdelen.push({ letter: 'c', tekst: 'de woning van het huishouden.' })
    })
    expect(roundTrip(basis, nieuw)).toBe(
      '### A\n\nArtikel 3.1 wordt als volgt gewijzigd:\n\n1. In het tweede lid, onderdeel b, wordt "inwoner." vervangen door "inwoner;".\n\n2. Aan het tweede lid wordt een onderdeel toegevoegd, luidende:\n\n   > - c. de woning van het huishouden.',
    )
  })

  it('een artikel invoegen, met vernummering van de volgende', () => {
    const nieuw = edit((list) => {
      list[2]!.nr = '3.4'
      list[1]!.nr = '3.3'
      list.splice(1, 0, artikel('3.2', 'Maatwerk', 'Het college kan afwijken.'))
    })
    expect(roundTrip(basis, nieuw)).toBe(
      '### A\n\nNa artikel 3.1 wordt een artikel ingevoegd, luidende:\n\n> **Artikel 3.2. Maatwerk**\n>\n> 1. Het college kan afwijken.\n\n### B\n\nArtikel 3.2 wordt vernummerd tot artikel 3.3.\n\n### C\n\nArtikel 3.3 wordt vernummerd tot artikel 3.4.',
    )
  })

  it('een artikel laten vervallen', () => {
    const nieuw = edit((list) => list.splice(2, 1))
    expect(roundTrip(basis, nieuw)).toBe('### A\n\nArtikel 3.3 vervalt.')
  })

  it('een artikel vernummeren en wijzigen', () => {
    const nieuw = edit((list) => {
      list.splice(1, 1)
      list[1]!.nr = '3.2'
      list[1]!.leden[0]!.tekst = 'Het college past de kostendelersnorm toe op de werkelijke situatie.'
    })
    expect(roundTrip(basis, nieuw)).toBe(
      '### A\n\nArtikel 3.2 vervalt.\n\n### B\n\nIn artikel 3.3 wordt "feitelijke" vervangen door "werkelijke".\n\n### C\n\nArtikel 3.3 wordt vernummerd tot artikel 3.2.',
    )
  })

  it('het opschrift wijzigen', () => {
    const nieuw = edit((list) => (list[1]!.titel = 'Voorschot tijdens de aanvraag'))
    expect(roundTrip(basis, nieuw)).toBe('### A\n\nHet opschrift van artikel 3.2 komt te luiden: "Voorschot tijdens de aanvraag".')
  })

  it('een lid dat te veel verandert, komt te luiden', () => {
    const nieuw = edit((list) => (list[1]!.leden[0]!.tekst = 'Binnen twee dagen krijgt de inwoner zo nodig een voorschot van het college, schriftelijk.'))
    expect(roundTrip(basis, nieuw)).toBe(
      '### A\n\nArtikel 3.2, eerste lid, komt te luiden:\n\n> 1. Binnen twee dagen krijgt de inwoner zo nodig een voorschot van het college, schriftelijk.',
    )
  })

  it('een artikel zonder genummerde leden dat een lid krijgt, komt te luiden', () => {
    const nieuw = edit(
      (list) =>
        (list[2]!.leden = [
          { nr: 1, tekst: 'Het college past de kostendelersnorm toe.', onderdelen: [] },
          { nr: 2, tekst: 'Het college onderzoekt de situatie.', onderdelen: [] },
        ]),
    )
    expect(roundTrip(basis, nieuw)).toBe(
      '### A\n\nArtikel 3.3 komt te luiden:\n\n> **Artikel 3.3. Kostendelers**\n>\n> 1. Het college past de kostendelersnorm toe.\n> 2. Het college onderzoekt de situatie.',
    )
  })

  it('een tekst met aanhalingstekens en een lid dat op een nummer lijkt', () => {
    const nieuw = edit((list) => (list[2]!.leden[0]!.tekst = "1. Zo'n norm geldt niet."))
    const markdown = roundTrip(basis, nieuw)
    expect(markdown).toContain("> \\1. Zo'n norm geldt niet.")
  })
})

describe('randgevallen', () => {
  it('een artikel zonder genummerde leden met alleen onderdelen', () => {
    const oud = [
      {
        nr: '1.1',
        titel: 'Begrippen',
        leden: [
          {
            nr: null,
            tekst: '',
            onderdelen: [
              { letter: 'a', tekst: 'college: het college van burgemeester en wethouders;' },
              { letter: 'b', tekst: 'inwoner: wie in de gemeente woont.' },
            ],
          },
        ],
      },
    ]
    const nieuw = structuredClone(oud)
    nieuw[0]!.leden[0]!.onderdelen[1]!.tekst = 'inwoner: wie in de gemeente woont of verblijft.'
    expect(roundTrip(oud, nieuw)).toBe('### A\n\nIn artikel 1.1, onderdeel b, wordt "woont" vervangen door "woont of verblijft".')
    // An onderdeel between the others: the artikel komt te luiden, and its empty lead reads back as empty.
    const tussen = structuredClone(oud)
    tussen[0]!.leden[0]!.onderdelen.splice(1, 0, { letter: 'b', tekst: 'gemeente: de gemeente Lingedal;' })
    tussen[0]!.leden[0]!.onderdelen[2]!.letter = 'c'
    expect(roundTrip(oud, tussen)).toBe(
      '### A\n\nArtikel 1.1 komt te luiden:\n\n> **Artikel 1.1. Begrippen**\n>\n> \\\n> - a. college: het college van burgemeester en wethouders;\n> - b. gemeente: de gemeente Lingedal;\n> - c. inwoner: wie in de gemeente woont.',
    )
  })
})

describe('opdrachten lezen en toepassen: fouten', () => {
  it('een tekst die niet precies één keer voorkomt', () => {
    expect(applyMarkdown(basis, "### A\n\nIn artikel 3.2, tweede lid, wordt 'het' vervangen door 'de'.")).toEqual(
      failure("De tekst 'het' komt niet voor in het tweede lid, verwacht precies één keer"),
    )
    expect(applyMarkdown(basis, "### A\n\nIn artikel 3.2, tweede lid, wordt 'Het college' vervangen door 'Wij'.").ok).toBe(true)
  })

  it('een onbekend artikel of een onbekende zin', () => {
    expect(applyMarkdown(basis, '### A\n\nArtikel 9.9 vervalt.')).toEqual(failure('Artikel 9.9 bestaat niet (meer) in de oude tekst'))
    expect(readWijzigingsopdrachten('### A\n\nArtikel 3.2 wordt mooier.')).toEqual(
      failure("Regel 3: 'Artikel 3.2 wordt mooier.' is geen wijzigingsopdracht die dit programma kent"),
    )
  })
})
