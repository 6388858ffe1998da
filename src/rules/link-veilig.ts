/**
 * link-veilig: links and images point at the web (https/http), at an e-mail
 * address or phone number, or — for images — at a file inside the verordening
 * map. `javascript:` and `data:` URLs, and paths that leave the map, are refused:
 * the site would drop them, and the author must know why they vanish.
 */
import type { Definition, Image, Link } from 'mdast'
import { visit } from 'unist-util-visit'
import { parseImagePath } from '../parse/image-path.ts'
import { wmoHoofdstuk } from './support/examples.ts'
import { defineRule } from './support/rule.ts'
import { hoofdstukContext } from './support/walk.ts'

const hoofdstuk = (inwoners: string) => wmoHoofdstuk({ inwoners })

const safeLink = /^(https?:\/\/|mailto:|tel:|#|\/(?!\/))/i

export default defineRule(
  {
    ruleId: 'link-veilig',
    severity: 'error',
    beschrijving:
      'Een link gaat naar een webadres (`https://…`), een e-mailadres (`mailto:`) of een telefoonnummer (`tel:`). Een afbeelding is een bestand in de map van de verordening (`scootmobiel.png` of `afbeeldingen/scootmobiel.png`). Links met `javascript:` of `data:`, en paden die de map verlaten (`../`), worden geweigerd: de site zou ze weglaten.',
    oplossing: 'Gebruik een gewoon webadres voor een link. Zet een afbeelding in de map van de verordening en verwijs ernaar met haar bestandsnaam.',
    examples: [
      {
        titel: 'Goed: een webadres en een afbeelding in de map',
        bestanden: { '02-wmo.md': hoofdstuk('Lees meer op [de website](https://www.rijksoverheid.nl).\n\n![Een scootmobiel](scootmobiel.png)') },
        verwacht: [],
      },
      {
        titel: 'Fout: een javascript-link en een afbeelding buiten de map',
        bestanden: { '02-wmo.md': hoofdstuk('Klik [hier](javascript:alert(1)).\n\n![Geheim](../../etc/passwd.png)') },
        verwacht: [
          '02-wmo.md:12:6: Link naar `javascript:alert(1)` wordt niet overgenomen, verwacht een webadres (https://…), mailto: of tel:',
          '02-wmo.md:14:1: Afbeelding `../../etc/passwd.png` ligt buiten de map van de verordening, verwacht een bestand in de map zelf',
        ],
      },
    ],
  },
  (tree, file) => {
    const context = hoofdstukContext(file)
    if (!context) return
    visit(tree, (node) => {
      if (node.type === 'link' || node.type === 'definition') {
        const link = node as Link | Definition
        if (!safeLink.test(link.url.trim())) {
          file.message(`Link naar \`${link.url.slice(0, 40)}\` wordt niet overgenomen, verwacht een webadres (https://…), mailto: of tel:`, {
            place: link.position,
          })
        }
      } else if (node.type === 'image') {
        const image = node as Image
        if (/^https?:\/\//i.test(image.url)) {
          file.message(`Afbeelding van een andere website (\`${image.url.slice(0, 40)}\`), verwacht een bestand in de map van de verordening`, {
            place: image.position,
          })
        } else {
          // The same reading of the path as the site build, so both say the same.
          const parsed = parseImagePath(image.url)
          if (!parsed.ok) file.message(`Afbeelding \`${image.url.slice(0, 40)}\` ${parsed.message}`, { place: image.position })
        }
      }
    })
  },
)
