/**
 * taal-begrip-uitleg: a begrip from begrippen.yml that an inwoners or
 * voorbeeld part uses is marked `:begrip[…]` the first time it appears in the
 * artikel. Only there does the inwonersversie show its uitleg; a begrip
 * written as plain text leaves the inwoner without one.
 */
import type { CheckContext } from '../model/context.ts'
import type { Begrip } from '../model/schema.ts'
import { maxPhraseLength } from '../taal/allowed.ts'
import { basisBegrippen, exampleBegrip, exampleHoofdstuk, voorbeeldHoofdstuk } from './support/examples.ts'
import { defineRule } from './support/rule.ts'
import { deelLabel, plaats, type TaalDeel, taalContext, taalDelen } from './support/taal.ts'
import { artikelName } from './support/walk.ts'

const begrippen =
  basisBegrippen +
  exampleBegrip({
    term: 'persoonsgebonden budget',
    vormen: ['pgb'],
    definitie: 'Een persoonsgebonden budget als bedoeld in artikel 1.1.1 van de Wet maatschappelijke ondersteuning 2015.',
    uitleg: 'Geld waarmee u zelf uw hulp regelt en betaalt.',
  })

const metOuder =
  begrippen +
  exampleBegrip({
    term: 'ouder',
    vormen: ['ouders'],
    definitie: 'Een ouder als bedoeld in artikel 1.1 van de Jeugdwet.',
    uitleg: 'De vader of moeder van een kind.',
  })

interface Gebruik {
  begrip: Begrip
  deel: TaalDeel
  start: number
  end: number
  /** Marked with :begrip[…] (explained) or plain text. */
  uitgelegd: boolean
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** One pattern for every form of every begrip, longest first. */
const patterns = new WeakMap<CheckContext, RegExp | null>()
function patternOf(context: CheckContext): RegExp | null {
  if (patterns.has(context)) return patterns.get(context) ?? null
  // A form longer than any phrase is a paste error, not a begrip the text can use: a regex with one of 40 KB is too large to compile.
  const forms = [...context.begripByForm.keys()].filter((form) => form.length <= maxPhraseLength).sort((a, b) => b.length - a.length)
  const pattern =
    forms.length === 0
      ? null
      : new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map((form) => form.split(/\s+/).map(escape).join('\\s+')).join('|')})(?![\\p{L}\\p{N}])`, 'giu')
  patterns.set(context, pattern)
  return pattern
}

/**
 * A begrip form that is also a comparative ("ouder" as parent, but "18 jaar of
 * ouder", "ouder dan 65"): in that sense it is not the begrip.
 */
function comparative(text: string, start: number, end: number): boolean {
  const form = text.slice(start, end).toLowerCase()
  if (!/er$/.test(form)) return false
  const before = text.slice(Math.max(0, start - 40), start)
  const after = text.slice(end, end + 12)
  return (
    /^\s+dan(?![\p{L}])/u.test(after) ||
    /(?:jaar|jaren|maanden|weken)\s+(?:of|en)\s+$/iu.test(before) ||
    /(?<![\p{L}])(?:steeds|veel|iets|wat|nog|niet|jaar|jaren|zo|te)\s+$/iu.test(before) ||
    /(?<![\p{L}])(?:wordt|worden|werd|bent|is|zijn)\s+$/iu.test(before)
  )
}

function gebruikIn(deel: TaalDeel, context: CheckContext, pattern: RegExp | null): Gebruik[] {
  const found: Gebruik[] = []
  for (const range of deel.mapped.directives) {
    if (range.name !== 'begrip') continue
    const key = (range.attributes.term ?? deel.mapped.text.slice(range.start, range.end)).replace(/\s+/g, ' ').trim().toLowerCase()
    const begrip = context.begripByForm.get(key)
    if (begrip) found.push({ begrip, deel, start: range.start, end: range.end, uitgelegd: true })
  }
  if (pattern) {
    for (const match of deel.mapped.text.matchAll(pattern)) {
      const start = match.index
      const end = start + match[0].length
      // Inside a directive: explained (:begrip) or a reference (:artikel, :wet).
      if (deel.mapped.directives.some((range) => start < range.end && end > range.start)) continue
      if (comparative(deel.mapped.text, start, end)) continue
      const begrip = context.begripByForm.get(match[0].replace(/\s+/g, ' ').toLowerCase())
      if (begrip) found.push({ begrip, deel, start, end, uitgelegd: false })
    }
  }
  return found.sort((a, b) => a.start - b.start)
}

export default defineRule(
  {
    ruleId: 'taal-begrip-uitleg',
    severity: 'warning',
    beschrijving:
      'Gebruikt `inwoners` of `voorbeeld` een begrip uit `begrippen.yml` (de term of een van de `vormen`), dan staat het de eerste keer in dat artikel als `:begrip[…]`. Alleen dan ziet de inwoner de uitleg. Daarna mag het begrip gewoon als tekst staan. De melding wijst naar het eerste gebruik zonder uitleg. Een woord dat hetzelfde geschreven wordt maar een vergelijking is (“18 jaar of ouder”, “ouder dan 65” bij het begrip *ouder*) telt niet als het begrip, en het artikel met `soort="begripsbepalingen"` hoeft de begrippen die het zelf omschrijft niet zo te schrijven.',
    oplossing:
      'Schrijf het begrip de eerste keer als `:begrip[…]`, bijvoorbeeld `:begrip[maatwerkvoorziening]` of `:begrip[voorzieningen]{term="maatwerkvoorziening"}`. Bedoelt u het woord in een andere betekenis die de controle niet herkent, kies dan een ander woord.',
    examples: [
      {
        titel: 'Goed: het begrip staat de eerste keer als :begrip[…], daarna als gewone tekst',
        bestanden: {
          'begrippen.yml': begrippen,
          '02-wmo.md': voorbeeldHoofdstuk(`:::inwoners{titel="Hulp bij u thuis"}
U kunt een :begrip[persoonsgebonden budget] krijgen.
:::
:::voorbeeld{titel="Meneer Smit"}
Meneer Smit regelt zijn hulp met een pgb. De gemeente betaalt.
:::`),
        },
        verwacht: [],
      },
      {
        titel: 'Goed: “ouder” als vergelijking is niet het begrip ouder',
        bestanden: {
          'begrippen.yml': metOuder,
          '02-wmo.md': voorbeeldHoofdstuk(`:::inwoners{titel="Hulp bij u thuis"}
Bent u 18 jaar of ouder? Of bent u ouder dan 65? Dan kunt u hulp krijgen. Uw :begrip[ouders] mogen meekomen naar het gesprek. Een :begrip[pgb] kan ook.
:::`),
        },
        verwacht: [],
      },
      {
        titel: 'Goed: het artikel met de begripsbepalingen noemt de begrippen die het omschrijft',
        bestanden: {
          'begrippen.yml': begrippen,
          // Artikel 2.2 defines the begrippen; 2.1 stays the effect's own artikel.
          '02-wmo.md': exampleHoofdstuk({
            artikelen: [
              {},
              {
                nr: '2.2',
                titel: 'Begripsbepalingen',
                kenmerken: 'soort="begripsbepalingen"',
                juridisch: 'In deze verordening wordt verstaan onder :begrip[persoonsgebonden budget]: een geldbedrag.',
                inwoners: 'Een persoonsgebonden budget is geld waarmee u zelf uw hulp regelt. Het college beslist of u het krijgt.',
              },
            ],
          }),
        },
        verwacht: [],
      },
      {
        titel: 'Fout: het begrip staat eerst als gewone tekst, ook al volgt de uitleg later; per begrip één melding',
        bestanden: {
          'begrippen.yml': begrippen,
          '02-wmo.md': voorbeeldHoofdstuk(`:::inwoners{titel="Hulp bij u thuis"}
Het **college** kan u een
persoonsgebonden budget geven. Dat heet een :begrip[pgb]. Het college beslist.
:::`),
        },
        verwacht: [
          '02-wmo.md:12:7: Begrip “college” zonder uitleg in de inwonerstekst van artikel 2.1, verwacht `:begrip[college]` bij het eerste gebruik in het artikel, zodat de inwoner de uitleg ziet',
          '02-wmo.md:13:1: Begrip “persoonsgebonden budget” zonder uitleg in de inwonerstekst van artikel 2.1, verwacht `:begrip[persoonsgebonden budget]` bij het eerste gebruik in het artikel, zodat de inwoner de uitleg ziet',
        ],
      },
    ],
  },
  (tree, file) => {
    const taal = taalContext(file)
    if (!taal) return
    const pattern = patternOf(taal.context)
    const perArtikel = new Map<unknown, TaalDeel[]>()
    for (const deel of taalDelen(tree, file, ['inwoners', 'voorbeeld'])) {
      // The artikel that defines the begrippen names them; it does not explain them with themselves.
      if (deel.artikel.attributes?.soort === 'begripsbepalingen') continue
      perArtikel.set(deel.artikel, [...(perArtikel.get(deel.artikel) ?? []), deel])
    }
    for (const delen of perArtikel.values()) {
      const gezien = new Set<Begrip>()
      for (const gebruik of delen.flatMap((deel) => gebruikIn(deel, taal.context, pattern))) {
        if (gezien.has(gebruik.begrip)) continue
        gezien.add(gebruik.begrip)
        if (gebruik.uitgelegd) continue
        const tekst = gebruik.deel.mapped.text.slice(gebruik.start, gebruik.end).replace(/\s+/g, ' ')
        file.message(
          `Begrip “${tekst}” zonder uitleg in ${deelLabel[gebruik.deel.naam]} van ${artikelName(gebruik.deel.artikel)}, verwacht \`:begrip[${tekst}]\` bij het eerste gebruik in het artikel, zodat de inwoner de uitleg ziet`,
          { place: plaats(file, gebruik.deel, gebruik.start) },
        )
      }
    }
  },
)
