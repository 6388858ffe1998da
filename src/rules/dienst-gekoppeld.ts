/**
 * dienst-gekoppeld: every name of the default list of services (src/model/diensten.ts)
 * that fits a wet with a hoofdstuk of its own in this verordening is in
 * diensten.yml, mapped onto an artikel that exists (or marked `geen`).
 * Inwoners search for "huishoudelijke hulp" or "PGB"; a name that maps to
 * nothing leaves that question without its artikel.
 */

import { unknownName } from '../messages/suggest.ts'
import { diensten, dienstWetten, standaardDiensten } from '../model/diensten.ts'
import { wmoHoofdstuk } from './support/examples.ts'
import { defineRule } from './support/rule.ts'

/** diensten.yml for the examples: every Wmo name of the default list onto artikel 2.1, but the ones left out. */
function dienstenVoorbeeld(zonder: readonly string[] = [], extra = ''): string {
  const regels = standaardDiensten
    .filter((dienst) => dienst.wetten.includes('wmo') && !zonder.includes(dienst.naam))
    .map((dienst) => `${dienst.naam}: artikel 2.1`)
  return `${regels.join('\n')}\n${extra}`
}

export default defineRule(
  {
    ruleId: 'dienst-gekoppeld',
    severity: 'warning',
    beschrijving:
      'Inwoners zoeken op de naam van een dienst die ze kennen: huishoudelijke hulp, PGB, scootmobiel, schuldhulp. In `diensten.yml` koppelt u die namen aan de artikelen die erover gaan; de zoekfunctie, de pagina "Waar wilt u hulp bij?" en de effectpagina’s gebruiken ze. De toolchain kent een standaardlijst van zulke namen, elk bij een wet. Heeft de verordening `diensten.yml`, dan staat elke naam van de standaardlijst die past bij een wet met een eigen hoofdstuk in dat bestand, bij een artikel dat bestaat (of met `geen`). Zonder `diensten.yml` geeft deze controle niets.',
    oplossing:
      'Zet de naam in `diensten.yml` met het artikel dat erover gaat (`scootmobiel: artikel 4.5`), of schrijf `scootmobiel: geen` als de gemeente dit niet in deze verordening regelt. Verbeter een artikelnummer dat niet bestaat.',
    examples: [
      {
        titel: 'Goed: elke Wmo-naam van de standaardlijst staat bij een artikel',
        bestanden: { '02-wmo.md': wmoHoofdstuk(), 'diensten.yml': dienstenVoorbeeld() },
        verwacht: [],
      },
      {
        titel: 'Goed: een eigen naam van de gemeente, en een dienst die de gemeente hier niet regelt',
        bestanden: {
          '02-wmo.md': wmoHoofdstuk(),
          'diensten.yml': dienstenVoorbeeld(['scootmobiel'], 'scootmobiel: geen\nProefdorppas:\n  artikelen: artikel 2.1\n  namen: [stadspas]\n'),
        },
        verwacht: [],
      },
      {
        titel: 'Waarschuwing: een naam van de standaardlijst ontbreekt',
        bestanden: { '02-wmo.md': wmoHoofdstuk(), 'diensten.yml': dienstenVoorbeeld(['scootmobiel']) },
        verwacht: [
          'diensten.yml:1:1: De naam `scootmobiel` (Wet maatschappelijke ondersteuning 2015) staat niet in diensten.yml, verwacht `scootmobiel: artikel …` met het artikel dat erover gaat, of `scootmobiel: geen`',
        ],
      },
      {
        titel: 'Waarschuwing: een artikel dat niet bestaat',
        bestanden: { '02-wmo.md': wmoHoofdstuk(), 'diensten.yml': dienstenVoorbeeld(['scootmobiel'], 'scootmobiel: artikel 2.10\n') },
        verwacht: ['diensten.yml:13:14: Onbekend artikel `2.10` bij `scootmobiel` in diensten.yml, bedoelt u `2.1`?'],
      },
    ],
  },
  (_tree, file) => {
    const context = file.data.context
    // A diensten.yml that could not be read has its own messages; every name would be missing.
    if (file.data.kind !== 'diensten' || !context || context.hoofdstukken.length === 0 || !context.registries.extra?.get('diensten')) return
    const lijst = diensten(context)
    const bekend = [...context.artikelByNr.keys()]
    for (const dienst of lijst) {
      dienst.artikelen.forEach((nr, index) => {
        if (context.artikelByNr.has(nr) || inNumberingGap(nr, bekend)) return
        file.message(unknownName({ soort: 'artikel', naam: nr, bekend, waar: `bij \`${dienst.naam}\` in diensten.yml` }), {
          place: dienst.artikelPlaatsen[index],
        })
      })
    }
    // The wetten with a hoofdstuk of their own, by BWB id: a default name of another wet does not apply here.
    const eigenWetten = new Map<string, string>()
    for (const hoofdstuk of context.verordening.hoofdstukken) {
      const wet = hoofdstuk.wet ? context.verordening.meta.wetten[hoofdstuk.wet] : undefined
      if (wet) eigenWetten.set(wet.bwb, wet.naam)
    }
    const gekoppeld = new Set(lijst.map((dienst) => dienst.standaard))
    for (const standaard of standaardDiensten) {
      if (gekoppeld.has(standaard)) continue
      const wet = standaard.wetten.map((key) => eigenWetten.get(dienstWetten[key])).find((naam) => naam !== undefined)
      if (!wet) continue
      file.message(
        `De naam \`${standaard.naam}\` (${wet}) staat niet in diensten.yml, verwacht \`${standaard.naam}: artikel …\` met het artikel dat erover gaat, of \`${standaard.naam}: geen\``,
        { place: { line: 1, column: 1 } },
      )
    }
  },
)

/**
 * A number inside the range its hoofdstuk already numbers (4.3 between 4.2 and
 * 4.4) is a gap in the numbering: an artikel whose opening line broke, a block
 * left open that swallowed it, or a number written twice. The numbering and
 * directive rules name that cause at its place; "unknown artikel" here would be
 * a consequence (one message per cause). A number past the end or in a
 * hoofdstuk that does not exist is reported.
 */
function inNumberingGap(nr: string, bekend: readonly string[]): boolean {
  const match = /^(\d+)\.(\d+)$/.exec(nr)
  if (!match) return false
  const [, hoofdstuk, volgnummer] = match
  const numbers = bekend.flatMap((other) => {
    const found = /^(\d+)\.(\d+)$/.exec(other)
    return found && found[1] === hoofdstuk ? [Number(found[2])] : []
  })
  const n = Number(volgnummer)
  return numbers.some((other) => other < n) && numbers.some((other) => other > n)
}
