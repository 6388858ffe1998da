// Renvooi for the terminal: readable without colour ([-weg-]{+nieuw+}), colour only as an extra.
import { describe, expect, it } from 'vitest'
import { juridischeRenvooi, renvooiVoorTerminal, segmentenAlsTekst, woordRenvooi } from '../../src/compare/renvooi.ts'
import type { Wijziging } from '../../src/compare/vergelijking.ts'
import type { ArtikelTekst } from '../../src/model/artikel-tekst.ts'

const tekst = (leden: string[]): ArtikelTekst => ({
  nr: '3.2',
  titel: 'Voorschot',
  leden: leden.map((value, index) => ({ nr: index + 1, tekst: value, onderdelen: [] })),
})
const wijziging = (oud: string[], nieuw: string[]): Wijziging => ({
  artikel: '3.2',
  soort: 'gewijzigd',
  delen: ['juridisch'],
  oud: { nr: '3.2', tekst: tekst(oud), inwoners: '', artikel: undefined as never, index: 0 },
  nieuw: { nr: '3.2', tekst: tekst(nieuw), inwoners: '', artikel: undefined as never, index: 0 },
})

describe('renvooi', () => {
  it('is zonder kleur leesbaar en heeft kleur alleen als extra', () => {
    const segmenten = woordRenvooi('binnen vijf werkdagen', 'binnen tien werkdagen')
    expect(segmentenAlsTekst(segmenten, false)).toBe('binnen [-vijf-]{+tien+} werkdagen')
    const coloured = segmentenAlsTekst(segmenten, true)
    expect(coloured).toContain('[-vijf-]')
    expect(coloured).toContain('{+tien+}')
    expect(coloured).toContain('\u001b[')
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe('binnen [-vijf-]{+tien+} werkdagen')
  })

  it('zet leden naast elkaar op nummer; een lid dat erbij komt of vervalt, staat helemaal onderstreept of doorgestreept', () => {
    const regels = juridischeRenvooi(wijziging(['Een.', 'Twee.', 'Drie.'], ['Een.', 'Drie.', 'Vier.']))
    expect(regels.map((regel) => `${regel.label} ${segmentenAlsTekst(regel.segmenten, false)}`)).toEqual([
      ' Voorschot',
      '1. Een.',
      '2. [-Twee-]{+Drie+}.',
      '3. [-Drie-]{+Vier+}.',
    ])
    const erbij = juridischeRenvooi(wijziging(['Een.'], ['Een.', 'Twee.']))
    expect(erbij.map((regel) => `${regel.label} ${segmentenAlsTekst(regel.segmenten, false)}`)).toEqual([' Voorschot', '1. Een.', '2. {+Twee.+}'])
    const eraf = juridischeRenvooi(wijziging(['Een.', 'Twee.'], ['Een.']))
    expect(eraf.map((regel) => `${regel.label} ${segmentenAlsTekst(regel.segmenten, false)}`)).toEqual([' Voorschot', '1. Een.', '2. [-Twee.-]'])
  })

  it('escapet tekst van de auteur voor de terminal', () => {
    const output = renvooiVoorTerminal([wijziging(['Een \u001b[31m.'], ['Een.'])], false, (text) => text.replace(/\u001b/g, '\\x1b'))
    expect(output).not.toContain('\u001b')
    expect(output).toContain('\\x1b')
  })
})
