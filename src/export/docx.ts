// The verordening as a Word document, the bijlage of the raadsvoorstel: a title
// page (citeertitel, titel, status, inwerkingtreding), the aanhef, hoofdstukken
// and artikelen in Word's own heading styles (so the navigation pane and a
// table of contents work), leden and onderdelen as real Word numbering that
// restarts per artikel and per lid, the begrippen under the begripsbepalingen,
// and the artikelsgewijze toelichting with each artikel's grondslag.
// Everything comes from the checked model; nothing is read from the source again.

import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  type FileChild,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  type ParagraphChild,
  Table,
  TableOfContents,
  TabStopType,
  TextRun,
  UnderlineType,
} from 'docx'
import type { PhrasingContent, RootContent } from 'mdast'
import type { TextDirective } from 'mdast-util-directive'
import { juridischeRenvooi, kopTekst, type Segment } from '../compare/renvooi.ts'
import type { Wijziging } from '../compare/vergelijking.ts'
import { opdrachtLetters, wijzigingsopdrachten, wijzigingsverordening } from '../compare/wijzigingsverordening.ts'
import { type CheckContext, labelOf } from '../model/context.ts'
import { celTekst, pipeTabel } from '../model/pipe-tabel.ts'
import { nogTeDoen, type RaadsbesluitFrame, raadsbesluitFrame } from '../model/raadsbesluit.ts'
import type { Artikel, Hoofdstuk } from '../model/schema.ts'
import { verwijzingTekst } from '../model/verwijzing-tekst.ts'
import { nu } from '../sources/nu.ts'
import { wetUrl } from '../views/links.ts'
import { buildLookups } from '../views/lookups.ts'
import { buildMeta, formatDate } from '../views/meta.ts'
import { markdownParagraphs } from './docx-markdown.ts'
import { applySjabloon, type Sjabloon } from './docx-sjabloon.ts'
import { docxTabel } from './docx-tabel.ts'
import { docxMarker } from './output-marker.ts'
import { oudEnNieuw, tabelRenvooi } from './tabel-renvooi.ts'

export interface DocxResult {
  bytes: Uint8Array
  /** What the raadsbesluit still needs from `besluit:` in verordening.yml (a blank in the document), or null. */
  nogTeDoen: string | null
  artikelen: number
  toelichtingen: number
  /** With `--sinds`: the artikelen whose juridische tekst changed (in the renvooi). */
  gewijzigd: number
}

/** `export docx --sinds`: the changes since a revision, for the wijzigingsverordening and the renvooi. */
export interface DocxWijziging {
  wijzigingen: readonly Wijziging[]
  van: string
  naar: string
}

const leden = 'leden'

/** Run formatting inherited from Markdown (bold, italic). */
interface Format {
  bold?: boolean
  italics?: boolean
}

export async function buildDocx(context: CheckContext, now = nu(), wijziging?: DocxWijziging, sjabloon?: Sjabloon): Promise<DocxResult> {
  const { verordening } = context
  const meta = buildMeta(verordening.meta, { now })
  const writer = new DocxWriter(context)
  // Without --sinds this is the raadsbesluit that adopts the whole verordening: aanhef, artikelen,
  // ondertekening (src/model/raadsbesluit.ts). With it, the text after the wijziging, as the
  // geconsolideerde tekst shows it, and the raadsbesluit is the wijzigingsverordening further on.
  const frame = wijziging ? null : raadsbesluitFrame(verordening.meta, 'vaststelling')
  const aanhef = frame ? frame.aanhef : meta.aanhefRegels
  const body: FileChild[] = [
    ...titlePage(meta, verordening.meta.gemeente),
    // A table of contents of hoofdstukken and artikelen; Word fills in the page numbers when it opens the file.
    new Paragraph({ keepNext: true, spacing: { after: 240 }, children: [new TextRun({ text: 'Inhoud', bold: true, size: 32 })] }),
    new TableOfContents('Inhoud', { hyperlink: true, headingStyleRange: '1-2' }),
    new Paragraph({ children: [new PageBreak()] }),
    ...aanhef.map((regel) => new Paragraph({ children: [new TextRun(regel)], spacing: { after: 120 } })),
  ]
  for (const hoofdstuk of verordening.hoofdstukken) body.push(...writer.hoofdstuk(hoofdstuk))
  if (frame) body.push(...ondertekening(frame))
  // The toelichting after the artikelen, as in a bijlage: algemeen (`toelichting:` in verordening.yml), then artikelsgewijs.
  const algemeen = (verordening.meta.toelichting ?? '')
    .split(/\n\s*\n/)
    .map((alinea) => alinea.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
  const toelichting = writer.toelichting(verordening.hoofdstukken)
  if (toelichting.length > 0 || algemeen.length > 0) {
    body.push(new Paragraph({ children: [new PageBreak()] }), new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Toelichting')] }))
    if (algemeen.length > 0)
      body.push(
        new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [new TextRun('Algemeen')] }),
        ...algemeen.map((alinea) => new Paragraph({ spacing: { after: 120 }, children: [new TextRun(alinea)] })),
      )
    if (toelichting.length > 0)
      body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [new TextRun('Artikelsgewijs')] }), ...toelichting)
  }
  let gewijzigd = 0
  if (wijziging) {
    body.push(new Paragraph({ children: [new PageBreak()] }), ...ontwerpParagraphs(wijziging, verordening.meta))
    const renvooi = renvooiParagraphs(wijziging, sindsTekst(wijziging.van, verordening.meta))
    gewijzigd = renvooi.artikelen
    body.push(new Paragraph({ children: [new PageBreak()] }), ...renvooi.paragraphs)
  }

  const document = new Document({
    title: meta.citeertitel,
    subject: meta.titel,
    creator: `Gemeente ${meta.gemeente}`,
    description: `${meta.citeertitel}, ${meta.statusTekst}`,
    // The mark that lets a later export replace this file, and nothing else (output-marker.ts).
    customProperties: [docxMarker],
    // Word asks to update the fields when it opens the file: the table of contents gets its page numbers.
    features: { updateFields: true },
    styles: { default: { document: { run: { language: { value: 'nl-NL' }, font: 'Calibri', size: 22 } } } },
    numbering: {
      config: [
        {
          reference: leden,
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 567, hanging: 567 } } },
            },
            {
              level: 1,
              format: LevelFormat.LOWER_LETTER,
              text: '%2.',
              alignment: AlignmentType.START,
              style: { paragraph: { indent: { left: 1134, hanging: 567 } } },
            },
          ],
        },
      ],
    },
    sections: [
      {
        headers: {
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.END, children: [new TextRun({ text: meta.citeertitel, size: 18 })] })] }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: ['Pagina ', PageNumber.CURRENT, ' van ', PageNumber.TOTAL_PAGES], size: 18 })],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  })
  const packed = new Uint8Array(await Packer.toBuffer(document))
  // The gemeente's own template (`--sjabloon`): its styles, header and footer (docx-sjabloon.ts).
  const bytes = sjabloon ? await applySjabloon(packed, sjabloon) : packed
  const todo = frame ? nogTeDoen(frame) : wijziging ? wijzigingsverordening(wijziging.wijzigingen, verordening.meta).nogTeDoen : null
  return { bytes, nogTeDoen: todo, artikelen: writer.artikelen, toelichtingen: writer.toelichtingen, gewijzigd }
}

/**
 * The draft wijzigingsverordening: the same Markdown as `vergelijk --ontwerp`
 * (src/compare/wijzigingsverordening.ts), laid out in Word: its headings in
 * Word's heading styles, quoted new text indented.
 */
function ontwerpParagraphs(wijziging: DocxWijziging, meta: CheckContext['verordening']['meta']): FileChild[] {
  return markdownParagraphs(wijzigingsverordening(wijziging.wijzigingen, meta).markdown)
}

/**
 * The renvooi of the juridische tekst: per changed artikel its heading, then
 * per opschrift, lid and onderdeel the text with removed words struck through
 * and new words underlined (Word's own strike and underline), as on the site.
 */
function renvooiParagraphs(wijziging: DocxWijziging, sinds: string): { paragraphs: FileChild[]; artikelen: number } {
  const out: FileChild[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Renvooi')] }),
    new Paragraph({
      spacing: { after: 240 },
      children: [
        new TextRun(`De juridische tekst ${sinds}: `),
        new TextRun({ text: 'doorgehaald', strike: true }),
        new TextRun(' is tekst die vervalt, '),
        new TextRun({ text: 'onderstreept', underline: { type: UnderlineType.SINGLE } }),
        new TextRun(' is nieuwe tekst.'),
      ],
    }),
  ]
  let artikelen = 0
  // The same opdrachten as the wijzigingsverordening: each artikel names the letters that change it.
  const letters = opdrachtLetters(wijzigingsopdrachten(wijziging.wijzigingen))
  for (const entry of wijziging.wijzigingen) {
    // As in the terminal: only changes of the juridische tekst; the inwonersversie binds nothing.
    if (entry.soort === 'gewijzigd' && !entry.delen.includes('juridisch') && !entry.delen.includes('opschrift')) continue
    artikelen++
    const onderdelen = letters.get(`${entry.soort === 'ingevoegd' ? 'nieuw' : 'oud'} ${entry.artikel}`) ?? []
    const bij = onderdelen.length > 0 ? ` (Artikel I, ${onderdelen.length === 1 ? 'onderdeel' : 'onderdelen'} ${onderdelen.join(' en ')})` : ''
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [new TextRun(`${kopTekst(entry)}${bij}`)] }))
    for (const regel of juridischeRenvooi(entry)) {
      const paragraph = (segmenten: readonly Segment[], label: string) =>
        new Paragraph({
          spacing: { after: 80 },
          indent: { left: 567 * (regel.niveau + 1), hanging: label ? 567 : 0 },
          children: [...(label ? [new TextRun(`${label}\t`)] : []), ...renvooiRuns(segmenten)],
        })
      // A lid with a table: its text word by word, the table as a Word table, cell by cell (tabel-renvooi.ts).
      const { oud, nieuw } = oudEnNieuw(regel.segmenten)
      const blokken = tabelRenvooi(oud, nieuw)
      if (!blokken) {
        out.push(paragraph(regel.segmenten, regel.label))
        continue
      }
      if (blokken[0]?.soort !== 'tekst' && regel.label) out.push(paragraph([], regel.label))
      blokken.forEach((blok, index) => {
        if (blok.soort === 'tekst') return void out.push(paragraph(blok.segmenten, index === 0 ? regel.label : ''))
        // Two tables in a row (columns changed: the old one struck, the new one underlined) would be one table in Word.
        if (out.at(-1) instanceof Table) out.push(new Paragraph({}))
        out.push(docxTabel(blok.kop, blok.rijen, renvooiRuns, (cel) => cel.map((segment) => segment.tekst).join(''), 567 * (regel.niveau + 1)))
      })
    }
  }
  if (artikelen === 0) out.push(new Paragraph({ children: [new TextRun(`De juridische tekst is niet gewijzigd ${sinds}.`)] }))
  // The renvooi ends the document, and Word ends a document with a paragraph, not a table.
  if (out.at(-1) instanceof Table) out.push(new Paragraph({}))
  return { paragraphs: out, artikelen }
}

/** Segments of renvooi as Word runs: removed words struck, new words underlined (Word's own strike and underline). */
function renvooiRuns(segmenten: readonly Segment[]): TextRun[] {
  return segmenten.map((segment) =>
    segment.soort === 'weg'
      ? new TextRun({ text: segment.tekst, strike: true })
      : segment.soort === 'nieuw'
        ? new TextRun({ text: segment.tekst, underline: { type: UnderlineType.SINGLE } })
        : new TextRun(segment.tekst),
  )
}

/**
 * Which text the renvooi compares with, in the raad's words: the vastgestelde
 * versie by its date and raadsbesluit when `versies` names the revision, never
 * the revision itself (a document for the raad says nothing about git).
 */
function sindsTekst(van: string, meta: CheckContext['verordening']['meta']): string {
  const versie = meta.versies?.find((entry) => entry.versie === van)
  return versie ? `sinds de versie die de raad vaststelde op ${formatDate(versie.datum)} (${versie.raadsbesluit})` : 'ten opzichte van de geldende tekst'
}

/** "Aldus vastgesteld in de openbare vergadering van …", then griffier and voorzitter side by side (a tab stop), kept on one page. */
function ondertekening(frame: RaadsbesluitFrame): Paragraph[] {
  const { vastgesteld, griffier, voorzitter } = frame.ondertekening
  const tabs = [{ type: TabStopType.LEFT, position: 4536 }]
  return [
    new Paragraph({ spacing: { before: 480, after: 240 }, keepNext: true, children: [new TextRun(vastgesteld)] }),
    new Paragraph({ tabStops: tabs, keepNext: true, children: [new TextRun('De griffier,\tDe voorzitter,')] }),
    new Paragraph({ tabStops: tabs, spacing: { before: 720 }, children: [new TextRun(`${griffier}\t${voorzitter}`)] }),
  ]
}

function titlePage(meta: ReturnType<typeof buildMeta>, gemeente: string): Paragraph[] {
  const line = (label: string, value: string) =>
    new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] })
  return [
    new Paragraph({ spacing: { before: 2400, after: 240 }, children: [new TextRun({ text: `Gemeente ${gemeente}`, size: 28 })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(meta.citeertitel)] }),
    new Paragraph({ spacing: { after: 480 }, children: [new TextRun({ text: meta.titel, italics: true })] }),
    line('Status', meta.statusTekst),
    line('Inwerkingtreding', meta.inwerkingtredingTekst),
    ...(meta.disclaimer ? [new Paragraph({ spacing: { before: 480 }, children: [new TextRun({ text: meta.disclaimer, italics: true })] })] : []),
    new Paragraph({ children: [new PageBreak()] }),
  ]
}

class DocxWriter {
  artikelen = 0
  toelichtingen = 0
  /** Every lid and every artikel's onderdelen get their own numbering instance, so Word restarts at 1 and at a. */
  private instance = 0
  private readonly lookups

  constructor(private readonly context: CheckContext) {
    this.lookups = buildLookups(context)
  }

  hoofdstuk(hoofdstuk: Hoofdstuk): FileChild[] {
    const out: FileChild[] = [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(`Hoofdstuk ${hoofdstuk.nr}. ${hoofdstuk.titel}`)] })]
    for (const artikel of hoofdstuk.artikelen) out.push(...this.artikel(artikel))
    return out
  }

  private artikel(artikel: Artikel): FileChild[] {
    this.artikelen++
    const out: FileChild[] = [
      new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [new TextRun(`Artikel ${artikel.nr}. ${artikel.titel}`)] }),
    ]
    const instance = ++this.instance
    for (const lid of artikel.leden) {
      const numbered = lid.nr !== null
      const paragraphs = this.blocks(lid.inhoud, '', numbered ? 567 : 0)
      // A lid of only onderdelen, or one that opens with a table, still takes its number on a paragraph of its own.
      if (numbered && (paragraphs.length === 0 || paragraphs[0] instanceof Table)) paragraphs.unshift([])
      paragraphs.forEach((children, index) => {
        if (children instanceof Table) return void out.push(children)
        out.push(
          new Paragraph({
            children,
            spacing: { after: 120 },
            ...(numbered && index === 0 ? { numbering: { reference: leden, level: 0, instance } } : numbered ? { indent: { left: 567 } } : {}),
          }),
        )
      })
      if (lid.onderdelen.length === 0) continue
      const onderdelen = ++this.instance
      for (const onderdeel of lid.onderdelen) {
        const blocks = this.blocks(onderdeel.inhoud, '', 1134)
        if (blocks[0] instanceof Table) blocks.unshift([])
        blocks.forEach((children, index) => {
          if (children instanceof Table) return void out.push(children)
          out.push(
            new Paragraph({
              children,
              spacing: { after: 60 },
              ...(index === 0 ? { numbering: { reference: leden, level: 1, instance: onderdelen } } : { indent: { left: 1134 } }),
            }),
          )
        })
      }
    }
    if (artikel.soort === 'begripsbepalingen' && this.context.verordening.begrippen.length > 0) {
      out.push(new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun('Begrippen')] }))
      const sorted = [...this.context.verordening.begrippen].sort((a, b) => a.term.localeCompare(b.term, 'nl'))
      for (const begrip of sorted)
        out.push(new Paragraph({ spacing: { after: 80 }, children: [new TextRun({ text: `${begrip.term}: `, bold: true }), new TextRun(begrip.definitie)] }))
    }
    return out
  }

  /** The artikelsgewijze toelichting: per artikel its grondslag and its toelichting. */
  toelichting(hoofdstukken: readonly Hoofdstuk[]): FileChild[] {
    const out: FileChild[] = []
    for (const hoofdstuk of hoofdstukken) {
      for (const artikel of hoofdstuk.artikelen) {
        const blocks = this.blocks(artikel.toelichting ?? [])
        if (blocks.length === 0 && artikel.grondslagen.length === 0) continue
        if (blocks.length > 0) this.toelichtingen++
        out.push(new Paragraph({ heading: HeadingLevel.HEADING_3, keepNext: true, children: [new TextRun(`Artikel ${artikel.nr}. ${artikel.titel}`)] }))
        if (artikel.grondslagen.length > 0) {
          const links: ParagraphChild[] = [new TextRun({ text: 'Grondslag: ', bold: true })]
          artikel.grondslagen.forEach((entry, index) => {
            const view = this.lookups.grondslagView(entry.wet, entry.artikel)
            if (index > 0) links.push(new TextRun(index === artikel.grondslagen.length - 1 ? ' en ' : ', '))
            links.push(
              view.url ? new ExternalHyperlink({ link: view.url, children: [new TextRun({ text: view.tekst, style: 'Hyperlink' })] }) : new TextRun(view.tekst),
            )
          })
          out.push(new Paragraph({ spacing: { after: 120 }, children: [...links, new TextRun('.')] }))
        }
        for (const children of blocks) out.push(children instanceof Table ? children : new Paragraph({ children, spacing: { after: 120 } }))
      }
    }
    return out
  }

  /**
   * Markdown blocks as the runs of one Word paragraph each (nested lists become indented paragraphs with their marker),
   * and a Markdown table (src/model/pipe-tabel.ts) as a Word table, indented as far as the text around it.
   */
  private blocks(nodes: readonly RootContent[], prefix = '', indent = 0): (ParagraphChild[] | Table)[] {
    const out: (ParagraphChild[] | Table)[] = []
    for (const node of nodes) {
      switch (node.type) {
        case 'paragraph':
        case 'heading': {
          const tabel = node.type === 'paragraph' ? pipeTabel(node) : null
          if (tabel) {
            if (prefix) out.push([new TextRun(prefix)])
            // Two tables in a row would be one table in Word: an empty paragraph keeps them apart.
            else if (out.at(-1) instanceof Table) out.push([])
            prefix = ''
            out.push(docxTabel(tabel.kop, tabel.rijen, (cel, header) => this.inline(cel, header ? { bold: true } : {}), celTekst, indent))
            break
          }
          const runs = this.inline(node.children, node.type === 'heading' ? { bold: true } : {})
          if (runs.length > 0) out.push(prefix ? [new TextRun(prefix), ...runs] : runs)
          prefix = ''
          break
        }
        case 'code':
          out.push([new TextRun(node.value)])
          break
        case 'list':
          node.children.forEach((item, index) => {
            out.push(...this.blocks(item.children, node.ordered ? `${(node.start ?? 1) + index}. ` : '– ', indent))
          })
          break
        case 'blockquote':
        case 'containerDirective':
        case 'leafDirective':
          out.push(...this.blocks(node.children as RootContent[], '', indent))
          break
        default:
          break
      }
    }
    return out
  }

  private inline(nodes: readonly PhrasingContent[], format: Format): ParagraphChild[] {
    const out: ParagraphChild[] = []
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
        case 'inlineCode':
          out.push(new TextRun({ text: node.value, ...format }))
          break
        case 'strong':
          out.push(...this.inline(node.children, { ...format, bold: true }))
          break
        case 'emphasis':
          out.push(...this.inline(node.children, { ...format, italics: true }))
          break
        case 'delete':
          out.push(...this.inline(node.children, format))
          break
        case 'break':
          out.push(new TextRun({ break: 1 }))
          break
        case 'link':
          if (/^https?:\/\//i.test(node.url)) out.push(new ExternalHyperlink({ link: node.url, children: this.inline(node.children, format) }))
          else out.push(...this.inline(node.children, format))
          break
        case 'image':
          if (node.alt) out.push(new TextRun({ text: node.alt, ...format }))
          break
        case 'textDirective':
          out.push(this.reference(node as TextDirective, format))
          break
        default:
          break
      }
    }
    return out
  }

  private reference(node: TextDirective, format: Format): ParagraphChild {
    const label = labelOf(node).trim()
    switch (node.name) {
      case 'artikel': {
        return new TextRun({ text: verwijzingTekst(node, this.context.verordening.meta.wetten) ?? label, ...format })
      }
      case 'wet': {
        const wet = this.context.verordening.meta.wetten[label]
        const text = verwijzingTekst(node, this.context.verordening.meta.wetten) ?? label
        if (!wet) return new TextRun({ text, ...format })
        const artikel = node.attributes?.artikel?.trim()
        const lid = node.attributes?.lid?.trim()
        return new ExternalHyperlink({ link: wetUrl(wet.bwb, artikel, lid), children: [new TextRun({ text, style: 'Hyperlink', ...format })] })
      }
      case 'begrip':
        // The begrip is defined in the begripsbepalingen; in the text it reads as what the author wrote.
        return new TextRun({ text: label, ...format })
      default:
        return new TextRun({ text: label, ...format })
    }
  }
}
