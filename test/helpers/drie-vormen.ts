// The wijzigingsopdrachten as each output carries them, for the tests that
// hold the three outputs to one model: the lines of the Markdown, the
// paragraphs of the DOCX, and per artikel the `Wat` of the STOP mutations.
import JSZip from 'jszip'
import type { Element, Root } from 'xast'
import { fromXml } from 'xast-util-from-xml'
import { opdrachtArtikel, type Wijzigingsopdracht } from '../../src/compare/opdrachten/model.ts'
import { letter, wijzigingsinstructie, writeWijzigingsopdracht } from '../../src/compare/opdrachten/write.ts'
import { elements, text } from './xml.ts'

/** Per artikel ("oud 4.3", "nieuw 4.11") what the opdrachten say, as one line: what a STOP mutation's Wat must say. */
export function instructiesPerArtikel(opdrachten: readonly Wijzigingsopdracht[]): Map<string, string> {
  const result = new Map<string, string>()
  for (const opdracht of opdrachten) {
    const { nr, nieuw } = opdrachtArtikel(opdracht)
    const key = `${nieuw ? 'nieuw' : 'oud'} ${nr}`
    const before = result.get(key)
    result.set(key, before === undefined ? wijzigingsinstructie(opdracht) : `${before} ${wijzigingsinstructie(opdracht)}`)
  }
  return result
}

/** The artikel an eId is about: `chp_4__art_4.3__para_3` → 4.3. */
function artikelVan(eId: string): string | undefined {
  return /(?:^|__)art_([^_]+)(?:__|$)/.exec(eId)?.[1]
}

/**
 * Per artikel the Wat of the STOP mutations of artikelen ("oud <nr>" for what
 * they name with `wat`, "nieuw <nr>" for an artikel a VoegToe adds), and the
 * mutations of anything else (hoofdstukken, toelichting, begrippen) apart.
 */
export function stopInstructies(xml: string): { perArtikel: Map<string, string>; overig: string[] } {
  const root = fromXml(xml) as Root
  const mutatie = elements(root, 'RegelingMutatie')[0]
  const perArtikel = new Map<string, string>()
  const overig: string[] = []
  for (const child of mutatie?.children ?? []) {
    if (child.type !== 'element') continue
    const wat = text(elements(child, 'Wat')[0]!)
    const content = child.children.find((node): node is Element => node.type === 'element' && node.name !== 'Wat')
    const target = child.name === 'VoegToe' ? String(content?.attributes.eId ?? '') : String(child.attributes.wat ?? '').replace(/^gm\d+_\d+__/, '')
    const nr = target.startsWith('chp_') ? artikelVan(target) : undefined
    if (nr === undefined || content?.name === 'Hoofdstuk') {
      overig.push(`${child.name} ${target}: ${wat}`)
      continue
    }
    const key = `${child.name === 'VoegToe' ? 'nieuw' : 'oud'} ${nr}`
    const before = perArtikel.get(key)
    perArtikel.set(key, before === undefined ? wat : `${before} ${wat}`)
  }
  return { perArtikel, overig }
}

/** The paragraphs of a DOCX as plain text, in order. */
export async function docxParagraphs(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes)
  const xml = await zip.file('word/document.xml')!.async('string')
  const decode = (value: string) =>
    value
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&')
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((match) =>
    [...match[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => decode(t[1]!)).join(''),
  )
}

/** What the DOCX must show of each opdracht, in order: its letter, then every line of its sentences (not the quoted new text). */
export function verwachteDocxRegels(opdrachten: readonly Wijzigingsopdracht[]): string[] {
  return opdrachten.flatMap((opdracht, index) => [
    letter(index),
    ...writeWijzigingsopdracht(opdracht)
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('>')),
  ])
}

/** Whether `expected` occurs in `actual` in order (other paragraphs may stand between). */
export function inOrder(actual: readonly string[], expected: readonly string[]): string | undefined {
  let at = 0
  for (const line of expected) {
    const found = actual.indexOf(line, at)
    if (found === -1) return line
    at = found + 1
  }
  return undefined
}
