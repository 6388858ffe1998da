// The gemeenten.yml of the rule examples about a text for several gemeenten
// (waarde-bekend, variant-gemeenten, variant-leeg): two invented gemeenten
// over the basic fixture, Proefdorp's text shared by Aadorp and Beekdal.

export interface ExampleGemeente {
  id: string
  naam: string
  cbs: string
  /** The values as written under `waarden:` (id → text). */
  waarden?: Record<string, string>
}

export const aadorp: ExampleGemeente = { id: 'aadorp', naam: 'Aadorp', cbs: '9901', waarden: { bedrag: '€ 350' } }
export const beekdal: ExampleGemeente = { id: 'beekdal', naam: 'Beekdal', cbs: '9902', waarden: { bedrag: '€ 400' } }

/** gemeenten.yml with the values declared in `waarden` (id → omschrijving) and the gemeenten. */
export function exampleGemeenten({
  waarden = { bedrag: 'Het bedrag van de toeslag' },
  gemeenten = [aadorp, beekdal],
}: {
  waarden?: Record<string, string>
  gemeenten?: ExampleGemeente[]
} = {}): string {
  const lines = ['waarden:', ...Object.entries(waarden).map(([id, omschrijving]) => `  ${id}: ${omschrijving}`), 'gemeenten:']
  for (const gemeente of gemeenten) {
    lines.push(
      `  - id: ${gemeente.id}`,
      `    naam: ${gemeente.naam}`,
      `    cbs: "${gemeente.cbs}"`,
      `    citeertitel: Verordening sociaal domein ${gemeente.naam}`,
    )
    const own = Object.entries(gemeente.waarden ?? {})
    if (own.length > 0) lines.push('    waarden:', ...own.map(([id, value]) => `      ${id}: "${value}"`))
  }
  return `${lines.join('\n')}\n`
}

/**
 * Hoofdstuk 2 with artikel 2.1 whose juridisch part has the given text (line
 * 9 on) and variants: a block inside another has fewer colons, so the artikel
 * has five and the juridisch part four, and a variant in it three.
 */
export function variantHoofdstuk(juridisch: string): string {
  return [
    '---',
    'hoofdstuk: 2',
    'titel: Wmo',
    'wet: wmo',
    '---',
    '',
    ':::::artikel{nr="2.1" titel="Hulp thuis" effect="meedoen" grondwaarde="wmo.zelfredzaamheid" grondslag="wmo:2.3.5"}',
    '::::juridisch',
    juridisch,
    '::::',
    ':::inwoners{titel="Hulp bij u thuis"}',
    'Wij kunnen u helpen.',
    ':::',
    ':::::',
    '',
  ].join('\n')
}
