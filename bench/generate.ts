// Generates a realistic synthetic verordening of any size: the registries of
// a gemeente, a gemeenschappelijke kop and onderdelen per wet, artikelen with
// leden, onderdelen, begrippen, references, inwoners text, voorbeelden and
// toelichting. Used by the benchmarks; valid by construction (check passes).

export interface GeneratedVerordening {
  files: Map<string, string>
  artikelen: number
}

const wetten = ['pw', 'wmo', 'jw', 'wgs'] as const
const effecten = ['meedoen', 'zelfstandig-thuis', 'bestaanszekerheid', 'werk', 'veilig-opgroeien', 'schuldenvrij', 'mantelzorg', 'gezond'] as const
const begrippen = Array.from({ length: 40 }, (_, index) => `voorziening${String.fromCharCode(97 + (index % 26))}${index >= 26 ? 'x' : ''}`)

const juridischZinnen = [
  'Het college beslist op een aanvraag binnen acht weken na ontvangst daarvan, tenzij bij wettelijk voorschrift anders is bepaald.',
  'Bij de beoordeling betrekt het college de persoonlijke omstandigheden van de inwoner en de mogelijkheden van zijn netwerk.',
  'Het college kan nadere regels stellen over de wijze waarop de ondersteuning wordt verleend.',
  'De inwoner verstrekt het college desgevraagd de gegevens die nodig zijn voor de vaststelling van het recht op ondersteuning.',
  'Het college draagt er zorg voor dat de ondersteuning aansluit bij het effect dat de inwoner wil bereiken.',
]
const inwonersZinnen = [
  'Wij kijken samen met u wat u nodig heeft.',
  'U krijgt binnen acht weken een besluit.',
  'Heeft u vragen? Bel of mail ons gerust.',
  'Wij kijken eerst wat u zelf kunt.',
  'Uw familie of buren kunnen misschien ook helpen.',
]

export function generateVerordening(artikelen: number, perHoofdstuk = 50): GeneratedVerordening {
  const files = new Map<string, string>()
  files.set(
    'verordening.yml',
    `gemeente: Benchdorp
cbs: "9999"
citeertitel: Verordening sociaal domein Benchdorp
titel: Verordening van de gemeenteraad van Benchdorp houdende regels voor ondersteuning in het sociaal domein
status: concept
inwerkingtreding: 2027-01-01
voorbeeld: true
wetten:
  pw: { naam: Participatiewet, bwb: BWBR0015703 }
  wmo: { naam: Wet maatschappelijke ondersteuning 2015, afkorting: Wmo 2015, bwb: BWBR0035362 }
  jw: { naam: Jeugdwet, bwb: BWBR0034925 }
  wgs: { naam: Wet gemeentelijke schuldhulpverlening, afkorting: Wgs, bwb: BWBR0031331 }
  awb: { naam: Algemene wet bestuursrecht, afkorting: Awb, bwb: BWBR0005537 }
`,
  )
  files.set(
    'effecten.yml',
    effecten
      .map(
        (id, index) => `- id: ${id}
  titel: Effect ${index + 1}
  vraag: Ik wil hulp bij ${id.replace(/-/g, ' ')}
  tekst: Wij helpen u hierbij.
  levensdomein: Domein ${(index % 4) + 1}
  indicator: Aandeel inwoners dat dit bereikt
  status: vastgesteld
  raadsbesluit: { datum: 2026-06-01, kenmerk: RB-2026-${String(index + 1).padStart(3, '0')} }
`,
      )
      .join(''),
  )
  files.set(
    'grondwaarden.yml',
    [...wetten.map((wet) => ({ id: `${wet}.zelfredzaamheid`, wetten: [wet] })), { id: 'gedeeld.eigen-regie', wetten: [...wetten] }]
      .map(
        (grondwaarde) => `- id: ${grondwaarde.id}
  wetten: [${grondwaarde.wetten.join(', ')}]
  tekst: De inwoner doet zo veel mogelijk zelf mee.
  bron: { wet: ${grondwaarde.wetten[0]}, artikel: "1" }
`,
      )
      .join(''),
  )
  files.set(
    'begrippen.yml',
    begrippen
      .map(
        (term) => `- term: ${term}
  definitie: Een voorziening als bedoeld in deze verordening.
  uitleg: Hulp van de gemeente.
`,
      )
      .join(''),
  )

  let made = 0
  let hoofdstuk = 0
  let begripIndex = 0
  while (made < artikelen) {
    hoofdstuk++
    const wet = hoofdstuk === 1 ? null : wetten[(hoofdstuk - 2) % wetten.length]
    const count = Math.min(perHoofdstuk, artikelen - made)
    const parts = [`---\nhoofdstuk: ${hoofdstuk}\ntitel: Hoofdstuk ${hoofdstuk}\n${wet ? `wet: ${wet}\n` : ''}---\n`]
    for (let index = 1; index <= count; index++) {
      const nr = `${hoofdstuk}.${index}`
      const soort = hoofdstuk === 1 && index === 1 ? ' soort="toetsingsartikel"' : hoofdstuk === 1 && index === 2 ? ' soort="hardheidsclausule"' : ''
      const effect = effecten[(made + index) % effecten.length]
      const grondwaarde = wet ? `${wet}.zelfredzaamheid gedeeld.eigen-regie` : 'gedeeld.eigen-regie'
      const grondslag = wet ? ` grondslag="${wet}:${index}.${hoofdstuk}"` : ''
      const begrip = begrippen[begripIndex++ % begrippen.length]
      const reference = index > 1 ? ` Zie ook :artikel[${hoofdstuk}.${index - 1}]{lid=1}.` : ''
      const zin = (offset: number) => juridischZinnen[(made + index + offset) % juridischZinnen.length]
      const uitleg = (offset: number) => inwonersZinnen[(made + index + offset) % inwonersZinnen.length]
      parts.push(`
::::artikel{nr="${nr}" titel="Artikel over ${effect}" effect="${effect}" grondwaarde="${grondwaarde}"${grondslag}${soort}}
:::juridisch
1. Het college verstrekt een :begrip[${begrip}] als dat bijdraagt aan het effect. ${zin(0)}
2. ${zin(1)}${reference}
3. Het college kan:
   - a. ${zin(2)}
   - b. ${zin(3)}
:::

:::inwoners
${uitleg(0)} ${uitleg(1)} Dat heet een :begrip[${begrip}]. ${uitleg(2)}
:::
${index % 5 === 0 ? `\n:::voorbeeld{titel="Mevrouw ${nr}"}\n${uitleg(3)} ${uitleg(4)}\n:::\n` : ''}
:::toelichting
${zin(4)}
:::
::::
`)
    }
    made += count
    files.set(`${String(hoofdstuk).padStart(3, '0')}-hoofdstuk.md`, parts.join(''))
  }
  return { files, artikelen: made }
}

/**
 * One hoofdstuk file of many short artikelen (about 100 bytes each, no blank lines; no
 * titel or inwoners, so a few messages each), to be laid
 * over the registries of `generateVerordening`: 20,000 of them fill the 2 MB a
 * file may have. Tests the checker's time per artikel, not per byte.
 */
export function generateShortArtikelen(count: number): string {
  const parts = ['---\nhoofdstuk: 2\ntitel: Veel artikelen\nwet: wmo\n---\n']
  for (let index = 1; index <= count; index++) {
    parts.push(`::::artikel{nr="2.${index}" effect="meedoen" grondwaarde="gedeeld.eigen-regie"}\n:::juridisch\nHulp.\n:::\n::::\n`)
  }
  return parts.join('')
}

export interface HostileShape {
  name: string
  text: string
  /** False where plain remark itself takes minutes (it is quadratic there); then (a) is not measured. */
  plainParse: boolean
}

/**
 * The shapes of input that once stalled or crashed the checker (issue 8), and
 * an ordinary hoofdstuk of about 2 MB to compare them with.
 */
export function hostileShapes(): HostileShape[] {
  const ordinary = generateVerordening(1850, 1850).files.get('001-hoofdstuk.md') ?? ''
  return [
    { name: 'gewoon hoofdstuk, 1.850 artikelen', text: ordinary, plainParse: true },
    { name: '20.000 korte artikelen', text: generateShortArtikelen(20_000), plainParse: true },
    { name: '5.000 korte artikelen', text: generateShortArtikelen(5_000), plainParse: true },
    { name: '`> ` × 20.000', text: `${'> '.repeat(20_000)}x\n`, plainParse: true },
    { name: '`- ` × 20.000', text: `${'- '.repeat(20_000)}x\n`, plainParse: false },
    { name: '`- ` × 1.000.000 (scheidingslijn)', text: `${'- '.repeat(1_000_000)}\n`, plainParse: true },
    { name: '`*a` × 50.000', text: `${'*a'.repeat(50_000)}\n`, plainParse: false },
    { name: '`*a` × 1.000.000', text: `${'*a'.repeat(1_000_000)}\n`, plainParse: false },
    { name: '`[` × 50.000', text: `${'['.repeat(50_000)}\n`, plainParse: true },
    { name: '`[` × 2.000.000', text: `${'['.repeat(2_000_000)}\n`, plainParse: false },
  ]
}

/**
 * Kaders (kaders.yml) and `count` casussen (casussen/*.md) for a verordening
 * made by `generateVerordening(artikelen)`: every kader is named by artikel
 * x.1, each casus applies three artikelen, one in ten sets one aside, half
 * are publishable. Anonymous and valid, so check gives no errors.
 */
export function generateCasussen(count: number, artikelen: number, perHoofdstuk = 50): Map<string, string> {
  const files = new Map<string, string>()
  const nrs: string[] = []
  for (let index = 0; index < artikelen; index++) nrs.push(`${Math.floor(index / perHoofdstuk) + 1}.${(index % perHoofdstuk) + 1}`)
  files.set(
    'kaders.yml',
    effecten
      .map(
        (effect, index) =>
          `- id: kader-${index + 1}\n  titel: Kader ${index + 1}\n  tekst: Elk besluit past bij dit kader.\n  vastgesteldDoor: raad\n  datum: 2026-03-26\n  besluit: RB-2026-041\n  effecten: [${effect}]\n  grondwaarden: [gedeeld.eigen-regie]\n`,
      )
      .join(''),
  )
  for (let index = 0; index < count; index++) {
    const applied = [nrs[index % nrs.length], nrs[(index * 7 + 3) % nrs.length], nrs[(index * 13 + 5) % nrs.length]]
    const afwijking =
      index % 10 === 0 ? `  via: hardheidsclausule\n  van: ["${applied[0]}"]\n  toelichting: De regel paste niet bij de situatie.` : '  via: geen'
    const artikelenNrs = index % 10 === 0 ? [...applied, '1.2'] : applied
    const jaar = 2015 + (index % 12)
    files.set(
      `casussen/${jaar}-casus-${String(index + 1).padStart(5, '0')}.md`,
      `---
titel: Casus ${index + 1}
datum: ${jaar}-0${(index % 9) + 1}-1${index % 10}
bron: Casuïstiekbespreking
wetten: [${wetten[index % wetten.length]}]
effecten: [${effecten[index % effecten.length]}]
artikelen: [${artikelenNrs.map((nr) => `"${nr}"`).join(', ')}]
kaders: [kader-${(index % effecten.length) + 1}]
afwijking:
${afwijking}
uitkomst: De inwoner kreeg hulp die past bij wat hij wil bereiken.
les: Vraag door naar de vraag achter de vraag.
publiceerbaar: ${index % 2 === 0}
---

Meneer A. is ${30 + (index % 40)} jaar en vraagt hulp. ${inwonersZinnen[index % inwonersZinnen.length]} ${inwonersZinnen[(index + 1) % inwonersZinnen.length]}

In het gesprek blijkt dat hij vooral iets anders wil. ${juridischZinnen[index % juridischZinnen.length]}
`,
    )
  }
  return files
}
