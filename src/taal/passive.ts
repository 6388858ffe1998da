/**
 * Passive voice by grammar, not by pattern.
 *
 * A passive is a form of "worden" or "zijn" with a voltooid deelwoord in the
 * same clause ("wordt verstrekt", "is toegekend", "kan worden geweigerd",
 * "dat de aanvraag afgewezen is"). What decides:
 *  - a participle comes from a lexicon: strong and irregular verbs from the
 *    list in sterke-werkwoorden.ts with every prefix ("geschreven" →
 *    "ingeschreven", "beschreven"), weak verbs by rule (ge- + stem + d/t, or
 *    an inseparable prefix + stem + d/t, with 't kofschip);
 *  - "worden" + participle is passive; "worden" + anything else is a copula
 *    ("18 jaar worden", "ziek worden");
 *  - "zijn" + participle is passive only when the verb takes an object and
 *    forms its perfect with "hebben": "is verhuisd", "is vervallen", "is
 *    getrouwd" are active (ZIJN_PERFECT); "is bevoegd", "is verplicht",
 *    "is betrokken bij" are a copula with an adjective (ZIJN_ADJECTIVES);
 *  - a clause ends at punctuation and at a subordinating word followed by
 *    its subject ("als u", "dat de"), so an auxiliary never pairs with a
 *    participle in another clause;
 *  - an attributive participle ("een gesloten deur"), an infinitive after
 *    "te" and a possessive "zijn" ("hij heeft zijn aanvraag ingediend") are
 *    not passives.
 * Measured on a labelled gold set (test/taal/data/lijdende-vorm.tsv); the
 * held-out part is scored in test/taal/passive-gold.test.ts.
 */
import type { Sentence, Span, Word } from './segment.ts'
import { STERKE_WERKWOORDEN_BRON } from './sterke-werkwoorden.ts'

export interface PassiveHit extends Span {
  /** Index of the sentence in the list that was searched. */
  sentence: number
  auxiliary: Span
  participle: Span
}

const WORDEN = new Set(['word', 'wordt', 'worden', 'werd', 'werden', 'geworden'])
const ZIJN = new Set(['ben', 'bent', 'is', 'zijn', 'was', 'waren', 'geweest'])
const HEBBEN = new Set(['heb', 'hebt', 'heeft', 'hebben', 'had', 'hadden', 'gehad'])

/** Separable particles, longest first so "terug" wins over "te…". */
const PARTICLES = [
  'tegemoet',
  'terecht',
  'bekend',
  'achter',
  'samen',
  'terug',
  'voort',
  'kwijt',
  'dicht',
  'plaats',
  'tegen',
  'vast',
  'door',
  'over',
  'voor',
  'neer',
  'stop',
  'goed',
  'vrij',
  'weer',
  'toe',
  'aan',
  'mee',
  'los',
  'vol',
  'tot',
  'weg',
  'bij',
  'uit',
  'af',
  'op',
  'in',
  'na',
  'om',
]
/** Inseparable prefixes: their participle has no ge- ("beoordeeld", "ontvangen"). */
const INSEPARABLE = ['onder', 'achter', 'over', 'door', 'weer', 'vol', 'her', 'ver', 'ont', 'mis', 'om', 'be', 'er', 'ge']

/** Strong participles with ge- ("geschreven") and their stem without it ("schreven"). */
const STRONG_GE = new Set<string>()
const STRONG_BARE = new Set<string>()
for (const line of STERKE_WERKWOORDEN_BRON.split('\n')) {
  const participle = line.trim().split(/\s+/)[1]
  if (!participle) continue
  if (participle.startsWith('ge')) {
    STRONG_GE.add(participle)
    STRONG_BARE.add(participle.slice(2))
  } else {
    STRONG_BARE.add(participle)
  }
}

/**
 * Participles of verbs whose perfect takes "zijn": "is verhuisd" is active.
 * Matched as the end of a participle after separable particles
 * ("teruggekeerd", "uitgetreden", "afgenomen").
 */
const ZIJN_PERFECT = new Set([
  'gekomen',
  'gegaan',
  'gebleven',
  'geworden',
  'geweest',
  'gebeurd',
  'gestorven',
  'gevallen',
  'gelukt',
  'geslaagd',
  'gestegen',
  'gedaald',
  'gegroeid',
  'gestopt',
  'gestart',
  'begonnen',
  'verhuisd',
  'vertrokken',
  'overleden',
  'ontstaan',
  'verdwenen',
  'verschenen',
  'veranderd',
  'geëindigd',
  'gelopen',
  'gereisd',
  'gevlucht',
  'geraakt',
  'gebleken',
  'ontsnapt',
  'gezakt',
  'gekeerd',
  'getrouwd',
  'gescheiden',
  'vervallen',
  'verlopen',
  'getreden',
  'opgegroeid',
  'geboren',
  'gevlogen',
  'gereden',
  'gevaren',
  'gezwommen',
  'verbeterd',
  'verslechterd',
  'gewend',
  'geland',
  'gezakt',
  'gegroeid',
  'verdwaald',
  'geëmigreerd',
  'geïmmigreerd',
  'gepromoveerd',
  'afgestudeerd',
  'gestudeerd',
  'geslaagd',
  'gezakt',
  'verongelukt',
  'bezweken',
  'ontslapen',
  'gekrompen',
  'vergaan',
  'ontkomen',
  'bevallen',
  'gearriveerd',
  'verstreken',
  'gepasseerd',
])
/** Participles that are zijn-verbs only with this particle: "is toegenomen" but "is genomen" passive. */
const ZIJN_PERFECT_EXACT = new Set([
  'toegenomen',
  'afgenomen',
  'afgelopen',
  'opgehouden',
  'opgestaan',
  'ingetreden',
  'uitgetreden',
  'teruggekeerd',
  'overgestapt',
  'ingestroomd',
  'uitgestroomd',
  'doorgestroomd',
  'afgehaakt',
  'teruggevallen',
  'uitgevallen',
  'opgeknapt',
  'ondergedoken',
  'ingeburgerd',
  'meegegaan',
  'uitgevallen',
])

/**
 * Participle-shaped adjectives after "zijn": a copula, not a passive
 * ("Het college is bevoegd", "U bent verplicht mee te werken", "Zij is
 * betrokken bij de zorg").
 */
const ZIJN_ADJECTIVES = new Set([
  'bevoegd',
  'verplicht',
  'bekend',
  'betrokken',
  'bereid',
  'gewend',
  'verschuldigd',
  'gerechtigd',
  'geschikt',
  'gehandicapt',
  'geïnteresseerd',
  'verzekerd',
  'verantwoordelijk',
  'gelegen',
  'gebonden',
  'genoodzaakt',
  'gemachtigd',
  'verslaafd',
  'verbaasd',
  'bezorgd',
  'tevreden',
  'ontevreden',
  'gespecialiseerd',
  'gericht',
  'afhankelijk',
  'bedoeld',
  'toegestaan',
  'verboden',
  'uitgesloten',
  'inbegrepen',
  'aangewezen',
  'verwant',
  'gelijkgesteld',
  'voorbereid',
  'opgewassen',
  'overtuigd',
  'gebleken',
  'verloren',
  'vereist',
  'ingewikkeld',
  'uitgebreid',
  'gemotiveerd',
  'gespannen',
  'opgelucht',
  'teleurgesteld',
  'geschrokken',
  'verward',
  'gewond',
  'verdeeld',
])

/** Words of participle shape that are nouns, adjectives or other verb forms. */
const NOT_PARTICIPLES = new Set([
  'bevoegd',
  'volwassen',
  'gereed',
  'getuigt',
  'gehoorzaamt',
  'gebied',
  'gezond',
  'gebed',
  'gerecht',
  'gewicht',
  'gedicht',
  'gezicht',
  'gemiddeld',
  'geduld',
  'gevecht',
  'geest',
  'geleden',
  'gelegen',
  'gevolgen',
  'gebieden',
  'gebouwen',
  'gezinnen',
  'gesprekken',
  'gedachten',
  'gemeenten',
  'gewoonten',
  'geheimen',
  'gebreken',
  'geschillen',
  'gebruiken',
  'gedeelten',
  'genoegen',
  'gerust',
  'gewest',
  'gehucht',
  'gezant',
  'geldt',
  'gelden',
  'gebeden',
  'getuigen',
  'geweten',
  'geeft',
  'gelooft',
  'geniet',
  'gebeurt',
  'gedraagt',
  'gewent',
  'gevaren',
  'gegevens',
  'gebit',
  'geheel',
  'gemeen',
  'gerecht',
  'getal',
  'gebod',
  'gezag',
  'gemak',
  'gevoel',
  'gevaar',
  'gezin',
  'gehoor',
  'geval',
  'gelijk',
  'genoeg',
  'gewoon',
  'gedrag',
  'vermogen',
  'verleden',
  'belangen',
  'bedragen',
  'verhalen',
  'beroep',
  'bestand',
  'verband',
  'verbod',
  'bezit',
  'besef',
  'verzet',
  'vertrek',
  'verlof',
  'verlies',
  'verschil',
  'bedrijf',
  'bestuur',
  'besluit',
  'beleid',
  'verstand',
  'verkeerd',
  'herfst',
  'ontbijt',
  'verbond',
  'bescheid',
  'verlangen',
  'ontwerp',
  'overleg',
  'onderhoud',
  'onderwijs',
  'oversteek',
  'overzicht',
  'ondernemen',
  'ondergrond',
  'verwachten',
  'tevreden',
  'ontevreden',
  'bescheiden',
  'verlegen',
  'beroemd',
  'berucht',
  'bedroefd',
  'benieuwd',
  'verliefd',
  'bewust',
  'beducht',
  'bedreven',
  'verheugd',
  'verwend',
  'beleefd',
  'bezet',
  'vertrouwd',
  'behoeft',
  'bedient',
  'verdient',
  'bespreekt',
  'ontvangt',
  'betaalt',
  'erkent',
  'herkent',
  'overigens',
  'verder',
  'beneden',
  'onderaan',
  'bijvoorbeeld',
  'bedrag',
  'verzoek',
  'gevolg',
  'gebruik',
  'gedeelte',
  'gesprek',
  'geschenk',
  'bericht',
  'verslag',
  'verhaal',
  'onderzoek',
  'ontslag',
  'verbruik',
  'bezoek',
  'beheer',
  'verkeer',
  'vervoer',
  'verblijf',
  'beroepen',
  'gebouw',
  'geluk',
  'geloof',
  'gezondheid',
  'getuige',
  'geboorte',
  'gemeente',
  'gemeenten',
  'gedurende',
  'overeenkomst',
  'omstandigheden',
  'ondanks',
  'overal',
  'overdag',
  'geleidelijk',
])

/** Nouns that end a compound which would otherwise look like a participle. */
const NOUN_TAILS =
  /(?:recht|plicht|bericht|zicht|macht|kracht|dienst|punt|kind|geld|woord|stand|land|grond|hand|kant|veld|beeld|hoofd|wereld|feest|lijst|winst|angst|last|kost|post|nood|bond|band|rand|raad|daad|staat|tijd|eind|vriend|avond)$/

/** Is `r` ge- + a weak stem + d/t, or an inseparable prefix + stem + d/t? */
function weakParticiple(r: string): boolean {
  if (!/[dt]$/.test(r) || r.length < 5) return false
  // A compound noun: "bestuursrecht", "toezichthoudersbericht".
  const tail = NOUN_TAILS.exec(r)
  if (tail && tail.index >= 5) return false
  if (r.startsWith('ge')) {
    const stem = r.slice(2)
    // ge + e/i takes a diaeresis (geëvalueerd); "geest", "geeft" are no participles.
    if (/^[ei]/.test(stem)) return false
    return /[aeiouyëï]/.test(stem.slice(0, -1)) && stem.length >= 3
  }
  const prefix = INSEPARABLE.find((p) => p !== 'ge' && r.startsWith(p) && r.length - p.length >= 3)
  if (!prefix) return false
  // 't kofschip: a weak participle ends in -t only after t k f s ch p
  // (verstrekt, beslist); after other sounds -t is the present tense
  // (begint, vertelt, bestaat) and the participle would end in -d. (A ge-
  // form is a participle either way: "gestart", "gezet".)
  if (r.endsWith('t') && !/(?:[tkfsp]|ch|x)t$/.test(r)) return false
  // A long vowel before -st is the present tense of a -zen verb
  // ("verliest", "bewijst", "verhuist"); the participle ends in -d.
  if (/(?:ie|ij|ei|ui|oe|aa|ee|oo|uu|eu|ou|au)st$/.test(r)) return false
  return /[aeiouyëï]/.test(r.slice(prefix.length, -1))
}

function strongParticiple(r: string): boolean {
  if (STRONG_GE.has(r)) return true
  for (const prefix of INSEPARABLE) {
    if (r.startsWith(prefix) && STRONG_BARE.has(r.slice(prefix.length))) return true
  }
  return false
}

/** The word without its separable particles: "teruggevorderd" → "gevorderd", "aanbesteed" → "besteed". */
function withoutParticles(w: string): string[] {
  const forms = [w]
  for (const particle of PARTICLES) {
    if (w.startsWith(particle) && w.length - particle.length >= 4) {
      const rest = w.slice(particle.length)
      forms.push(rest)
      // Two particles: "tegemoetgekomen", "vooraangekondigd".
      for (const second of PARTICLES) if (rest.startsWith(second) && rest.length - second.length >= 4) forms.push(rest.slice(second.length))
    }
  }
  return forms
}

const participleCache = new Map<string, boolean>()

/** Is `word` a voltooid deelwoord (uninflected: "verstrekt", not "verstrekte")? */
export function isParticiple(word: string): boolean {
  const w = word.toLowerCase()
  const cached = participleCache.get(w)
  if (cached !== undefined) return cached
  let result = false
  if (!NOT_PARTICIPLES.has(w) && !/(?:heid|schap|ing|nis|teit|isme|aar|baar|lijk|ig|isch|atie)$/.test(w)) {
    result = withoutParticles(w).some((r) => strongParticiple(r) || weakParticiple(r))
  }
  if (participleCache.size > 20_000) participleCache.clear()
  participleCache.set(w, result)
  return result
}

/** Does a participle belong to a verb that forms its perfect with "zijn"? */
export function isZijnPerfect(participle: string): boolean {
  const w = participle.toLowerCase()
  if (ZIJN_PERFECT_EXACT.has(w)) return true
  return withoutParticles(w).some((r) => ZIJN_PERFECT.has(r))
}

/** Max words between auxiliary and participle; longer gaps are a new clause in practice. */
const MAX_GAP = 10

/**
 * Verbs that may stand between a participle and its auxiliary in a
 * subordinate clause: "dat het afgewezen kan worden", "verstrekt zal zijn".
 */
const VERB_CLUSTER = new Set([
  'kan',
  'kunnen',
  'kon',
  'konden',
  'zal',
  'zullen',
  'zou',
  'zouden',
  'moet',
  'moeten',
  'moest',
  'moesten',
  'mag',
  'mogen',
  'mocht',
  'mochten',
  'wil',
  'willen',
  'wordt',
  'worden',
  'werd',
  'werden',
  'is',
  'zijn',
  'was',
  'waren',
  'ben',
  'bent',
  'geweest',
])

/** Words that open a subordinate clause when their subject follows ("als u", "dat de aanvraag"). */
const SUBORDINATORS = new Set([
  'als',
  'dat',
  'omdat',
  'wanneer',
  'indien',
  'doordat',
  'zodat',
  'terwijl',
  'nadat',
  'voordat',
  'zodra',
  'tenzij',
  'hoewel',
  'totdat',
  'wat',
  'waar',
  'waarin',
  'waarop',
  'waarmee',
  'waarvoor',
  'die',
  'wie',
  'welke',
  'maar',
  'want',
])
const SUBJECTS = new Set([
  'u',
  'je',
  'jij',
  'ik',
  'wij',
  'we',
  'zij',
  'ze',
  'hij',
  'het',
  'de',
  'een',
  'uw',
  'jouw',
  'mijn',
  'hun',
  'haar',
  'zijn',
  'er',
  'men',
  'iemand',
  'niemand',
  'iedereen',
  'dit',
  'deze',
  'dat',
  'die',
  'ons',
  'onze',
  'alle',
  'elke',
  'ieder',
  'iedere',
  'geen',
  'veel',
  'sommige',
])
/** Before an attributive participle: "een gesloten deur", "de gemaakte kosten". */
const DETERMINERS = new Set([
  'een',
  'de',
  'het',
  'geen',
  'deze',
  'dit',
  'uw',
  'jouw',
  'mijn',
  'onze',
  'ons',
  'hun',
  'haar',
  'elke',
  'ieder',
  'iedere',
  'alle',
  'zo',
  'zeer',
  'heel',
  'erg',
  'goed',
  'niet',
])
const PREPOSITIONS = new Set([
  'met',
  'van',
  'in',
  'aan',
  'op',
  'voor',
  'bij',
  'door',
  'naar',
  'uit',
  'om',
  'over',
  'tot',
  'zonder',
  'tegen',
  'onder',
  'na',
  'vanuit',
  'binnen',
  'buiten',
  'volgens',
  'namens',
])

/** Split a sentence's words into clauses at , ; : ( ) – and at a subordinator with its subject. */
function clausesOf(sentence: Sentence, text: string): Word[][] {
  const clauses: Word[][] = []
  let current: Word[] = []
  let prevEnd = -1
  const words = sentence.words
  words.forEach((w, i) => {
    const lower = w.text.toLowerCase()
    const next = words[i + 1]?.text.toLowerCase()
    const punctuation = prevEnd >= 0 && /[,;:()–]/.test(text.slice(prevEnd, w.start))
    const subordinate = current.length > 0 && SUBORDINATORS.has(lower) && next !== undefined && SUBJECTS.has(next)
    if (punctuation || subordinate) {
      clauses.push(current)
      current = []
    }
    current.push(w)
    prevEnd = w.end
  })
  if (current.length > 0) clauses.push(current)
  return clauses
}

const IDIOM_BEFORE_GEZEGD = new Set(['kort', 'eerlijk', 'anders', 'zoals', 'beter', 'ronduit', 'grof', 'zacht'])

/** May the participle at `pi` in `clause` pair with an auxiliary? */
function candidate(clause: Word[], pi: number): boolean {
  const p = clause[pi] as Word
  if (p.kind !== 'word' || !isParticiple(p.text)) return false
  const lower = p.text.toLowerCase()
  if (WORDEN.has(lower) || ZIJN.has(lower)) return false
  const before = clause[pi - 1]?.text.toLowerCase()
  // A capital inside the sentence is a name ("de Algemene Bijstandswet").
  if (pi > 0 && /^\p{Lu}/u.test(p.text)) return false
  // "om het te herzien": an infinitive, not a participle.
  if (before === 'te') return false
  // "kort gezegd", "eerlijk gezegd": a fixed phrase.
  if (lower === 'gezegd' && before !== undefined && IDIOM_BEFORE_GEZEGD.has(before)) return false
  // "een gesloten deur", "de gevraagde hulp": attributive, when a word follows.
  const after = clause[pi + 1]
  if (before !== undefined && DETERMINERS.has(before) && after && !VERB_CLUSTER.has(after.text.toLowerCase()) && !PREPOSITIONS.has(after.text.toLowerCase()))
    return false
  return true
}

/**
 * Find passive constructions. `text` is the string the sentences were
 * segmented from (needed to see the punctuation between words).
 */
export function findPassives(sentences: Sentence[], text: string): PassiveHit[] {
  const hits: PassiveHit[] = []
  sentences.forEach((sentence, si) => {
    for (const clause of clausesOf(sentence, text)) {
      const hasHebben = clause.some((w) => HEBBEN.has(w.text.toLowerCase()))
      clause.forEach((aux, ai) => {
        const a = aux.text.toLowerCase()
        const isWorden = WORDEN.has(a)
        const isZijn = ZIJN.has(a)
        if (!isWorden && !isZijn) return
        // "geweest"/"geworden" as the participle of a perfect ("is geweest") is handled below.
        if (a === 'geweest' || a === 'geworden') return
        // Possessive "zijn": "hij heeft zijn aanvraag ingediend", "met zijn gezin", "wordt zijn uitkering".
        const previous = clause[ai - 1]?.text.toLowerCase()
        if (a === 'zijn' && ai < clause.length - 1 && (hasHebben || (previous !== undefined && (PREPOSITIONS.has(previous) || VERB_CLUSTER.has(previous)))))
          return
        let best: number | undefined
        for (const dir of [1, -1]) {
          // "zijn" followed by a word is often the possessive ("verliest zijn
          // baan"); the participle-first order only has "zijn" at the end.
          if (dir === -1 && a === 'zijn' && ai < clause.length - 1 && !VERB_CLUSTER.has(clause[ai + 1]?.text.toLowerCase() ?? '')) break
          for (let d = 1; d <= MAX_GAP && best === undefined; d++) {
            const pi = ai + dir * d
            const p = clause[pi]
            if (!p) break
            // Participle first: it stands right before the auxiliary, with at
            // most other verbs between ("afgewezen kan worden").
            if (dir === -1 && d > 1 && !VERB_CLUSTER.has((clause[pi + 1] as Word).text.toLowerCase())) break
            if (!candidate(clause, pi)) continue
            const lower = p.text.toLowerCase()
            if (isZijn && (isZijnPerfect(lower) || ZIJN_ADJECTIVES.has(lower))) {
              // "is verhuisd", "is bevoegd": not passive; a participle further on is not either.
              best = -1
              break
            }
            best = pi
          }
          if (best !== undefined) break
        }
        if (best === undefined || best < 0) return
        const p = clause[best] as Word
        const start = Math.min(aux.start, p.start)
        const end = Math.max(aux.end, p.end)
        hits.push({
          sentence: si,
          text: text.slice(start, end),
          start,
          end,
          auxiliary: { text: aux.text, start: aux.start, end: aux.end },
          participle: { text: p.text, start: p.start, end: p.end },
        })
      })
    }
  })
  // One hit per participle: keep the closest auxiliary, so that a
  // possessive "zijn" further away loses to "wordt" ("zijn vraag ... wordt gezocht").
  const best = new Map<number, PassiveHit>()
  for (const h of hits) {
    const prev = best.get(h.participle.start)
    if (!prev || h.end - h.start < prev.end - prev.start) best.set(h.participle.start, h)
  }
  return [...best.values()].sort((a, b) => a.start - b.start)
}
