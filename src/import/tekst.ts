// Plain text of a verordening, as copied from a website or out of Word: one
// paragraph per line. Headings "Hoofdstuk 2 …", "Paragraaf 1 …", "Artikel 3 …",
// leden "1. …", onderdelen "a. …", sub-onderdelen "1° …". Everything before the
// first heading is the title and aanhef; "Aldus vastgesteld …" ends the regeling;
// a line "Toelichting" starts the toelichting.
import { type BronArtikel, type BronDocument, type BronHoofdstuk, type BronLid, clean, isoDate } from './bron.ts'

const hoofdstukLine = /^hoofdstuk\s+([0-9]+[a-z]?|[IVXLC]+)\b\.?\s*(?:[-–—:.]\s*)?(.*)$/i
const paragraafLine = /^(?:paragraaf|afdeling|§)\s*([0-9]+(?:\.[0-9]+)*[a-z]?)\.?\s*(?:[-–—:.]\s*)?(.*)$/i
const artikelLine = /^artikel\s+([0-9]+(?:\.[0-9]+)?[a-z]?|[IVXLC]+)\b\.?\s*(?:[-–—:.]\s*)?(.*)$/i
const lidLine = /^(\d{1,2})(?:[.)](?:\s+(\S.*))?|\s+(\S.*))$/
const onderdeelLine = /^([a-z]{1,2})[.)]\s+(\S.*)$/
const subLine = /^(\d{1,2}°|[ivx]{1,4}[.)])\s*(\S.*)$/
const slotLine = /^(aldus\s+(vastgesteld|besloten)|ondertekening\b|de\s+(griffier|voorzitter)[,.]?$)/i
const toelichtingLine = /^(algemene\s+|artikelsgewijze\s+)?toelichting\b.{0,60}$/i
/** A row of a Markdown table: `| … |`. */
const tableRow = /^\|.*\|$/

function looksLikeHeadingRest(rest: string): boolean {
  return rest.length <= 120 && !/[.;:,]$/.test(rest)
}

function nextLetter(letter: string): string {
  return letter === '' ? 'a' : String.fromCharCode(letter.charCodeAt(letter.length - 1) + 1)
}

export function parseTekst(text: string): BronDocument {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map(clean)
    .filter((line) => line !== '')
  const document: BronDocument = { meta: {}, hoofdstukken: [], toelichting: { algemeen: [], perArtikel: new Map() }, nietOvergenomen: [] }
  const voor: string[] = []
  let hoofdstuk: BronHoofdstuk | undefined
  let artikel: BronArtikel | undefined
  let lid: BronLid | undefined
  let phase: 'voor' | 'tekst' | 'slot' | 'toelichting' = 'voor'
  let toelichtingArtikel: string | undefined
  const slot: string[] = []

  const ensureHoofdstuk = (): BronHoofdstuk => {
    if (!hoofdstuk) {
      hoofdstuk = { nr: null, titel: '', delen: [] }
      document.hoofdstukken.push(hoofdstuk)
    }
    return hoofdstuk
  }
  const ensureLid = (): BronLid => {
    if (!lid) {
      lid = { nr: null, tekst: [], onderdelen: [], na: [] }
      artikel!.leden.push(lid)
    }
    return lid
  }

  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    const peek = lines[index + 1]
    if (phase !== 'toelichting' && toelichtingLine.test(line) && (phase !== 'voor' || artikel)) {
      phase = 'toelichting'
      artikel = undefined
      lid = undefined
      continue
    }
    if (phase === 'toelichting') {
      const heading = artikelLine.exec(line)
      if (heading && looksLikeHeadingRest(heading[2] ?? '')) {
        toelichtingArtikel = heading[1]!
        continue
      }
      if (toelichtingArtikel)
        document.toelichting.perArtikel.set(toelichtingArtikel, [...(document.toelichting.perArtikel.get(toelichtingArtikel) ?? []), line])
      else document.toelichting.algemeen.push(line)
      continue
    }
    if (phase === 'tekst' && slotLine.test(line)) {
      phase = 'slot'
      artikel = undefined
      lid = undefined
    }
    if (phase === 'slot') {
      slot.push(line)
      continue
    }
    const chapter = hoofdstukLine.exec(line)
    if (chapter && looksLikeHeadingRest(chapter[2] ?? '')) {
      let titel = chapter[2] ?? ''
      if (titel === '' && peek && !artikelLine.test(peek) && !paragraafLine.test(peek) && looksLikeHeadingRest(peek)) titel = lines[++index]!
      hoofdstuk = { nr: chapter[1]!, titel, delen: [] }
      document.hoofdstukken.push(hoofdstuk)
      artikel = undefined
      lid = undefined
      phase = 'tekst'
      continue
    }
    const section = paragraafLine.exec(line)
    if (section && phase !== 'voor' && looksLikeHeadingRest(section[2] ?? '')) {
      let titel = line
      if ((section[2] ?? '') === '' && peek && !artikelLine.test(peek) && looksLikeHeadingRest(peek)) titel = `${line} ${lines[++index]!}`
      ensureHoofdstuk().delen.push({ paragraaf: titel })
      artikel = undefined
      lid = undefined
      continue
    }
    const heading = artikelLine.exec(line)
    if (heading && looksLikeHeadingRest(heading[2] ?? '')) {
      let titel = heading[2] ?? ''
      if (
        titel === '' &&
        peek &&
        !artikelLine.test(peek) &&
        !lidLine.test(peek) &&
        !onderdeelLine.test(peek) &&
        looksLikeHeadingRest(peek) &&
        peek.length <= 80
      )
        titel = lines[++index]!
      artikel = { nr: heading[1]!, titel, leden: [] }
      ensureHoofdstuk().delen.push(artikel)
      lid = undefined
      phase = 'tekst'
      continue
    }
    if (phase === 'voor' || !artikel) {
      voor.push(line)
      continue
    }
    const numbered = lidLine.exec(line)
    const expectedLid = lid?.nr ? Number(lid.nr) + 1 : 1
    const lastLetter = lid?.onderdelen.at(-1)?.letter ?? ''
    const part = onderdeelLine.exec(line)
    if (part && (part[1] === nextLetter(lastLetter) || (part[1] === 'a' && lastLetter === ''))) {
      ensureLid().onderdelen.push({ letter: part[1]!, tekst: part[2]!, sub: [] })
      continue
    }
    if (numbered && Number(numbered[1]) === expectedLid && (lid?.nr !== null || artikel.leden.length === 0)) {
      const first = numbered[2] ?? numbered[3]
      lid = { nr: numbered[1]!, tekst: first ? [first] : [], onderdelen: [], na: [] }
      artikel.leden.push(lid)
      continue
    }
    const sub = subLine.exec(line)
    const lastOnderdeel = lid?.onderdelen.at(-1)
    if (sub && lastOnderdeel) {
      lastOnderdeel.sub.push(line)
      continue
    }
    const current = ensureLid()
    const target = current.onderdelen.length > 0 ? current.na : current.tekst
    // The rows of a Markdown table stay one paragraph, a row per line, as a table is written.
    const previous = target.at(-1)
    if (tableRow.test(line) && previous !== undefined && tableRow.test(previous.slice(previous.lastIndexOf('\n') + 1)))
      target[target.length - 1] = `${previous}\n${line}`
    else target.push(line)
  }

  readVoor(document, voor)
  for (const line of slot) {
    const date = /vastgesteld|besloten/i.test(line) ? isoDate(line) : undefined
    if (date && !document.meta.vastgesteld) document.meta.vastgesteld = date
  }
  if (slot.length > 0)
    document.nietOvergenomen.push(
      `De slotformule en ondertekening (${slot.length} ${slot.length === 1 ? 'regel' : 'regels'}, beginnend met “${slot[0]!.slice(0, 60)}”) staan niet in de schrijfvorm; de datum van vaststelling staat in verordening.yml.`,
    )
  return document
}

/** Title and aanhef: the first line is the title; "De raad …", "gelet op …", "besluit …" make the aanhef. */
export function readVoor(document: BronDocument, voor: readonly string[]): void {
  const start = voor.findIndex((line) => /^(de\s+raad|het\s+college|gelezen|gelet|overwegende|besluit)/i.test(line))
  const titel = (start === -1 ? voor : voor.slice(0, start)).join(' ')
  if (titel) document.meta.titel ??= titel
  if (start !== -1) document.meta.aanhef ??= voor.slice(start).join(' ')
}
