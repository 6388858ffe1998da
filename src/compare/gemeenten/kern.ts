// What a row of values is about, in the words of the verordening itself: the
// words around the value in the first gemeente's sentence, the value left out
// ("beslist op een aanvraag binnen … na ontvangst van de aanvraag"). The row's
// label ("termijn: aanvraag, beslist") is two words that tell rows apart; a
// reader who sees only the numbers needs the sentence to know what they count.
import type { Parameter } from './parameters.ts'

const before = 8
const after = 5

/** The words around the value, the value as "…"; for a table cell its row and column. Empty when the value is not in its sentence. */
export function kernVanWaarde(parameter: Pick<Parameter, 'tekst' | 'zin' | 'tabel'>): string {
  if (parameter.tabel) return [parameter.tabel.rij, parameter.tabel.kolom].filter((part) => part.trim()).join(', ')
  const at = parameter.zin.indexOf(parameter.tekst)
  if (at < 0 || parameter.tekst === '') return ''
  const words = (text: string) => text.split(/\s+/).filter(Boolean)
  const left = words(parameter.zin.slice(0, at)).slice(-before)
  const right = words(parameter.zin.slice(at + parameter.tekst.length)).slice(0, after)
  return [...left, '…', ...right]
    .join(' ')
    .replace(/ … ([,;:])/g, ' …$1')
    .replace(/[,;:.]$/, '')
    .trim()
}
