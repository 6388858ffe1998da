// A document of our own Markdown (the amendement of `vergelijk --amendement`)
// as a Word file: headings in Word's heading styles, bold and italic kept,
// quoted new text indented, numbered items with their number. The same
// layout as the wijzigingsverordening in `export docx --sinds` (docx.ts),
// with the mark that lets a next run replace the file (output-marker.ts).
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx'
import type { PhrasingContent, RootContent } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { docxMarker } from './output-marker.ts'

interface Format {
  bold?: boolean
  italics?: boolean
}

const headings = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const

/** The blocks of a Markdown text as Word paragraphs. */
export function markdownParagraphs(markdown: string): Paragraph[] {
  const tree = unified().use(remarkParse).parse(markdown)
  const out: Paragraph[] = []
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
