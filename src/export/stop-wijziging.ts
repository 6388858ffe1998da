// The wijzigingsbesluit as STOP imop-tekst 1.1.0: a `BesluitCompact` whose
// Artikel I (a WijzigArtikel) points to Bijlage A, which holds the
// `RegelingMutatie` from the version at a git revision to the working tree;
// aanhef, Artikel II and ondertekening are the raadsbesluit's (stop-besluit.ts),
// with a visible blank where `besluit:` lacks data. Which artikelen changed, and how they
// pair up (vernummerd, ingevoegd, vervallen), comes from the one comparison
// in src/compare/; the elements inside the mutatie are built by the same
// StopWriter as the full export, so their eIds and wIds are those of
// `export stop` on the old version (wat, context) and on the new one (content).
//
// Mutaties, in the order in which they can be applied one after another:
//   1. VervangKop: a hoofdstuk whose opschrift changed;
//   2. Verwijder: vervallen artikelen and hoofdstukken (with their old text);
//   3. Vervang: changed artikelen, also when vernummerd (ordered so that a new
//      eId is free when its artikel gets it), a hoofdstuk that keeps none of its
//      artikelen, the begrippenlijst, and the toelichting per artikel (a
//      Divisietekst of the ArtikelgewijzeToelichting, paired as the artikelen are);
//   4. VoegToe: new hoofdstukken and artikelen in the new order, each after the
//      artikel before it in its hoofdstuk (volgtOp) or before the first that was
//      already there (komtVoor). An artikel that moves to another hoofdstuk is
//      removed in 2 and added in 4.
// A Vervang shows its changes in renvooi (stop-renvooi.ts): NieuweTekst and
// VerwijderdeTekst in the text, wijzigactie on a lid or onderdeel that comes or goes.
// wIds follow the eIds here (gm-code + eId), so a vernummerd artikel gets a new
// wId; STOP would keep the old one, which needs the wIds of the published
// version (docs/schrijven.md, "Publiceren", says so).
import type { Element } from 'xast'
import { toXml } from 'xast-util-to-xml'
import { x } from 'xastscript'
import { generateWijzigingsopdrachten } from '../compare/opdrachten/generate.ts'
import { opdrachtArtikel, type Wijzigingsopdracht } from '../compare/opdrachten/model.ts'
import { wijzigingsinstructie } from '../compare/opdrachten/write.ts'
import type { Wijziging } from '../compare/vergelijking.ts'
import { artikelPairs } from '../compare/wijzigingsverordening.ts'
import type { CheckContext } from '../model/context.ts'
import { nogTeDoen, raadsbesluitFrame } from '../model/raadsbesluit.ts'
import type { Artikel, Hoofdstuk } from '../model/schema.ts'
import { artikelEId, hoofdstukEId } from '../views/links.ts'
import { kop, regelingWIdPrefix, regelingWork, StopWriter, stopDocument, stopSchemaVersie } from './stop.ts'
import { besluitCompact } from './stop-besluit.ts'
import { structuurRenvooi } from './stop-renvooi.ts'

export interface MutatieTelling {
  vervang: number
  voegToe: number
  verwijder: number
  vervangKop: number
}

export interface WijzigingsbesluitResult {
  xml: string
  /** What the raadsbesluit still needs from `besluit:` (a blank in the besluit), or null. */
  nogTeDoen: string | null
  telling: MutatieTelling
  /** Text STOP cannot hold (an empty lid), in Dutch with a place; the export stops on any. */
  problems: string[]
}

export interface Versies {
  /** The revision as the author gave it (`v1`). */
  van: string
  /** Its commit id. */
  commit: string
}

interface Plek {
  hoofdstuk: Hoofdstuk
  artikel: Artikel
}

function plekken(context: CheckContext): Map<string, Plek> {
  const map = new Map<string, Plek>()
  for (const hoofdstuk of context.verordening.hoofdstukken) for (const artikel of hoofdstuk.artikelen) map.set(artikel.nr, { hoofdstuk, artikel })
  return map
}

const same = (a: Element[], b: Element[]) => toXml(a) === toXml(b)

export interface RegelingMutaties {
  /** The mutaties in the order they apply (VervangKop, Verwijder, Vervang, VoegToe). */
  mutaties: Element[]
  telling: MutatieTelling
  problems: string[]
}

/** Null when there is nothing in the juridische tekst to mutate. */
export function buildWijzigingsbesluit(
  oud: CheckContext,
  nieuw: CheckContext,
  wijzigingen: readonly Wijziging[],
  versies: Versies,
): WijzigingsbesluitResult | null {
  const result = regelingMutaties(oud, nieuw, wijzigingen)
  if (!result) return null
  const { mutaties, telling, problems } = result
  const meta = nieuw.verordening.meta
  const frame = raadsbesluitFrame(meta, 'wijziging')
  const werk = regelingWork(meta)
  const mutatie = x(
    'RegelingMutatie',
    { componentnaam: 'wijziging', was: `${werk}/nld@${versies.commit.slice(0, 12)}`, wordt: `${werk}/nld@ontwerp` },
    mutaties,
  )
  return { xml: stopDocument(besluitCompact(meta, frame, mutatie, stopSchemaVersie)), telling, problems, nogTeDoen: nogTeDoen(frame) }
}

/**
 * The mutaties from the old to the new version (see the top of this file), built by the same
 * StopWriter as the full export, or null when the juridische tekst did not change.
 */
export function regelingMutaties(oud: CheckContext, nieuw: CheckContext, wijzigingen: readonly Wijziging[]): RegelingMutaties | null {
  const regeling = regelingWIdPrefix(nieuw.verordening.meta.cbs)
  const oudWriter = new StopWriter(oud, regeling)
  const nieuwWriter = new StopWriter(nieuw, regeling)
  const wId = (eId: string) => `${regeling}__${eId}`
  const telling: MutatieTelling = { vervang: 0, voegToe: 0, verwijder: 0, vervangKop: 0 }
  const wat = (text: string) => x('Wat', text)
  // The wijzigingsopdrachten of the wijzigingsverordening (src/compare/opdrachten/): each mutation of an
  // artikel says in its Wat exactly what the opdrachten for that artikel say, so the raad and the LVBB read the same change.
  const opdrachten = new Map<string, Wijzigingsopdracht[]>()
  for (const opdracht of generateWijzigingsopdrachten(artikelPairs(wijzigingen))) {
    const { nr, nieuw } = opdrachtArtikel(opdracht)
    const key = `${nieuw ? 'nieuw' : 'oud'} ${nr}`
    opdrachten.set(key, [...(opdrachten.get(key) ?? []), opdracht])
  }
  const instructie = (key: string, fallback: string) => {
    const list = opdrachten.get(key)
    return list ? list.map(wijzigingsinstructie).join(' ') : fallback
  }
  /** Only the opschrift of the artikel changes: a VervangKop says so, as the opdracht does. */
  const alleenOpschrift = (nr: string) => {
    const list = opdrachten.get(`oud ${nr}`)
    return list?.length === 1 && list[0]!.kind === 'wijzig' && list[0]!.edits.every((edit) => edit.kind === 'opschrift')
  }

  const oudePlek = plekken(oud)
  const nieuwePlek = plekken(nieuw)
  const oudeHoofdstukken = new Map(oud.verordening.hoofdstukken.map((hoofdstuk) => [hoofdstuk.nr, hoofdstuk]))
  const nieuweHoofdstukken = new Map(nieuw.verordening.hoofdstukken.map((hoofdstuk) => [hoofdstuk.nr, hoofdstuk]))
  const toegevoegd = new Set(nieuw.verordening.hoofdstukken.filter((hoofdstuk) => !oudeHoofdstukken.has(hoofdstuk.nr)).map((hoofdstuk) => hoofdstuk.nr))
  const vervallen = new Set(oud.verordening.hoofdstukken.filter((hoofdstuk) => !nieuweHoofdstukken.has(hoofdstuk.nr)).map((hoofdstuk) => hoofdstuk.nr))

  // Which new artikelen stay where they were (same hoofdstuk); the rest is added.
  const inPlace = new Set<string>()
  const paired = new Map<string, string>()
  for (const wijziging of wijzigingen) if (wijziging.oud && wijziging.nieuw) paired.set(wijziging.nieuw.nr, wijziging.oud.nr)
  const changedNew = new Set(wijzigingen.flatMap((wijziging) => (wijziging.nieuw ? [wijziging.nieuw.nr] : [])))
  for (const [nr, plek] of nieuwePlek) {
    const oudNr = changedNew.has(nr) ? paired.get(nr) : nr
    if (oudNr !== undefined && oudePlek.get(oudNr)?.hoofdstuk.nr === plek.hoofdstuk.nr) inPlace.add(nr)
  }
  // A hoofdstuk on both sides that keeps none of its artikelen is replaced as a whole.
  const herschreven = new Set(
    nieuw.verordening.hoofdstukken
      .filter((hoofdstuk) => oudeHoofdstukken.has(hoofdstuk.nr) && !hoofdstuk.artikelen.some((artikel) => inPlace.has(artikel.nr)))
      .map((hoofdstuk) => hoofdstuk.nr),
  )
  const oudGedekt = (nr: number) => vervallen.has(nr) || herschreven.has(nr)
  const nieuwGedekt = (nr: number) => toegevoegd.has(nr) || herschreven.has(nr)

  const vervangKoppen: Element[] = []
  const verwijderingen: Element[] = []
  /** eIds of old artikelen that are gone once the Verwijder-mutaties are applied. */
  const verwijderd = new Set<string>()
  const vervangingen: Array<{ van: string; naar: string; element: Element }> = []
  const andereVervangingen: Element[] = []
  const toevoegingen: Array<{ at: number; element: Element }> = []
  const newIndex = new Map([...nieuwePlek.keys()].map((nr, index) => [nr, index]))

  if (nieuw.verordening.hoofdstukken.every((hoofdstuk) => toegevoegd.has(hoofdstuk.nr))) {
    // Nothing in common: the Lichaam is replaced as a whole.
    andereVervangingen.push(
      x('Vervang', { wat: wId('body') }, [
        wat('Het lichaam van de regeling komt te luiden:'),
        x(
          'Lichaam',
          nieuwWriter.ids('body'),
          nieuw.verordening.hoofdstukken.map((hoofdstuk) => nieuwWriter.hoofdstuk(hoofdstuk)),
        ),
      ]),
    )
  } else {
    for (const hoofdstuk of oud.verordening.hoofdstukken) {
      const next = nieuweHoofdstukken.get(hoofdstuk.nr)
      if (!next)
        verwijderingen.push(
          x('Verwijder', { wat: wId(hoofdstukEId(hoofdstuk.nr)) }, [wat(`Hoofdstuk ${hoofdstuk.nr} vervalt.`), oudWriter.hoofdstuk(hoofdstuk)]),
        )
      else if (herschreven.has(hoofdstuk.nr))
        andereVervangingen.push(
          x('Vervang', { wat: wId(hoofdstukEId(hoofdstuk.nr)) }, [wat(`Hoofdstuk ${hoofdstuk.nr} komt te luiden:`), nieuwWriter.hoofdstuk(next)]),
        )
      else if (next.titel !== hoofdstuk.titel)
        vervangKoppen.push(
          x('VervangKop', { wat: wId(hoofdstukEId(hoofdstuk.nr)) }, [
            wat(`Het opschrift van hoofdstuk ${hoofdstuk.nr} komt te luiden:`),
            kop('Hoofdstuk', String(next.nr), next.titel),
          ]),
        )
    }
    nieuw.verordening.hoofdstukken.forEach((hoofdstuk, index) => {
      if (!toegevoegd.has(hoofdstuk.nr)) return
      const previous = nieuw.verordening.hoofdstukken[index - 1]
      const firstKept = nieuw.verordening.hoofdstukken.find((candidate) => !toegevoegd.has(candidate.nr))!
      const plaats = previous
        ? { positie: 'volgtOp', context: wId(hoofdstukEId(previous.nr)) }
        : { positie: 'komtVoor', context: wId(hoofdstukEId(firstKept.nr)) }
      const at = hoofdstuk.artikelen[0] ? newIndex.get(hoofdstuk.artikelen[0].nr)! - 0.5 : index
      toevoegingen.push({ at, element: x('VoegToe', plaats, [wat(`Hoofdstuk ${hoofdstuk.nr} wordt ingevoegd, luidende:`), nieuwWriter.hoofdstuk(hoofdstuk)]) })
    })

    const verwijder = (nr: string) => {
      const plek = oudePlek.get(nr)!
      verwijderd.add(artikelEId(plek.hoofdstuk.nr, nr))
      if (oudGedekt(plek.hoofdstuk.nr)) return
      verwijderingen.push(
        x('Verwijder', { wat: wId(artikelEId(plek.hoofdstuk.nr, nr)) }, [
          wat(instructie(`oud ${nr}`, `Artikel ${nr} vervalt.`)),
          oudWriter.artikel(plek.hoofdstuk, plek.artikel),
        ]),
      )
    }
    const voegToe = (nr: string, vanOud?: string) => {
      const plek = nieuwePlek.get(nr)!
      if (nieuwGedekt(plek.hoofdstuk.nr)) return
      const artikelen = plek.hoofdstuk.artikelen
      const index = artikelen.findIndex((artikel) => artikel.nr === nr)
      const previous = artikelen[index - 1]
      const firstKept = artikelen.find((artikel) => inPlace.has(artikel.nr))!
      const plaats = previous
        ? { positie: 'volgtOp', context: wId(artikelEId(plek.hoofdstuk.nr, previous.nr)) }
        : { positie: 'komtVoor', context: wId(artikelEId(plek.hoofdstuk.nr, firstKept.nr)) }
      const zin =
        vanOud === undefined
          ? instructie(`nieuw ${nr}`, `${previous ? `Na artikel ${previous.nr}` : `Voor artikel ${firstKept.nr}`} wordt een artikel ingevoegd, luidende:`)
          : `Artikel ${vanOud} wordt vernummerd tot artikel ${nr} en ${previous ? `na artikel ${previous.nr}` : `voor artikel ${firstKept.nr}`} geplaatst, luidende:`
      toevoegingen.push({ at: newIndex.get(nr)!, element: x('VoegToe', plaats, [wat(zin), nieuwWriter.artikel(plek.hoofdstuk, plek.artikel)]) })
    }

    for (const wijziging of wijzigingen) {
      const a = wijziging.oud
      const b = wijziging.nieuw
      if (a && !b) verwijder(a.nr)
      else if (b && !a) voegToe(b.nr)
      else if (a && b) {
        const oudePlaats = oudePlek.get(a.nr)!
        const nieuwePlaats = nieuwePlek.get(b.nr)!
        if (!inPlace.has(b.nr)) {
          verwijder(a.nr)
          voegToe(b.nr, a.nr)
          continue
        }
        if (herschreven.has(nieuwePlaats.hoofdstuk.nr)) continue
        const before = oudWriter.artikel(oudePlaats.hoofdstuk, oudePlaats.artikel)
        const after = nieuwWriter.artikel(nieuwePlaats.hoofdstuk, nieuwePlaats.artikel)
        const van = artikelEId(oudePlaats.hoofdstuk.nr, a.nr)
        const naar = artikelEId(nieuwePlaats.hoofdstuk.nr, b.nr)
        if (van === naar && same([before], [after])) continue
        const zin = instructie(
          `oud ${a.nr}`,
          a.nr === b.nr ? `Artikel ${a.nr} komt te luiden:` : `Artikel ${a.nr} wordt vernummerd tot artikel ${b.nr} en komt te luiden:`,
        )
        const kopNieuw = after.children.find((child): child is Element => child.type === 'element' && child.name === 'Kop')
        const zonderKop = (element: Element) => ({ ...element, children: element.children.filter((child) => child.type !== 'element' || child.name !== 'Kop') })
        if (van === naar && alleenOpschrift(a.nr) && kopNieuw && same([zonderKop(before)], [zonderKop(after)]))
          vervangKoppen.push(x('VervangKop', { wat: wId(van) }, [wat(zin), kopNieuw]))
        else vervangingen.push({ van, naar, element: x('Vervang', { wat: wId(van) }, [wat(zin), structuurRenvooi(before, after)]) })
      }
    }
  }

  // The begrippenlijst (Bijlage 1) and the artikelsgewijze toelichting are part of the regeling too.
  const onderdeel = (before: Element[], after: Element[], eId: string, naam: string, na: string) => {
    if (same(before, after)) return
    if (before.length === 1 && after.length === 1)
      andereVervangingen.push(x('Vervang', { wat: wId(eId) }, [wat(`${naam} komt te luiden:`), structuurRenvooi(before[0]!, after[0]!)]))
    else if (before.length > 0) verwijderingen.push(x('Verwijder', { wat: wId(eId) }, [wat(`${naam} vervalt.`), ...before]))
    else
      toevoegingen.push({
        at: Number.MAX_SAFE_INTEGER,
        element: x('VoegToe', { positie: 'volgtOp', context: wId(na) }, [wat(`${naam} wordt toegevoegd, luidende:`), ...after]),
      })
  }
  const bijlage = (context: CheckContext, writer: StopWriter) =>
    context.verordening.begrippen.length > 0 ? [writer.begrippenBijlage(context.verordening.begrippen)] : []
  const oudeBijlage = bijlage(oud, oudWriter)
  onderdeel(oudeBijlage, bijlage(nieuw, nieuwWriter), 'cmp_1', 'Bijlage 1 (Begrippenlijst)', 'body')
  // The toelichting per artikel (a Divisietekst each), following the artikelen as the comparison paired them.
  const oudeToelichting = oudWriter.toelichting(oud.verordening.hoofdstukken)
  const nieuweToelichting = nieuwWriter.toelichting(nieuw.verordening.hoofdstukken)
  const toelichtingEId = (nr: string) => `artrecital__content_${nr}`
  const delen = (toelichting: Element[]) =>
    new Map(
      (toelichting[0]?.children ?? [])
        .filter((child): child is Element => child.type === 'element' && child.name === 'Divisietekst')
        .map((deel) => [String(deel.attributes.eId).slice(toelichtingEId('').length), deel]),
    )
  const voor = delen(oudeToelichting)
  const na = delen(nieuweToelichting)
  const naarNieuw = new Map<string, string>()
  const changedOld = new Set(wijzigingen.flatMap((wijziging) => (wijziging.oud ? [wijziging.oud.nr] : [])))
  for (const nr of oudePlek.keys()) if (nieuwePlek.has(nr) && !changedOld.has(nr)) naarNieuw.set(nr, nr)
  for (const wijziging of wijzigingen) if (wijziging.oud && wijziging.nieuw) naarNieuw.set(wijziging.oud.nr, wijziging.nieuw.nr)
  const blijft = [...voor.keys()].filter((nr) => na.has(naarNieuw.get(nr) ?? ''))
  const toelichtingVervangingen: Array<{ van: string; naar: string; element: Element }> = []
  const toelichtingWeg = new Set<string>()
  if (blijft.length === 0)
    onderdeel(oudeToelichting, nieuweToelichting, 'artrecital', 'De artikelsgewijze toelichting', oudeBijlage.length > 0 ? 'cmp_1' : 'body')
  else {
    const gekoppeld = new Set<string>()
    for (const [nr, deel] of voor) {
      const nieuwNr = naarNieuw.get(nr)
      const nieuwDeel = nieuwNr === undefined ? undefined : na.get(nieuwNr)
      if (!nieuwDeel) {
        toelichtingWeg.add(toelichtingEId(nr))
        verwijderingen.push(x('Verwijder', { wat: wId(toelichtingEId(nr)) }, [wat(`De toelichting op artikel ${nr} vervalt.`), deel]))
        continue
      }
      gekoppeld.add(nieuwNr!)
      if (same([deel], [nieuwDeel])) continue
      const zin =
        nr === nieuwNr
          ? `De toelichting op artikel ${nr} komt te luiden:`
          : `De toelichting op artikel ${nr} wordt de toelichting op artikel ${nieuwNr} en komt te luiden:`
      toelichtingVervangingen.push({
        van: toelichtingEId(nr),
        naar: toelichtingEId(nieuwNr!),
        element: x('Vervang', { wat: wId(toelichtingEId(nr)) }, [wat(zin), structuurRenvooi(deel, nieuwDeel)]),
      })
    }
    const volgorde = [...na.keys()]
    volgorde.forEach((nr, index) => {
      if (gekoppeld.has(nr)) return
      const previous = volgorde[index - 1]
      const plaats = previous
        ? { positie: 'volgtOp', context: wId(toelichtingEId(previous)) }
        : { positie: 'komtVoor', context: wId(toelichtingEId(volgorde.find((candidate) => gekoppeld.has(candidate))!)) }
      toevoegingen.push({
        at: Number.MAX_SAFE_INTEGER - volgorde.length + index,
        element: x('VoegToe', plaats, [wat(`De toelichting op artikel ${nr} wordt ingevoegd, luidende:`), na.get(nr)!]),
      })
    })
  }

  const oudeArtikelen = oud.verordening.hoofdstukken.flatMap((hoofdstuk) => hoofdstuk.artikelen.map((artikel) => artikelEId(hoofdstuk.nr, artikel.nr)))
  const mutaties = [
    ...vervangKoppen,
    ...verwijderingen,
    ...orderRenumbering(vervangingen, new Set(oudeArtikelen.filter((eId) => !verwijderd.has(eId)))),
    ...orderRenumbering(toelichtingVervangingen, new Set([...voor.keys()].map(toelichtingEId).filter((eId) => !toelichtingWeg.has(eId)))),
    ...andereVervangingen,
    ...toevoegingen.sort((a, b) => a.at - b.at).map((entry) => entry.element),
  ]
  if (mutaties.length === 0) return null
  for (const mutatie of mutaties) {
    if (mutatie.name === 'Vervang') telling.vervang++
    else if (mutatie.name === 'VoegToe') telling.voegToe++
    else if (mutatie.name === 'Verwijder') telling.verwijder++
    else telling.vervangKop++
  }
  return { mutaties, telling, problems: [...new Set([...oudWriter.problems, ...nieuwWriter.problems])] }
}

/**
 * Vervang-mutaties of vernummerde artikelen (or their toelichting) in an order in which each new eId
 * (and so wId) is free when its artikel takes it: an artikel moving to 3.4
 * waits until the old 3.4 has moved on. What is left in a cycle keeps its order.
 */
function orderRenumbering(vervangingen: Array<{ van: string; naar: string; element: Element }>, taken: Set<string>): Element[] {
  const pending = [...vervangingen]
  const out: Element[] = []
  while (pending.length > 0) {
    const index = pending.findIndex((entry) => entry.van === entry.naar || !taken.has(entry.naar))
    const [entry] = pending.splice(index === -1 ? 0 : index, 1)
    taken.delete(entry!.van)
    taken.add(entry!.naar)
    out.push(entry!.element)
  }
  return out
}
