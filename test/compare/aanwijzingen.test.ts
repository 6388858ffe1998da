// Golden tests after the examples of the Aanwijzingen voor de regelgeving
// (hoofdstuk 6, and 3.29 for the wording of a reference): for each edit the
// exact wijzigingsopdracht a jurist writes, and that it, read back and applied
// to the old text, gives exactly the new text. The aanwijzing each case follows
// is in its name. Cases the program does not write as a jurist would are in
// docs/schrijven.md ("Wat een jurist nog nakijkt").
import { describe, expect, it } from 'vitest'
import { generateWijzigingsopdrachten } from '../../src/compare/opdrachten/generate.ts'
import { writeWijzigingsopdrachten } from '../../src/compare/opdrachten/write.ts'
import { parenVoorTeksten } from '../../src/compare/vergelijking.ts'
import { succeed } from '../../src/messages/result.ts'
import type { ArtikelTekst } from '../../src/model/artikel-tekst.ts'
import { applyMarkdown } from '../helpers/opdrachten.ts'

/** An artikel with numbered leden; a lid is its text, or its text and onderdelen. */
function artikel(nr: string, titel: string, ...leden: Array<string | [string, ...string[]]>): ArtikelTekst {
  return {
    nr,
    titel,
    leden: leden.map((lid, index) => {
      const [tekst, ...onderdelen] = typeof lid === 'string' ? [lid] : lid
      return { nr: index + 1, tekst, onderdelen: onderdelen.map((text, at) => ({ letter: String.fromCharCode(97 + at), tekst: text })) }
    }),
  }
}

const artikel43 = artikel(
  '4.3',
  'Een schoon en leefbaar huis',
  'Het college kan als maatwerkvoorziening ondersteuning bij het huishouden verstrekken.',
  'Het college stelt de omvang van de ondersteuning vast op basis van het onderzoek.',
  'Het college legt in de beschikking vast welk effect met de ondersteuning wordt bereikt en welke taken daarbij horen.',
)
const artikel45 = artikel(
  '4.5',
  'Vervoer',
  'Het college draagt zorg voor collectief vraagafhankelijk vervoer.',
  'Het college kan een maatwerkvoorziening voor vervoer verstrekken, zoals een scootmobiel of een vergoeding voor ander vervoer.',
)
const artikel8 = artikel(
  '8',
  'Aanvraag',
  'Een aanvraag wordt ingediend bij het college.',
  [
    'Bij de aanvraag verstrekt de aanvrager:',
    'zijn naam en adres;',
    'de gegevens over zijn inkomen bij ziekte of andere omstandigheden;',
    'een verklaring van zijn werkgever.',
  ],
  'Het college stelt het model vast waarmee de aanvraag wordt gedaan.',
  'Het college beslist binnen acht weken op de aanvraag.',
  'Het college kan de termijn eenmaal met acht weken verdagen.',
)

/** The opdrachten from `oud` to `nieuw` as Markdown; the test fails unless they give exactly `nieuw`. */
function opdrachten(oud: ArtikelTekst[], nieuw: ArtikelTekst[]): string {
  const markdown = writeWijzigingsopdrachten(generateWijzigingsopdrachten(parenVoorTeksten(oud, nieuw)))
  expect(applyMarkdown(oud, markdown)).toEqual(succeed(nieuw))
  return markdown
}

function changed(source: ArtikelTekst, change: (copy: ArtikelTekst) => void): ArtikelTekst {
  const copy = structuredClone(source)
  change(copy)
  return copy
}

const lid = (nr: number, tekst: string) => ({ nr, tekst, onderdelen: [] })

describe('wijzigingsopdrachten naar de voorbeelden van de Aanwijzingen', () => {
  it('Ar 6.9: woorden vervangen, tussen dubbele aanhalingstekens', () => {
    const nieuw = changed(artikel8, (a) => (a.leden[2]!.tekst = 'Het college stelt de modellen vast waarmee de aanvraag wordt gedaan.'))
    expect(opdrachten([artikel8], [nieuw])).toBe('### A\n\nIn artikel 8, derde lid, wordt "het model" vervangen door "de modellen".')
  })

  it('Ar 6.15 (voorbeeld A): woorden in een onderdeel vervallen', () => {
    const nieuw = changed(artikel8, (a) => (a.leden[1]!.onderdelen[1]!.tekst = 'de gegevens over zijn inkomen bij ziekte;'))
    expect(opdrachten([artikel8], [nieuw])).toBe('### A\n\nIn artikel 8, tweede lid, onderdeel b, vervalt "of andere omstandigheden".')
  })

  it('Ar 6.15 (voorbeeld B): meer wijzigingen in één artikel, genummerd, het laatste lid vervalt zonder vernummering', () => {
    const nieuw = changed(artikel8, (a) => {
      a.leden[2]!.tekst = 'Het college stelt de modellen vast waarmee de aanvraag wordt gedaan.'
      a.leden.pop()
    })
    expect(opdrachten([artikel8], [nieuw])).toBe(
      '### A\n\nArtikel 8 wordt als volgt gewijzigd:\n\n1. In het derde lid wordt "het model" vervangen door "de modellen".\n\n2. Het vijfde lid vervalt.',
    )
  })

  it('Ar 6.9: een lid dat grotendeels verandert, komt te luiden (met het nummer voorop)', () => {
    const nieuw = changed(artikel8, (a) => (a.leden[3]!.tekst = 'Binnen zes weken na ontvangst van een volledige aanvraag neemt het college een besluit.'))
    expect(opdrachten([artikel8], [nieuw])).toBe(
      '### A\n\nArtikel 8, vierde lid, komt te luiden:\n\n> 4. Binnen zes weken na ontvangst van een volledige aanvraag neemt het college een besluit.',
    )
  })

  it('Ar 6.11: woorden aan het eind van een zin, zonder de punt aan te halen', () => {
    const nieuw = changed(artikel43, (a) => (a.leden[2]!.tekst = a.leden[2]!.tekst.replace('horen.', 'horen en hoeveel tijd daarvoor nodig is.')))
    expect(opdrachten([artikel43], [nieuw])).toBe('### A\n\nIn artikel 4.3, derde lid, wordt "horen" vervangen door "horen en hoeveel tijd daarvoor nodig is".')
  })

  it('Ar 6.11: een nieuw laatste lid wordt toegevoegd, zonder vernummering', () => {
    const nieuw = changed(artikel43, (a) => a.leden.push(lid(4, 'Het college kan de ondersteuning verstrekken als pgb.')))
    expect(opdrachten([artikel43], [nieuw])).toBe(
      '### A\n\nAan artikel 4.3 wordt een lid toegevoegd, luidende:\n\n> 4. Het college kan de ondersteuning verstrekken als pgb.',
    )
  })

  it('Ar 6.11: een lid ertussen wordt ingevoegd, onder vernummering van de leden die verschuiven', () => {
    const nieuw = changed(artikel8, (a) => {
      a.leden.splice(3, 0, lid(4, 'De aanvrager kan zich laten bijstaan door een cliëntondersteuner.'))
      a.leden.forEach((item, index) => (item.nr = index + 1))
    })
    expect(opdrachten([artikel8], [nieuw])).toBe(
      '### A\n\nIn artikel 8 wordt, onder vernummering van het vierde en vijfde lid tot vijfde en zesde lid, na het derde lid een lid ingevoegd, luidende:\n\n> 4. De aanvrager kan zich laten bijstaan door een cliëntondersteuner.',
    )
  })

  it('Ar 3.29: een lid vervalt, onder vernummering van de volgende leden', () => {
    const nieuw = changed(artikel8, (a) => {
      a.leden.splice(0, 1)
      a.leden.forEach((item, index) => (item.nr = index + 1))
    })
    expect(opdrachten([artikel8], [nieuw])).toBe(
      '### A\n\nArtikel 8, eerste lid, vervalt, onder vernummering van het tweede tot en met vijfde lid tot eerste tot en met vierde lid.',
    )
  })

  it('Ar 6.11: een artikel wordt na een bestaand artikel ingevoegd', () => {
    const nieuw = artikel('4.6', 'Respijtzorg', 'Het college kan een mantelzorger tijdelijk ontlasten.')
    expect(opdrachten([artikel43, artikel45], [artikel43, artikel45, nieuw])).toBe(
      '### A\n\nNa artikel 4.5 wordt een artikel ingevoegd, luidende:\n\n> **Artikel 4.6. Respijtzorg**\n>\n> 1. Het college kan een mantelzorger tijdelijk ontlasten.',
    )
  })

  it('Ar 6.10: een artikel vervalt (en wordt niet vernummerd)', () => {
    expect(opdrachten([artikel43, artikel45], [artikel43])).toBe('### A\n\nArtikel 4.5 vervalt.')
  })

  it('Ar 6.9: het opschrift van een artikel komt te luiden', () => {
    const nieuw = changed(artikel45, (a) => (a.titel = 'Vervoer en verplaatsen'))
    expect(opdrachten([artikel45], [nieuw])).toBe('### A\n\nHet opschrift van artikel 4.5 komt te luiden: "Vervoer en verplaatsen".')
  })

  it('issue 23: woorden met een komma ingevoegd geven één vervanging, van hele woorden', () => {
    const nieuw = changed(artikel45, (a) => (a.leden[1]!.tekst = a.leden[1]!.tekst.replace('scootmobiel of', 'scootmobiel, een aangepaste fiets of')))
    expect(opdrachten([artikel45], [nieuw])).toBe(
      '### A\n\nIn artikel 4.5, tweede lid, wordt "scootmobiel" vervangen door "scootmobiel, een aangepaste fiets".',
    )
  })

  it('issue 23: twee wijzigingen dicht bij elkaar zijn één vervanging, en een nieuw laatste lid wordt toegevoegd', () => {
    const nieuw = changed(artikel43, (a) => {
      a.leden[2]!.tekst =
        'Het college legt in de beschikking vast welk effect met de ondersteuning wordt bereikt, welke taken daarbij horen en hoeveel tijd daarvoor nodig is.'
      a.leden.push(lid(4, 'Het college kan de ondersteuning verstrekken als pgb.'))
    })
    expect(opdrachten([artikel43], [nieuw])).toBe(
      '### A\n\nArtikel 4.3 wordt als volgt gewijzigd:\n\n1. In het derde lid wordt "bereikt en welke taken daarbij horen" vervangen door "bereikt, welke taken daarbij horen en hoeveel tijd daarvoor nodig is".\n\n2. Er wordt een lid toegevoegd, luidende:\n\n   > 4. Het college kan de ondersteuning verstrekken als pgb.',
    )
  })

  it('Ar 6.9: een woord dat vaker voorkomt, wordt aangehaald met het woord ervoor, zodat het één keer voorkomt', () => {
    const oud = artikel('3.2', 'Termijnen', 'Het college beslist binnen acht weken en verdaagt ten hoogste met acht weken.')
    const nieuw = changed(oud, (a) => (a.leden[0]!.tekst = 'Het college beslist binnen acht weken en verdaagt ten hoogste met zes weken.'))
    expect(opdrachten([oud], [nieuw])).toBe('### A\n\nIn artikel 3.2, eerste lid, wordt "met acht" vervangen door "met zes".')
  })

  it('Ar 6.11: een onderdeel toegevoegd, met de puntkomma aan het slot van het vorige', () => {
    const nieuw = changed(artikel8, (a) => {
      a.leden[1]!.onderdelen[2]!.tekst = 'een verklaring van zijn werkgever;'
      a.leden[1]!.onderdelen.push({ letter: 'd', tekst: 'een kopie van zijn identiteitsbewijs.' })
    })
    expect(opdrachten([artikel8], [nieuw])).toBe(
      '### A\n\nArtikel 8 wordt als volgt gewijzigd:\n\n1. In het tweede lid, onderdeel c, wordt "werkgever." vervangen door "werkgever;".\n\n2. Aan het tweede lid wordt een onderdeel toegevoegd, luidende:\n\n   > - d. een kopie van zijn identiteitsbewijs.',
    )
  })
})
