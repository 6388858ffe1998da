// The one example hoofdstuk that rule examples lay over the basic fixture
// (test/fixtures/basis): hoofdstuk 2 (Wmo) with artikel 2.1, whose kop,
// kenmerken and parts an example varies. Every rule example and every test
// that needs a hoofdstuk builds it here, so a change to the authoring
// language is made in one place.

export interface ExampleKop {
  hoofdstuk?: number
  titel?: string | null
  /** The wet of an onderdeel per wet; null = a gemeenschappelijk hoofdstuk. */
  wet?: string | null
  /** Further lines, as written (e.g. a misspelt field). */
  extra?: string
}

export interface ExampleArtikel {
  nr?: string
  /** null leaves the kenmerk out; the other kenmerken likewise. */
  titel?: string | null
  /** Kenmerken written after `titel`, as written (e.g. `soort="citeertitel"`). */
  kenmerken?: string
  effect?: string | null
  grondwaarde?: string | null
  grondslag?: string | null
  /** Text directly in the artikel, before its parts. */
  voor?: string
  /** The text of `:::juridisch`; null = no such part. */
  juridisch?: string | null
  /** The text of `:::inwoners`; null = no such part. */
  inwoners?: string | null
  /** The short B1 title on `:::inwoners{titel="…"}`; null leaves it out. */
  inwonersTitel?: string | null
  /** Further parts after inwoners, as written (`:::voorbeeld{…}` …). */
  delen?: string
  /** false leaves out the closing `::::`. */
  afgesloten?: boolean
}

export interface ExampleHoofdstuk {
  /** The front matter; null = none. */
  kop?: ExampleKop | null
  artikelen?: ExampleArtikel[]
  /** Text after the last artikel, as written. */
  na?: string
}

export const exampleJuridisch = 'Het college kan hulp bieden.'
export const exampleInwoners = 'Wij kunnen u helpen.'

/** The front matter with the `---` lines and one empty line after it. */
export function exampleKop({ hoofdstuk = 2, titel = 'Wmo', wet = 'wmo', extra }: ExampleKop = {}): string {
  const lines = [`hoofdstuk: ${hoofdstuk}`, titel === null ? '' : `titel: ${titel}`, wet === null ? '' : `wet: ${wet}`, extra ?? ''].filter(
    (line) => line !== '',
  )
  return `---\n${lines.join('\n')}\n---\n\n`
}

/** `::::artikel{…}` with its parts and closing fence. */
export function exampleArtikel(artikel: ExampleArtikel = {}): string {
  const {
    nr = '2.1',
    titel = 'Hulp thuis',
    kenmerken,
    effect = 'meedoen',
    grondwaarde = 'wmo.zelfredzaamheid',
    grondslag = 'wmo:2.3.5',
    voor,
    juridisch = exampleJuridisch,
    inwoners = exampleInwoners,
    inwonersTitel = 'Hulp bij u thuis',
    delen,
    afgesloten = true,
  } = artikel
  const attributes = [
    `nr="${nr}"`,
    titel === null ? '' : `titel="${titel}"`,
    kenmerken ?? '',
    effect === null ? '' : `effect="${effect}"`,
    grondwaarde === null ? '' : `grondwaarde="${grondwaarde}"`,
    grondslag === null ? '' : `grondslag="${grondslag}"`,
  ].filter((attribute) => attribute !== '')
  const part = (name: string, text: string | null) => (text === null ? '' : `:::${name}\n${text}\n:::\n`)
  const inwonersPart = inwoners === null ? '' : `:::inwoners${inwonersTitel === null ? '' : `{titel="${inwonersTitel}"}`}\n${inwoners}\n:::\n`
  return `::::artikel{${attributes.join(' ')}}\n${voor === undefined ? '' : `${voor}\n\n`}${part('juridisch', juridisch)}${inwonersPart}${delen === undefined ? '' : `${delen}\n`}${afgesloten ? '::::\n' : ''}`
}

/** A whole hoofdstuk file: by default hoofdstuk 2 (Wmo) with artikel 2.1. */
export function exampleHoofdstuk({ kop = {}, artikelen = [{}], na }: ExampleHoofdstuk = {}): string {
  return `${kop === null ? '' : exampleKop(kop)}${artikelen.map(exampleArtikel).join('\n')}${na === undefined ? '' : `\n${na}\n`}`
}

/** The example hoofdstuk with artikel 2.1 varied: the common case. */
export function wmoHoofdstuk(artikel: ExampleArtikel = {}): string {
  return exampleHoofdstuk({ artikelen: [artikel] })
}

/**
 * For the examples of the taal rules: artikel 2.1 with the given parts after
 * the short juridisch part (and a short inwoners part when `delen` has none).
 * The first line of `delen` is line 11, or 14 after that inwoners part.
 */
export function voorbeeldHoofdstuk(delen: string): string {
  return wmoHoofdstuk({ inwoners: delen.includes(':::inwoners') ? null : 'Wij helpen u.', delen })
}

/**
 * The basic fixture's 01-algemeen.md, by artikel, so an example can leave one
 * out. test/rules.test.ts checks that the fixture is exactly `algemeenHoofdstuk()`.
 */
export const algemeen = {
  kop: { hoofdstuk: 1, titel: 'Algemene bepalingen', wet: null },
  toetsingsartikel: {
    nr: '1.1',
    titel: 'Omgekeerde toets',
    kenmerken: 'soort="toetsingsartikel"',
    grondwaarde: 'gedeeld.eigen-regie wmo.zelfredzaamheid',
    grondslag: null,
    juridisch: 'Het :begrip[college] toetst elk besluit eerst aan het effect en de grondwaarden.',
    inwoners: 'We kijken eerst naar wat u wilt bereiken.',
    inwonersTitel: 'Eerst kijken wat u wilt bereiken',
  },
  hardheidsclausule: {
    nr: '1.2',
    titel: 'Hardheidsclausule',
    kenmerken: 'soort="hardheidsclausule"',
    grondwaarde: 'gedeeld.eigen-regie',
    grondslag: null,
    juridisch: 'Het college kan afwijken van deze verordening als toepassing leidt tot onbillijkheid.',
    inwoners: 'Past een regel niet bij uw situatie? Dan kunnen we afwijken.',
    inwonersTitel: 'Als een regel niet past',
  },
} satisfies { kop: ExampleKop; toetsingsartikel: ExampleArtikel; hardheidsclausule: ExampleArtikel }

export function algemeenHoofdstuk(artikelen: ExampleArtikel[] = [algemeen.toetsingsartikel, algemeen.hardheidsclausule]): string {
  return exampleHoofdstuk({ kop: algemeen.kop, artikelen })
}

// The registries of the basic fixture, item by item, so an example can add one.

export interface ExampleEffect {
  id?: string
  titel?: string
  vraag?: string
  tekst?: string
  levensdomein?: string
  indicator?: string
  status?: 'vastgesteld' | 'concept'
  /** As written in YAML; null = none (an effect in concept). */
  raadsbesluit?: string | null
}

/** One item of effecten.yml; by default the basic fixture's only effect, `meedoen`. */
export function exampleEffect({
  id = 'meedoen',
  titel = 'Meedoen in de samenleving',
  vraag = 'Ik wil meedoen',
  tekst = 'U doet mee in uw buurt, op uw werk of bij een club.',
  levensdomein = 'Meedoen',
  indicator = 'Aandeel inwoners dat zegt mee te doen',
  status = 'vastgesteld',
  raadsbesluit = '{ datum: 2026-06-01, kenmerk: RB-2026-001 }',
}: ExampleEffect = {}): string {
  const lines = [
    `- id: ${id}`,
    `  titel: ${titel}`,
    `  vraag: ${vraag}`,
    `  tekst: ${tekst}`,
    `  levensdomein: ${levensdomein}`,
    `  indicator: ${indicator}`,
    `  status: ${status}`,
  ]
  if (raadsbesluit !== null) lines.push(`  raadsbesluit: ${raadsbesluit}`)
  return `${lines.join('\n')}\n`
}

export interface ExampleGrondwaarde {
  id: string
  wetten?: string[]
  tekst?: string
  /** The wet and artikel of `bron`. */
  bron?: [string, string]
}

/** One item of grondwaarden.yml. */
export function exampleGrondwaarde({
  id,
  wetten = ['wmo'],
  tekst = 'Het bevorderen van de zelfredzaamheid.',
  bron = ['wmo', '2.1.2'],
}: ExampleGrondwaarde): string {
  return `- id: ${id}\n  wetten: [${wetten.join(', ')}]\n  tekst: ${tekst}\n  bron: { wet: ${bron[0]}, artikel: "${bron[1]}" }\n`
}

export const basisGrondwaarden =
  exampleGrondwaarde({ id: 'gedeeld.eigen-regie', wetten: ['pw', 'wmo'], tekst: 'De inwoner houdt zo veel mogelijk zelf de regie.' }) +
  exampleGrondwaarde({ id: 'wmo.zelfredzaamheid', tekst: 'Het bevorderen van de zelfredzaamheid en participatie.' })

/** The basic fixture's grondwaarden plus one of the Participatiewet (pw.bestaansminimum). */
export const grondwaardenMetPw =
  basisGrondwaarden + exampleGrondwaarde({ id: 'pw.bestaansminimum', wetten: ['pw'], tekst: 'Het garanderen van een bestaansminimum.', bron: ['pw', '7'] })

export interface ExampleBegrip {
  term: string
  vormen?: string[]
  definitie: string
  /** Left out: a begrip whose uitleg is still to be written. */
  uitleg?: string
}

/** One item of begrippen.yml. */
export function exampleBegrip({ term, vormen, definitie, uitleg }: ExampleBegrip): string {
  return `- term: ${term}\n${vormen ? `  vormen: [${vormen.join(', ')}]\n` : ''}  definitie: ${definitie}\n${uitleg === undefined ? '' : `  uitleg: ${uitleg}\n`}`
}

export const basisBegrippen = exampleBegrip({
  term: 'college',
  definitie: 'Het college van burgemeester en wethouders van de gemeente.',
  uitleg: 'De burgemeester en de wethouders samen.',
})

/** verordening.yml of the basic fixture, with `status` and further lines (`extra`) as an example needs them. */
export function exampleVerordening({ status = 'concept', extra = '' }: { status?: 'concept' | 'vastgesteld'; extra?: string } = {}): string {
  return `${[
    'gemeente: Proefdorp',
    'citeertitel: Verordening sociaal domein Proefdorp',
    'titel: Verordening van de gemeenteraad van Proefdorp over ondersteuning in het sociaal domein',
    `status: ${status}`,
    ...(status === 'vastgesteld' ? ['vastgesteld: 2026-12-15'] : []),
    'inwerkingtreding: 2027-01-01',
    'voorbeeld: true',
    'wetten:',
    '  pw: { naam: Participatiewet, bwb: BWBR0015703 }',
    '  wmo: { naam: Wet maatschappelijke ondersteuning 2015, afkorting: Wmo 2015, bwb: BWBR0035362 }',
    '  awb: { naam: Algemene wet bestuursrecht, afkorting: Awb, bwb: BWBR0005537 }',
  ].join('\n')}\n${extra}`
}

// Kaders and casussen (kaders.yml, casussen/*.md): the basic fixture has neither.

export interface ExampleKader {
  id?: string
  titel?: string
  tekst?: string
  vastgesteldDoor?: string
  effecten?: string[]
  grondwaarden?: string[]
}

/** One item of kaders.yml; by default a kader of the raad that serves `meedoen`. */
export function exampleKader({
  id = 'alle-kinderen-doen-mee',
  titel = 'Alle kinderen doen mee',
  tekst = 'Geen kind mist school, sport of cultuur door geldgebrek.',
  vastgesteldDoor = 'raad',
  effecten = ['meedoen'],
  grondwaarden = ['wmo.zelfredzaamheid'],
}: ExampleKader = {}): string {
  return `- id: ${id}\n  titel: ${titel}\n  tekst: ${tekst}\n  vastgesteldDoor: ${vastgesteldDoor}\n  datum: 2026-06-01\n  besluit: RB-2026-002\n  effecten: [${effecten.join(', ')}]\n  grondwaarden: [${grondwaarden.join(', ')}]\n`
}

export interface ExampleCasus {
  titel?: string
  artikelen?: string[]
  effecten?: string[]
  kaders?: string[]
  /** `via` of the afwijking and the artikelen set aside. */
  via?: string
  van?: string[]
  publiceerbaar?: boolean
  /** The story below the front matter. */
  tekst?: string
}

/**
 * A casus file (casussen/*.md). Line 1 is `---`; the fields follow in this
 * order from line 2: titel, datum, wetten, effecten, artikelen, kaders,
 * afwijking (3 lines: via, van), uitkomst, les, publiceerbaar; the story starts on line 16.
 */
export function exampleCasus({
  titel = 'Mevrouw B. en haar scootmobiel',
  artikelen = ['1.1'],
  effecten = ['meedoen'],
  kaders = [],
  via = 'geen',
  van = [],
  publiceerbaar = false,
  tekst = 'Mevrouw B. vroeg een scootmobiel. In het gesprek bleek dat zij vooral mensen wilde ontmoeten.',
}: ExampleCasus = {}): string {
  const list = (items: string[]) => `[${items.map((item) => `"${item}"`).join(', ')}]`
  return `---\ntitel: ${titel}\ndatum: 2026-05-04\nwetten: [wmo]\neffecten: [${effecten.join(', ')}]\nartikelen: ${list(artikelen)}\nkaders: [${kaders.join(', ')}]\nafwijking:\n  via: ${via}\n  van: ${list(van)}\nuitkomst: Zij gaat twee keer per week naar de open dagbesteding.\nles: Vraag door naar wat iemand wil bereiken.\npubliceerbaar: ${publiceerbaar}\n---\n\n${tekst}\n`
}

// Indicatoren (indicatoren.yml and indicatoren.csv): the basic fixture has neither.

export interface ExampleIndicator {
  id?: string
  effect?: string
  titel?: string
  eenheid?: string
  richting?: string
  streefwaarde?: string
}

/** One item of indicatoren.yml; by default a percentage for `meedoen`, from the gemeente's own records. */
export function exampleIndicator({
  id = 'actief-buitenshuis',
  effect = 'meedoen',
  titel = 'Inwoners met ondersteuning die buitenshuis actief zijn',
  eenheid = '"%"',
  richting = 'hoger',
  streefwaarde = '{ waarde: 70, jaar: 2028 }',
}: ExampleIndicator = {}): string {
  return `${[
    `- id: ${id}`,
    `  effect: ${effect}`,
    `  titel: ${titel}`,
    `  eenheid: ${eenheid}`,
    `  richting: ${richting}`,
    `  streefwaarde: ${streefwaarde}`,
    '  bron: eigen registratie',
  ].join('\n')}\n`
}

/** indicatoren.csv with the header and the given rows (`indicator,periode,waarde,status,bron,opgehaald`). */
export function exampleCijfers(rows: string[] = ['actief-buitenshuis,2024,61,definitief,cliëntervaringsonderzoek,2025-03-01']): string {
  return `indicator,periode,waarde,status,bron,opgehaald\n${rows.map((row) => `${row}\n`).join('')}`
}

/**
 * verordening.yml for examples with figures: a limit for stale figures far
 * enough away that the example stays true in later years.
 */
export const verordeningMetCijfers = exampleVerordening({ extra: 'indicatoren: { verouderd: 100 }\n' })
