// CVDR XML (lokaleregelgeving.overheid.nl): <cvdr><meta> with owmskern
// (identifier, title, creator), owmsmantel (alternative = citeertitel, issued)
// and cvdripm (inwerkingtredingDatum); <body><regeling> with <aanhef>,
// <regeling-tekst> (hoofdstuk, paragraaf/afdeling, artikel with
// <kop><label/><nr/><titel/></kop>, lid with lidnr, al, lijst/li with nr,
// table), <regeling-sluiting> and a toelichting. Parsed with
// xast-util-from-xml; a DOCTYPE or entity declaration, and elements nested
// deeper than xml-depth.ts allows, are refused before parsing.

import type { Element, ElementContent, Root } from 'xast'
import { fromXml } from 'xast-util-from-xml'
import { pointAt } from '../messages/report.ts'
import { failure, type Result, succeed } from '../messages/result.ts'
import { type BronArtikel, type BronDocument, type BronHoofdstuk, type BronLid, clean, markdownTabelRijen } from './bron.ts'
import { tooDeepAt, tooDeepMessage } from './xml-depth.ts'

const local = (name: string) => name.slice(name.indexOf(':') + 1)
const children = (node: Element | Root, name?: string): Element[] =>
  (node.children as Array<{ type: string }>).filter(
    (child): child is Element => child.type === 'element' && (name === undefined || local((child as Element).name) === name),
  )
const child = (node: Element | Root, name: string): Element | undefined => children(node, name)[0]

/** All text of an element and its inline children, one line. */
export function textOf(node: ElementContent | Root): string {
  if (node.type === 'text' || node.type === 'cdata') return node.value
  if (node.type !== 'element' && node.type !== 'root') return ''
  return (node.children as ElementContent[])
    .map((item) => (item.type === 'element' && ['al', 'li', 'entry', 'row'].includes(local(item.name)) ? ` ${textOf(item)} ` : textOf(item)))
    .join('')
}
const line = (node: ElementContent | undefined) => (node ? clean(textOf(node)) : '')

/** The lid, artikel or hoofdstuk number as written, without its trailing dot. */
const nummer = (node: Element | undefined) => line(node).replace(/\.$/, '')

/** A DOCTYPE or ENTITY declaration, refused before parsing. */
function declarationIn(text: string): string | undefined {
  const declaration = /<!(DOCTYPE|ENTITY)/i.exec(text)
  if (!declaration) return undefined
  const at = pointAt(text, declaration.index)
  return `${at.line}:${at.column}: Het XML-bestand bevat een ${declaration[1]!.toUpperCase() === 'DOCTYPE' ? 'DOCTYPE' : 'ENTITY'}-declaratie, verwacht gewone CVDR-XML zonder declaraties: een declaratie kan entiteiten laten uitdijen tot gigabytes (een “entity bomb”) en wordt daarom geweigerd`
}

/** The regeling in `text`, or a Failure whose message starts with `regel:kolom: ` where there is a place. */
export function parseCvdr(text: string): Result<BronDocument> {
  const declaration = declarationIn(text)
  if (declaration) return failure(declaration)
  // Before the tree is built: the parser recurses per element (see xml-depth.ts).
  const deep = tooDeepAt(text)
  if (deep) return failure(`${deep.line}:${deep.column}: Het XML-bestand heeft ${tooDeepMessage('een gewone regeling')}`)
  let tree: Root
  try {
    tree = fromXml(text)
  } catch (error) {
    // xast-util-from-xml wraps the parser's own error (with the exact reason) as its cause.
    const message = error as { reason?: string; message?: string; line?: number; column?: number; cause?: { message?: string } }
    const place = message.line ? `${message.line}:${message.column ?? 1}: ` : ''
    const reason = (message.cause?.message ?? message.reason ?? message.message ?? 'onbekende fout').split('\n')[0]!.replace(/ \(line \d+, column \d+\)$/, '')
    return failure(`${place}Dit is geen geldige XML (${reason}), verwacht een CVDR-bestand zoals lokaleregelgeving.overheid.nl het levert`)
  }
  const root = children(tree)[0]
  const regeling = root ? findDeep(root, 'regeling') : undefined
  const tekst = regeling ? child(regeling, 'regeling-tekst') : undefined
  if (!root || !tekst) return failure('Het XML-bestand heeft geen <regeling-tekst>, verwacht een CVDR-regeling (<cvdr><body><regeling><regeling-tekst>)')

  const document: BronDocument = { meta: {}, hoofdstukken: [], toelichting: { algemeen: [], perArtikel: new Map() }, nietOvergenomen: [] }
  readMeta(root, document)
  const body = child(root, 'body')
  const intitule = body ? child(body, 'intitule') : undefined
  if (intitule) document.meta.titel = line(intitule)
  const aanhef = child(regeling!, 'aanhef')
  if (aanhef) document.meta.aanhef = findAll(aanhef, 'al').map(line).filter(Boolean).join(' ')

  let loose: BronHoofdstuk | undefined
  for (const part of children(tekst)) {
    const name = local(part.name)
    if (name === 'hoofdstuk') document.hoofdstukken.push(readHoofdstuk(part, document))
    else if (name === 'artikel' || name === 'paragraaf' || name === 'afdeling') {
      if (!loose) {
        loose = { nr: null, titel: '', delen: [] }
        document.hoofdstukken.push(loose)
      }
      readInto(part, loose, document)
    } else if (textOf(part).trim()) document.nietOvergenomen.push(`Tekst in <${name}> buiten een artikel (“${line(part).slice(0, 60)}…”) is niet overgenomen.`)
  }
  const toelichting = findDeep(regeling!, 'toelichting')
  if (toelichting) readToelichting(toelichting, document)
  const sluiting = child(regeling!, 'regeling-sluiting')
  if (sluiting && line(sluiting))
    document.nietOvergenomen.push(`De regeling-sluiting (slotformulering en ondertekening: “${line(sluiting).slice(0, 60)}…”) staat niet in de schrijfvorm.`)
  return succeed(document)
}

function readMeta(root: Element, document: BronDocument): void {
  const meta = child(root, 'meta')
  if (!meta) return
  const field = (parent: string, name: string) => {
    const group = findDeep(meta, parent)
    const node = group ? child(group, name) : undefined
    return node ? line(node) : undefined
  }
  const identifier = field('owmskern', 'identifier')
  if (identifier) document.meta.cvdrId = identifier.replace(/_\d+$/, '').replace(/^(\d)/, 'CVDR$1')
  const creator = field('owmskern', 'creator')
  if (creator) document.meta.gemeente = creator
  const citeertitel = field('owmsmantel', 'alternative') ?? field('owmskern', 'title')
  if (citeertitel) document.meta.citeertitel = citeertitel
  const issued = field('owmsmantel', 'issued')
  if (issued && /^\d{4}-\d{2}-\d{2}$/.test(issued)) document.meta.vastgesteld = issued
  const inwerking = field('cvdripm', 'inwerkingtredingDatum')
  if (inwerking && /^\d{4}-\d{2}-\d{2}$/.test(inwerking)) document.meta.inwerkingtreding = inwerking
}

function readHoofdstuk(node: Element, document: BronDocument): BronHoofdstuk {
  const kop = child(node, 'kop')
  const hoofdstuk: BronHoofdstuk = { nr: nummer(kop ? child(kop, 'nr') : undefined) || null, titel: line(kop ? child(kop, 'titel') : undefined), delen: [] }
  for (const part of children(node)) {
    if (local(part.name) === 'kop') continue
    readInto(part, hoofdstuk, document)
  }
  return hoofdstuk
}

function readInto(part: Element, hoofdstuk: BronHoofdstuk, document: BronDocument): void {
  const name = local(part.name)
  if (name === 'artikel') {
    hoofdstuk.delen.push(readArtikel(part, document))
    return
  }
  if (name === 'paragraaf' || name === 'afdeling') {
    const kop = child(part, 'kop')
    hoofdstuk.delen.push({
      paragraaf: clean(
        [
          line(kop ? child(kop, 'label') : undefined) || (name === 'paragraaf' ? 'Paragraaf' : 'Afdeling'),
          line(kop ? child(kop, 'nr') : undefined),
          line(kop ? child(kop, 'titel') : undefined),
        ].join(' '),
      ),
    })
    for (const inner of children(part)) if (local(inner.name) !== 'kop') readInto(inner, hoofdstuk, document)
    return
  }
  if (textOf(part).trim()) document.nietOvergenomen.push(`Tekst in <${name}> buiten een artikel (“${line(part).slice(0, 60)}…”) is niet overgenomen.`)
}

function readArtikel(node: Element, document: BronDocument): BronArtikel {
  const kop = child(node, 'kop')
  const artikel: BronArtikel = { nr: nummer(kop ? child(kop, 'nr') : undefined), titel: line(kop ? child(kop, 'titel') : undefined), leden: [] }
  const leden = children(node, 'lid')
  if (leden.length > 0) {
    for (const lid of leden) artikel.leden.push(readLid(lid, nummer(child(lid, 'lidnr')) || null))
    const rest = children(node).filter((part) => !['kop', 'lid'].includes(local(part.name)) && line(part))
    if (rest.length > 0) {
      const last = artikel.leden.at(-1)!
      for (const part of rest) addBlock(part, last)
    }
  } else {
    artikel.leden.push(readLid(node, null))
  }
  if (!artikel.nr)
    document.nietOvergenomen.push(
      `Een artikel zonder nummer (“${line(node).slice(0, 60)}…”) heeft in de schrijfvorm een nummer nodig; check meldt het als fout: geef het artikel een nummer.`,
    )
  return artikel
}

function readLid(node: Element, nr: string | null): BronLid {
  const lid: BronLid = { nr, tekst: [], onderdelen: [], na: [] }
  for (const part of children(node)) {
    const name = local(part.name)
    if (name === 'kop' || name === 'lidnr') continue
    addBlock(part, lid)
  }
  return lid
}

function addBlock(part: Element, lid: BronLid): void {
  const name = local(part.name)
  const target = () => (lid.onderdelen.length > 0 ? lid.na : lid.tekst)
  if (name === 'al') {
    const text = line(part)
    if (text) target().push(text)
    return
  }
  if (name === 'lijst') {
    for (const item of children(part, 'li')) {
      const marker = (item.attributes.nr ?? line(child(item, 'li.nr'))).trim()
      const letter = /^([a-z]{1,2})[.)]?$/.exec(marker)
      const own = children(item)
        .filter((inner) => local(inner.name) !== 'lijst' && local(inner.name) !== 'li.nr')
        .map(line)
        .filter(Boolean)
        .join(' ')
      const sub = children(item, 'lijst').flatMap((inner) =>
        children(inner, 'li').map((li) =>
          clean(
            `${(li.attributes.nr ?? line(child(li, 'li.nr'))).trim()} ${children(li)
              .filter((x) => local(x.name) !== 'li.nr')
              .map(line)
              .join(' ')}`,
          ),
        ),
      )
      if (letter && lid.na.length === 0) lid.onderdelen.push({ letter: letter[1]!, tekst: own, sub })
      else target().push(clean(`${marker} ${own}`), ...sub)
    }
    return
  }
  if (name === 'table') {
    const rows = markdownTable(part)
    // One paragraph, a row per line: a Markdown table as a reader (and a GFM parser) expects it.
    if (rows.length > 0) target().push(rows.join('\n'))
    return
  }
  const text = line(part)
  if (text) target().push(text)
}

/** A CVDR table (CALS: tgroup, thead, tbody, row, entry) as the rows of a Markdown table; the rows of <thead> are its header. */
function markdownTable(table: Element): string[] {
  const rows = findAll(table, 'row').map((row) => children(row, 'entry').map(line))
  return markdownTabelRijen(rows, findAll(table, 'thead').flatMap((thead) => findAll(thead, 'row')).length)
}

function readToelichting(node: Element, document: BronDocument): void {
  let current: string | undefined
  const walk = (element: Element) => {
    for (const part of children(element)) {
      const name = local(part.name)
      if (name === 'artikel') {
        const kop = child(part, 'kop')
        const nr = nummer(kop ? child(kop, 'nr') : undefined)
        const paragraphs = children(part)
          .filter((inner) => local(inner.name) !== 'kop')
          .map(line)
          .filter(Boolean)
        if (nr) document.toelichting.perArtikel.set(nr, [...(document.toelichting.perArtikel.get(nr) ?? []), ...paragraphs])
        else document.toelichting.algemeen.push(...paragraphs)
        continue
      }
      if (name === 'kop' || name === 'tussenkop') {
        const heading = /^artikel\s+(\S+?)\.?$/i.exec(line(part))
        current = heading ? heading[1] : undefined
        continue
      }
      if (name === 'al') {
        const text = line(part)
        if (!text) continue
        if (current) document.toelichting.perArtikel.set(current, [...(document.toelichting.perArtikel.get(current) ?? []), text])
        else document.toelichting.algemeen.push(text)
        continue
      }
      walk(part)
    }
  }
  walk(node)
}

function findDeep(node: Element, name: string): Element | undefined {
  for (const part of children(node)) {
    if (local(part.name) === name) return part
    const found = findDeep(part, name)
    if (found) return found
  }
  return undefined
}

function findAll(node: Element, name: string): Element[] {
  return children(node).flatMap((part) => (local(part.name) === name ? [part] : findAll(part, name)))
}
