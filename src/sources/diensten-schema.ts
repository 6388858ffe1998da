// The schema of diensten.yml: the names inwoners use for services (huishoudelijke
// hulp, PGB, scootmobiel …), each mapped by the author onto the artikelen that
// regulate it. It lives with the layout because the layout brings the schema of
// a registry it adds (src/sources/layout.ts); the meaning is in src/model/diensten.ts.
import { z } from 'zod'

/** `artikel 4.3` or `4.3`: a string, so YAML does not read 4.10 as the number 4.1. */
const artikelVerwijzing = z
  .string({ error: 'Verwacht een artikelnummer als tekst, zoals `artikel 4.3` (een kaal getal als 4.10 leest YAML als 4.1)' })
  .regex(/^\s*(artikel\s+)?\d+(\.\d+)*[a-z]?\s*$/i, 'Verwacht een artikelnummer, zoals `artikel 4.3`')

/** `geen`: the gemeente does not offer this dienst in this verordening (the check is then silent). */
const geen = z.literal('geen')

const koppeling = z.union(
  [
    geen,
    artikelVerwijzing,
    z.array(artikelVerwijzing).min(1, 'Noem ten minste één artikel, of schrijf `geen`'),
    z.strictObject({
      artikelen: z.union([artikelVerwijzing, z.array(artikelVerwijzing).min(1, 'Noem ten minste één artikel')]),
      /** Other names for the same dienst: the gemeente's own, or a local abbreviation. */
      namen: z.array(z.string().min(1)).optional(),
    }),
  ],
  { error: 'Verwacht een artikel als tekst (`artikel 4.3`), een lijst van artikelen (`[artikel 4.6, artikel 5.5]`) of `geen`' },
)

export const dienstenSchema = z.record(z.string().min(1, 'Een dienst heeft een naam'), koppeling)
export type DienstenRegister = z.infer<typeof dienstenSchema>
