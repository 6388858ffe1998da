// The effectrapportage as a Word document (`export effectrapportage --uit
// effectrapportage.docx`): the same content as /raad/effectrapportage/, from
// the same view (src/views/effectrapportage.ts). Per effect its judgement,
// per indicator the trend in words and the figures as a real Word table
// (a chart would be a picture a screen reader cannot read; the table is the
// same numbers), then the artikelen, kaders and casussen with their lessen.
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx'
import type { CheckContext } from '../model/context.ts'
import { nu } from '../sources/nu.ts'
import type { EffectrapportageView } from '../views/effectrapportage-types.ts'
import { buildSiteData } from '../views/site-data.ts'
import { docxMarker } from './output-marker.ts'

export interface EffectrapportageDocx {
  bytes: Uint8Array
  effecten: number
  indicatoren: number
}

export async function buildEffectrapportageDocx(context: CheckContext, now = nu()): Promise<EffectrapportageDocx> {
  const site = buildSiteData(context, { now })
  const rapport = site.effectrapportage
  const meta = site.meta
  const children: Array<Paragraph | Table> = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Effectrapportage: worden de effecten bereikt?')] }),
    new Paragraph({ children: [new TextRun(`${meta.citeertitel}. Gemaakt op ${meta.gebouwdTekst}.`)] }),
    ...(meta.voorbeeld
      ? [new Paragraph({ children: [new TextRun({ text: 'Dit is een voorbeeld: de gemeente, de indicatoren en de cijfers zijn verzonnen.', bold: true })] })]
      : []),
    new Paragraph({
      children: [
        new TextRun(
          `De raad heeft vastgesteld welke effecten de gemeente ${meta.gemeente} wil bereiken. Deze rapportage laat per effect zien hoe de cijfers zich ontwikkelen tegenover het doel, welke artikelen het effect dienen, welke kaders meewegen en wat de gemeente leerde uit de casussen${rapport.periode ? ` van ${rapport.periode}` : ''}.`,
        ),
      ],
    }),
    ...samenvatting(rapport),
  ]
  for (const entry of rapport.effecten) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(`${entry.effect.titel}: ${entry.oordeelTekst.toLowerCase()}`)] }))
    if (entry.indicatoren.length === 0) children.push(new Paragraph('Dit effect heeft nog geen indicator.'))
    for (const indicator of entry.indicatoren) {
      children.push(
        new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(indicator.titel)] }),
        new Paragraph(`${indicator.oordeelTekst}. Het doel is ${indicator.streefwaarde} (${indicator.richting}).`),
        new Paragraph(indicator.trend),
      )
      if (indicator.rijen.length > 0) children.push(cijferTabel(indicator.rijen, indicator.streefwaarde))
      children.push(new Paragraph({ children: [new TextRun({ text: `Bron: ${indicator.bron}.`, italics: true })] }))
    }
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Artikelen die dit effect dienen')] }))
    children.push(
      ...lijst(
        entry.artikelen.map((artikel) => artikel.titel),
        'Geen eigen artikel noemt dit effect.',
      ),
    )
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Kaders die meewegen')] }))
    children.push(
      ...lijst(
        entry.kaders.map((kader) => kader.titel),
        'Geen kader gaat over dit effect.',
      ),
    )
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Casussen en wat we ervan leerden')] }))
    children.push(
      ...lijst(
        entry.casussen.map((casus) => `${casus.titel} (${casus.datumTekst}). Les: ${casus.les}`),
        'Geen casussen over dit effect in deze periode.',
      ),
    )
  }
  const document = new Document({
    title: `Effectrapportage ${meta.citeertitel}`,
    creator: `Gemeente ${meta.gemeente}`,
    description: `Effectrapportage bij de ${meta.citeertitel}`,
    // The mark that lets a later export replace this file, and nothing else (output-marker.ts).
    customProperties: [docxMarker],
    styles: { default: { document: { run: { language: { value: 'nl-NL' }, font: 'Calibri', size: 22 } } } },
    sections: [{ children }],
  })
  const bytes = new Uint8Array(await Packer.toBuffer(document))
  return { bytes, effecten: rapport.effecten.length, indicatoren: rapport.effecten.reduce((sum, entry) => sum + entry.indicatoren.length, 0) }
}

function samenvatting(rapport: EffectrapportageView): Paragraph[] {
  if (!rapport.heeftIndicatoren) return [new Paragraph('Deze verordening heeft nog geen indicatoren (indicatoren.yml ontbreekt).')]
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('In één oogopslag')] }),
    new Paragraph(
      `Op koers: ${rapport.telling['op-koers']}. Achter: ${rapport.telling.achter}. Geen cijfers: ${rapport.telling['geen-cijfers']}. Een effect is op koers als het nieuwste cijfer van elke indicator het doel haalt, of op of voorbij de rechte lijn ligt van het eerste cijfer naar het doel.`,
    ),
    ...rapport.effecten.map(
      (entry) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(`${entry.effect.titel}: ${entry.oordeelTekst.toLowerCase()}`)] }),
    ),
  ]
}

function lijst(items: readonly string[], leeg: string): Paragraph[] {
  if (items.length === 0) return [new Paragraph({ children: [new TextRun({ text: leeg, italics: true })] })]
  return items.map((item) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(item)] }))
}

function cijferTabel(rijen: EffectrapportageView['effecten'][number]['indicatoren'][number]['rijen'], streefwaarde: string): Table {
  const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] })
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: [cell('Periode', true), cell('Cijfer', true), cell('Status', true)] }),
      ...rijen.map((rij) => new TableRow({ children: [cell(rij.periode), cell(rij.waarde), cell(rij.status)] })),
      new TableRow({ children: [cell('Doel', true), cell(streefwaarde, true), cell('')] }),
    ],
  })
}
