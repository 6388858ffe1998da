// The four wetten of the sociaal domein (and the Awb that every verordening
// names), as `init` and `importeer` write them into verordening.yml.
export interface KnownWet {
  key: string
  naam: string
  afkorting?: string
  bwb: string
  /** The titel of its hoofdstuk in a new verordening. */
  hoofdstuk: string
  /** Words that name the wet in a text, longest first (for `importeer`). */
  namen: string[]
}

export const knownWetten: KnownWet[] = [
  {
    key: 'pw',
    naam: 'Participatiewet',
    bwb: 'BWBR0015703',
    hoofdstuk: 'Werk en inkomen (Participatiewet)',
    namen: ['Participatiewet', 'Wet werk en bijstand'],
  },
  {
    key: 'wmo',
    naam: 'Wet maatschappelijke ondersteuning 2015',
    afkorting: 'Wmo 2015',
    bwb: 'BWBR0035362',
    hoofdstuk: 'Zelfstandig wonen en meedoen (Wmo 2015)',
    namen: ['Wet maatschappelijke ondersteuning 2015', 'Wmo 2015', 'Wet maatschappelijke ondersteuning', 'Wmo'],
  },
  { key: 'jw', naam: 'Jeugdwet', bwb: 'BWBR0034925', hoofdstuk: 'Opgroeien en opvoeden (Jeugdwet)', namen: ['Jeugdwet'] },
  {
    key: 'wgs',
    naam: 'Wet gemeentelijke schuldhulpverlening',
    afkorting: 'Wgs',
    bwb: 'BWBR0031331',
    hoofdstuk: 'Grip op geld en schulden (Wgs)',
    namen: ['Wet gemeentelijke schuldhulpverlening', 'Wgs'],
  },
  {
    key: 'awb',
    naam: 'Algemene wet bestuursrecht',
    afkorting: 'Awb',
    bwb: 'BWBR0005537',
    hoofdstuk: 'Algemene wet bestuursrecht',
    namen: ['Algemene wet bestuursrecht', 'Awb'],
  },
  { key: 'gemw', naam: 'Gemeentewet', bwb: 'BWBR0005416', hoofdstuk: 'Gemeentewet', namen: ['Gemeentewet'] },
]

export const sociaalDomein = ['pw', 'wmo', 'jw', 'wgs'] as const

/** `pw: { naam: Participatiewet, bwb: BWBR0015703 }` lines for verordening.yml. */
export function wettenYaml(keys: readonly string[]): string {
  return knownWetten
    .filter((wet) => keys.includes(wet.key))
    .map((wet) => `  ${wet.key}: { naam: ${wet.naam}${wet.afkorting ? `, afkorting: ${wet.afkorting}` : ''}, bwb: ${wet.bwb} }`)
    .join('\n')
}
