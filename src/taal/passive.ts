/**
 * Passive voice detection: a form of worden/zijn plus a voltooid deelwoord in
 * the same clause ("wordt verstrekt", "is toegekend", "kan worden geweigerd",
 * "dat de aanvraag afgewezen is"). Heuristic, no parser: it favours few false
 * positives over finding every passive.
 */
import type { Sentence, Span, Word } from './segment.ts'

export interface PassiveHit extends Span {
  /** Index of the sentence in the list that was searched. */
  sentence: number
  auxiliary: Span
  participle: Span
}

const WORDEN = new Set(['word', 'wordt', 'worden', 'werd', 'werden', 'geworden'])
const ZIJN = new Set(['ben', 'bent', 'is', 'zijn', 'was', 'waren', 'geweest', 'zijnde'])

/** Verbs whose perfect tense uses zijn: "is gekomen" is active, not passive. */
const ZIJN_PERFECT_ENDINGS = [
  'gekomen', 'gegaan', 'gebleven', 'geworden', 'geweest', 'gebeurd', 'gestorven', 'gevallen',
  'gelukt', 'geslaagd', 'gestegen', 'gedaald', 'gegroeid', 'gestopt', 'gestart', 'begonnen',
  'verhuisd', 'vertrokken', 'overleden', 'ontstaan', 'verdwenen', 'verschenen', 'veranderd',
  'geëindigd', 'gelopen', 'gehouden', 'genomen', 'gereisd', 'gevlucht', 'gestaan', 'geraakt',
  'gebleken', 'geslaagd', 'gegroeid', 'ontsnapt', 'gezakt', 'gekeerd',
]
/** "toegenomen", "afgelopen", "opgehouden" are zijn-verbs only with these particles. */
const ZIJN_PERFECT_EXACT = new Set(['toegenomen', 'afgenomen', 'afgelopen', 'opgehouden', 'opgegroeid', 'opgestaan', 'ingetreden', 'uitgetreden', 'teruggekeerd'])

/** Words of participle shape that are adjectives or nouns. */
const NOT_PARTICIPLES = new Set([
  // ge- nouns and adjectives
  'gebied', 'gezond', 'gebed', 'gerecht', 'gewicht', 'gedicht', 'gezicht', 'geschikt', 'gemiddeld',
  'gewend', 'geduld', 'gevecht', 'geest', 'gehandicapt', 'getrouwd', 'gescheiden', 'geboren',
  'geleden', 'gevolgen', 'gebieden', 'gebouwen', 'gezinnen', 'gesprekken', 'gedachten',
  'gemeenten', 'gewoonten', 'geheimen', 'gebreken', 'geschillen', 'gebruiken', 'gedeelten',
  'genoegen', 'gelegen', 'gerust', 'gewest', 'gehucht', 'gezant', 'gemak', 'geldt',
  'gelden', 'gebeden', 'getuigen', 'gevangen', 'geweten',
  // be-/ver-/ont-/her- adjectives
  'bevoegd', 'bekend', 'bereid', 'verplicht', 'verschuldigd', 'betrokken', 'bezorgd', 'benieuwd',
  'verliefd', 'verbaasd', 'beroemd', 'verwant', 'bewust', 'berucht', 'bedroefd', 'vertrouwd',
  'verslaafd', 'beducht', 'bedreven', 'verheugd', 'gerechtigd', 'ontevreden', 'tevreden',
  'verwend', 'bezet', 'beleefd', 'bescheiden', 'verlegen',
  // nouns ending in -en/-d/-t after be/ver/ont
  'vermogen', 'verleden', 'belangen', 'bedragen', 'verhalen', 'beroep', 'bestand', 'verband',
  'verbod', 'bezit', 'besef', 'verzet', 'vertrek', 'verlof', 'verlies', 'verschil', 'bedrijf',
  'verbeelding', 'bestuur', 'besluit', 'beleid', 'verstand', 'verkeerd', 'herfst', 'ontbijt',
  'verbond', 'bescheid', 'gebit', 'gewest', 'verlangen', 'verschijnsel',
])

/** Strong participles without ge- that look like infinitives (-en). */
const PREFIXED_STRONG = new Set([
  'ontvangen', 'herzien', 'verkregen', 'bevonden', 'beschreven', 'bewezen', 'verboden', 'verleend',
  'ontheven', 'vergeten', 'bedongen', 'begrepen', 'besproken', 'bevolen', 'vernomen', 'verzonden',
  'verworven', 'verweten', 'verschoven', 'ontnomen', 'onderzocht', 'beslagen', 'ontslagen', 'ondertekend', 'onderbroken', 'ontbonden', 'ontzegd', 'verbonden',
  'vastgesteld', 'bezocht', 'verzocht', 'voorzien', 'overwogen', 'overgedragen', 'ontworpen',
  'verdeeld', 'vergoed', 'verhoogd', 'verlaagd', 'beëindigd', 'verkocht', 'verzonnen',
])

const SEPARABLE = '(?:toe|af|aan|op|in|uit|vast|mee|terug|door|over|voor|na|bij|weg|vrij|tegen|samen|neer|om|los|dicht|vol|kwijt|tot|voort|bekend|goed|stop|plaats)'
const GE_PARTICIPLE = new RegExp(`^${SEPARABLE}?ge(?:ë|ï)?\\p{L}{2,}(?:d|t|en)$`, 'u')
const PREFIX_WEAK = /^(?:be|ver|ont|her|er|mis|onder|over)\p{L}{2,}[dt]$/u
const PREFIX_SEP_WEAK = new RegExp(`^${SEPARABLE}(?:be|ver|ont|her|er)\\p{L}{2,}[dt]$`, 'u')

/** Is `word` (lowercase) a likely voltooid deelwoord? */
export function isParticiple(word: string): boolean {
  const w = word.toLowerCase()
  if (NOT_PARTICIPLES.has(w)) return false
  // -heid, -schap, -ing are nouns: "overheid" is not over- + participle.
  if (/(?:heid|schap|ing)$/.test(w)) return false
  if (PREFIXED_STRONG.has(w)) return true
  if (GE_PARTICIPLE.test(w)) return true
  if (PREFIX_WEAK.test(w) || PREFIX_SEP_WEAK.test(w)) {
    // 't kofschip: a weak participle ends in -t only after t k f s ch p
    // (verstrekt, beslist); after other sounds -t is the present tense
    // (begint, vertelt, bestaat) and the participle would end in -d.
    if (w.endsWith('t') && !/(?:[tkfsp]|ch)t$/.test(w)) return false
    // A long vowel before -st is the present tense of a -zen verb
    // ("verliest", "bewijst", "verhuist"); the participle ends in -d or is strong.
    if (/(?:ie|ij|ei|ui|oe|aa|ee|oo|uu|eu|ou|au)st$/.test(w)) return false
    return true
  }
  return false
}

function isZijnPerfect(participle: string): boolean {
  const w = participle.toLowerCase()
  return ZIJN_PERFECT_EXACT.has(w) || ZIJN_PERFECT_ENDINGS.some((e) => w === e || (w.endsWith(e) && new RegExp(`^${SEPARABLE}${e}$`).test(w)))
}

/** Max words between auxiliary and participle; longer gaps are a new clause in practice. */
const MAX_GAP = 10

/**
 * Verbs that may stand between a participle and its auxiliary in a
 * subordinate clause: "dat het afgewezen kan worden", "verstrekt zal zijn".
 */
const VERB_CLUSTER = new Set(['kan', 'kunnen', 'kon', 'konden', 'zal', 'zullen', 'zou', 'zouden', 'moet', 'moeten', 'moest', 'moesten', 'mag', 'mogen', 'mocht', 'mochten', 'wil', 'willen', 'wordt', 'worden', 'werd', 'werden', 'is', 'zijn', 'was', 'waren'])

/** Split a sentence's words into clauses at , ; : ( ) and quotes in the source text. */
function clausesOf(sentence: Sentence, text: string): Word[][] {
  const clauses: Word[][] = []
  let current: Word[] = []
  let prevEnd = -1
  for (const w of sentence.words) {
    if (prevEnd >= 0 && /[,;:()–]/.test(text.slice(prevEnd, w.start))) {
      clauses.push(current)
      current = []
    }
    current.push(w)
    prevEnd = w.end
  }
  if (current.length > 0) clauses.push(current)
  return clauses
}

/**
 * Find passive constructions. `text` is the string the sentences were
 * segmented from (needed to see the punctuation between words).
 */
export function findPassives(sentences: Sentence[], text: string): PassiveHit[] {
  const hits: PassiveHit[] = []
  sentences.forEach((sentence, si) => {
    for (const clause of clausesOf(sentence, text)) {
      clause.forEach((aux, ai) => {
        const a = aux.text.toLowerCase()
        const isWorden = WORDEN.has(a)
        const isZijn = ZIJN.has(a)
        if (!isWorden && !isZijn) return
        // Main clause "wordt ... verstrekt" first; then the subordinate
        // order "dat het verstrekt wordt", where the participle comes first.
        let best: number | undefined
        for (const dir of [1, -1]) {
          // "zijn" followed by a word is mostly the possessive ("verliest zijn
          // baan"); the participle-first order only has "zijn" at the end.
          if (dir === -1 && a === 'zijn' && ai < clause.length - 1) break
          for (let d = 1; d <= MAX_GAP && best === undefined; d++) {
            const pi = ai + dir * d
            const p = clause[pi]
            if (!p) break
            // Participle first: it stands right before the auxiliary, with at
            // most other verbs between ("afgewezen kan worden"); a word further
            // back belongs to another part of the clause ("De overheid bepaalt …").
            if (dir === -1 && d > 1 && !VERB_CLUSTER.has((clause[pi + 1] as Word).text.toLowerCase())) break
            if (p.kind !== 'word') continue
            if (!isParticiple(p.text)) continue
            if (isZijn && isZijnPerfect(p.text)) continue
            // "is geworden"/"is geweest" are copula perfects.
            if (WORDEN.has(p.text.toLowerCase()) || ZIJN.has(p.text.toLowerCase())) continue
            best = pi
          }
          if (best !== undefined) break
        }
        if (best === undefined) return
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
