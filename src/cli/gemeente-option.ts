// `--gemeente <id>` and `--alle` of build and export, for a text shared by
// several gemeenten (gemeenten.yml): which gemeente is meant, or why the
// option does not fit this map, in Dutch with the fix.
import { unknownName } from '../messages/suggest.ts'
import { regioGemeenten } from '../pipeline/pipeline.ts'
import { readSource } from '../sources/read-source.ts'

/**
 * Null when the choice fits the map; otherwise what to say. A map with
 * gemeenten.yml needs a choice (`--gemeente` or, where offered, `--alle`); a
 * map without one takes none.
 */
export async function gemeenteKeuzeProbleem(dir: string, keuze: { gemeente?: string; alle?: boolean }, opdracht: 'build' | 'export'): Promise<string | null> {
  const gemeenten = regioGemeenten(await readSource(dir))
  const gekozen = keuze.gemeente !== undefined || keuze.alle === true
  if (!gemeenten) {
    if (!gekozen) return null
    return `${keuze.alle ? '--alle' : '--gemeente'} hoort bij een tekst voor meer gemeenten, maar deze map heeft geen gemeenten.yml die gelezen kan worden; laat de optie weg (of controleer gemeenten.yml met \`verordening check\`).`
  }
  const ids = gemeenten.map((gemeente) => gemeente.id)
  if (keuze.gemeente !== undefined && keuze.alle) return 'Kies --gemeente <id> of --alle, niet allebei.'
  if (keuze.gemeente !== undefined) {
    if (ids.includes(keuze.gemeente)) return null
    return `${unknownName({ soort: 'gemeente', naam: keuze.gemeente, bekend: ids, waar: 'bij --gemeente' })}.`
  }
  if (keuze.alle) return null
  const keuzes =
    opdracht === 'build'
      ? `kies er één met --gemeente <id> (${ids.join(', ')}) of maak ze allemaal met --alle`
      : `kies er één met --gemeente <id> (${ids.join(', ')})`
  return `Deze verordening is één tekst voor meer gemeenten (gemeenten.yml): ${keuzes}.`
}
