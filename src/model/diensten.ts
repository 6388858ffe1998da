// The names inwoners use for services. People search for "huishoudelijke hulp",
// "PGB" or "scootmobiel", the name they heard from a neighbour or the loket, not
// for the verordening's titles. The toolchain ships a default list of the common
// sociaal-domein names with their usual variants; the author maps each onto
// artikelen in diensten.yml (and may add the gemeente's own names). Search, the
// inwoners index and the effect pages use the mapping; rule `dienst-gekoppeld`
// warns when a default name that fits a wet of the verordening maps to nothing.
import type { Position } from 'unist'
import type { DienstenRegister } from '../sources/diensten-schema.ts'
import type { ModelContext } from './context.ts'

/** The wetten of the default list, by their BWB id (the keys in verordening.yml are the author's). */
export const dienstWetten = {
  wmo: 'BWBR0035362',
  jw: 'BWBR0034925',
  pw: 'BWBR0015703',
  wgs: 'BWBR0031594',
} as const

export interface StandaardDienst {
  /** The name as the list shows it. */
  naam: string
  /** The wetten the service falls under (keys of dienstWetten). */
  wetten: ReadonlyArray<keyof typeof dienstWetten>
  /** Other names and spellings people use. */
  varianten: readonly string[]
}

/** The default list: common names of services in the sociaal domein, with their variants. */
export const standaardDiensten: readonly StandaardDienst[] = [
  // Wmo 2015
  {
    naam: 'huishoudelijke hulp',
    wetten: ['wmo'],
    varianten: ['hulp bij het huishouden', 'thuishulp', 'schoonmaakhulp', 'poetshulp', 'huishoudelijke ondersteuning', 'hulp in de huishouding', 'werkster'],
  },
  { naam: 'dagbesteding', wetten: ['wmo'], varianten: ['dagactiviteiten', 'dagopvang', 'activiteitencentrum', 'inloop'] },
  {
    naam: 'begeleiding',
    wetten: ['wmo'],
    varianten: ['individuele begeleiding', 'ambulante begeleiding', 'woonbegeleiding', 'thuisbegeleiding', 'persoonlijke begeleiding'],
  },
  { naam: 'PGB', wetten: ['wmo', 'jw'], varianten: ['persoonsgebonden budget', 'persoonsgebondenbudget', 'eigen budget', 'zorgbudget'] },
  { naam: 'scootmobiel', wetten: ['wmo'], varianten: ['scooter', 'scootermobiel', 'invalidenscooter', 'brommobiel', 'driewielfiets'] },
  { naam: 'rolstoel', wetten: ['wmo'], varianten: ['rolstoelvoorziening', 'elektrische rolstoel', 'duwrolstoel'] },
  {
    naam: 'vervoersvoorziening',
    wetten: ['wmo'],
    varianten: ['wmo-vervoer', 'regiotaxi', 'deeltaxi', 'taxipas', 'vervoerspas', 'collectief vervoer', 'aangepast vervoer'],
  },
  {
    naam: 'woningaanpassing',
    wetten: ['wmo'],
    varianten: ['woonvoorziening', 'traplift', 'aangepaste badkamer', 'drempels weghalen', 'huis aanpassen', 'verhuiskostenvergoeding', 'verhuiskosten'],
  },
  {
    naam: 'mantelzorgondersteuning',
    wetten: ['wmo'],
    varianten: ['respijtzorg', 'logeeropvang', 'mantelzorgmakelaar', 'vervangende mantelzorg', 'mantelzorgconsulent'],
  },
  { naam: 'mantelzorgwaardering', wetten: ['wmo'], varianten: ['mantelzorgcompliment', 'mantelzorgpremie', 'mantelzorgbedankje'] },
  { naam: 'eigen bijdrage', wetten: ['wmo'], varianten: ['abonnementstarief', 'cak', 'eigen bijdrage wmo', 'zelf betalen'] },
  {
    naam: 'beschermd wonen',
    wetten: ['wmo'],
    varianten: ['begeleid wonen', 'beschut wonen', 'maatschappelijke opvang', 'daklozenopvang', 'nachtopvang', 'vrouwenopvang', 'blijf-van-mijn-lijfhuis'],
  },
  {
    naam: 'algemene voorziening',
    wetten: ['wmo'],
    varianten: ['buurtcentrum', 'wijkteam', 'sociaal wijkteam', 'buurthuis', 'ontmoetingsplek', 'maaltijdservice'],
  },
  // Jeugdwet
  {
    naam: 'jeugdhulp',
    wetten: ['jw'],
    varianten: ['jeugdzorg', 'hulp voor mijn kind', 'jeugdhulpverlening', 'jeugd-ggz', 'kinderpsycholoog', 'jeugdpsycholoog'],
  },
  { naam: 'dyslexiezorg', wetten: ['jw'], varianten: ['dyslexie', 'dyslexiebehandeling', 'dyslexieonderzoek', 'ernstige enkelvoudige dyslexie', 'eed'] },
  {
    naam: 'opvoedondersteuning',
    wetten: ['jw'],
    varianten: ['opvoedhulp', 'opvoedingsondersteuning', 'opvoedadvies', 'gezinscoach', 'ouderschapsondersteuning', 'jeugd- en gezinsteam'],
  },
  { naam: 'pleegzorg', wetten: ['jw'], varianten: ['pleeggezin', 'pleegouder', 'gezinshuis'] },
  { naam: 'verlengde jeugdhulp', wetten: ['jw'], varianten: ['jeugdhulp na 18', '18-/18+', 'overgang naar volwassenheid', 'jongvolwassene'] },
  // Participatiewet
  { naam: 'bijstand', wetten: ['pw'], varianten: ['bijstandsuitkering', 'uitkering', 'algemene bijstand', 'sociale dienst', 'levensonderhoud'] },
  { naam: 'voorschot', wetten: ['pw'], varianten: ['voorschot op de uitkering', 'renteloos voorschot', 'geld tijdens de aanvraag'] },
  { naam: 'bijzondere bijstand', wetten: ['pw'], varianten: ['bijzondere kosten', 'extra kosten', 'noodfonds', 'tegemoetkoming'] },
  { naam: 'individuele inkomenstoeslag', wetten: ['pw'], varianten: ['langdurigheidstoeslag', 'inkomenstoeslag', 'toeslag bij laag inkomen'] },
  { naam: 'kostendelersnorm', wetten: ['pw'], varianten: ['kostendeler', 'kostendelers', 'inwonend kind', 'huisgenoot'] },
  {
    naam: 're-integratie',
    wetten: ['pw'],
    varianten: ['reintegratie', 'werkcoach', 'jobcoach', 'hulp bij werk zoeken', 'sollicitatiehulp', 'werkfit', 'loonkostensubsidie'],
  },
  { naam: 'participatieplaats', wetten: ['pw'], varianten: ['werkervaringsplaats', 'werkstage', 'proefplaats', 'leerwerkplek'] },
  { naam: 'tegenprestatie', wetten: ['pw'], varianten: ['vrijwilligerswerk', 'maatschappelijk nuttige activiteit', 'wat terugdoen'] },
  { naam: 'maatregel', wetten: ['pw'], varianten: ['korting op de uitkering', 'sanctie', 'verlaging van de uitkering', 'boete'] },
  // Wet gemeentelijke schuldhulpverlening
  {
    naam: 'schuldhulp',
    wetten: ['wgs'],
    varianten: ['schuldhulpverlening', 'schuldsanering', 'schuldregeling', 'schuldbemiddeling', 'hulp bij schulden', 'schuldenhulp'],
  },
  { naam: 'budgetbeheer', wetten: ['wgs'], varianten: ['budgetcoach', 'budgetbegeleiding', 'thuisadministratie', 'geldzaken', 'huishoudboekje'] },
  { naam: 'vroegsignalering', wetten: ['wgs'], varianten: ['huurachterstand', 'betalingsachterstand', 'afsluiting', 'huisuitzetting', 'ontruiming'] },
  { naam: 'nazorg schuldhulp', wetten: ['wgs'], varianten: ['nazorg', 'na de schuldsanering', 'schuldenvrij'] },
]

/** One name from diensten.yml, resolved: which artikelen it maps onto and the words search knows it by. */
export interface Dienst {
  /** The name as the author wrote it in diensten.yml. */
  naam: string
  /** The entry of the default list it is (by name or variant), or undefined for the gemeente's own name. */
  standaard: StandaardDienst | undefined
  /** Artikel numbers, as written (`artikel` dropped); empty for `geen`. */
  artikelen: string[]
  /** Every name search knows: the name, the default variants and the author's own `namen`. */
  namen: string[]
  /** Where the name stands in diensten.yml. */
  plaats: Position | undefined
  /** Where each artikel number stands, in the order of `artikelen`. */
  artikelPlaatsen: Array<Position | undefined>
}

/** Lowercase, without accents or punctuation: how names are compared. */
export function dienstSleutel(naam: string): string {
  return naam
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

const standaardBySleutel = new Map<string, StandaardDienst>()
for (const dienst of standaardDiensten) {
  for (const naam of [dienst.naam, ...dienst.varianten]) standaardBySleutel.set(dienstSleutel(naam), dienst)
}

export function standaardDienst(naam: string): StandaardDienst | undefined {
  return standaardBySleutel.get(dienstSleutel(naam))
}

/** The diensten of diensten.yml, or empty when the file is absent or could not be read. */
export function diensten(context: Pick<ModelContext, 'registries'>): Dienst[] {
  const registry = context.registries.extra?.get('diensten')
  if (!registry) return []
  const data = registry.data as DienstenRegister
  return Object.entries(data).map(([naam, koppeling]) => {
    const standaard = standaardDienst(naam)
    const object = typeof koppeling === 'object' && !Array.isArray(koppeling) ? koppeling : undefined
    const waarde = object ? object.artikelen : koppeling
    const lijst: string[] = waarde === 'geen' ? [] : typeof waarde === 'string' ? [waarde] : (waarde as string[])
    const pad = object ? [naam, 'artikelen'] : [naam]
    return {
      naam,
      standaard,
      artikelen: lijst.map((verwijzing) => verwijzing.replace(/^\s*artikel\s+/i, '').trim()),
      namen: [...new Set([naam, ...(standaard ? [standaard.naam, ...standaard.varianten] : []), ...(object?.namen ?? [])])],
      plaats: registry.place([naam]),
      artikelPlaatsen: lijst.map((_, index) => registry.place(Array.isArray(waarde) ? [...pad, index] : pad)),
    }
  })
}
