// The words a reader sees for a reference: `:artikel[3]{lid=2 onderdeel=b}` and
// `:wet[wmo]{artikel="2.3.6" lid="4"}`. One function for every place that shows
// a reference (the site's HTML, the plain text that comparisons and search
// read, the exports), so they never disagree.
//
// The wording follows the Aanwijzingen voor de regelgeving, aanwijzing 3.29: a
// lid is named with its ordinal ("artikel 3, tweede lid"), never "lid 2"; an
// onderdeel of a list with "onderdeel" ("artikel 4.2, eerste lid, onderdeel
// b"; the aanwijzing allows "onder" too, we write "onderdeel", as the
// wijzigingsopdrachten in src/compare do). Another regeling is named after
// "van de": "artikel 2.3.6, vierde lid, van de Wmo 2015".
//
// An author (or the importer) who wants the adopted words exactly gives them in
// `tekst`: `:artikel[3]{lid=2 tekst="artikel 3, lid 2"}` shows "artikel 3, lid
// 2", still linked to the lid. The rule `verwijzing-tekst` checks that those
// words name the same number.

const units = ['', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen']
const belowTwenty = [
  '',
  'eerste',
  'tweede',
  'derde',
  'vierde',
  'vijfde',
  'zesde',
  'zevende',
  'achtste',
  'negende',
  'tiende',
  'elfde',
  'twaalfde',
  'dertiende',
  'veertiende',
  'vijftiende',
  'zestiende',
  'zeventiende',
  'achttiende',
  'negentiende',
]
const tens = ['', '', 'twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig']

/** The Dutch ordinal in words: 1 → "eerste", 22 → "tweeëntwintigste"; from 100 on "100e". */
export function rangtelwoord(n: number): string {
  if (!Number.isInteger(n) || n < 1) return `${n}e`
  if (n < 20) return belowTwenty[n]!
  if (n < 100) {
    const unit = units[n % 10]!
    const ten = tens[Math.floor(n / 10)]!
    // "twee" + "en" is written "tweeën" (trema on the e that starts a new syllable).
    const joiner = unit === '' ? '' : unit.endsWith('e') ? `${unit}ën` : `${unit}en`
    return `${joiner}${ten}ste`
  }
  return `${n}e`
}

/** "eerste" … "twintigste": the ordinals a reference or an opdracht reads back as a number (index + 1). */
export const eersteRangtelwoorden: readonly string[] = Array.from({ length: 20 }, (_, index) => rangtelwoord(index + 1))

/** "2" → "tweede lid"; a lid that is not a plain number ("2a") stays "lid 2a". */
export function lidWoorden(lid: string): string {
  return /^[1-9]\d*$/.test(lid) ? `${rangtelwoord(Number(lid))} lid` : `lid ${lid}`
}

export interface ArtikelVerwijzing {
  /** The artikel number, the label of `:artikel[…]`. */
  nr: string
  lid?: string
  onderdeel?: string
  /** The adopted words, when the author gave them. */
  tekst?: string
}

export interface WetVerwijzing {
  /** The name the site uses for the wet (its afkorting, else its naam); undefined when the wet is unknown. */
  naam?: string
  /** The label as written, shown when the wet is unknown. */
  label: string
  artikel?: string
  lid?: string
  onderdeel?: string
  tekst?: string
}

const present = (value: string | null | undefined): string | undefined => {
  const trimmed = value?.replace(/\s+/g, ' ').trim()
  return trimmed ? trimmed : undefined
}

/** "artikel 3, tweede lid, onderdeel b", or the author's `tekst`. */
export function artikelVerwijzingTekst(verwijzing: ArtikelVerwijzing): string {
  const tekst = present(verwijzing.tekst)
  if (tekst) return tekst
  const lid = present(verwijzing.lid)
  const onderdeel = present(verwijzing.onderdeel)
  return [`artikel ${verwijzing.nr}`, lid ? lidWoorden(lid) : '', onderdeel ? `onderdeel ${onderdeel}` : ''].filter(Boolean).join(', ')
}

/** "artikel 2.3.6, vierde lid, van de Wmo 2015", "artikel 3, eerste lid, onderdeel b, van de Wgs", "Wmo 2015", or the author's `tekst`. */
export function wetVerwijzingTekst(verwijzing: WetVerwijzing): string {
  const tekst = present(verwijzing.tekst)
  if (tekst) return tekst
  const name = verwijzing.naam ?? verwijzing.label
  if (verwijzing.naam === undefined) return name
  const artikel = present(verwijzing.artikel)
  if (!artikel) return name
  const lid = present(verwijzing.lid)
  const onderdeel = present(verwijzing.onderdeel)
  const parts = [`artikel ${artikel}`, lid ? lidWoorden(lid) : '', onderdeel ? `onderdeel ${onderdeel}` : ''].filter(Boolean)
  return parts.length === 1 ? `artikel ${artikel} van de ${name}` : `${parts.join(', ')}, van de ${name}`
}

interface DirectiveLike {
  name: string
  attributes?: Record<string, string | null | undefined> | null
  children?: readonly DirectiveChild[]
}

interface DirectiveChild {
  type: string
  value?: string
  children?: readonly DirectiveChild[]
}

interface WetLike {
  naam: string
  afkorting?: string | undefined
}

function labelText(children: readonly DirectiveChild[] | undefined): string {
  return (children ?? []).map((child) => (child.type === 'text' ? (child.value ?? '') : labelText(child.children))).join('')
}

/**
 * The words for an `:artikel[…]` or `:wet[…]` directive, or undefined for any
 * other directive. `wetten` is `wetten` from verordening.yml.
 */
export function verwijzingTekst(node: DirectiveLike, wetten: Readonly<Record<string, WetLike>>): string | undefined {
  const label = labelText(node.children).replace(/\s+/g, ' ').trim()
  const attributes = node.attributes ?? {}
  const tekst = attributes.tekst ?? undefined
  if (node.name === 'artikel')
    return artikelVerwijzingTekst({ nr: label, lid: attributes.lid ?? undefined, onderdeel: attributes.onderdeel ?? undefined, tekst })
  if (node.name === 'wet') {
    const wet = Object.hasOwn(wetten, label) ? wetten[label] : undefined
    return wetVerwijzingTekst({
      naam: wet ? (wet.afkorting ?? wet.naam) : undefined,
      label,
      artikel: attributes.artikel ?? undefined,
      lid: attributes.lid ?? undefined,
      onderdeel: attributes.onderdeel ?? undefined,
      tekst,
    })
  }
  return undefined
}
