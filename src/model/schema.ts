// The typed model of a whole verordening. Registries (YAML) are validated
// against these schemas at load time; the hoofdstukken are built from the
// Markdown by the model plugin and validated against `hoofdstukSchema`.
// Every output (check, site, exports) reads this model, never the source.

import type { RootContent } from 'mdast'
import { z } from 'zod'
import { findMarkup, markupMessage } from './plain-text.ts'

// Ids are lowercase words joined by hyphens (and dots for grondwaarden), so
// they are stable in URLs and easy to type in a directive attribute.
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const slug = z.string().regex(idPattern, 'Gebruik kleine letters, cijfers en streepjes, bijvoorbeeld "zelfstandig-thuis".')

const datum = z.iso.date({ error: 'Schrijf een datum als JJJJ-MM-DD, bijvoorbeeld 2027-01-01.' })
// Registry text is shown on the site as text; HTML in it would show as code,
// so it is refused with a message rather than silently escaped. Entities are
// decoded first (src/model/plain-text.ts): `&lt;img …&gt;` is HTML too.
const tekst = z
  .string()
  .trim()
  .min(1, 'Dit veld mag niet leeg zijn.')
  .superRefine((value, context) => {
    const markup = findMarkup(value)
    if (markup) context.addIssue({ code: 'custom', message: markupMessage(markup) })
  })

export const wetSchema = z.strictObject({
  naam: tekst,
  afkorting: tekst.optional(),
  bwb: z.string().regex(/^BWBR\d{7}$/, 'Een BWB-id ziet eruit als BWBR0035362.'),
})

// A gemeente's own look: logo and colours, without touching templates. Colours
// become CSS custom properties, so only plain colour values are accepted.
const kleur = z.string().regex(/^#(?:[0-9a-fA-F]{3}){1,2}$/, 'Schrijf een kleur als #RRGGBB, bijvoorbeeld #01689b.')
export const huisstijlSchema = z.strictObject({
  logo: z
    .string()
    .regex(/^[\w.-]+\.(?:svg|png|jpg|jpeg|webp)$/i, 'Geef de bestandsnaam van het logo in de map van de verordening, bijvoorbeeld logo.svg.')
    .optional(),
  logoAlt: tekst.optional(),
  kleuren: z
    .strictObject({
      primair: kleur.optional(),
      primairTekst: kleur.optional(),
      link: kleur.optional(),
      achtergrond: kleur.optional(),
    })
    .default({}),
})

// Plain-language (B1) settings; every field is optional and falls back to the
// B1 defaults in src/taal/instellingen.ts (sources: docs/schrijven.md).
export const taalSchema = z.strictObject({
  maxZinslengte: z.number().int().min(5, 'Kies ten minste 5 woorden.').optional(),
  minLeesbaarheid: z.number().min(0).max(120).optional(),
  minWoordenLeesbaarheid: z.number().int().min(1).optional(),
  spelling: z.boolean().optional(),
  minAandeelLangeWoorden: z.number().min(0).max(1).optional(),
  maxAandeelZwareZinnen: z.number().min(0).max(1).optional(),
  /** Words the inwonerstekst may use although they are on the list of difficult words ("maatregel"). */
  toegestaneWoorden: z.array(z.string().trim().min(1, 'Geef een woord.')).optional(),
})

// How an inwoner reaches the gemeente (the "Hulp vragen" block on every
// inwoners page); an effect may have a loket or team of its own.
export const contactSchema = z.strictObject({
  /** The loket or team, e.g. "Sociaal Loket Lingedal". */
  naam: tekst.optional(),
  email: z.email({ error: 'Geef een e-mailadres, bijvoorbeeld info@gemeente.nl.' }).optional(),
  telefoon: z
    .string()
    .regex(/^[+0-9 ()-]{6,20}$/, 'Geef een telefoonnummer met cijfers, bijvoorbeeld 14 0488.')
    .optional(),
  url: z.url({ protocol: /^https$/, error: 'Geef een webadres dat begint met https://.' }).optional(),
  adres: tekst.optional(),
  openingstijden: tekst.optional(),
  /** The online form for a melding. */
  formulier: z.url({ protocol: /^https$/, error: 'Geef een webadres dat begint met https://.' }).optional(),
})

// The path the site is published at (`basis:` in verordening.yml, `build --basis`):
// `/` for the root of a domain, `/verordening/` for www.gemeente.nl/verordening/.
// Only a path: the site needs no domain (it makes no absolute links), and a
// path that leaves nothing to guess goes into every link unchanged
// (src/views/links.ts). Letters, digits and `- . _ ~` per part, as GitLab and
// GitHub name projects; no `..`, no empty part, no query or fragment.
export const basisSchema = z.string().superRefine((value, context) => {
  const problem = basisProblem(value)
  if (problem) context.addIssue({ code: 'custom', message: problem })
})

/** Why `value` cannot be a basis, in Dutch with the fix, or null. */
export function basisProblem(value: string): string | null {
  const example = 'bijvoorbeeld /verordening/ (of / voor de hoofdmap van het domein)'
  if (value.trim() === '') return `Geef het pad waarop de site komt te staan, ${example}.`
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('//')) {
    let path = ''
    try {
      path = new URL(value.startsWith('//') ? `https:${value}` : value).pathname
    } catch {
      // Not a URL either: the general example below is the fix.
    }
    return `Geef alleen het pad, zonder http(s):// en domein: ${path && path !== '/' ? `schrijf ${path.endsWith('/') ? path : `${path}/`}` : example}.`
  }
  const parts = value.split('/')
  if (parts.some((part) => part === '..' || part === '.')) return `Een pad met \`.\` of \`..\` als deel kan niet, ${example}.`
  if (!/^[/A-Za-z0-9._~-]*$/.test(value))
    return `Het pad mag alleen letters, cijfers en - . _ ~ tussen de schuine strepen hebben (geen spatie, ? of #), ${example}.`
  if (!value.startsWith('/') || !value.endsWith('/')) {
    const fixed = `/${value.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/')
    return `Het pad moet beginnen en eindigen met /: schrijf ${fixed}.`
  }
  if (value !== '/' && parts.slice(1, -1).some((part) => part === '')) return `Het pad heeft twee schuine strepen na elkaar, ${example}.`
  return null
}

export const verordeningMetaSchema = z.strictObject({
  gemeente: tekst,
  // The gemeentecode of the CBS (four digits): STOP's wIds start with `gm` + this code.
  cbs: z
    .string({ error: 'Geef de gemeentecode van het CBS als vier cijfers tussen aanhalingstekens, bijvoorbeeld "0363".' })
    .regex(/^\d{4}$/, 'Geef de gemeentecode van het CBS als vier cijfers tussen aanhalingstekens, bijvoorbeeld "0363".')
    .optional(),
  // The OIN (Organisatie-identificatienummer, 20 digits) of the gemeente: the
  // LVBB's opdracht.xml names the bevoegd gezag and the aanleveraar with it.
  oin: z
    .string({ error: 'Geef het OIN van de gemeente als 20 cijfers tussen aanhalingstekens, bijvoorbeeld "00000001001234567000".' })
    .regex(/^\d{20}$/, 'Geef het OIN van de gemeente als 20 cijfers tussen aanhalingstekens, bijvoorbeeld "00000001001234567000".')
    .optional(),
  citeertitel: tekst,
  titel: tekst,
  status: z.enum(['concept', 'vastgesteld'], { error: 'kies "concept" of "vastgesteld"' }),
  vastgesteld: datum.optional(),
  /** The raad's besluit that adopted this text (per gemeente in gemeenten.yml, for a regio). */
  raadsbesluit: z.strictObject({ datum, kenmerk: tekst }).optional(),
  inwerkingtreding: datum,
  aanhef: tekst.optional(),
  voorbeeld: z.boolean().default(false),
  disclaimer: tekst.optional(),
  wetten: z.record(slug, wetSchema),
  huisstijl: huisstijlSchema.default({ kleuren: {} }),
  contact: contactSchema.optional(),
  taal: taalSchema.optional(),
  // Casuïstiek: from how many casussen that set an artikel aside the raad is warned (rule casus-afwijking).
  casuistiek: z.strictObject({ signaal: z.number().int().min(1, 'Kies ten minste 1.').optional() }).optional(),
  // Indicatoren: figures whose newest period is more than this many years old are stale (rule indicator-actueel).
  indicatoren: z.strictObject({ verouderd: z.number().int().min(0, 'Kies 0 of meer jaren.').optional() }).optional(),
  /** Publication gate: warnings fail `check` and `build` too, as `--streng` does. */
  streng: z.boolean().optional(),
  /** The path the site is published at; `build --basis` overrides it. */
  basis: basisSchema.optional(),
  // The versions the raad adopted, as git revisions (a tag or commit): the
  // last one is what `inwoners-actueel` compares with, and the juridische
  // versie shows their history per artikel.
  versies: z
    .array(
      z.strictObject({
        versie: z
          .string()
          .trim()
          .regex(/^[\w][\w./~^@{}-]*$/, 'Geef een git-tag of commit, bijvoorbeeld v2027.1 of 3f2c1ab.'),
        datum,
        raadsbesluit: tekst,
      }),
    )
    .optional(),
  /** The algemene toelichting (paragraphs separated by an empty line): in the Word document after the artikelen. */
  toelichting: tekst.optional(),
  // The raadsbesluit being prepared (the first vaststelling, or the wijziging of
  // `vergelijk --ontwerp` and `export docx --sinds`): what its aanhef, Artikel II
  // and ondertekening need. What is missing shows as a blank in the document
  // and is on the list "Nog te doen" (rule raadsbesluit-gegevens).
  besluit: z
    .strictObject({
      /** The date of the voorstel of burgemeester en wethouders ("gelezen het voorstel … van"). */
      voorstel: datum.optional(),
      /** What the besluit rests on, the words after "gelet op". */
      geletOp: tekst.optional(),
      /** Optional considerations, the words after "overwegende dat". */
      overwegende: tekst.optional(),
      /** The date of the openbare vergadering of the raad ("Aldus vastgesteld …"). */
      vergadering: datum.optional(),
      griffier: tekst.optional(),
      voorzitter: tekst.optional(),
      /** The date the besluit is to be published (bekendgemaakt) in the Gemeenteblad: the STOP aanlevering needs it. */
      bekendmaking: datum.optional(),
      /** When a wijziging takes effect (Artikel II): a date, or `na bekendmaking`; the first vaststelling has `inwerkingtreding` above. */
      inwerkingtreding: z
        .string({ error: 'Schrijf een datum als JJJJ-MM-DD, bijvoorbeeld 2028-01-01, of "na bekendmaking".' })
        .regex(/^(\d{4}-\d{2}-\d{2}|na bekendmaking)$/, 'Schrijf een datum als JJJJ-MM-DD, bijvoorbeeld 2028-01-01, of "na bekendmaking".')
        .optional(),
    })
    .optional(),
})

export const raadsbesluitSchema = z.strictObject({
  datum,
  kenmerk: tekst,
})

export const effectSchema = z
  .strictObject({
    id: slug,
    titel: tekst,
    vraag: tekst,
    tekst,
    levensdomein: tekst,
    indicator: tekst,
    status: z.enum(['concept', 'vastgesteld'], { error: 'kies "concept" of "vastgesteld"' }),
    raadsbesluit: raadsbesluitSchema.optional(),
    /** Everyday words an inwoner may search with ("moeder, traplift, dementie"). */
    trefwoorden: z.array(tekst).optional(),
    /** The question of someone worried about another person ("Mijn vader redt het thuis niet meer"). */
    iemandAnders: tekst.optional(),
    /** A loket or team of its own for this effect, instead of `contact` in verordening.yml. */
    contact: contactSchema.optional(),
  })
  .refine((effect) => effect.status !== 'vastgesteld' || effect.raadsbesluit !== undefined, {
    message: 'Een vastgesteld effect heeft een raadsbesluit (datum en kenmerk).',
    path: ['raadsbesluit'],
  })
export const effectenSchema = z.array(effectSchema).min(1, 'Het register heeft ten minste één effect nodig.')

export const grondwaardeSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+\.[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Een grondwaarde-id is "wet.naam", bijvoorbeeld "pw.bestaansminimum".'),
  wetten: z.array(slug).min(1, 'Noem ten minste één wet.'),
  tekst,
  bron: z.strictObject({ wet: slug, artikel: tekst }),
  toelichting: tekst.optional(),
})
export const grondwaardenSchema = z.array(grondwaardeSchema).min(1, 'Het register heeft ten minste één grondwaarde nodig.')

// Kaders (beredeneringsgronden): fixed lines set top-down by the raad, the
// college or a wethouder, that every besluit is weighed against. Artikelen
// name the kaders they serve with `kader="…"`.
export const kaderSchema = z.strictObject({
  id: slug,
  titel: tekst,
  tekst,
  /** The same kader in plain language, for the inwoners pages ("Hier letten wij altijd op"). */
  uitleg: tekst.optional(),
  vastgesteldDoor: z.enum(['raad', 'college', 'wethouder'], { error: 'kies "raad", "college" of "wethouder"' }),
  datum,
  besluit: tekst,
  effecten: z.array(z.string()).default([]),
  grondwaarden: z.array(z.string()).default([]),
})
export const kadersSchema = z.array(kaderSchema).min(1, 'Het register heeft ten minste één kader nodig (of laat het bestand weg).')

// A casus (casussen/*.md): the front matter of one case from practice. How it
// was decided, whether and how the rules were set aside, and what the gemeente
// learnt from it. `afwijking.via` says how: not at all, through the
// hardheidsclausule, through the toetsingsartikel or on the strength of a kader.
const artikelNr = z
  .string({ error: 'Zet een artikelnummer tussen aanhalingstekens, bijvoorbeeld "3.10" (anders leest YAML 3.10 als het getal 3.1).' })
  .trim()
  .min(1)
export const afwijkingSoorten = ['geen', 'hardheidsclausule', 'toetsingsartikel', 'kader'] as const
export const casusSchema = z
  .strictObject({
    titel: tekst,
    datum,
    wetten: z.array(z.string()).min(1, 'Noem ten minste één wet.'),
    effecten: z.array(z.string()).default([]),
    /** The artikelen applied, by number. */
    artikelen: z.array(artikelNr).min(1, 'Noem ten minste één toegepast artikel.'),
    /** The kaders weighed in the besluit. */
    kaders: z.array(z.string()).default([]),
    afwijking: z
      .strictObject({
        via: z.enum(afwijkingSoorten, { error: 'kies "geen", "hardheidsclausule", "toetsingsartikel" of "kader"' }),
        /** The artikelen that were set aside. */
        van: z.array(artikelNr).default([]),
        toelichting: tekst.optional(),
      })
      .refine((afwijking) => afwijking.via === 'geen' || afwijking.van.length > 0, {
        message: 'Noem in `van` het artikel waarvan is afgeweken.',
        path: ['van'],
      })
      .refine((afwijking) => afwijking.via !== 'geen' || afwijking.van.length === 0, {
        message: 'Bij `via: geen` is nergens van afgeweken; laat `van` leeg of kies hoe is afgeweken.',
        path: ['van'],
      }),
    uitkomst: tekst,
    les: tekst,
    publiceerbaar: z.boolean().default(false),
    /** Where the casus comes from (a leercirkel, a casuïstiekbespreking, a publication). */
    bron: tekst.optional(),
  })
  .refine((casus) => casus.afwijking.via !== 'kader' || casus.kaders.length > 0, {
    message: 'Bij `via: kader` noemt `kaders` het kader waarop de afwijking steunt.',
    path: ['kaders'],
  })

export const begripSchema = z.strictObject({
  term: tekst,
  vormen: z.array(tekst).default([]),
  definitie: tekst,
  // Required by the rule begrip-uitleg (an error, on the to-do list in a concept), so an imported begrip can wait for its uitleg.
  uitleg: tekst.optional(),
})
export const begrippenSchema = z.array(begripSchema)

// The kinds of artikel. Only the soorten listed in `exemptions` skip rules;
// an artikel without `soort` is a `regel` and gets every check.
export const soorten = [
  'regel',
  'doel',
  'begripsbepalingen',
  'toetsingsartikel',
  'hardheidsclausule',
  'overgangsrecht',
  'intrekking',
  'inwerkingtreding',
  'citeertitel',
] as const
export type Soort = (typeof soorten)[number]

/** What a soort is exempt from. Explicit, so the authoring guide can print it. */
export const exemptions: Record<Soort, { effect: boolean; grondwaarde: boolean; inwoners: boolean; grondslag: boolean }> = {
  regel: { effect: false, grondwaarde: false, inwoners: false, grondslag: false },
  doel: { effect: false, grondwaarde: false, inwoners: false, grondslag: false },
  toetsingsartikel: { effect: false, grondwaarde: false, inwoners: false, grondslag: false },
  hardheidsclausule: { effect: false, grondwaarde: false, inwoners: false, grondslag: false },
  begripsbepalingen: { effect: true, grondwaarde: true, inwoners: true, grondslag: false },
  overgangsrecht: { effect: true, grondwaarde: true, inwoners: true, grondslag: false },
  intrekking: { effect: true, grondwaarde: true, inwoners: true, grondslag: false },
  inwerkingtreding: { effect: true, grondwaarde: true, inwoners: true, grondslag: false },
  citeertitel: { effect: true, grondwaarde: true, inwoners: true, grondslag: false },
}

/** The steps of the procedure an inwoners block can mark (`:::inwoners{stap="gesprek"}`), in order. */
export const procedureStappen = ['melding', 'gesprek', 'aanvraag', 'besluit'] as const
export type ProcedureStap = (typeof procedureStappen)[number]

export const plaatsSchema = z.strictObject({
  file: z.string(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
})
export type Plaats = z.infer<typeof plaatsSchema>

const mdast = z.custom<RootContent[]>((value) => Array.isArray(value))

export const onderdeelSchema = z.strictObject({
  letter: z.string(),
  inhoud: mdast,
})
export const lidSchema = z.strictObject({
  nr: z.number().int().positive().nullable(),
  inhoud: mdast,
  onderdelen: z.array(onderdeelSchema),
})
export const voorbeeldSchema = z.strictObject({ titel: z.string(), inhoud: mdast, plaats: plaatsSchema })
export const grondslagSchema = z.strictObject({ wet: z.string(), artikel: z.string() })

export const artikelSchema = z.strictObject({
  nr: z.string(),
  titel: z.string(),
  soort: z.enum(soorten),
  effecten: z.array(z.string()),
  grondwaarden: z.array(z.string()),
  grondslagen: z.array(grondslagSchema),
  /** The kaders (kaders.yml) the artikel names in `kader="…"`. */
  kaders: z.array(z.string()).optional(),
  leden: z.array(lidSchema),
  juridisch: mdast.nullable(),
  inwoners: mdast.nullable(),
  /** Attributes of the inwoners block: a short B1 title, and the step of the procedure with its termijn. */
  inwonersTitel: z.string().optional(),
  stap: z.string().optional(),
  termijn: z.string().optional(),
  voorbeelden: z.array(voorbeeldSchema),
  toelichting: mdast.nullable(),
  plaats: plaatsSchema,
})

export const hoofdstukSchema = z.strictObject({
  nr: z.number().int(),
  titel: z.string(),
  wet: z.string().nullable(),
  bestand: z.string(),
  artikelen: z.array(artikelSchema),
})

/** Front matter of a hoofdstuk file. */
export const frontmatterSchema = z.strictObject({
  hoofdstuk: z.number({ error: 'Geef het hoofdstuknummer als getal, bijvoorbeeld "hoofdstuk: 3".' }).int().positive(),
  titel: tekst,
  wet: slug.optional(),
})

export type Wet = z.infer<typeof wetSchema>
export type Huisstijl = z.infer<typeof huisstijlSchema>
export type Taal = z.infer<typeof taalSchema>
export type Contact = z.infer<typeof contactSchema>
export type VerordeningMeta = z.infer<typeof verordeningMetaSchema>
export type Effect = z.infer<typeof effectSchema>
export type Grondwaarde = z.infer<typeof grondwaardeSchema>
export type Begrip = z.infer<typeof begripSchema>
export type Kader = z.infer<typeof kaderSchema>
export type CasusKop = z.infer<typeof casusSchema>
export type Onderdeel = z.infer<typeof onderdeelSchema>
export type Lid = z.infer<typeof lidSchema>
export type Voorbeeld = z.infer<typeof voorbeeldSchema>
export type Grondslag = z.infer<typeof grondslagSchema>
export type Artikel = z.infer<typeof artikelSchema>
export type Hoofdstuk = z.infer<typeof hoofdstukSchema>

/** The whole verordening: registries plus hoofdstukken, ordered by number. */
export interface Verordening {
  meta: VerordeningMeta
  effecten: Effect[]
  grondwaarden: Grondwaarde[]
  begrippen: Begrip[]
  hoofdstukken: Hoofdstuk[]
  /** kaders.yml; empty when the verordening has none. */
  kaders: Kader[]
  /** The casussen (casussen/*.md) that could be read, ordered by file name. */
  casussen: Casus[]
}

/** One casus: its front matter, its story (Markdown) and where it is. */
export interface Casus {
  /** File name without folder and extension, e.g. "2016-sunita"; stable in URLs. */
  id: string
  bestand: string
  kop: CasusKop
  inhoud: RootContent[]
}

// The building blocks other model files (gemeenten.ts) validate with, so a field means the same everywhere.
export { datum as datumSchema, slug as slugSchema, tekst as tekstSchema }
