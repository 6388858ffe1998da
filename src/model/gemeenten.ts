// gemeenten.yml: one text for several gemeenten. The register names the
// gemeenten that adopt the shared text, each with its own data (naam, CBS
// code, citeertitel, raadsbesluit, contact) and its own values for the
// `:waarde[…]` places in the text; `waarden` declares those values once, with
// what they mean. Without this file a verordening is one gemeente's, as
// before.
import { z } from 'zod'
import { suggest } from '../messages/suggest.ts'
import { contactSchema, datumSchema, slugSchema, tekstSchema, type VerordeningMeta } from './schema.ts'

const cbsSchema = z
  .string({ error: 'Geef de gemeentecode van het CBS als vier cijfers tussen aanhalingstekens, bijvoorbeeld "0363".' })
  .regex(/^\d{4}$/, 'Geef de gemeentecode van het CBS als vier cijfers tussen aanhalingstekens, bijvoorbeeld "0363".')

// A value is text as it stands in the verordening ("€ 350", "110%"); a bare number is allowed and written as typed.
const waardeSchema = z.union([tekstSchema, z.number()], { error: 'Geef de waarde als tekst, bijvoorbeeld "€ 350".' }).transform(String)

export const gemeenteSchema = z.strictObject({
  id: slugSchema,
  naam: tekstSchema,
  cbs: cbsSchema,
  citeertitel: tekstSchema,
  titel: tekstSchema.optional(),
  aanhef: tekstSchema.optional(),
  vastgesteld: datumSchema.optional(),
  raadsbesluit: z.strictObject({ datum: datumSchema, kenmerk: tekstSchema }).optional(),
  contact: contactSchema.optional(),
  waarden: z.record(z.string(), waardeSchema).default({}),
})

export const gemeentenSchema = z
  .strictObject({
    /** Every value the text may use, with what it is (for the page "Verschillen tussen de gemeenten"). */
    waarden: z.record(slugSchema, tekstSchema).default({}),
    gemeenten: z.array(gemeenteSchema).min(2, 'Noem ten minste twee gemeenten; voor één gemeente is gemeenten.yml niet nodig.'),
  })
  .superRefine((register, context) => {
    const seen = new Set<string>()
    register.gemeenten.forEach((gemeente, index) => {
      if (seen.has(gemeente.id))
        context.addIssue({
          code: 'custom',
          path: ['gemeenten', index, 'id'],
          message: `De gemeente \`${gemeente.id}\` staat twee keer in de lijst, verwacht elke id één keer.`,
        })
      seen.add(gemeente.id)
      const declared = Object.keys(register.waarden)
      for (const id of Object.keys(gemeente.waarden)) {
        if (id in register.waarden) continue
        const hint = suggest(id, declared)
        context.addIssue({
          code: 'custom',
          path: ['gemeenten', index, 'waarden', id],
          message: hint
            ? `Onbekende waarde \`${id}\` bij ${gemeente.naam}, bedoelt u \`${hint}\`?`
            : `Onbekende waarde \`${id}\` bij ${gemeente.naam}, verwacht een id uit \`waarden\` bovenaan (of zet \`${id}\` daar met een omschrijving).`,
        })
      }
    })
  })

export type Gemeente = z.output<typeof gemeenteSchema>
export type Gemeenten = z.output<typeof gemeentenSchema>

/**
 * The verordening's own data as it holds for one gemeente: the shared data of
 * verordening.yml with the gemeente's naam, CBS code, citeertitel and
 * raadsbesluit, and its contact, titel and aanhef where it has its own.
 */
export function metaVoorGemeente(meta: VerordeningMeta, gemeente: Gemeente): VerordeningMeta {
  const { raadsbesluit, contact, titel, aanhef, vastgesteld } = gemeente
  return {
    ...meta,
    gemeente: gemeente.naam,
    cbs: gemeente.cbs,
    citeertitel: gemeente.citeertitel,
    ...(titel ? { titel } : {}),
    ...(aanhef ? { aanhef } : {}),
    ...(vastgesteld ? { vastgesteld } : {}),
    ...(raadsbesluit ? { raadsbesluit } : {}),
    ...(contact ? { contact } : {}),
  }
}
