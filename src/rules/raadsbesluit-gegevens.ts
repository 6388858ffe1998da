/**
 * raadsbesluit-gegevens: the raadsbesluit (`vergelijk --ontwerp`, `export docx`)
 * takes its aanhef, Artikel II and ondertekening from `besluit:` in
 * verordening.yml. Once the author starts that block, every piece the next
 * besluit still needs is on the list "Nog te doen"; in the document it shows
 * as a blank (src/model/raadsbesluit.ts). Without the block the rule is silent:
 * a verordening that is not yet on its way to the raad needs none of it.
 */

import { besluitSoort, ontbrekendeGegevens } from '../model/raadsbesluit.ts'
import { exampleVerordening } from './support/examples.ts'
import { defineRule } from './support/rule.ts'

const volledig =
  'besluit:\n  voorstel: 2026-09-08\n  geletOp: artikel 147 van de Gemeentewet\n  vergadering: 2026-11-12\n  griffier: M. de Wit\n  voorzitter: P. Jansen\n'

export default defineRule(
  {
    ruleId: 'raadsbesluit-gegevens',
    severity: 'warning',
    beschrijving:
      'Het raadsbesluit (`verordening vergelijk --ontwerp` en `verordening export docx`) krijgt zijn aanhef, Artikel II en ondertekening uit `besluit:` in `verordening.yml`: `voorstel` (de datum van het voorstel van burgemeester en wethouders), `geletOp` (waarop het besluit berust), `vergadering` (de datum van de raadsvergadering), `griffier` en `voorzitter`, en bij een wijziging `inwerkingtreding` (een datum, of `na bekendmaking`). Staat er een `aanhef` in `verordening.yml`, dan gebruikt de eerste vaststelling die, en zijn `voorstel` en `geletOp` niet nodig. Wat ontbreekt, staat in het document als een zichtbare open plek (`[nog in te vullen: …]`) en op de lijst “Nog te doen”. Zonder `besluit:` zegt deze controle niets.',
    oplossing: 'Vul de genoemde gegevens in onder `besluit:` in `verordening.yml`, bijvoorbeeld `vergadering: 2026-11-12` en `griffier: M. de Wit`.',
    todo: { besluit: { een: 'gegeven voor het raadsbesluit', meer: 'gegevens voor het raadsbesluit' } },
    examples: [
      { titel: 'Goed: zonder `besluit:` is er nog geen raadsbesluit in voorbereiding', bestanden: {}, verwacht: [] },
      { titel: 'Goed: alle gegevens voor het raadsbesluit', bestanden: { 'verordening.yml': exampleVerordening({ extra: volledig }) }, verwacht: [] },
      {
        titel: 'Fout (in een concept: nog te doen): griffier en voorzitter ontbreken',
        bestanden: { 'verordening.yml': exampleVerordening({ extra: volledig.replace(/ {2}(griffier|voorzitter):.*\n/g, '') }) },
        verwacht: [
          'verordening.yml:12:3: Voor het raadsbesluit ontbreekt nog de naam van de griffier (`griffier`), verwacht die onder `besluit:`; in het document staat nu een open plek',
          'verordening.yml:12:3: Voor het raadsbesluit ontbreekt nog de naam van de voorzitter (`voorzitter`), verwacht die onder `besluit:`; in het document staat nu een open plek',
        ],
      },
    ],
  },
  (_tree, file, todo) => {
    const registry = file.data.context?.registries.verordening
    if (file.data.kind !== 'verordening' || !registry) return
    const meta = registry.data
    if (!meta.besluit) return
    for (const gegeven of ontbrekendeGegevens(meta, besluitSoort(meta))) {
      todo(
        file.message(
          `Voor het raadsbesluit ontbreekt nog ${gegeven.omschrijving} (\`${gegeven.veld}\`), verwacht die onder \`besluit:\`; in het document staat nu een open plek`,
          { place: registry.place(['besluit']) },
        ),
        'besluit',
      )
    }
  },
)
