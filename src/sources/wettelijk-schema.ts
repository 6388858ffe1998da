// The shape of the wettelijke registers: per wet, the opdrachten tot
// regelgeving (what the raad must regulate by verordening), the statutory
// maximum terms and the definitions the wet itself gives. The toolchain ships
// them (src/model/wettelijk.ts); a gemeente adds its own in `wettelijk.yml`
// next to its verordening (a row in the layout, src/sources/layout.ts). The
// schema lives here, before the model, because the layout carries it.
import { z } from 'zod'

const tekst = z.string().trim().min(1, 'Dit veld mag niet leeg zijn.')
const artikel = z
  .string({ error: 'Zet een artikelnummer tussen aanhalingstekens, bijvoorbeeld "2.1.3" (anders leest YAML 2.10 als het getal 2.1).' })
  .trim()
  .min(1, 'Geef het artikel in de wet, bijvoorbeeld "2.1.3".')

export const eenheden = ['dagen', 'werkdagen', 'weken', 'maanden'] as const
export type Eenheid = (typeof eenheden)[number]

export const wettelijkeOpdrachtSchema = z.strictObject({
  artikel,
  lid: z.number().int().positive().optional(),
  onderdeel: z
    .string()
    .regex(/^[a-z]{1,2}$/, 'Een onderdeel is een kleine letter, bijvoorbeeld "a".')
    .optional(),
  /** What the raad must regulate, short and in Dutch: the message and the raad page show it. */
  wat: tekst,
  /** False when the entry could not be checked against the text of the wet; `opmerking` says why. */
  geverifieerd: z.boolean().default(true),
  opmerking: tekst.optional(),
})

export const wettelijkeTermijnSchema = z.strictObject({
  artikel,
  lid: z.number().int().positive().optional(),
  /** The act the term binds, in Dutch ("het onderzoek na een melding"). */
  wat: tekst,
  aantal: z.number().int().positive('Geef een aantal groter dan 0.'),
  eenheid: z.enum(eenheden, { error: 'kies "dagen", "werkdagen", "weken" of "maanden"' }),
  /**
   * How the check recognises the act in a sentence: groups of words, every
   * group must occur in the sentence (one word of it is enough). More groups
   * make a term more specific: it wins over a term with fewer.
   */
  woorden: z.array(z.array(tekst).min(1)).min(1, 'Geef ten minste één groep woorden.'),
  geverifieerd: z.boolean().default(true),
  opmerking: tekst.optional(),
})

export const wettelijkeDefinitieSchema = z.strictObject({
  term: tekst,
  vormen: z.array(tekst).default([]),
  artikel,
  definitie: tekst,
})

export const wetRegisterSchema = z.strictObject({
  /** The wet: its BWB id (BWBR0035362) or, in a gemeente's own file, its key in `wetten` of verordening.yml (`wmo`). */
  wet: tekst,
  naam: tekst,
  /** Where the text was read: wetten.overheid.nl with the BWB id and the date of the version. */
  bron: z.strictObject({
    url: z.url({ protocol: /^https$/, error: 'Geef een webadres dat begint met https://, bijvoorbeeld https://wetten.overheid.nl/BWBR0035362/2026-07-01.' }),
    datum: z.iso.date({ error: 'Schrijf een datum als JJJJ-MM-DD, bijvoorbeeld 2026-07-01.' }),
  }),
  opdrachten: z.array(wettelijkeOpdrachtSchema).default([]),
  termijnen: z.array(wettelijkeTermijnSchema).default([]),
  definities: z.array(wettelijkeDefinitieSchema).default([]),
})

/** `wettelijk.yml`: a list of wetten with what the gemeente adds. */
export const wettelijkBestandSchema = z.array(wetRegisterSchema)

export type WetRegister = z.infer<typeof wetRegisterSchema>
export type WettelijkeOpdracht = z.infer<typeof wettelijkeOpdrachtSchema>
export type WettelijkeTermijn = z.infer<typeof wettelijkeTermijnSchema>
export type WettelijkeDefinitie = z.infer<typeof wettelijkeDefinitieSchema>
