// The frame of every raadsbesluit (src/model/raadsbesluit.ts): aanhef, Artikel
// II and ondertekening from `besluit:` in verordening.yml; what is missing is a
// visible blank and on the list, never a placeholder that looks finished.
import { describe, expect, it } from 'vitest'
import { blank, nogTeDoen, ondertekeningMarkdown, raadsbesluitFrame } from '../../src/model/raadsbesluit.ts'
import { type VerordeningMeta, verordeningMetaSchema } from '../../src/model/schema.ts'

function meta(extra: Record<string, unknown> = {}): VerordeningMeta {
  return verordeningMetaSchema.parse({
    gemeente: 'Proefdorp',
    citeertitel: 'Verordening sociaal domein Proefdorp',
    titel: 'Verordening van de gemeenteraad van Proefdorp over ondersteuning in het sociaal domein',
    status: 'concept',
    inwerkingtreding: '2027-01-01',
    wetten: {},
    ...extra,
  })
}

const volledig = {
  voorstel: '2026-09-08',
  geletOp: 'gelet op artikel 147 van de Gemeentewet;',
  vergadering: '2026-11-12',
  griffier: 'M. de Wit',
  voorzitter: 'P. van Dam',
  inwerkingtreding: '2028-01-01',
}

describe('raadsbesluitFrame', () => {
  it('composes the aanhef of a vaststelling from `besluit:`, without doubling "gelet op" or the semicolon', () => {
    const frame = raadsbesluitFrame(meta({ besluit: volledig }), 'vaststelling')
    expect(frame.opschrift).toBe('Verordening van de gemeenteraad van Proefdorp over ondersteuning in het sociaal domein')
    expect(frame.aanhef).toEqual([
      'De raad van de gemeente Proefdorp;',
      'gelezen het voorstel van burgemeester en wethouders van 8 september 2026;',
      'gelet op artikel 147 van de Gemeentewet;',
      'besluit:',
      'vast te stellen de Verordening sociaal domein Proefdorp.',
    ])
    expect(frame.artikelII).toBeNull()
    expect(ondertekeningMarkdown(frame)).toEqual([
      'Aldus vastgesteld in de openbare vergadering van 12 november 2026.',
      'De griffier,\\\nM. de Wit',
      'De voorzitter,\\\nP. van Dam',
    ])
    expect(frame.ontbreekt).toEqual([])
    expect(nogTeDoen(frame)).toBeNull()
  })

  it('takes the author’s own `aanhef` as written for a vaststelling; voorstel and gelet op are then not needed', () => {
    const frame = raadsbesluitFrame(
      meta({ aanhef: 'De raad van de gemeente Proefdorp; gelet op artikel 147 van de Gemeentewet; besluit vast te stellen de verordening.' }),
      'vaststelling',
    )
    expect(frame.aanhef).toEqual(['De raad van de gemeente Proefdorp;', 'gelet op artikel 147 van de Gemeentewet;', 'besluit vast te stellen de verordening.'])
    expect(frame.ontbreekt.map((gegeven) => gegeven.veld)).toEqual(['vergadering', 'griffier', 'voorzitter'])
  })

  it('shows every missing piece as a visible blank and lists it, in the order of the document', () => {
    const frame = raadsbesluitFrame(meta(), 'wijziging')
    expect(frame.opschrift).toBe('Verordening van de raad van de gemeente Proefdorp tot wijziging van de Verordening sociaal domein Proefdorp')
    expect(frame.aanhef[1]).toBe(
      'gelezen het voorstel van burgemeester en wethouders van [nog in te vullen: de datum van het voorstel van burgemeester en wethouders];',
    )
    expect(frame.aanhef[2]).toBe('gelet op [nog in te vullen: waarop het besluit berust];')
    expect(frame.aanhef.at(-1)).toBe('vast te stellen de Verordening tot wijziging van de Verordening sociaal domein Proefdorp.')
    expect(frame.artikelII).toBe('Deze verordening treedt in werking met ingang van [nog in te vullen: de datum van inwerkingtreding van de wijziging].')
    expect(frame.ondertekening).toEqual({
      vastgesteld: 'Aldus vastgesteld in de openbare vergadering van [nog in te vullen: de datum van de raadsvergadering].',
      griffier: blank('de naam van de griffier'),
      voorzitter: blank('de naam van de voorzitter'),
    })
    expect(frame.ontbreekt.map((gegeven) => gegeven.veld)).toEqual(['voorstel', 'geletOp', 'vergadering', 'griffier', 'voorzitter', 'inwerkingtreding'])
    expect(nogTeDoen(frame)).toMatch(/^Nog te doen voor het raadsbesluit: de datum van het voorstel van burgemeester en wethouders \(`besluit.voorstel`\), /)
    // One blank form in every document for the raad: bracketed, saying what belongs there.
    expect(blank('de naam van de griffier')).toBe('[nog in te vullen: de naam van de griffier]')
  })

  it('a wijziging in werking the day after the bekendmaking, with the overwegingen', () => {
    const frame = raadsbesluitFrame(
      meta({ besluit: { ...volledig, inwerkingtreding: 'na bekendmaking', overwegende: 'dat de termijnen korter kunnen;' } }),
      'wijziging',
    )
    expect(frame.artikelII).toBe('Deze verordening treedt in werking met ingang van de dag na die van de bekendmaking.')
    expect(frame.aanhef).toContain('overwegende dat de termijnen korter kunnen;')
  })

  it('refuses an inwerkingtreding that is no date, with the fix in Dutch', () => {
    const parsed = verordeningMetaSchema.safeParse({ ...meta(), besluit: { inwerkingtreding: 'volgend jaar' } })
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues[0]?.message).toBe('Schrijf een datum als JJJJ-MM-DD, bijvoorbeeld 2028-01-01, of "na bekendmaking".')
  })
})
