// The frame of a raadsbesluit (Aanwijzingen voor de regelgeving, hoofdstuk 4
// and 6): opschrift, aanhef, Artikel II and ondertekening, from `verordening.yml`
// (`besluit:`). The body (the verordening itself, or Artikel I with the
// wijzigingsopdrachten) is made elsewhere; every document for the raad
// (Markdown, Word) puts the same frame around it.
//
// What is missing is never filled in with a guess: it prints as a visible
// blank (`blank`: "[nog in te vullen: …]", the one form of every document for
// the raad, the amendement too) and is listed, so the author and the rule
// raadsbesluit-gegevens can say what is still to do.
import type { VerordeningMeta } from './schema.ts'

/** The soort of besluit: the whole verordening, or a wijziging of the vastgestelde versie. */
export type BesluitSoort = 'vaststelling' | 'wijziging'

/**
 * A visible blank that says what belongs there: "[nog in te vullen: de naam
 * van de griffier]". Square brackets and the words "nog in te vullen" are
 * what a griffier knows from a concept; nobody reads it as a finished text,
 * and it is plain text, so Markdown, Word and PDF show it the same.
 */
export function blank(wat: string): string {
  return `[nog in te vullen: ${wat}]`
}

/** One piece of data the besluit still needs, with the key under `besluit:` and what it is. */
export interface OntbrekendGegeven {
  veld: 'voorstel' | 'geletOp' | 'vergadering' | 'griffier' | 'voorzitter' | 'inwerkingtreding'
  omschrijving: string
}

export interface RaadsbesluitFrame {
  soort: BesluitSoort
  opschrift: string
  /** The aanhef, one line each, the last one `besluit:` or the whole "besluit vast te stellen …". */
  aanhef: string[]
  /** Artikel II of a wijziging (the inwerkingtreding); null for a vaststelling, whose artikelen say it themselves. */
  artikelII: string | null
  ondertekening: { vastgesteld: string; griffier: string; voorzitter: string }
  ontbreekt: OntbrekendGegeven[]
}

const omschrijvingen: Record<OntbrekendGegeven['veld'], string> = {
  voorstel: 'de datum van het voorstel van burgemeester en wethouders',
  geletOp: 'waarop het besluit berust, na “gelet op”',
  vergadering: 'de datum van de raadsvergadering',
  griffier: 'de naam van de griffier',
  voorzitter: 'de naam van de voorzitter',
  inwerkingtreding: 'de datum van inwerkingtreding van de wijziging',
}

/** "12 november 2026", as the raad writes a date. */
const longDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })

export function datum(iso: string | undefined): string | undefined {
  if (!iso) return undefined
  const date = new Date(`${iso}T00:00:00Z`)
  return Number.isNaN(date.getTime()) ? iso : longDate.format(date)
}

/** "1 januari 2028", the day after the bekendmaking (`na bekendmaking`), or a blank. */
function ingang(value: string | undefined): string {
  if (value === 'na bekendmaking') return 'de dag na die van de bekendmaking'
  return datum(value) ?? blank(omschrijvingen.inwerkingtreding)
}

/** The soort of the next besluit: a verordening with a vastgestelde versie (`versies`) is changed, otherwise adopted whole. */
export function besluitSoort(meta: VerordeningMeta): BesluitSoort {
  return (meta.versies?.length ?? 0) > 0 ? 'wijziging' : 'vaststelling'
}

/** The data under `besluit:` the besluit of this soort still needs, in the order of the document. */
export function ontbrekendeGegevens(meta: VerordeningMeta, soort: BesluitSoort): OntbrekendGegeven[] {
  const besluit = meta.besluit ?? {}
  // A vaststelling with its own `aanhef` takes that aanhef as written: voorstel and gelet op are in it.
  const eigenAanhef = soort === 'vaststelling' && meta.aanhef !== undefined
  const nodig: OntbrekendGegeven['veld'][] = [
    ...(eigenAanhef ? [] : (['voorstel', 'geletOp'] as const)),
    'vergadering',
    'griffier',
    'voorzitter',
    ...(soort === 'wijziging' ? (['inwerkingtreding'] as const) : []),
  ]
  return nodig.filter((veld) => besluit[veld] === undefined).map((veld) => ({ veld, omschrijving: omschrijvingen[veld] }))
}

/** "gelet op de artikelen …;" without the author's own "gelet op" or closing punctuation doubled. */
function clause(text: string | undefined, lead: RegExp, wat: string): string {
  if (text === undefined) return blank(wat)
  return text.replace(lead, '').replace(/[\s;.,:]+$/, '')
}

export function raadsbesluitFrame(meta: VerordeningMeta, soort: BesluitSoort): RaadsbesluitFrame {
  const besluit = meta.besluit ?? {}
  const gemeente = meta.gemeente
  const citeertitel = meta.citeertitel
  const wijzigingsTitel = `Verordening tot wijziging van de ${citeertitel}`
  const opschrift = soort === 'vaststelling' ? meta.titel : `Verordening van de raad van de gemeente ${gemeente} tot wijziging van de ${citeertitel}`
  const eigen =
    soort === 'vaststelling' && meta.aanhef !== undefined
      ? meta.aanhef
          .split(/(?<=;)\s+/)
          .map((regel) => regel.trim())
          .filter(Boolean)
      : null
  const aanhef = eigen ?? [
    `De raad van de gemeente ${gemeente};`,
    `gelezen het voorstel van burgemeester en wethouders van ${datum(besluit.voorstel) ?? blank(omschrijvingen.voorstel)};`,
    `gelet op ${clause(besluit.geletOp, /^\s*gelet op\s+/i, 'waarop het besluit berust')};`,
    ...(besluit.overwegende !== undefined ? [`overwegende dat ${clause(besluit.overwegende, /^\s*(overwegende\s+)?dat\s+/i, 'de overwegingen')};`] : []),
    'besluit:',
    `vast te stellen de ${soort === 'vaststelling' ? citeertitel : wijzigingsTitel}.`,
  ]
  return {
    soort,
    opschrift,
    aanhef,
    artikelII: soort === 'wijziging' ? `Deze verordening treedt in werking met ingang van ${ingang(besluit.inwerkingtreding)}.` : null,
    ondertekening: {
      vastgesteld: `Aldus vastgesteld in de openbare vergadering van ${datum(besluit.vergadering) ?? blank(omschrijvingen.vergadering)}.`,
      griffier: besluit.griffier ?? blank(omschrijvingen.griffier),
      voorzitter: besluit.voorzitter ?? blank(omschrijvingen.voorzitter),
    },
    ontbreekt: ontbrekendeGegevens(meta, soort),
  }
}

/** "Nog te doen voor het raadsbesluit: de datum van de raadsvergadering (`besluit.vergadering`), …" or null when nothing is missing. */
export function nogTeDoen(frame: RaadsbesluitFrame): string | null {
  if (frame.ontbreekt.length === 0) return null
  const items = frame.ontbreekt.map((gegeven) => `${gegeven.omschrijving} (\`besluit.${gegeven.veld}\`)`)
  const list = items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`
  return `Nog te doen voor het raadsbesluit: ${list}; vul ze in onder \`besluit:\` in verordening.yml (in het document staat nu ${blank('…')}).`
}

/** A Markdown paragraph with a hard line break between lines (as in the ondertekening). */
function lines(...parts: string[]): string {
  return parts.join('\\\n')
}

/** The ondertekening as Markdown paragraphs: "Aldus vastgesteld …", then griffier and voorzitter. */
export function ondertekeningMarkdown(frame: RaadsbesluitFrame): string[] {
  return [frame.ondertekening.vastgesteld, lines('De griffier,', frame.ondertekening.griffier), lines('De voorzitter,', frame.ondertekening.voorzitter)]
}
