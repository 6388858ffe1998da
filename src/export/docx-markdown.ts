// A document of our own Markdown (the amendement of `vergelijk --amendement`)
// as a Word file: headings in Word's heading styles, bold and italic kept,
// quoted new text indented, numbered items with their number. The same
// layout as the wijzigingsverordening in `export docx --sinds` (docx.ts),
// with the mark that lets a next run replace the file (output-marker.ts).
// A lid quoted there is plain text on one line (src/model/artikel-tekst.ts), so a
// table in it is found as the comparison finds it (tabellen.ts) and becomes a
// Word table (docx-tabel.ts).
import { Document, type FileChild, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import type { PhrasingContent, RootContent } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { tabellenIn } from '../compare/gemeenten/tabellen.ts'
import { docxTabel } from './docx-tabel.ts'
import { docxMarker } from './output-marker.ts'

interface Format {
  bold?: boolean
  italics?: boolean
}

const headings = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const

/** The blocks of a Markdown text as Word paragraphs, and tables. */
export function markdownParagraphs(markdown: string): FileChild[] {
  const tree = unified().use(remarkParse).parse(markdown)
  const out: FileChild[] = []
  const runs = (nodes: readonly PhrasingContent[], format: Format = {}): TextRun[] =>
    nodes.flatMap((node): TextRun[] => {
      if (node.type === 'text' || node.type === 'inlineCode') return [new TextRun({ text: node.value, ...format })]
      if (node.type === 'strong') return runs(node.children, { ...format, bold: true })
      if (node.type === 'emphasis') return runs(node.children, { ...format, italics: true })
      if (node.type === 'break') return [new TextRun({ break: 1 })]
      if ('children' in node) return runs(node.children as PhrasingContent[], format)
      return []
    })
  const blocks = (nodes: readonly RootContent[], indent: number, prefix = ''): void => {
    for (const node of nodes) {
      if (node.type === 'heading') out.push(new Paragraph({ heading: headings[Math.min(node.depth, 4) - 1], keepNext: true, children: runs(node.children) }))
      else if (node.type === 'paragraph') {
        if (withTable(node.children, indent, prefix)) {
          prefix = ''
          continue
        }
        out.push(
          new Paragraph({
            spacing: { after: 120 },
            ...(indent > 0 ? { indent: { left: indent } } : {}),
            children: [...(prefix ? [new TextRun(prefix)] : []), ...runs(node.children)],
          }),
        )
        prefix = ''
      } else if (node.type === 'blockquote') blocks(node.children, indent + 567)
      else if (node.type === 'list')
        node.children.forEach((item, index) => blocks(item.children, indent, node.ordered ? `${(node.start ?? 1) + index}. ` : '– '))
      else if (node.type === 'code') out.push(new Paragraph({ indent: { left: indent }, children: [new TextRun(node.value)] }))
    }
  }
  /** A paragraph of plain text with a table in it: the text before, the table, the text after; false when there is no table. */
  const withTable = (nodes: readonly PhrasingContent[], indent: number, prefix: string): boolean => {
    if (!nodes.every((node) => node.type === 'text')) return false
    const text = nodes.map((node) => node.value).join('')
    const { tabellen } = tabellenIn(text)
    if (tabellen.length === 0) return false
    const paragraph = (value: string) =>
      out.push(new Paragraph({ spacing: { after: 120 }, ...(indent > 0 ? { indent: { left: indent } } : {}), children: [new TextRun(value)] }))
    let at = 0
    tabellen.forEach((tabel, index) => {
      const before = text.slice(at, tabel.van).trim()
      if (before !== '' || (index === 0 && prefix)) paragraph(`${index === 0 ? prefix : ''}${before}`)
      out.push(
        docxTabel(
          tabel.kop,
          tabel.rijen,
          (cell, header) => (cell === '' ? [] : [new TextRun({ text: cell, bold: header })]),
          (cell) => cell,
          indent,
        ),
      )
      at = tabel.tot
    })
    const after = text.slice(at).trim()
    if (after !== '') paragraph(after)
    return true
  }
  blocks(tree.children, 0)
  return out
}

/** A whole Word document of one Markdown text; `title` goes in the document properties. */
export async function markdownDocx(markdown: string, title: string, creator: string): Promise<Uint8Array> {
  const document = new Document({
    title,
    creator,
    customProperties: [docxMarker],
    styles: { default: { document: { run: { language: { value: 'nl-NL' }, font: 'Calibri', size: 22 } } } },
    sections: [{ children: markdownParagraphs(markdown) }],
  })
  return new Uint8Array(await Packer.toBuffer(document))
}
