/**
 * geen-html: raw HTML in the source is refused. The site never passes it
 * through (it is dropped when rendering), so the author must hear that the
 * text would vanish — and no script can ride along into a page.
 */
import type { Html } from 'mdast'
import { visit } from 'unist-util-visit'
import { wmoHoofdstuk } from './support/examples.ts'
import { defineRule } from './support/rule.ts'
import { hoofdstukContext } from './support/walk.ts'

const hoofdstuk = (inwoners: string) => wmoHoofdstuk({ inwoners })

export default defineRule(
  {
    ruleId: 'geen-html',
    severity: 'error',
    beschrijving:
      'HTML in de tekst (zoals `<b>`, `<script>` of `<img onerror=…>`) wordt niet overgenomen op de site: die tekst zou verdwijnen, en HTML kan onveilig zijn. Gebruik Markdown. Een opmerking voor collega’s (`<!-- … -->`) mag wel; die komt niet op de site.',
    oplossing: 'Schrijf **vet** in plaats van `<b>vet</b>`, en een link als `[tekst](https://…)`. Haal scripts en andere HTML weg.',
    examples: [
      {
        titel: 'Goed: Markdown en een opmerking',
        bestanden: { '02-wmo.md': hoofdstuk('Wij kunnen u **snel** helpen.\n\n<!-- nog nakijken met team Wmo -->') },
        verwacht: [],
      },
      {
        titel: 'Fout: HTML en een script',
        bestanden: { '02-wmo.md': hoofdstuk('Wij kunnen u <b>snel</b> helpen.\n\n<script>alert(1)</script>') },
        verwacht: [
          '02-wmo.md:12:14: HTML (`<b>`) in de tekst, verwacht Markdown: HTML komt niet op de site',
          '02-wmo.md:12:21: HTML (`<b>`) in de tekst, verwacht Markdown: HTML komt niet op de site',
          '02-wmo.md:14:1: HTML (`<script>`) in de tekst, verwacht Markdown: HTML komt niet op de site',
        ],
      },
    ],
  },
  (tree, file) => {
    if (!hoofdstukContext(file)) return
    visit(tree, 'html', (node: Html) => {
      if (/^\s*<!--[\s\S]*-->\s*$/.test(node.value)) return
      const tag = /^<\/?([a-z][\w-]*)/i.exec(node.value.trim())?.[1]
      file.message(`HTML${tag ? ` (\`<${tag}>\`)` : ''} in de tekst, verwacht Markdown: HTML komt niet op de site`, { place: node.position })
    })
  },
)
