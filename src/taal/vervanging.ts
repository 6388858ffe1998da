/**
 * A replacement in the right form: the plain alternative of a difficult word,
 * inflected like the word it replaces, so an editor can apply it as a quick
 * fix ("Indien" → "Als", "verstrekt" → "geeft" or "gegeven", "beschikkingen"
 * → "besluiten", "adequate" → "goede"). Where the form cannot be made safely
 * (a separable verb that splits in a main clause, an alternative of several
 * words that would need another word order) there is no replacement.
 */
/** Word classes of the difficult-word list (see moeilijke-woorden.ts). */
export type WordClass = 'v' | 'n' | 'a' | 'x'

/** The form of a verb as it stands in the text. */
export type VerbForm = 'inf' | '3sg' | 'past' | 'past-pl' | 'pp' | 'pp-e'

/** Strong and irregular verbs among the alternatives: 3sg, past, past plural, participle. */
const STRONG: Record<string, [string, string, string, string]> = {
  geven: ['geeft', 'gaf', 'gaven', 'gegeven'],
  beginnen: ['begint', 'begon', 'begonnen', 'begonnen'],
  helpen: ['helpt', 'hielp', 'hielpen', 'geholpen'],
  vragen: ['vraagt', 'vroeg', 'vroegen', 'gevraagd'],
  zeggen: ['zegt', 'zei', 'zeiden', 'gezegd'],
  krijgen: ['krijgt', 'kreeg', 'kregen', 'gekregen'],
  doen: ['doet', 'deed', 'deden', 'gedaan'],
  gaan: ['gaat', 'ging', 'gingen', 'gegaan'],
  komen: ['komt', 'kwam', 'kwamen', 'gekomen'],
  laten: ['laat', 'liet', 'lieten', 'gelaten'],
  zien: ['ziet', 'zag', 'zagen', 'gezien'],
  houden: ['houdt', 'hield', 'hielden', 'gehouden'],
  denken: ['denkt', 'dacht', 'dachten', 'gedacht'],
  kiezen: ['kiest', 'koos', 'kozen', 'gekozen'],
  bewijzen: ['bewijst', 'bewees', 'bewezen', 'bewezen'],
  bedriegen: ['bedriegt', 'bedroog', 'bedrogen', 'bedrogen'],
  besluiten: ['besluit', 'besloot', 'besloten', 'besloten'],
  gelden: ['geldt', 'gold', 'golden', 'gegolden'],
  moeten: ['moet', 'moest', 'moesten', 'gemoeten'],
  willen: ['wil', 'wilde', 'wilden', 'gewild'],
  zijn: ['is', 'was', 'waren', 'geweest'],
  hebben: ['heeft', 'had', 'hadden', 'gehad'],
  voorkomen: ['voorkomt', 'voorkwam', 'voorkwamen', 'voorkomen'],
  lopen: ['loopt', 'liep', 'liepen', 'gelopen'],
  sluiten: ['sluit', 'sloot', 'sloten', 'gesloten'],
  kijken: ['kijkt', 'keek', 'keken', 'gekeken'],
  nemen: ['neemt', 'nam', 'namen', 'genomen'],
  dragen: ['draagt', 'droeg', 'droegen', 'gedragen'],
  schrijven: ['schrijft', 'schreef', 'schreven', 'geschreven'],
  staan: ['staat', 'stond', 'stonden', 'gestaan'],
  trekken: ['trekt', 'trok', 'trokken', 'getrokken'],
  wijzen: ['wijst', 'wees', 'wezen', 'gewezen'],
  vinden: ['vindt', 'vond', 'vonden', 'gevonden'],
  bieden: ['biedt', 'bood', 'boden', 'geboden'],
  blijven: ['blijft', 'bleef', 'bleven', 'gebleven'],
  zoeken: ['zoekt', 'zocht', 'zochten', 'gezocht'],
  brengen: ['brengt', 'bracht', 'brachten', 'gebracht'],
  kopen: ['koopt', 'kocht', 'kochten', 'gekocht'],
  leggen: ['legt', 'legde', 'legden', 'gelegd'],
  weten: ['weet', 'wist', 'wisten', 'geweten'],
  raden: ['raadt', 'raadde', 'raadden', 'geraden'],
}

/** Weak verbs whose "e" before the last consonant is long: beoordelen → beoordeel. */
const LONG_E = /(?:^|oor|ver|be)delen$|^(?:leren|spelen|delen|proberen)$|plegen$|(?:ul|ol|rm|ag|tr|ig|ss|ct|nt|ps|at|it|in)eren$/

const INSEPARABLE = /^(?:be|ver|ont|her|er|ge)(?=\p{L}{3})/u
const PARTICLES = [
  'vooruit',
  'terug',
  'samen',
  'bekend',
  'mogelijk',
  'goed',
  'door',
  'over',
  'voor',
  'neer',
  'vast',
  'toe',
  'aan',
  'mee',
  'bij',
  'uit',
  'vol',
  'op',
  'af',
  'in',
]

const VOWEL = /[aeiouyëï]/

/** Weak verb: stem (as in "ik …"), and whether its past takes -te (voiceless). */
function weakStem(inf: string): { stem: string; voiceless: boolean } {
  const x = inf.endsWith('en') ? inf.slice(0, -2) : inf.replace(/n$/, '')
  const voiceless = /(?:[tkfsp]|ch)$/.test(x)
  let stem = x
  if (/([b-df-hj-np-tv-z])\1$/.test(x)) stem = x.slice(0, -1)
  else {
    const m = /(^|[^aeiouyëï])([aeou])([b-df-hj-np-tv-z])$/.exec(x)
    const syllables = (x.match(/[aeiouyëï]+/g) ?? []).length
    if (m && (m[2] !== 'e' || syllables === 1 || LONG_E.test(inf))) stem = x.slice(0, -2) + m[2] + m[2] + m[3]
  }
  stem = stem.replace(/v$/, 'f').replace(/z$/, 's')
  return { stem, voiceless }
}

/** The separable particle of a verb ("terugbetalen" → "terug"), when the rest is a verb. */
function particleOf(inf: string): string | undefined {
  return PARTICLES.find((particle) => inf.startsWith(particle) && inf.length - particle.length >= 4 && VOWEL.test(inf.slice(particle.length)))
}

function conjugateSimple(inf: string, form: VerbForm): string {
  const strongBase = STRONG[inf] ?? (INSEPARABLE.test(inf) ? STRONG[inf.replace(INSEPARABLE, '')] : undefined)
  if (strongBase) {
    const prefix = STRONG[inf] ? '' : (INSEPARABLE.exec(inf)?.[0] ?? '')
    const [third, past, pastPl, pp] = strongBase
    const participle = prefix ? prefix + pp.replace(/^ge/, '') : pp
    switch (form) {
      case 'inf':
        return inf
      case '3sg':
        return prefix + third
      case 'past':
        return prefix + past
      case 'past-pl':
        return prefix + pastPl
      case 'pp':
        return participle
      case 'pp-e':
        return /en$/.test(participle) ? participle : /aan$/.test(participle) ? participle.replace(/aan$/, 'ane') : `${participle}e`
    }
  }
  const { stem, voiceless } = weakStem(inf)
  const suffix = voiceless ? 't' : 'd'
  const pp =
    (INSEPARABLE.test(inf)
      ? stem
      : /^[eiu]/.test(stem)
        ? `ge${({ e: 'ë', i: 'ï', u: 'ü' } as Record<string, string>)[stem[0] as string]}${stem.slice(1)}`
        : `ge${stem}`) + (/[td]$/.test(stem) ? '' : suffix)
  switch (form) {
    case 'inf':
      return inf
    case '3sg':
      return stem.endsWith('t') ? stem : `${stem}t`
    case 'past':
      return stem + (voiceless ? 'te' : 'de')
    case 'past-pl':
      return stem + (voiceless ? 'ten' : 'den')
    case 'pp':
      return pp
    case 'pp-e':
      return `${pp}e`
  }
}

/**
 * `inf` in `form`, or undefined where that would change the word order (a
 * separable verb in the present or past: "betaalt … terug").
 */
export function conjugate(inf: string, form: VerbForm): string | undefined {
  if (STRONG[inf]) return conjugateSimple(inf, form)
  const particle = particleOf(inf)
  if (particle) {
    if (form === 'inf') return inf
    if (form === 'pp' || form === 'pp-e') return particle + conjugateSimple(inf.slice(particle.length), form)
    return undefined
  }
  return conjugateSimple(inf, form)
}

/** Plural of a single noun: besluit → besluiten, regel → regels, vraag → vragen, stap → stappen. */
const PLURALS: Record<string, string> = { prijs: 'prijzen', gat: 'gaten', weg: 'wegen', dag: 'dagen', schip: 'schepen' }

export function plural(noun: string): string {
  const known = PLURALS[noun]
  if (known) return known
  if (/(?:e|el|er|em|en|je|ie)$/.test(noun)) return `${noun}s`
  if (/[aiouy]$/.test(noun)) return `${noun}'s`
  if (/heid$/.test(noun)) return `${noun.slice(0, -4)}heden`
  let stem = noun
  const long = /(aa|ee|oo|uu)([b-df-hj-np-tv-z])$/.exec(noun)
  if (long) stem = noun.slice(0, -3) + (long[1] as string)[0] + long[2]
  else if (/(^|[^aeiouyëï])[aeiou][b-df-hj-np-tv-z]$/.test(noun) && !/[hwjxq]$/.test(noun)) stem = noun + noun.slice(-1)
  stem = /[aeiouyëï][aeiouyëï]?f$/.test(stem) && long ? stem.replace(/f$/, 'v') : stem
  stem = /[aeiouyëï][aeiouyëï]?s$/.test(stem) && long ? stem.replace(/s$/, 'z') : stem
  return `${stem}en`
}

/** Inflected adjective: goed → goede, groot → grote, flink → flinke, extra → extra. */
export function inflect(adjective: string): string {
  if (/[aeiouy]$|en$/.test(adjective)) return adjective
  const long = /(aa|ee|oo|uu)([b-df-hj-np-tv-z])$/.exec(adjective)
  if (long) {
    const last = (long[2] as string).replace('f', 'v').replace('s', 'z')
    return `${adjective.slice(0, -3) + (long[1] as string)[0] + last}e`
  }
  if (/(^|[^aeiouyëï])[aeiou][b-df-hj-np-tv-z]$/.test(adjective) && !/(?:ig|lijk|isch|el|er|en)$/.test(adjective)) return `${adjective + adjective.slice(-1)}e`
  return `${adjective}e`
}

/** Prepositions and particles that may follow a verb in an alternative: "zorgen voor", "gaan over". */
const FOLLOWERS = new Set(['voor', 'over', 'aan', 'met', 'op', 'in', 'mee', 'tot', 'van', 'om', 'bij', 'naar', 'uit', 'af', 'door', 'tegen', 'na'])

/**
 * One alternative ("geven", "zorgen voor", "besluit", "goed") in the form of
 * the word it replaces, or undefined when that form cannot be made safely.
 */
export function inForm(
  alternative: string,
  wordClass: WordClass,
  form: { verb?: VerbForm; finite?: boolean; plural?: boolean; inflected?: boolean },
): string | undefined {
  const words = alternative.trim().split(/\s+/)
  // "u", "de betrokken persoon", "wat u kunt betalen": not a word for a word.
  if (/^(?:u|de|het|een|wie|wat|als|om|voor u|zich|moet)\b/.test(alternative) && wordClass !== 'x') return undefined
  // A verb in the present plural ("wij vorderen") splits a separable or
  // longer alternative ("vragen … terug", "geven … advies"): only one verb word fits.
  if (wordClass === 'v' && form.verb === 'inf' && form.finite && (words.length > 1 || particleOf(alternative) !== undefined)) return undefined
  if (wordClass === 'v' && form.verb && form.verb !== 'inf') {
    const [verb, ...rest] = words
    if (!verb || !/en$|^zijn$/.test(verb) || !rest.every((word) => FOLLOWERS.has(word))) return undefined
    // "over nagedacht", not "gedacht over": a participle goes after its preposition.
    if (rest.length > 0 && (form.verb === 'pp' || form.verb === 'pp-e')) return undefined
    const done = conjugate(verb, form.verb)
    return done === undefined ? undefined : [done, ...rest].join(' ')
  }
  if (wordClass === 'n' && form.plural) {
    if (words.length !== 1 || /^het\b|^u$/.test(alternative)) return undefined
    return plural(alternative)
  }
  if (wordClass === 'a' && form.inflected) {
    if (words.length !== 1) return undefined
    return inflect(alternative)
  }
  return alternative
}

/** "als" → "Als" when the word it replaces starts with a capital. */
export function sameCase(replacement: string, original: string): string {
  return /^\p{Lu}/u.test(original) && !/^\p{Lu}{2,}/u.test(original) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement
}
