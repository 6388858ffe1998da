// Wijzigingsopdrachten after the Aanwijzingen voor de regelgeving (chapter 6)
// as data: what changed in the juridische tekst, as instructions a raad can
// adopt. The modules next to this one each do one job with them:
//
//   generate.ts  two versions of the artikelen → wijzigingsopdrachten
//   write.ts     wijzigingsopdrachten → Dutch Markdown (Artikel I of the ontwerp)
//   read.ts      that Markdown → wijzigingsopdrachten again
//   apply.ts     old artikelen + wijzigingsopdrachten → new artikelen
//
// Each kind has one entry in a table with its sentence, how that sentence is
// read back and how it is applied: edit-kinds.ts for a change within an
// artikel, opdracht-kinds.ts for the opdrachten themselves. A new kind is a
// member of a union below and an entry in its table (TypeScript refuses the
// table until it has one), plus the place in generate.ts that chooses it.
// The round trip old → opdrachten → text → opdrachten → old + opdrachten
// gives exactly the new text (test/compare/round-trip.test.ts).
//
// Conventions (docs/schrijven.md, "Wijzigen"):
// - every opdracht names an artikel by its number before the wijziging;
// - within one artikel, the edits apply in order: text first, then leden that
//   are inserted or removed (the later leden renumber);
// - a text change names a piece of text that occurs exactly once in that lid
//   or onderdeel ('wordt "vijf" vervangen door "tien"', Aanwijzing 6.9): whole
//   words with their punctuation, one piece per changed passage, pieces that
//   never overlap; when no short unique piece exists, or the lid changes too
//   much, the lid (or the artikel) "komt te luiden";
// - a new last lid is "toegevoegd", a lid elsewhere "ingevoegd" (Aanwijzing
//   6.11), and only then, or when a lid before the last vervalt, the sentence
//   names the leden that get a new number ("onder vernummering van het derde
//   lid tot vierde lid").
import type { ArtikelTekst, LidTekst, OnderdeelTekst } from '../../model/artikel-tekst.ts'

/** Where in an artikel: a lid (null: the artikel's only lid without number) and maybe an onderdeel. */
export interface Place {
  lid: number | null
  onderdeel?: string
}

export type NumberedLid = LidTekst & { nr: number }

/** The fields of each kind of change within one artikel, by kind. */
interface EditFields {
  /** "Het opschrift komt te luiden: '…'." */
  opschrift: { title: string }
  /** "Het tweede lid komt te luiden: > 2. …" */
  'lid-luidt': { lid: NumberedLid }
  /** "In het tweede lid wordt 'vijf' vervangen door 'tien'." (`from` occurs once in that place) */
  vervangen: { place: Place; from: string; to: string }
  /** "In het tweede lid vervalt 'direct'." */
  geschrapt: { place: Place; text: string }
  /**
   * A new lid with number `lid.nr`; `shifted` leden after it get a number one higher.
   * shifted 0: "Er wordt een lid toegevoegd, luidende: > 4. …"; otherwise
   * "Onder vernummering van het derde lid tot vierde lid wordt na het tweede lid een lid ingevoegd, luidende: > 3. …"
   */
  'lid-ingevoegd': { lid: NumberedLid; shifted: number }
  /** "Het tweede lid vervalt[, onder vernummering van het derde lid tot tweede lid]."; `shifted` leden after it get a number one lower. */
  'lid-vervalt': { lid: number; shifted: number }
  /** "Aan het tweede lid wordt een onderdeel toegevoegd, luidende: > - c. …" */
  'onderdeel-toegevoegd': { lid: number | null; onderdeel: OnderdeelTekst }
}

export type ArtikelEditKind = keyof EditFields

/**
 * One change within an artikel; `ArtikelEdit<'vervangen'>` is one kind. Written
 * as a mapped type so that a function generic in the kind can look up its
 * entry in the table (edit-kinds.ts) and TypeScript still knows the fields.
 */
export type ArtikelEdit<K extends ArtikelEditKind = ArtikelEditKind> = { [P in K]: { kind: P } & EditFields[P] }[K]

/** The fields of each kind of wijzigingsopdracht, by kind. */
interface OpdrachtFields {
  /** Changes within the artikel, applied in order. */
  wijzig: { artikel: string; edits: ArtikelEdit[] }
  /** "Artikel 3.2 komt te luiden: > **Artikel 3.2. …**" */
  luidt: { artikel: string; text: ArtikelTekst }
  /** "Na artikel 3.1 wordt een artikel ingevoegd, luidende: …"; `after` null: at the start. */
  ingevoegd: { after: string | null; text: ArtikelTekst }
  vervalt: { artikel: string }
  /** "Artikel 3.2 wordt vernummerd tot 3.3." */
  vernummerd: { artikel: string; to: string }
}

export type WijzigingsopdrachtKind = keyof OpdrachtFields

export type Wijzigingsopdracht<K extends WijzigingsopdrachtKind = WijzigingsopdrachtKind> = { [P in K]: { kind: P } & OpdrachtFields[P] }[K]

/** A paired artikel for generation: old and new text; either may be absent (fields as in a `Wijziging`). */
export interface ArtikelPair {
  oud?: ArtikelTekst
  nieuw?: ArtikelTekst
  /** For an inserted artikel: the (new) number of the artikel before it in the new text; null at the start. */
  na?: string | null
}

export function cloneArtikelTekst(tekst: ArtikelTekst): ArtikelTekst {
  return { nr: tekst.nr, titel: tekst.titel, leden: tekst.leden.map((lid) => ({ ...lid, onderdelen: lid.onderdelen.map((onderdeel) => ({ ...onderdeel })) })) }
}

/** The artikel an opdracht is about: its number before the wijziging, or for a new artikel its new number. */
export function opdrachtArtikel(opdracht: Wijzigingsopdracht): { nr: string; nieuw: boolean } {
  return opdracht.kind === 'ingevoegd' ? { nr: opdracht.text.nr, nieuw: true } : { nr: opdracht.artikel, nieuw: false }
}
