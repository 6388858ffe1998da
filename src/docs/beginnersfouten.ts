// Typical beginner mistakes, each applied to the shipped example, with the
// exact message it gives. The same list is a test (test/beginnersfouten.test.ts:
// every mistake gives exactly these messages, and nothing else) and the table
// in docs/schrijven.md (`npm run docs` writes it; the test checks that the
// guide holds the table as rendered here), so the guide cannot drift from
// what `check` says.

export interface Beginnersfout {
  /** What the author did, in Dutch, as the guide shows it. */
  wat: string
  /** The file in verordening/ that is changed. */
  bestand: string
  /** The exact text in that file that is replaced (it must occur exactly once). */
  zoek: string
  /** What it is replaced with. */
  door: string
  /** Every message `check` then gives: `bestand:regel:kolom ruleId: tekst`, in reading order. */
  verwacht: string[]
}

const wmo = '04-zelfstandig-thuis-en-meedoen.md'
const art43 =
  '::::artikel{nr="4.3" titel="Een schoon en leefbaar huis" effect="zelfstandig-thuis" grondwaarde="wmo.zelfredzaamheid gedeeld.eigen-regie" grondslag="wmo:2.1.3 wmo:2.3.5"}'

export const beginnersfouten: Beginnersfout[] = [
  {
    wat: 'De `:::` onder `:::juridisch` vergeten',
    bestand: wmo,
    zoek: 'welke taken daarbij horen.\n:::\n',
    door: 'welke taken daarbij horen.\n',
    verwacht: [
      '04-zelfstandig-thuis-en-meedoen.md:63:1 directive-afgesloten: Blok `juridisch` is niet afgesloten vóór `:::inwoners` op regel 68, verwacht een regel `:::` vóór regel 68',
    ],
  },
  {
    wat: 'De `:::` onder `:::inwoners` vergeten',
    bestand: wmo,
    zoek: 'een schoon huis en schone kleren.\n:::\n',
    door: 'een schoon huis en schone kleren.\n',
    verwacht: [
      '04-zelfstandig-thuis-en-meedoen.md:69:1 directive-afgesloten: Blok `inwoners` is niet afgesloten vóór `:::toelichting` op regel 76, verwacht een regel `:::` vóór regel 76',
    ],
  },
  {
    wat: 'De `::::` onder een artikel vergeten',
    bestand: wmo,
    zoek: 'zodat de inwoner weet waar hij recht op heeft.\n:::\n::::\n',
    door: 'zodat de inwoner weet waar hij recht op heeft.\n:::\n',
    verwacht: [
      '04-zelfstandig-thuis-en-meedoen.md:61:1 directive-afgesloten: Blok `artikel` is niet afgesloten vóór `::::artikel` op regel 81, verwacht een regel `::::` vóór regel 81',
    ],
  },
  {
    wat: 'Drie dubbele punten voor een artikel in plaats van vier',
    bestand: wmo,
    zoek: art43,
    door: art43.slice(1),
    verwacht: [
      '04-zelfstandig-thuis-en-meedoen.md:61:1 directive-afgesloten: Blok `artikel` begint met evenveel dubbele punten als `:::juridisch` erin (regel 63), verwacht `::::artikel`: een artikel heeft meer dubbele punten dan de delen erin',
    ],
  },
  {
    wat: 'Een tikfout in de naam van een blok',
    bestand: wmo,
    zoek: 'welke taken daarbij horen.\n:::\n\n:::inwoners',
    door: 'welke taken daarbij horen.\n:::\n\n:::inwonres',
    verwacht: ['04-zelfstandig-thuis-en-meedoen.md:69:1 directive-bekend: Onbekend blok `:::inwonres`, bedoelt u `:::inwoners`?'],
  },
  {
    wat: 'Een tikfout in een effect',
    bestand: wmo,
    zoek: art43,
    door: art43.replace('effect="zelfstandig-thuis"', 'effect="zelfstandig-thuiss"'),
    verwacht: ['04-zelfstandig-thuis-en-meedoen.md:61:66 artikel-effect: Onbekend effect `zelfstandig-thuiss` in artikel 4.3, bedoelt u `zelfstandig-thuis`?'],
  },
  {
    wat: 'Een grondwaarde zonder de wet ervoor',
    bestand: wmo,
    zoek: art43,
    door: art43.replace('grondwaarde="wmo.zelfredzaamheid', 'grondwaarde="zelfredzaamheid'),
    verwacht: [
      '04-zelfstandig-thuis-en-meedoen.md:61:98 artikel-grondwaarde: Onbekende grondwaarde `zelfredzaamheid` in artikel 4.3, bedoelt u `wmo.zelfredzaamheid`?',
    ],
  },
  {
    wat: 'Een tikfout in de naam van een kenmerk',
    bestand: wmo,
    zoek: art43,
    door: art43.replace('titel=', 'titl='),
    verwacht: ['04-zelfstandig-thuis-en-meedoen.md:61:22 directive-attributen: Onbekend kenmerk `titl` bij `artikel`, bedoelt u `titel`?'],
  },
  {
    wat: 'Een aanhalingsteken vergeten in een kenmerk',
    bestand: wmo,
    zoek: art43,
    door: art43.replace('titel="Een schoon en leefbaar huis"', 'titel="Een schoon en leefbaar huis'),
    verwacht: [
      '04-zelfstandig-thuis-en-meedoen.md:61:1 directive-vorm: Regel begint als blok `::::artikel` maar is geen geldig blok, verwacht `::::artikel{naam="waarde" …}` met aanhalingstekens om elke waarde en een `}` aan het eind',
    ],
  },
  {
    wat: 'Een begrip in het meervoud zonder `term`',
    bestand: wmo,
    zoek: 'Dat heet :begrip[gebruikelijke hulp].',
    door: 'Dat heet :begrip[gebruikelijke hulpen].',
    verwacht: [
      '04-zelfstandig-thuis-en-meedoen.md:72:148 begrip-gedefinieerd: Begrip `gebruikelijke hulpen` staat niet in begrippen.yml, bedoelt u `gebruikelijke hulp`?',
    ],
  },
  {
    wat: 'Een verwijzing naar een artikel dat niet bestaat',
    bestand: wmo,
    zoek: 'overeenkomstig :artikel[4.6].',
    door: 'overeenkomstig :artikel[4.16].',
    verwacht: ['04-zelfstandig-thuis-en-meedoen.md:36:113 verwijzing-artikel: Artikel 4.16 bestaat niet, bedoelt u artikel 4.1?'],
  },
  {
    wat: 'Twee artikelen met hetzelfde nummer',
    bestand: wmo,
    zoek: art43,
    door: art43.replace('nr="4.3"', 'nr="4.2"'),
    verwacht: ['04-zelfstandig-thuis-en-meedoen.md:61:17 nummering-artikel: Artikel 4.2 komt twee keer voor, verwacht `4.3`'],
  },
  {
    wat: 'Leden overgeslagen (1, 2, 4)',
    bestand: wmo,
    zoek: '3. Het college legt in de beschikking vast welk effect',
    door: '4. Het college legt in de beschikking vast welk effect',
    verwacht: [
      '04-zelfstandig-thuis-en-meedoen.md:66:1 nummering-lid: Lid 4 in artikel 4.3 volgt op lid 2, verwacht lid 3: de nummering loopt door zonder gaten',
    ],
  },
  {
    wat: 'Een afbeelding zonder beschrijving',
    bestand: wmo,
    zoek: 'Dan kunt u hulp in huis krijgen.',
    door: 'Dan kunt u hulp in huis krijgen.\n\n![](schoonmaak.png)',
    verwacht: [
      '04-zelfstandig-thuis-en-meedoen.md:72:1 afbeelding-alt: Afbeelding zonder alt-tekst, verwacht tussen de vierkante haken een korte beschrijving van wat erop staat',
    ],
  },
  {
    wat: 'Een spatie te veel voor een veld in een register',
    bestand: 'effecten.yml',
    zoek: '- id: snel-duidelijkheid\n  titel:',
    door: '- id: snel-duidelijkheid\n   titel:',
    verwacht: [
      'effecten.yml:5:4 yaml-syntax: YAML-fout: inspringing klopt niet: `titel` springt 3 spaties in, verwacht 2 zoals `id` op regel 4; velden op hetzelfde niveau staan recht onder elkaar',
    ],
  },
  {
    wat: 'Inspringen met een tab in een register',
    bestand: 'effecten.yml',
    zoek: '- id: snel-duidelijkheid\n  titel:',
    door: '- id: snel-duidelijkheid\n\ttitel:',
    verwacht: ['effecten.yml:5:1 yaml-syntax: YAML-fout: inspringen met een tab, verwacht spaties'],
  },
  {
    wat: 'Een aanhalingsteken niet gesloten in een register',
    bestand: 'begrippen.yml',
    zoek: '- term: college\n  definitie: het college',
    door: '- term: college\n  definitie: "het college',
    verwacht: [
      'begrippen.yml:5:14 yaml-syntax: YAML-fout: het aanhalingsteken `"` op regel 5 wordt niet gesloten, verwacht een `"` aan het eind van de waarde',
    ],
  },
  {
    wat: 'Een tikfout in een veldnaam van een register',
    bestand: 'effecten.yml',
    zoek: '- id: snel-duidelijkheid\n  titel:',
    door: '- id: snel-duidelijkheid\n  titl:',
    verwacht: ['effecten.yml:5:3 register-schema: Onbekend veld `titl` in item 1, bedoelt u `titel`?'],
  },
  {
    wat: 'Een dubbele punt in een waarde zonder aanhalingstekens',
    bestand: 'effecten.yml',
    zoek: '  levensdomein: Hulp vragen\n',
    door: '  levensdomein: Hulp vragen: snel\n',
    verwacht: [
      'effecten.yml:10:17 yaml-syntax: YAML-fout: in deze waarde staat een dubbele punt met een spatie erna, verwacht de waarde tussen aanhalingstekens (`veld: "tekst: meer tekst"`)',
    ],
  },
  {
    wat: 'Een ambtelijk woord in de inwonerstekst',
    bestand: wmo,
    zoek: 'Dan kunt u hulp in huis krijgen.',
    door: 'Indien dat zo is, kunt u hulp in huis krijgen.',
    verwacht: [
      '04-zelfstandig-thuis-en-meedoen.md:70:83 taal-moeilijk-woord: Moeilijk woord “Indien” in de inwonerstekst, verwacht een gewoon woord: schrijf liever “Als”',
    ],
  },
  {
    wat: 'Een lijdende vorm in de inwonerstekst',
    bestand: wmo,
    zoek: 'Dan kunt u hulp in huis krijgen.',
    door: 'Dan wordt u in huis geholpen.',
    verwacht: [
      '04-zelfstandig-thuis-en-meedoen.md:70:87 taal-lijdende-vorm: Lijdende vorm “wordt u in huis geholpen” in de inwonerstekst, verwacht een bedrijvende zin: zeg wie het doet (“wij …”, “u …”)',
    ],
  },
  {
    wat: 'Een zin van meer dan twintig woorden in de inwonerstekst',
    bestand: wmo,
    zoek: 'Dan kunt u hulp in huis krijgen.',
    door: 'Dan kunt u hulp in huis krijgen van iemand die een paar uur per week komt en samen met u kijkt wat er moet gebeuren in uw huis.',
    verwacht: [
      '04-zelfstandig-thuis-en-meedoen.md:70:83 taal-zinslengte: Zin van 28 woorden in de inwonerstekst (“Dan kunt u hulp in huis …”), verwacht hoogstens 20: maak er kortere zinnen van',
    ],
  },
]

/** The table for docs/schrijven.md. */
export function renderBeginnersfouten(): string {
  const rows = beginnersfouten.map((fout) => {
    const meldingen = fout.verwacht.length === 0 ? 'geen melding' : fout.verwacht.map(cell).join('<br>')
    return `| ${fout.wat} | \`${fout.bestand}\` | ${meldingen} |`
  })
  return ['| Wat u doet | Bestand | Wat `check` zegt (regel:kolom, controle, melding) |', '| --- | --- | --- |', ...rows].join('\n')
}

/** `04-….md:63:1 directive-afgesloten: Blok …` → `63:1` `directive-afgesloten`: Blok … (the file is in its own column). */
function cell(entry: string): string {
  const match = /^[^:]+:(\d+:\d+) ([\w-]+): ([\s\S]*)$/.exec(entry)
  if (!match) return entry.replace(/\|/g, '\\|')
  return `${match[1]} \`${match[2]}\`: ${match[3]!.replace(/\|/g, '\\|')}`
}

export const tabelBegin = '<!-- beginnersfouten: begin (gemaakt door `npm run docs` uit src/docs/beginnersfouten.ts) -->'
export const tabelEinde = '<!-- beginnersfouten: einde -->'

/** The guide with the table between its markers replaced by the current one. */
export function withBeginnersfouten(guide: string): string {
  const start = guide.indexOf(tabelBegin)
  const end = guide.indexOf(tabelEinde)
  if (start === -1 || end === -1 || end < start) throw new Error(`docs/schrijven.md mist de markeringen ${tabelBegin} … ${tabelEinde}`)
  return `${guide.slice(0, start + tabelBegin.length)}\n${renderBeginnersfouten()}\n${guide.slice(end)}`
}
