// The wettelijke registers shipped with the toolchain: per wet the opdrachten
// tot regelgeving, the statutory maximum terms and the wet's own definitions,
// each read in the text of the wet on wetten.overheid.nl (the version named in
// `bron`). Validated with the same schema as a gemeente's own `wettelijk.yml`,
// which adds to them (src/sources/wettelijk-schema.ts). Entries the text could
// not confirm say so (`geverifieerd: false`); none is made up. Read on
// 7 December 2026 in the consolidated texts as MinBZK/regelrecht-corpus keeps
// them from wetten.overheid.nl (regulation/nl/wet/<wet>/<datum>.yaml). Left
// out on purpose: the "kan bij verordening" provisions (Wmo 2.1.4, 2.1.4a,
// 2.1.7, 2.3.6 lid 4; Jeugdwet 8.1.1 lid 3, the pgb from the sociaal netwerk),
// which oblige nothing. Jeugdwet 8.1.1 itself obliges the college, not the raad;
// what the verordening must say about the pgb is 2.9 onderdeel c.
// A "definitie" that starts with "in het kort:" summarises a long one.
import type { Registry } from '../parse/registry.ts'
import {
  type WetRegister,
  type WettelijkeDefinitie,
  type WettelijkeOpdracht,
  type WettelijkeTermijn,
  wettelijkBestandSchema,
} from '../sources/wettelijk-schema.ts'
import type { ModelContext } from './context.ts'
import type { VerordeningMeta } from './schema.ts'
import { isContainer } from './verordening-model.ts'

const gedeeld: unknown[] = [
  {
    wet: 'BWBR0015703',
    naam: 'Participatiewet',
    bron: { url: 'https://wetten.overheid.nl/BWBR0015703/2026-01-01', datum: '2026-01-01' },
    opdrachten: [
      {
        artikel: '8',
        lid: 1,
        onderdeel: 'a',
        wat: 'het verlagen van de bijstand (artikel 18, tweede lid) en de periode van de verlaging (artikel 18, vijfde en zesde lid)',
      },
      {
        artikel: '8',
        lid: 1,
        onderdeel: 'b',
        wat: 'het verlenen van een individuele inkomenstoeslag (artikel 36), in ieder geval de hoogte en wat "langdurig" en "laag inkomen" betekenen (tweede lid)',
      },
      { artikel: '8', lid: 1, onderdeel: 'c', wat: 'het verlagen van de bijstand, bedoeld in artikel 9a, twaalfde lid' },
      { artikel: '8a', lid: 1, onderdeel: 'a', wat: 'het ondersteunen bij arbeidsinschakeling en de voorzieningen daarvoor (artikelen 7, 7a en 10)' },
      { artikel: '8a', lid: 1, onderdeel: 'b', wat: 'het opdragen van een tegenprestatie (artikel 9, eerste lid, onderdeel c)' },
      { artikel: '8a', lid: 1, onderdeel: 'c', wat: 'de scholing of opleiding, bedoeld in artikel 10a, vijfde lid' },
      { artikel: '8a', lid: 1, onderdeel: 'd', wat: 'de premie, bedoeld in artikel 10a, zesde lid' },
      { artikel: '8a', lid: 1, onderdeel: 'e', wat: 'het werken in een beschutte omgeving (beschut werk, artikel 10b)' },
      { artikel: '8b', wat: 'de bestrijding van het ten onrechte ontvangen van bijstand en van misbruik en oneigenlijk gebruik van de wet' },
    ],
  },
  {
    wet: 'BWBR0035362',
    naam: 'Wet maatschappelijke ondersteuning 2015',
    bron: { url: 'https://wetten.overheid.nl/BWBR0035362/2026-07-01', datum: '2026-07-01' },
    opdrachten: [
      { artikel: '2.1.3', lid: 1, wat: 'de regels die nodig zijn om het plan voor maatschappelijke ondersteuning (artikel 2.1.2) uit te voeren' },
      { artikel: '2.1.3', lid: 2, onderdeel: 'a', wat: 'hoe en met welke criteria wordt vastgesteld of iemand een maatwerkvoorziening krijgt' },
      { artikel: '2.1.3', lid: 2, onderdeel: 'b', wat: 'hoe de hoogte van een persoonsgebonden budget wordt vastgesteld (de hoogte moet toereikend zijn)' },
      { artikel: '2.1.3', lid: 2, onderdeel: 'c', wat: 'de eisen aan de kwaliteit van voorzieningen, ook aan de deskundigheid van beroepskrachten' },
      { artikel: '2.1.3', lid: 2, onderdeel: 'd', wat: 'voor welke voorzieningen een regeling voor klachten van cliënten nodig is' },
      { artikel: '2.1.3', lid: 2, onderdeel: 'e', wat: 'voor welke voorzieningen een regeling voor medezeggenschap van cliënten nodig is' },
      {
        artikel: '2.1.3',
        lid: 3,
        wat: 'hoe inwoners en cliënten worden betrokken bij de uitvoering van de wet (cliëntenparticipatie, onderdelen a tot en met f)',
      },
      {
        artikel: '2.1.3',
        lid: 4,
        wat: 'de bestrijding van het ten onrechte ontvangen van een maatwerkvoorziening of pgb en van misbruik en oneigenlijk gebruik',
      },
      { artikel: '2.1.6', wat: 'hoe het college zorgt voor een jaarlijkse blijk van waardering voor de mantelzorgers van cliënten' },
    ],
    termijnen: [
      {
        artikel: '2.3.2',
        lid: 1,
        wat: 'het onderzoek na een melding',
        aantal: 6,
        eenheid: 'weken',
        woorden: [['onderzoek'], ['melding']],
      },
      {
        artikel: '2.3.5',
        lid: 2,
        wat: 'de beschikking op een aanvraag om een maatwerkvoorziening',
        aantal: 2,
        eenheid: 'weken',
        woorden: [
          ['beschikking', 'beslist', 'besluit'],
          ['maatwerkvoorziening', 'persoonsgebonden budget'],
        ],
      },
    ],
    definities: [
      {
        term: 'mantelzorg',
        artikel: '1.1.1',
        definitie:
          'hulp ten behoeve van zelfredzaamheid, participatie, beschermd wonen, opvang, jeugdhulp, het opvoeden en opgroeien van jeugdigen en zorg en overige diensten als bedoeld in de Zorgverzekeringswet, die rechtstreeks voortvloeit uit een tussen personen bestaande sociale relatie en die niet wordt verleend in het kader van een hulpverlenend beroep',
      },
      {
        term: 'gebruikelijke hulp',
        artikel: '1.1.1',
        definitie:
          'hulp die naar algemeen aanvaarde opvattingen in redelijkheid mag worden verwacht van de echtgenoot, ouders, inwonende kinderen of andere huisgenoten',
      },
      {
        term: 'algemene voorziening',
        vormen: ['algemene voorzieningen'],
        artikel: '1.1.1',
        definitie:
          'aanbod van diensten of activiteiten dat, zonder voorafgaand onderzoek naar de behoeften, persoonskenmerken en mogelijkheden van de gebruikers, toegankelijk is en dat is gericht op maatschappelijke ondersteuning',
      },
      {
        term: 'maatwerkvoorziening',
        vormen: ['maatwerkvoorzieningen'],
        artikel: '1.1.1',
        definitie:
          'in het kort: op de behoeften, persoonskenmerken en mogelijkheden van een persoon afgestemd geheel van diensten, hulpmiddelen, woningaanpassingen en andere maatregelen (de wet noemt drie soorten: voor zelfredzaamheid, voor participatie en voor beschermd wonen en opvang)',
      },
      {
        term: 'sociaal netwerk',
        artikel: '1.1.1',
        definitie: 'personen uit de huiselijke kring of andere personen met wie de cliënt een sociale relatie onderhoudt',
      },
      {
        term: 'persoonsgebonden budget',
        vormen: ['pgb'],
        artikel: '1.1.1',
        definitie:
          'bedrag waaruit namens het college betalingen worden gedaan voor diensten, hulpmiddelen, woningaanpassingen en andere maatregelen die tot een maatwerkvoorziening behoren, en die een cliënt van derden heeft betrokken',
      },
      {
        term: 'cliëntondersteuning',
        artikel: '1.1.1',
        definitie:
          'onafhankelijke ondersteuning met informatie, advies en algemene ondersteuning die bijdraagt aan het versterken van de zelfredzaamheid en participatie en het verkrijgen van een zo integraal mogelijke dienstverlening op het gebied van maatschappelijke ondersteuning, preventieve zorg, zorg, jeugdhulp, onderwijs, welzijn, wonen, werk en inkomen',
      },
    ],
  },
  {
    wet: 'BWBR0034925',
    naam: 'Jeugdwet',
    bron: { url: 'https://wetten.overheid.nl/BWBR0034925/2026-01-01', datum: '2026-01-01' },
    opdrachten: [
      {
        artikel: '2.9',
        onderdeel: 'a',
        wat: 'de individuele en overige voorzieningen: de voorwaarden voor toekenning, de wijze van beoordeling en de afwegingsfactoren',
      },
      {
        artikel: '2.9',
        onderdeel: 'b',
        wat: 'hoe de toegang tot en toekenning van een individuele voorziening wordt afgestemd met zorg, onderwijs, maatschappelijke ondersteuning, werk en inkomen',
      },
      { artikel: '2.9', onderdeel: 'c', wat: 'hoe de hoogte van een persoonsgebonden budget (artikel 8.1.1) wordt vastgesteld' },
      {
        artikel: '2.9',
        onderdeel: 'd',
        wat: 'de bestrijding van het ten onrechte ontvangen van een individuele voorziening of pgb en van misbruik en oneigenlijk gebruik',
      },
    ],
    definities: [
      {
        term: 'ouder',
        vormen: ['ouders'],
        artikel: '1.1',
        definitie:
          'gezaghebbende ouder, adoptiefouder, stiefouder of een ander die een jeugdige als behorend tot zijn gezin verzorgt en opvoedt, niet zijnde een pleegouder',
      },
      {
        term: 'jeugdige',
        vormen: ['jeugdigen'],
        artikel: '1.1',
        definitie:
          'in het kort: persoon die de leeftijd van achttien jaar nog niet heeft bereikt, of in de gevallen die artikel 1.1 van de Jeugdwet noemt (jeugdstrafrecht, pleegzorg, voortgezette jeugdhulp) ouder is, tot hoogstens drieëntwintig jaar',
      },
    ],
  },
  {
    wet: 'BWBR0031331',
    naam: 'Wet gemeentelijke schuldhulpverlening',
    bron: { url: 'https://wetten.overheid.nl/BWBR0031331/2026-01-01', datum: '2026-01-01' },
    opdrachten: [
      {
        artikel: '4a',
        lid: 3,
        wat: 'de termijn waarbinnen de beschikking na het eerste gesprek (het plan van aanpak of de weigering) wordt gegeven; hoogstens acht weken',
      },
    ],
    termijnen: [
      {
        artikel: '4',
        lid: 1,
        wat: 'het eerste gesprek na een hulpvraag om schuldhulpverlening',
        aantal: 4,
        eenheid: 'weken',
        woorden: [['gesprek']],
      },
      {
        artikel: '4',
        lid: 2,
        wat: 'het eerste gesprek bij een bedreigende situatie (ontruiming, afsluiting van gas, elektriciteit, stadsverwarming of water, opzegging van de zorgverzekering)',
        aantal: 3,
        eenheid: 'werkdagen',
        woorden: [['gesprek'], ['bedreigende', 'dreigende', 'ontruiming', 'afsluiting', 'crisis']],
      },
      {
        artikel: '4a',
        lid: 3,
        wat: 'de beschikking na het eerste gesprek (plan van aanpak of weigering)',
        aantal: 8,
        eenheid: 'weken',
        woorden: [
          ['beschikking', 'beslist', 'besluit'],
          ['schuldhulpverlening', 'plan van aanpak'],
        ],
      },
    ],
    definities: [
      {
        term: 'schuldhulpverlening',
        artikel: '1',
        definitie:
          'het ondersteunen bij het vinden van een adequate oplossing gericht op de aflossing van schulden indien redelijkerwijs is te voorzien dat een natuurlijke persoon niet zal kunnen voortgaan met het betalen van zijn schulden of indien hij in de toestand verkeert dat hij heeft opgehouden te betalen, alsmede de nazorg',
      },
    ],
  },
]

/** The shipped registers, validated once when the module loads: a mistake here is ours and fails every test. */
export const gedeeldeWetten: readonly WetRegister[] = wettelijkBestandSchema.parse(gedeeld)

/** An entry of a register with the wet it belongs to, as the verordening names it. */
export interface PerWet<T> {
  /** The wet's key in `wetten` of verordening.yml. */
  wet: string
  register: WetRegister
  item: T
  /** Index of the wet in `wettelijk.yml` when the gemeente added it, else undefined. */
  eigen?: number
}

export interface Wettelijk {
  opdrachten: PerWet<WettelijkeOpdracht>[]
  termijnen: PerWet<WettelijkeTermijn>[]
  definities: PerWet<WettelijkeDefinitie>[]
}

/** The gemeente's own additions (`wettelijk.yml`), when the layout read them. */
export function eigenWettelijk(context: Pick<ModelContext, 'registries'>): Registry<WetRegister[]> | undefined {
  const registry = context.registries.extra?.get('wettelijk')
  return registry ? (registry as Registry<WetRegister[]>) : undefined
}

/**
 * The registers for the wetten this verordening names: the shipped ones by
 * BWB id, plus the gemeente's own by BWB id or key. A wet the verordening
 * does not name has nothing to ask of it.
 */
export function wettelijkVoor(context: Pick<ModelContext, 'registries' | 'verordening'>): Wettelijk {
  const wetten = context.verordening.meta.wetten
  const keyOf = (wet: string): string | undefined => (wet in wetten ? wet : Object.keys(wetten).find((key) => wetten[key]?.bwb === wet))
  const result: Wettelijk = { opdrachten: [], termijnen: [], definities: [] }
  const add = (register: WetRegister, eigen: number | undefined) => {
    const wet = keyOf(register.wet)
    if (!wet) return
    for (const item of register.opdrachten) result.opdrachten.push({ wet, register, item, eigen })
    for (const item of register.termijnen) result.termijnen.push({ wet, register, item, eigen })
    for (const item of register.definities) result.definities.push({ wet, register, item, eigen })
  }
  for (const register of gedeeldeWetten) add(register, undefined)
  eigenWettelijk(context)?.data.forEach((register, index) => add(register, index))
  return result
}

/** "artikel 2.1.3, tweede lid, onderdeel a" as a jurist writes it. */
export function wetPlaats({ artikel, lid, onderdeel }: { artikel: string; lid?: number; onderdeel?: string }): string {
  const rangtelwoorden = ['eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende', 'achtste', 'negende', 'tiende']
  const parts = [`artikel ${artikel}`]
  if (lid !== undefined) parts.push(`${rangtelwoorden[lid - 1] ?? `${lid}e`} lid`)
  if (onderdeel !== undefined) parts.push(`onderdeel ${onderdeel}`)
  return parts.join(', ')
}

/** An artikel that carries an opdracht: by its grondslag, or by `opdracht="wet:artikel"` (regulated elsewhere). */
export interface OpdrachtDrager {
  nr: string
  via: 'grondslag' | 'elders'
}

export interface OpdrachtStand extends PerWet<WettelijkeOpdracht> {
  dragers: OpdrachtDrager[]
}

/** The `opdracht` kenmerk of each artikel, by number, read from the trees (the model does not keep it). */
export function opdrachtKenmerken(context: Pick<ModelContext, 'hoofdstukken'>): Map<string, string[]> {
  const result = new Map<string, string[]>()
  for (const { tree } of context.hoofdstukken) {
    for (const node of tree.children) {
      if (!isContainer(node, 'artikel')) continue
      const nr = node.attributes?.nr
      const tokens = (node.attributes?.opdracht ?? '').split(/\s+/).filter(Boolean)
      if (nr && tokens.length > 0) result.set(nr, [...(result.get(nr) ?? []), ...tokens])
    }
  }
  return result
}

/** Every opdracht of the wetten the aanhef names, with the artikelen that carry it. */
export function opdrachtStand(context: Pick<ModelContext, 'registries' | 'verordening' | 'hoofdstukken'>): OpdrachtStand[] {
  const genoemd = genoemdeWetten(context.verordening.meta)
  const kenmerken = opdrachtKenmerken(context)
  const artikelen = context.verordening.hoofdstukken.flatMap((hoofdstuk) => hoofdstuk.artikelen)
  return wettelijkVoor(context)
    .opdrachten.filter(({ wet }) => genoemd.has(wet))
    .map((entry) => {
      const dragers: OpdrachtDrager[] = []
      for (const artikel of artikelen) {
        if (artikel.grondslagen.some((grondslag) => grondslag.wet === entry.wet && grondslag.artikel === entry.item.artikel)) {
          dragers.push({ nr: artikel.nr, via: 'grondslag' })
        } else if ((kenmerken.get(artikel.nr) ?? []).includes(`${entry.wet}:${entry.item.artikel}`)) {
          dragers.push({ nr: artikel.nr, via: 'elders' })
        }
      }
      return { ...entry, dragers }
    })
}

/**
 * The wetten the verordening says it executes: those its aanhef names ("gelet
 * op … de Participatiewet"), by naam or afkorting. Without an aanhef, none:
 * the aanhef is where a verordening names its wettelijke grondslag.
 */
export function genoemdeWetten(meta: Pick<VerordeningMeta, 'aanhef' | 'wetten'>): Set<string> {
  const aanhef = (meta.aanhef ?? '').toLowerCase().replace(/\s+/g, ' ')
  const result = new Set<string>()
  if (!aanhef) return result
  for (const [key, wet] of Object.entries(meta.wetten)) {
    const namen = [wet.naam, wet.afkorting].filter((naam): naam is string => Boolean(naam))
    if (namen.some((naam) => new RegExp(`(?<![\\p{L}])${naam.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\d])`, 'u').test(aanhef)))
      result.add(key)
  }
  return result
}
