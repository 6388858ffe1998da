// Aligning the artikelen of many gemeenten into topics (onderwerpen): the
// artikel about the individuele inkomenstoeslag is artikel 12 in one
// verordening and 5.3 in another, under another title and in another
// chapter order. Numbers therefore say nothing; an artikel joins the topic it
// resembles most by text (MinHash of word shingles), title (shared words) and
// grondslag (the same article of the same wet). Then, within a topic, the
// parameters of the gemeenten are aligned into rows by kind and the words
// around them ("alleenstaande", "gehuwden"), so each row holds one value per
// gemeente.
//
// Greedy and in one pass over the gemeenten, in the order given: topics are
// made by the first gemeente that has such an artikel, and a later artikel is
// compared with the first members of the candidate topics only (those sharing
// a MinHash band or a title word). That keeps 342 gemeenten of 100 artikelen
// in seconds; the price is that the first gemeenten shape the topics.
import type { ArtikelTekst } from '../../model/artikel-tekst.ts'
import { bands, shingles, signature, similarity } from './minhash.ts'
import { type LidRegels, type Parameter, type ParameterSoort, parametersVan, waardeSleutel, words } from './parameters.ts'

/** One artikel as the comparison reads it (plain data: it crosses from a worker thread). */
export interface VergelijkArtikel {
  nr: string
  titel: string
  /** "wmo:2.1.3" */
  grondslagen: string[]
  tekst: ArtikelTekst
  /** Where the artikel starts: file, line, column. */
  plaats: { file: string; line: number; column: number }
  /** Where each lid and onderdeel starts (same order as `tekst.leden`), for the place of a value; absent in older data. */
  regels?: LidRegels[]
}

export interface VergelijkGemeente {
  /** The name shown: the gemeente in verordening.yml. */
  naam: string
  /** The folder it was read from. */
  map: string
  citeertitel: string
  artikelen: VergelijkArtikel[]
}

export interface ArtikelInOnderwerp {
  artikel: VergelijkArtikel
  parameters: Parameter[]
  /** How much it resembles the topic (0–1); 1 for the artikel that began the topic. */
  score: number
}

export interface ParameterRij {
  soort: ParameterSoort
  /** "bedrag: alleenstaande, toeslag" */
  label: string
  /** Per gemeente (same index as `gemeenten`): the value, or undefined. */
  waarden: Array<Parameter | undefined>
  /** Not every gemeente that has the value has the same value. */
  verschilt: boolean
}

export interface Onderwerp {
  /** A stable, readable id for URLs: the title as a slug (with a number when two topics share a title). */
  id: string
  titel: string
  grondslagen: string[]
  /** Per gemeente (same index as `gemeenten`): its artikel about this topic, or undefined. */
  artikelen: Array<ArtikelInOnderwerp | undefined>
  rijen: ParameterRij[]
}

export interface Vergelijking {
  gemeenten: Array<Omit<VergelijkGemeente, 'artikelen'> & { artikelen: number }>
  onderwerpen: Onderwerp[]
}

/** Below this score an artikel starts a topic of its own. */
const drempel = 0.25
/** A later artikel is compared with the topics sharing most MinHash bands with it, at most this many. */
const kandidaten = 8
/** A later artikel is compared with at most this many members of a topic. */
const vergelijkMet = 3

interface Prepared {
  artikel: VergelijkArtikel
  sig: Uint32Array
  titel: Set<string>
  /** The title words by their stem: "inkomenstoeslag" and "inkomenstoeslagen", "termijn" and "termijnen". */
  stems: Set<string>
  grondslagen: Set<string>
}

interface Werkonderwerp {
  leden: Array<{ gemeente: number; prepared: Prepared; score: number }>
}

const titleSmall = new Set(['algemeen', 'algemene', 'bepalingen', 'artikel', 'overige'])

function prepare(artikel: VergelijkArtikel, gemeente: string): Prepared {
  const own = new Set(words(gemeente))
  const body = words(
    [artikel.titel, ...artikel.tekst.leden.flatMap((lid) => [lid.tekst, ...lid.onderdelen.map((onderdeel) => onderdeel.tekst)])].join(' '),
  ).filter((word) => !own.has(word))
  return {
    artikel,
    sig: signature(shingles(body)),
    titel: new Set(words(artikel.titel).filter((word) => !titleSmall.has(word) && !own.has(word))),
    stems: new Set(
      words(artikel.titel)
        .filter((word) => !titleSmall.has(word) && !own.has(word))
        .map(stem),
    ),
    grondslagen: new Set(artikel.grondslagen),
  }
}

function jaccard<T>(left: ReadonlySet<T>, right: ReadonlySet<T>): number {
  if (left.size === 0 && right.size === 0) return 0
  let shared = 0
  for (const value of left) if (right.has(value)) shared++
  return shared / (left.size + right.size - shared)
}

function stem(word: string): string {
  return word.replace(/(?:en|s|e)$/, '')
}

/**
 * How much two artikelen are about the same thing (0–1). Shared word shingles
 * are strong evidence on their own (unrelated artikelen share almost none), so
 * the text counts fully even when the titles differ ("Gesprek" and "Onderzoek
 * na de melding"); a shared title helps a text that was rewritten; the same
 * grondslag adds a little.
 */
export function score(left: Prepared, right: Prepared): number {
  const text = similarity(left.sig, right.sig)
  const title = jaccard(left.stems, right.stems)
  const basis = left.grondslagen.size > 0 && right.grondslagen.size > 0 ? jaccard(left.grondslagen, right.grondslagen) : 0
  return Math.min(1, Math.max(text, 0.5 * text + 0.5 * title) + 0.1 * basis)
}

/** Aligns the artikelen of the gemeenten into topics, each with its rows of parameters. */
export function vergelijkGemeenten(gemeenten: readonly VergelijkGemeente[]): Vergelijking {
  const topics: Werkonderwerp[] = []
  const byBand = new Map<string, Set<number>>()
  const byTitle = new Map<string, Set<number>>()
  const index = (map: Map<string, Set<number>>, key: string, topic: number) => {
    let set = map.get(key)
    if (!set) map.set(key, (set = new Set()))
    set.add(topic)
  }
  const register = (topic: number, prepared: Prepared) => {
    for (const band of bands(prepared.sig)) index(byBand, band, topic)
    for (const word of prepared.titel) index(byTitle, word, topic)
  }

  gemeenten.forEach((gemeente, gemeenteIndex) => {
    const prepared = gemeente.artikelen.map((artikel) => prepare(artikel, gemeente.naam))
    // Every plausible (artikel, topic) pair with its score, best first; each artikel and each topic is used once per gemeente.
    const pairs: Array<{ artikel: number; topic: number; score: number }> = []
    prepared.forEach((candidate, artikelIndex) => {
      // The topics sharing the most bands (an estimate of text similarity in itself), and those sharing a title word.
      const shared = new Map<number, number>()
      for (const band of bands(candidate.sig)) for (const topic of byBand.get(band) ?? []) shared.set(topic, (shared.get(topic) ?? 0) + 1)
      const seen = new Set(
        [...shared.entries()]
          .sort((a, b) => b[1] - a[1] || a[0] - b[0])
          .slice(0, kandidaten)
          .map(([topic]) => topic),
      )
      for (const word of candidate.titel) for (const topic of byTitle.get(word) ?? []) seen.add(topic)
      for (const topic of seen) {
        let best = 0
        for (const member of topics[topic]!.leden.slice(0, vergelijkMet)) best = Math.max(best, score(candidate, member.prepared))
        if (best >= drempel) pairs.push({ artikel: artikelIndex, topic, score: best })
      }
    })
    pairs.sort((a, b) => b.score - a.score || a.artikel - b.artikel || a.topic - b.topic)
    const placed = new Set<number>()
    const used = new Set<number>()
    for (const pair of pairs) {
      if (placed.has(pair.artikel) || used.has(pair.topic)) continue
      placed.add(pair.artikel)
      used.add(pair.topic)
      const topic = topics[pair.topic]!
      topic.leden.push({ gemeente: gemeenteIndex, prepared: prepared[pair.artikel]!, score: pair.score })
      if (topic.leden.length <= vergelijkMet) register(pair.topic, prepared[pair.artikel]!)
    }
    prepared.forEach((candidate, artikelIndex) => {
      if (placed.has(artikelIndex)) return
      topics.push({ leden: [{ gemeente: gemeenteIndex, prepared: candidate, score: 1 }] })
      register(topics.length - 1, candidate)
    })
  })

  const usedIds = new Map<string, number>()
  const onderwerpen = topics
    .map((topic, order) => ({ topic, order }))
    // Topics most gemeenten share first; among equals, in the order of the first gemeente's text.
    .sort((a, b) => b.topic.leden.length - a.topic.leden.length || a.order - b.order)
    .map(({ topic }): Onderwerp => {
      const artikelen: Array<ArtikelInOnderwerp | undefined> = gemeenten.map(() => undefined)
      for (const lid of topic.leden)
        artikelen[lid.gemeente] = {
          artikel: lid.prepared.artikel,
          parameters: parametersVan(lid.prepared.artikel.tekst, lid.prepared.artikel.regels),
          score: lid.score,
        }
      const titel = commonest(topic.leden.map((lid) => lid.prepared.artikel.titel.trim() || `Artikel ${lid.prepared.artikel.nr}`))
      const base = slug(titel) || 'onderwerp'
      const seen = usedIds.get(base) ?? 0
      usedIds.set(base, seen + 1)
      const grondslagen = [...new Set(topic.leden.flatMap((lid) => lid.prepared.artikel.grondslagen))].sort()
      // Two topics with the same title (articles that share a name but not their text) get a number, so
      // a reader, the overview and the landmarks of the page can tell them apart.
      return {
        id: seen === 0 ? base : `${base}-${seen + 1}`,
        titel: seen === 0 ? titel : `${titel} (${seen + 1})`,
        grondslagen,
        artikelen,
        rijen: parameterRijen(artikelen),
      }
    })
  return { gemeenten: gemeenten.map(({ artikelen, ...rest }) => ({ ...rest, artikelen: artikelen.length })), onderwerpen }
}

function commonest(values: readonly string[]): string {
  const counts = new Map<string, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  let best = values[0] ?? ''
  for (const [value, count] of counts) if (count > (counts.get(best) ?? 0)) best = value
  return best
}

export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
}

const soortNamen: Record<ParameterSoort, string> = { bedrag: 'bedrag', percentage: 'percentage', termijn: 'termijn', leeftijd: 'leeftijd' }

/** Same kind of value: a period in weeks and one in months are the same row, an amount never is a period. */
function sameKind(left: Parameter, right: Parameter): boolean {
  return left.soort === right.soort
}

/**
 * Rows of values within one topic: a parameter joins the row of the same kind
 * whose words around the value it shares most with (not yet filled for its
 * gemeente), else it starts a row.
 */
function parameterRijen(artikelen: ReadonlyArray<ArtikelInOnderwerp | undefined>): ParameterRij[] {
  const rows: Array<{ soort: ParameterSoort; waarden: Array<Parameter | undefined>; context: Map<string, number>; first: Parameter }> = []
  artikelen.forEach((entry, gemeente) => {
    if (!entry) return
    const pairs: Array<{ parameter: number; row: number; score: number }> = []
    entry.parameters.forEach((parameter, parameterIndex) => {
      rows.forEach((row, rowIndex) => {
        if (!sameKind(row.first, parameter)) return
        const context = new Set(parameter.context)
        const rowWords = new Set(row.context.keys())
        // Same place in the artikel (lid, onderdeel) is a hint too, for values whose words differ.
        const score = jaccard(context, rowWords) + (row.first.plaats === parameter.plaats ? 0.1 : 0)
        if (score >= 0.15) pairs.push({ parameter: parameterIndex, row: rowIndex, score })
      })
    })
    pairs.sort((a, b) => b.score - a.score || a.parameter - b.parameter || a.row - b.row)
    const placed = new Set<number>()
    const filled = new Set<number>()
    for (const pair of pairs) {
      if (placed.has(pair.parameter) || filled.has(pair.row)) continue
      placed.add(pair.parameter)
      filled.add(pair.row)
      const row = rows[pair.row]!
      const parameter = entry.parameters[pair.parameter]!
      row.waarden[gemeente] = parameter
      for (const word of parameter.context) row.context.set(word, (row.context.get(word) ?? 0) + 1)
    }
    entry.parameters.forEach((parameter, parameterIndex) => {
      if (placed.has(parameterIndex)) return
      const waarden: Array<Parameter | undefined> = artikelen.map(() => undefined)
      waarden[gemeente] = parameter
      rows.push({ soort: parameter.soort, waarden, context: new Map(parameter.context.map((word) => [word, 1])), first: parameter })
    })
  })
  return rows.map((row, rowIndex) => {
    const present = row.waarden.filter((value): value is Parameter => value !== undefined)
    // "12 maanden" and "een jaar" are the same value, written differently.
    const keys = new Set(present.map(waardeSleutel))
    // The label names what sets this row apart from the others of its topic ("alleenstaande", not "college").
    const elsewhere = (word: string) => rows.filter((other, otherIndex) => otherIndex !== rowIndex && other.context.has(word)).length
    const words = [...row.context.entries()]
      .map(([word, count]) => ({ word, weight: count / present.length - elsewhere(word) / Math.max(1, rows.length - 1) }))
      .filter((item) => item.weight > 0)
      .sort((a, b) => b.weight - a.weight || a.word.localeCompare(b.word, 'nl'))
      .slice(0, 2)
      .map((item) => item.word)
    return {
      soort: row.soort,
      label: `${soortNamen[row.soort]}${words.length > 0 ? `: ${words.join(', ')}` : ''}`,
      waarden: row.waarden,
      verschilt: keys.size > 1,
    }
  })
}
