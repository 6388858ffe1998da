// How a reference reads: the Aanwijzingen voor de regelgeving (3.29) by
// default ("artikel 2.1, tweede lid"), the adopted words when `tekst` gives
// them, the same in the site's HTML (juridisch and inwoners) and in the plain
// text that comparisons read.
import { rm } from 'node:fs/promises'
import { afterAll, describe, expect, it } from 'vitest'
import { artikelTekst } from '../src/model/artikel-tekst.ts'
import { artikelVerwijzingTekst, lidWoorden, rangtelwoord, wetVerwijzingTekst } from '../src/model/verwijzing-tekst.ts'
import { checkVerordening } from '../src/pipeline/pipeline.ts'
import { wmoHoofdstuk } from '../src/rules/support/examples.ts'
import { buildSiteData } from '../src/views/site-data.ts'
import { makeFixture } from './helpers/fixture.ts'

const made: string[] = []
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })))
})

describe('rangtelwoorden', () => {
  it('writes the ordinals in words, with a trema where two vowels meet', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 19, 20].map(rangtelwoord)).toEqual([
      'eerste',
      'tweede',
      'derde',
      'vierde',
      'vijfde',
      'zesde',
      'zevende',
      'achtste',
      'negende',
      'tiende',
      'elfde',
      'twaalfde',
      'negentiende',
      'twintigste',
    ])
    expect([21, 22, 23, 28, 30, 33, 99].map(rangtelwoord)).toEqual([
      'eenentwintigste',
      'tweeëntwintigste',
      'drieëntwintigste',
      'achtentwintigste',
      'dertigste',
      'drieëndertigste',
      'negenennegentigste',
    ])
    expect(rangtelwoord(100)).toBe('100e')
  })
  it('names a lid by its ordinal, and a lid that is no plain number by its number', () => {
    expect(lidWoorden('2')).toBe('tweede lid')
    expect(lidWoorden('2a')).toBe('lid 2a')
    expect(lidWoorden('0')).toBe('lid 0')
  })
})

describe('the words of a reference', () => {
  it('follow aanwijzing 3.29 for an artikel, a lid and an onderdeel', () => {
    expect(artikelVerwijzingTekst({ nr: '3' })).toBe('artikel 3')
    expect(artikelVerwijzingTekst({ nr: '3', lid: '2' })).toBe('artikel 3, tweede lid')
    expect(artikelVerwijzingTekst({ nr: '4.2', lid: '1', onderdeel: 'b' })).toBe('artikel 4.2, eerste lid, onderdeel b')
    expect(artikelVerwijzingTekst({ nr: '7', onderdeel: 'c' })).toBe('artikel 7, onderdeel c')
  })
  it('name another regeling after "van de", by its afkorting', () => {
    expect(wetVerwijzingTekst({ naam: 'Wmo 2015', label: 'wmo', artikel: '2.3.6', lid: '4' })).toBe('artikel 2.3.6, vierde lid, van de Wmo 2015')
    expect(wetVerwijzingTekst({ naam: 'Awb', label: 'awb', artikel: '4:84' })).toBe('artikel 4:84 van de Awb')
    expect(wetVerwijzingTekst({ naam: 'Wgs', label: 'wgs', artikel: '3', lid: '1', onderdeel: 'b' })).toBe('artikel 3, eerste lid, onderdeel b, van de Wgs')
    expect(wetVerwijzingTekst({ naam: 'Wgs', label: 'wgs', artikel: '3', onderdeel: 'b' })).toBe('artikel 3, onderdeel b, van de Wgs')
    expect(wetVerwijzingTekst({ naam: 'Jeugdwet', label: 'jw' })).toBe('Jeugdwet')
    expect(wetVerwijzingTekst({ label: 'abw', artikel: '3' })).toBe('abw')
  })
  it('are the adopted words when `tekst` gives them, whitespace collapsed; an empty `tekst` counts as none', () => {
    expect(artikelVerwijzingTekst({ nr: '3', lid: '2', tekst: 'het  tweede lid\nvan artikel 3' })).toBe('het tweede lid van artikel 3')
    expect(wetVerwijzingTekst({ naam: 'Wmo 2015', label: 'wmo', tekst: 'Wet maatschappelijke ondersteuning 2015' })).toBe(
      'Wet maatschappelijke ondersteuning 2015',
    )
    expect(artikelVerwijzingTekst({ nr: '3', lid: '2', tekst: '  ' })).toBe('artikel 3, tweede lid')
  })
})

describe('references on the site and in the plain text', () => {
  const juridisch = `1. Het college kan hulp bieden.
2. Het college toetst volgens :artikel[1.1], :artikel[2.1]{lid=1} en :artikel[2.1]{lid=1 tekst="het eerste lid van artikel 2.1"}, onverminderd :wet[awb]{artikel="4:84" lid="2"} en :wet[wmo]{tekst="Wet maatschappelijke ondersteuning 2015"}.`
  const inwoners = 'Lees ook :artikel[2.1]{lid=2}, :artikel[1.1] en :artikel[2.1]{lid=2 tekst="artikel 2.1, tweede lid"}.'

  it('shows the Aanwijzingen wording or the adopted words, linked, in the juridische and the inwoners text, and the plain text says the same', async () => {
    const dir = await makeFixture({ '02-wmo.md': wmoHoofdstuk({ juridisch, inwoners }) })
    made.push(dir)
    const result = await checkVerordening(dir)
    expect(result.errors).toBe(0)
    expect(result.warnings).toBe(0)
    const site = buildSiteData(result.context, { imageUrl: () => null, now: new Date(0) })
    const artikel = site.artikelen.find((entry) => entry.nr === '2.1')!
    const html = String(artikel.leden[1]!.html)
    expect(html).toContain('<a class="verwijzing" href="/juridisch/#chp_1__art_1.1">artikel 1.1</a>')
    expect(html).toContain('<a class="verwijzing" href="/juridisch/#chp_2__art_2.1__para_1">artikel 2.1, eerste lid</a>')
    expect(html).toContain('<a class="verwijzing" href="/juridisch/#chp_2__art_2.1__para_1">het eerste lid van artikel 2.1</a>')
    expect(html).toMatch(/<a class="wet" href="https:\/\/wetten\.overheid\.nl\/[^"]*" rel="external">artikel 4:84, tweede lid, van de Awb<\/a>/)
    expect(html).toContain('>Wet maatschappelijke ondersteuning 2015</a>')
    // In the inwoners text an artikel is named by the title of its inwoners page, unless the author gave the words.
    expect(String(artikel.inwonersHtml)).toBe(
      '<p>Lees ook <a class="verwijzing" href="/inwoners/artikel/2-1/">Hulp bij u thuis</a>, <a class="verwijzing" href="/inwoners/artikel/1-1/">Eerst kijken wat u wilt bereiken</a> en <a class="verwijzing" href="/inwoners/artikel/2-1/">artikel 2.1, tweede lid</a>.</p>',
    )
    const model = result.context.verordening.hoofdstukken.flatMap((hoofdstuk) => hoofdstuk.artikelen).find((entry) => entry.nr === '2.1')!
    expect(artikelTekst(model, result.context.verordening.meta).leden[1]!.tekst).toBe(
      'Het college toetst volgens artikel 1.1, artikel 2.1, eerste lid en het eerste lid van artikel 2.1, onverminderd artikel 4:84, tweede lid, van de Awb en Wet maatschappelijke ondersteuning 2015.',
    )
  })

  it('refuses markup in the adopted words, like in every other kenmerk', async () => {
    const dir = await makeFixture({ '02-wmo.md': wmoHoofdstuk({ juridisch: 'Zie :wet[wmo]{tekst="de <b>Wmo</b>"}.' }) })
    made.push(dir)
    const result = await checkVerordening(dir)
    const messages = result.files.flatMap((file) => file.messages.map((message) => `${message.ruleId}: ${message.reason}`))
    expect(messages).toEqual(['directive-attributen: HTML in het kenmerk `tekst` bij `wet`, verwacht gewone tekst'])
  })

  it('still checks the target of a reference with `tekst`', async () => {
    const dir = await makeFixture({
      '02-wmo.md': wmoHoofdstuk({ juridisch: `1. Het college kan hulp bieden.\n2. Zie :artikel[2.1]{lid=3 tekst="artikel 2.1, derde lid"}.` }),
    })
    made.push(dir)
    const result = await checkVerordening(dir)
    const messages = result.files.flatMap((file) => file.messages.map((message) => `${message.ruleId}: ${message.reason}`))
    expect(messages).toEqual(['verwijzing-artikel: Artikel 2.1 heeft geen lid 3, verwacht lid 1 of 2'])
  })

  it('warns when the adopted words name another artikel, lid or onderdeel', async () => {
    const dir = await makeFixture({
      '02-wmo.md': wmoHoofdstuk({
        juridisch: `1. Het college kan hulp bieden.\n2. Zie :artikel[2.1]{lid=2 tekst="artikel 1.1, lid 1"}, :artikel[2.1]{lid=1 tekst="artikel 2.1, 1e lid"} en :wet[pw]{artikel="18" tekst="artikel 18a van de Participatiewet"}.`,
      }),
    })
    made.push(dir)
    const result = await checkVerordening(dir)
    const messages = result.files.flatMap((file) => file.messages.map((message) => `${message.ruleId}: ${message.reason}`))
    expect(messages).toEqual([
      'verwijzing-tekst: De woorden "artikel 1.1, lid 1" noemen artikel 2.1 en het tweede lid niet, terwijl de verwijzing daarheen wijst; verwacht bijvoorbeeld "artikel 2.1, tweede lid" of laat `tekst` weg',
      'verwijzing-tekst: De woorden "artikel 18a van de Participatiewet" noemen artikel 18 niet, terwijl de verwijzing daarheen wijst; verwacht bijvoorbeeld "artikel 18 van de Participatiewet" of laat `tekst` weg',
    ])
    expect(result.errors).toBe(0)
  })

  it('judges a number of 50 KB in a reference, and still tells 18 from 18a, 3 from 3.1 and 2.1 from 12.1', async () => {
    const long = 'a'.repeat(50_000)
    const dir = await makeFixture({
      '02-wmo.md': wmoHoofdstuk({
        juridisch: `1. Het college kan hulp bieden.\n2. Zie :artikel[${long}]{tekst="artikel 2.1"}, :wet[pw]{artikel="3" tekst="artikel 3.1 van de Participatiewet"}, :wet[pw]{artikel="2.1" tekst="artikel 12.1 van de Participatiewet"} en :wet[pw]{artikel="18" tekst="Artikel 18: de PW"}.`,
      }),
    })
    made.push(dir)
    const result = await checkVerordening(dir)
    const messages = result.files.flatMap((file) =>
      file.messages
        .filter((message) => message.ruleId === 'verwijzing-tekst' || /Interne fout/.test(message.reason))
        .map((message) => message.reason.slice(0, 60)),
    )
    expect(messages).toEqual([
      'De woorden "artikel 2.1" noemen artikel aaaaaaaaaaaaaaaaaaaa',
      'De woorden "artikel 3.1 van de Participatiewet" noemen artik',
      'De woorden "artikel 12.1 van de Participatiewet" noemen arti',
    ])
  })
})
