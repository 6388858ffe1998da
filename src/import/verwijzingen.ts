// References in the binding text: "artikel 3, tweede lid, onder b" becomes
// `:artikel[3]{lid=2 onderdeel=b}` when that artikel, lid and onderdeel exist in
// the imported verordening; "artikel 2.3.5 van de Wet maatschappelijke
// ondersteuning 2015" becomes `:wet[wmo]{artikel="2.3.5"}`; the name of a wet
// alone becomes `:wet[…]`. What cannot be resolved stays text.
//
// Nothing of the binding text may be lost, so when the site would write other
// words than the source ("artikel 3, tweede lid, onder b" is shown as "…,
// onderdeel b"; "de Wet maatschappelijke ondersteuning 2015" as "Wmo 2015"),
// the directive keeps the source's words in `tekst="…"`.

import type { TextDirective } from 'mdast-util-directive'
import { type KnownWet, knownWetten } from '../init/wetten.ts'
import { artikelVerwijzingTekst, eersteRangtelwoorden, wetVerwijzingTekst } from '../model/verwijzing-tekst.ts'
import { type Attributes, textDirective } from './markdown.ts'

const ordinals = eersteRangtelwoorden

/** "tweede" → 2, "3e" → 3. */
export function ordinal(word: string): number | undefined {
  const index = ordinals.indexOf(word.toLowerCase())
  if (index !== -1) return index + 1
  const numeric = /^(\d+)e$/.exec(word)
  return numeric ? Number(numeric[1]) : undefined
}

export interface KnownArtikel {
  /** Numbered leden (as numbers) and per lid the letters of its onderdelen; lid 0 = an artikel without numbered leden. */
  leden: Map<number, Set<string>>
}

export interface Reference {
  start: number
  end: number
  /** The directive to write (markdown.ts serialises it); with `tekst` when the site's words would differ from the source's. */
  directive: TextDirective
  wet?: string
}

/** `{ tekst }` when the words the site renders differ from the source's words, else nothing. */
function tekstAttribute(source: string, rendered: string): Attributes {
  const words = source.replace(/\s+/g, ' ').trim()
  return words === rendered ? {} : { tekst: words }
}

const wetNaam = (wet: KnownWet) => wet.afkorting ?? wet.naam

const ordinalPattern = `(?:${ordinals.join('|')}|\\d+e)`
const wetNames = knownWetten.flatMap((wet) => wet.namen.map((naam) => ({ naam, wet }))).sort((a, b) => b.naam.length - a.naam.length)
const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const wetAlternatives = wetNames.map((entry) => escapeRegex(entry.naam)).join('|')

// "artikel 2.3.5, eerste lid, van de Wet maatschappelijke ondersteuning 2015" / "artikel 4:84 van de Awb"
const external = new RegExp(
  `\\bartikel\\s+(\\d+(?:[.:]\\d+)*[a-z]?)(?:,\\s+(${ordinalPattern})\\s+lid,?)?\\s+van\\s+de\\s+(${wetAlternatives})(?![\\p{L}\\p{N}])`,
  'giu',
)
// "artikel 9, eerste lid, onderdeel c, van de Participatiewet": a wet's onderdeel has no place in :wet[…], so
// only the name of the wet becomes a reference; the words before it stay text (and are no internal reference).
const externalOnderdeel = new RegExp(
  `\\bartikel\\s+(\\d+(?:[.:]\\d+)*[a-z]?)(?:,\\s+(?:${ordinalPattern})\\s+lid)?,?\\s+(?:aanhef\\s+en\\s+)?(?:onder(?:deel)?|sub)\\s+[a-z]{1,2},?\\s+van\\s+de\\s+(?=${wetAlternatives})`,
  'giu',
)
// "artikel 3, tweede lid, onder b" (internal: not followed by "van de/het …")
const internal = new RegExp(
  `\\bartikel\\s+(\\d+(?:\\.\\d+)?[a-z]?)(?![\\p{L}\\p{N}:]|\\.\\d)(?:,\\s+(${ordinalPattern})\\s+lid)?(?:,\\s+(?:onder(?:deel)?|sub)\\s+([a-z]{1,2})(?![\\p{L}\\p{N}]))?`,
  'giu',
)
// After a reference: "van de …", "van het …" or "der …" make it a reference to another regeling.
// Sticky: tried at the end of a reference without copying the rest of the text.
const otherRegeling = /,?\s+(?:van\s+(?:de|het)|der)\s/iy
const wetName = new RegExp(`(?<![\\p{L}\\p{N}])(${wetAlternatives})(?![\\p{L}\\p{N}])`, 'gu')

function wetFor(naam: string): KnownWet | undefined {
  return wetNames.find((entry) => entry.naam.toLowerCase() === naam.toLowerCase())?.wet
}

/** References in `text`, not overlapping, in order. */
export function findReferences(text: string, artikelen: ReadonlyMap<string, KnownArtikel>): Reference[] {
  const found: Reference[] = []
  // Which characters a reference (or a blocked stretch) already covers: one array instead of comparing
  // each match with every reference found, which took minutes for a 10 MB regeling with 100,000 references.
  const covered = new Uint8Array(text.length)
  const free = (mask: Uint8Array, start: number, end: number) => mask.subarray(start, end).every((value) => value === 0)
  const take = (reference: Reference) => {
    found.push(reference)
    covered.fill(1, reference.start, reference.end)
  }
  for (const match of text.matchAll(external)) {
    const wet = wetFor(match[3]!)
    if (!wet) continue
    const lid = match[2] ? ordinal(match[2]) : undefined
    const rendered = wetVerwijzingTekst({ naam: wetNaam(wet), label: wet.key, artikel: match[1], lid: lid ? String(lid) : undefined })
    const attributes: Attributes = { artikel: match[1]!, ...(lid ? { lid: String(lid) } : {}), ...tekstAttribute(match[0], rendered) }
    take({ start: match.index, end: match.index + match[0].length, directive: textDirective('wet', wet.key, attributes), wet: wet.key })
  }
  const blocked = new Uint8Array(text.length)
  for (const match of text.matchAll(externalOnderdeel)) blocked.fill(1, match.index, match.index + match[0].length)
  for (const match of text.matchAll(internal)) {
    const start = match.index
    const end = start + match[0].length
    otherRegeling.lastIndex = end
    if (!free(covered, start, end) || !free(blocked, start, end) || otherRegeling.test(text)) continue
    const nr = match[1]!
    const target = artikelen.get(nr)
    if (!target) continue
    const lid = match[2] ? ordinal(match[2]) : undefined
    const onderdeel = match[3]?.toLowerCase()
    if (lid !== undefined && !target.leden.has(lid)) continue
    if (onderdeel !== undefined && !(target.leden.get(lid ?? 0)?.has(onderdeel) ?? false)) continue
    if (onderdeel !== undefined && lid === undefined && !target.leden.has(0)) continue
    const rendered = artikelVerwijzingTekst({ nr, lid: lid !== undefined ? String(lid) : undefined, onderdeel })
    const attributes: Attributes = {
      ...(lid !== undefined ? { lid: String(lid) } : {}),
      ...(onderdeel ? { onderdeel } : {}),
      ...tekstAttribute(match[0], rendered),
    }
    take({ start, end, directive: textDirective('artikel', nr, attributes) })
  }
  for (const match of text.matchAll(wetName)) {
    const start = match.index
    const end = start + match[0].length
    if (!free(covered, start, end)) continue
    const wet = wetFor(match[1]!)
    if (!wet) continue
    take({
      start,
      end,
      directive: textDirective('wet', wet.key, tekstAttribute(match[0], wetVerwijzingTekst({ naam: wetNaam(wet), label: wet.key }))),
      wet: wet.key,
    })
  }
  return found.sort((a, b) => a.start - b.start)
}

/** Law articles of a wet named in a text ("artikel 2.3.5 van de Wmo 2015" → ["2.3.5"]), for the grondslag. */
export function citedArticles(text: string, wet: string): string[] {
  const articles: string[] = []
  for (const match of text.matchAll(external)) {
    if (wetFor(match[3]!)?.key === wet && !articles.includes(match[1]!)) articles.push(match[1]!)
  }
  return articles
}

/** The articles of each wet after "gelet op" in the aanhef: "gelet op de artikelen 2.1.3 en 2.1.4 van de Wmo 2015". */
export function geletOp(aanhef: string): Map<string, string[]> {
  const result = new Map<string, string[]>()
  const pattern = new RegExp(
    `artikel(?:en)?\\s+((?:\\d+(?:[.:]\\d+)*[a-z]?(?:,\\s*|\\s+en\\s+|\\s+tot en met\\s+)?)+)(?:,\\s+(?:${ordinalPattern})\\s+lid,?)?\\s+van\\s+de\\s+(${wetAlternatives})(?![\\p{L}\\p{N}])`,
    'giu',
  )
  for (const match of aanhef.matchAll(pattern)) {
    const wet = wetFor(match[2]!)
    if (!wet) continue
    const numbers = match[1]!
      .split(/,\s*|\s+en\s+|\s+tot en met\s+/)
      .map((value) => value.trim())
      .filter(Boolean)
    result.set(wet.key, [...(result.get(wet.key) ?? []), ...numbers.filter((value) => !(result.get(wet.key) ?? []).includes(value))])
  }
  return result
}

/** Which wet a title names ("Hoofdstuk 3 Maatschappelijke ondersteuning (Wmo 2015)"), if exactly one of the four. */
export function wetOfTitle(title: string): string | undefined {
  const keys = new Set<string>()
  for (const match of title.matchAll(wetName)) {
    const wet = wetFor(match[1]!)
    if (wet && wet.key !== 'awb' && wet.key !== 'gemw') keys.add(wet.key)
  }
  if (/maatschappelijke ondersteuning/i.test(title)) keys.add('wmo')
  if (/\bjeugd(hulp)?\b/i.test(title)) keys.add('jw')
  if (/\bschuldhulp/i.test(title)) keys.add('wgs')
  if (/\b(bijstand|participatie)\b/i.test(title)) keys.add('pw')
  return keys.size === 1 ? [...keys][0] : undefined
}
