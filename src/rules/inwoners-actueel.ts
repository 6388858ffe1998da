/**
 * inwoners-actueel (warning): an artikel whose juridische tekst changed since
 * the last vastgestelde versie while its inwonersversie stayed the same; the
 * inwoners text may now explain a rule that no longer holds. The pipeline
 * reads that versie from git (`versies` in verordening.yml) and matches the
 * artikelen by identity (src/pipeline/vastgesteld.ts); this rule only reads
 * `context.vastgesteld`. Without git or without `versies` it is silent (the
 * reason is an info entry in `check --json`).
 */

import { isContainer } from '../model/verordening-model.ts'
import { exampleVerordening, wmoHoofdstuk } from './support/examples.ts'
import { defineRule } from './support/rule.ts'
import { artikelNodes, hoofdstukContext } from './support/walk.ts'

const versies = 'versies:\n  - { versie: v1, datum: 2026-12-17, raadsbesluit: RB-2026-112 }\n'
const vastgesteld = { versie: 'v1', bestanden: { '02-wmo.md': wmoHoofdstuk() } }

export function datumTekst(datum: string): string {
  const date = new Date(`${datum}T12:00:00Z`)
  return Number.isNaN(date.getTime()) ? datum : date.toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
}

export default defineRule(
  {
    ruleId: 'inwoners-actueel',
    severity: 'warning',
    beschrijving:
      'Is de juridische tekst van een artikel gewijzigd sinds de laatst vastgestelde versie, dan is de inwonersversie ook aangepast. De vastgestelde versies staan in `verordening.yml` onder `versies` (een git-tag of commit, met datum en raadsbesluit); de controle leest de laatste uit git en herkent een artikel ook als het een ander nummer kreeg. Zonder git of zonder `versies` zegt de controle niets (met `check --json` staat de reden erbij als `info`).',
    oplossing:
      'Lees de inwonersversie opnieuw naast de nieuwe juridische tekst en pas haar aan, zodat zij de regel uitlegt die nu geldt. Klopt zij nog woord voor woord, verander dan niets: de waarschuwing verdwijnt bij de volgende vastgestelde versie.',
    examples: [
      {
        titel: 'Goed: de juridische tekst en de inwonersversie zijn allebei aangepast',
        vastgesteld,
        bestanden: {
          'verordening.yml': exampleVerordening({ extra: versies }),
          '02-wmo.md': wmoHoofdstuk({ juridisch: 'Het college kan hulp bieden, ook thuis.', inwoners: 'Wij kunnen u helpen, ook thuis.' }),
        },
        verwacht: [],
      },
      {
        titel: 'Fout: alleen de juridische tekst is gewijzigd',
        vastgesteld,
        bestanden: {
          'verordening.yml': exampleVerordening({ extra: versies }),
          '02-wmo.md': wmoHoofdstuk({ juridisch: 'Het college kan hulp bieden, ook thuis.' }),
        },
        verwacht: [
          '02-wmo.md:11:1: De juridische tekst van artikel 2.1 is gewijzigd sinds de vastgestelde versie `v1` (raadsbesluit RB-2026-112 van 17 december 2026), maar de inwonersversie niet, verwacht een inwonersversie die de regel uitlegt zoals die nu luidt',
        ],
      },
    ],
  },
  (tree, file) => {
    const context = hoofdstukContext(file)
    const compared = context?.vastgesteld
    if (!compared?.ok) return
    const vastgesteld = compared.value
    for (const artikel of artikelNodes(tree)) {
      const nr = artikel.attributes?.nr
      if (!nr) continue
      const toen = vastgesteld.verouderd.get(nr)
      if (toen === undefined) continue
      const inwoners = artikel.children.find((child) => isContainer(child, 'inwoners'))
      const place = inwoners?.data?.position?.opening ?? inwoners?.position ?? artikel.position
      const was = toen === nr ? '' : ` (toen artikel ${toen})`
      file.message(
        `De juridische tekst van artikel ${nr}${was} is gewijzigd sinds de vastgestelde versie \`${vastgesteld.versie}\` (raadsbesluit ${vastgesteld.raadsbesluit} van ${datumTekst(vastgesteld.datum)}), maar de inwonersversie niet, verwacht een inwonersversie die de regel uitlegt zoals die nu luidt`,
        { place },
      )
    }
  },
)
