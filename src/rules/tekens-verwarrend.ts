/**
 * tekens-verwarrend: names that look alike but are different strings. A
 * begrip `cоllege` (Cyrillic о) beside `college` gets its own explanation,
 * and a reader cannot tell which one a passage uses; an id `ze1fredzaamheid`
 * beside `zelfredzaamheid` sends a reference to the wrong one.
 *
 * Two checks, both warnings (a look-alike can be intended, a mistake is likelier):
 * - in every file, a word that mixes Latin with Cyrillic or Greek letters,
 *   at the first letter of the smaller script — also where the schema refuses
 *   the id, so the author learns *why* `zelfstandig-thuіs` is not a valid id;
 * - in the registries, two begrippen (terms and vormen), effect ids or
 *   grondwaarde ids with the same confusables skeleton, at the later one.
 *
 * The skeleton follows Unicode TS #39 (decompose, map each character to its
 * prototype, decompose again), with the character data of the `confusables`
 * package. Its own `remove()` is not used: it strips diacritics first, which
 * would make Dutch `één` and `een` or `coöperatie` and `cooperatie` "the
 * same", and it leaves ASCII look-alikes (`1`/`l`, `0`/`o`, `rn`/`m`) alone,
 * the ones that matter in slug ids. Case is folded, because register-uniek
 * already compares names without case.
 */
import { confusablesMap } from 'confusables'
import type { Position } from 'unist'
import type { VFile } from 'vfile'
import { location } from 'vfile-location'
import { basisBegrippen, basisGrondwaarden, exampleBegrip, exampleGrondwaarde, wmoHoofdstuk } from './support/examples.ts'
import { defineRule } from './support/rule.ts'

const otherScripts = /[\p{Script=Cyrillic}\p{Script=Greek}]/u
const scriptNames = [
  { name: 'Latijnse', predicate: 'Latijns', pattern: /\p{Script=Latin}/u },
  { name: 'Cyrillische', predicate: 'Cyrillisch', pattern: /\p{Script=Cyrillic}/u },
  { name: 'Griekse', predicate: 'Grieks', pattern: /\p{Script=Greek}/u },
] as const

// UTS #39 prototypes among ASCII that the package's data does not cover.
const asciiPrototypes: Record<string, string> = { '0': 'o', '1': 'l', I: 'l' }

export function skeleton(text: string): string {
  let mapped = ''
  for (const char of text.normalize('NFKD')) mapped += confusablesMap.get(char) ?? char
  let prototype = ''
  for (const char of mapped) prototype += asciiPrototypes[char] ?? char
  return prototype
    .normalize('NFD')
    .replace(/\p{Default_Ignorable_Code_Point}/gu, '')
    .toLowerCase()
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w')
}

/** Per file: the first findings as messages, then one that counts the rest (a hostile file can hold a million). */
const maxMessages = 50

/** Words (runs of letters and marks) mixing Latin with Cyrillic or Greek, in any file's raw text. */
function checkMixedScripts(file: VFile, text: string): void {
  if (!otherScripts.test(text)) return
  const index = location(text)
  let count = 0
  let firstUnreported: number | undefined
  for (const match of text.matchAll(/[\p{L}\p{M}]+/gu)) {
    const word = match[0]
    if (!otherScripts.test(word) || !/\p{Script=Latin}/u.test(word)) continue
    if (++count > maxMessages) {
      firstUnreported ??= match.index
      continue
    }
    const chars = [...word]
    const present = scriptNames
      .map((script) => ({ ...script, chars: chars.filter((char) => script.pattern.test(char)) }))
      .filter((script) => script.chars.length > 0)
    if (present.length < 2) continue
    // Point at the letter that does not belong: the script with the fewest letters.
    const odd = [...present].sort((a, b) => a.chars.length - b.chars.length)[0]
    if (!odd) continue
    const char = odd.chars[0] ?? ''
    const codePoint = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
    const lookalike = confusablesMap.get(char)
    const scripts = present.map((script) => script.name)
    file.message(
      `Woord \`${chars.length > 40 ? `${chars.slice(0, 40).join('')}…` : word}\` mengt ${scripts.slice(0, -1).join(', ')} en ${scripts.at(-1)} letters (\`${char}\` is ${codePoint}, ${odd.predicate}${lookalike ? ` en lijkt op \`${lookalike}\`` : ''}), verwacht letters uit één schrift: typ het woord opnieuw`,
      { place: index.toPoint(match.index + word.indexOf(char)) },
    )
  }
  if (firstUnreported !== undefined) {
    file.message(
      `Nog ${(count - maxMessages).toLocaleString('nl-NL')} woorden met gemengde letters in dit bestand (alleen de eerste ${maxMessages} staan hierboven), verwacht letters uit één schrift: typ ze opnieuw`,
      {
        place: index.toPoint(firstUnreported),
      },
    )
  }
}

interface Name {
  text: string
  /** Names of one owner (a begrip with its vormen) may look alike. */
  owner: number
  place: Position | undefined
}

function checkLookAlikes(file: VFile, names: Name[], what: string): void {
  const seen = new Map<string, Name>()
  for (const name of names) {
    const key = skeleton(name.text)
    const earlier = seen.get(key)
    if (!earlier) {
      seen.set(key, name)
      continue
    }
    // Same owner, or the same name apart from case (register-uniek reports that one).
    if (earlier.owner === name.owner || earlier.text.toLowerCase() === name.text.toLowerCase()) continue
    const where = earlier.place ? ` (regel ${earlier.place.start.line}, kolom ${earlier.place.start.column})` : ''
    file.message(
      `${what} \`${name.text}\` lijkt op ${what.toLowerCase()} \`${earlier.text}\`${where}, maar bestaat uit andere tekens, verwacht namen die ook op het oog verschillen: kies een andere naam of haal de dubbele weg`,
      {
        place: name.place,
      },
    )
  }
}

export default defineRule(
  {
    ruleId: 'tekens-verwarrend',
    severity: 'warning',
    beschrijving:
      'Een begrip, effect of grondwaarde die er hetzelfde uitziet als een andere maar uit andere tekens bestaat (zoals `cоllege` met een Cyrillische о naast `college`, of `ze1fredzaamheid` met een 1 naast `zelfredzaamheid`), geeft een waarschuwing die beide noemt. Ook een woord dat Latijnse letters mengt met Cyrillische of Griekse geeft een waarschuwing, in de tekst en in de registers. De vergelijking volgt de Unicode-lijst van verwarrende tekens; hoofdletters en kleine letters tellen als gelijk, accenten niet (`één` en `een` verschillen).',
    oplossing: 'Typ het woord opnieuw met gewone letters, of kies een naam die ook op het oog verschilt. Is de tweede naam een dubbele, haal hem dan weg.',
    examples: [
      {
        titel: 'Goed: namen die verschillen, en Griekse letters in een eigen woord',
        bestanden: { '02-wmo.md': wmoHoofdstuk({ inwoners: 'Wij kunnen u helpen, van α tot ω.' }) },
        verwacht: [],
      },
      {
        titel: 'Waarschuwing: een begrip met een Cyrillische letter naast hetzelfde begrip in gewone letters',
        bestanden: {
          'begrippen.yml':
            basisBegrippen +
            exampleBegrip({ term: 'cоllege', definitie: 'Het college van burgemeester en wethouders.', uitleg: 'De burgemeester en de wethouders.' }),
        },
        verwacht: [
          'begrippen.yml:4:9: Begrip `cоllege` lijkt op begrip `college` (regel 1, kolom 9), maar bestaat uit andere tekens, verwacht namen die ook op het oog verschillen: kies een andere naam of haal de dubbele weg',
          'begrippen.yml:4:10: Woord `cоllege` mengt Latijnse en Cyrillische letters (`о` is U+043E, Cyrillisch en lijkt op `o`), verwacht letters uit één schrift: typ het woord opnieuw',
        ],
      },
      {
        titel: 'Waarschuwing: twee grondwaarden die alleen verschillen in 1 en l, en een gemengd woord in de tekst',
        bestanden: {
          'grondwaarden.yml': basisGrondwaarden + exampleGrondwaarde({ id: 'wmo.ze1fredzaamheid' }),
          '02-wmo.md': wmoHoofdstuk({ inwoners: 'Wij kunnen u hеlpen.' }),
        },
        verwacht: [
          '02-wmo.md:12:15: Woord `hеlpen` mengt Latijnse en Cyrillische letters (`е` is U+0435, Cyrillisch en lijkt op `e`), verwacht letters uit één schrift: typ het woord opnieuw',
          'grondwaarden.yml:9:7: Grondwaarde `wmo.ze1fredzaamheid` lijkt op grondwaarde `wmo.zelfredzaamheid` (regel 5, kolom 7), maar bestaat uit andere tekens, verwacht namen die ook op het oog verschillen: kies een andere naam of haal de dubbele weg',
        ],
      },
    ],
  },
  (_tree, file) => {
    const text = String(file.value)
    if (file.data.kind) checkMixedScripts(file, text)
    const registries = file.data.context?.registries
    if (!registries) return
    if (file.data.kind === 'begrippen' && registries.begrippen) {
      const { data, place } = registries.begrippen
      const names = data.flatMap((begrip, index) => [
        { text: begrip.term, owner: index, place: place([index, 'term']) },
        ...begrip.vormen.map((vorm, position) => ({ text: vorm, owner: index, place: place([index, 'vormen', position]) })),
      ])
      checkLookAlikes(file, names, 'Begrip')
    }
    if (file.data.kind === 'effecten' && registries.effecten) {
      const { data, place } = registries.effecten
      checkLookAlikes(
        file,
        data.map((effect, index) => ({ text: effect.id, owner: index, place: place([index, 'id']) })),
        'Effect',
      )
    }
    if (file.data.kind === 'grondwaarden' && registries.grondwaarden) {
      const { data, place } = registries.grondwaarden
      checkLookAlikes(
        file,
        data.map((grondwaarde, index) => ({ text: grondwaarde.id, owner: index, place: place([index, 'id']) })),
        'Grondwaarde',
      )
    }
  },
)
