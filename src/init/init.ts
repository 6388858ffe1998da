// `verordening init <map>`: the smallest verordening that passes `check` as a
// concept. Everything the author still has to write says INVULLEN (rule
// nog-invullen) or is missing on purpose (an artikel without effect or
// inwonersdeel), so `check` turns it into the to-do list.

import { unknownName } from '../messages/suggest.ts'
import { placeholder } from '../messages/todo.ts'
import { nu } from '../sources/nu.ts'
import { type CiKind, ciFile, ciKinds } from './ci.ts'
import { createMap, type MapFiles } from './new-map.ts'
import { knownWetten, sociaalDomein, wettenYaml } from './wetten.ts'

export interface InitOptions {
  gemeente?: string
  /** Keys of the wetten that get a hoofdstuk: pw, wmo, jw, wgs. */
  wetten: readonly string[]
  /** For tests: the date the new verordening is made (inwerkingtreding is the next 1 January). */
  now?: Date
  /**
   * `--ci gitlab|github`: the map becomes a repository, with the CI file that
   * publishes the site at its top and the verordening in `verordening/`.
   */
  ci?: CiKind
}

/** The folder of the verordening in a repository made with `--ci` (what every command reads by default). */
export const repositoryVerordening = 'verordening'

/** Reads `--ci gitlab`: the kind (none without the option), or a Dutch problem. */
export function parseCi(value: string | undefined): { ci?: CiKind } | { problem: string } {
  if (value === undefined) return {}
  const kind = value.trim().toLowerCase()
  if ((ciKinds as readonly string[]).includes(kind)) return { ci: kind as CiKind }
  if (kind === '') return { problem: 'Geef na --ci waar de site komt: --ci gitlab (GitLab Pages) of --ci github (GitHub Pages).' }
  const sentence = unknownName({ soort: 'soort', naam: kind, bekend: ciKinds, onderwerp: `Onbekende waarde \`${value}\` voor --ci` })
  return { problem: sentence.endsWith('?') ? sentence : `${sentence} (GitLab Pages of GitHub Pages).` }
}

const q = (text: string) => JSON.stringify(text)

/** Reads `--wetten pw,wmo`: the keys, or a Dutch problem. */
export function parseWetten(value: string | undefined): string[] | string {
  if (value === undefined) return [...sociaalDomein]
  const keys = value
    .split(',')
    .map((key) => key.trim().toLowerCase())
    .filter(Boolean)
  const unknown = keys.filter((key) => !(sociaalDomein as readonly string[]).includes(key))
  if (unknown.length > 0)
    return `Onbekende wet \`${unknown[0]}\` in --wetten, verwacht een of meer van ${sociaalDomein.map((key) => `\`${key}\``).join(', ')}, gescheiden door komma's (bijvoorbeeld --wetten pw,wmo).`
  if (keys.length === 0) return 'Geef na --wetten ten minste één wet, bijvoorbeeld --wetten pw,wmo.'
  return sociaalDomein.filter((key) => keys.includes(key))
}

/** Checks a gemeente name from the command line: plain text on one line. */
export function checkGemeente(value: string): string | null {
  const name = value.trim()
  if (name === '') return 'Geef na --gemeente de naam van de gemeente, bijvoorbeeld --gemeente "Lingedal".'
  if (name.length > 80) return 'De naam van de gemeente is langer dan 80 tekens, verwacht alleen de naam, bijvoorbeeld --gemeente "Lingedal".'
  if (/[\p{Cc}\p{Cf}<>]/u.test(name))
    return 'De naam van de gemeente bevat een teken dat er niet in hoort (een stuurteken of < >), verwacht alleen letters, cijfers, spaties en leestekens.'
  return null
}

export function initFiles(options: InitOptions): MapFiles {
  const gemeente = options.gemeente?.trim() || placeholder
  const year = (options.now ?? nu()).getUTCFullYear() + 1
  const citeertitel = `Verordening sociaal domein ${gemeente} ${year}`
  const wetten = knownWetten.filter((wet) => options.wetten.includes(wet.key))
  const files: MapFiles = {}
  files['verordening.yml'] = `# De gegevens van de verordening. Waar het woord in hoofdletters staat, schrijft u de echte
# tekst; \`npx omgekeerde-verordening controleer\` toont onder de meldingen wat er nog te doen is.
gemeente: ${q(gemeente)}
citeertitel: ${q(citeertitel)}
titel: ${q(`Verordening van de gemeenteraad van ${gemeente} houdende regels voor ondersteuning in het sociaal domein`)}
status: concept
inwerkingtreding: ${year}-01-01
aanhef: ${q(`${placeholder}: De raad van de gemeente ${gemeente}; gelezen het voorstel van burgemeester en wethouders van …; gelet op …; besluit vast te stellen de ${citeertitel}.`)}
wetten:
${wettenYaml([...options.wetten, 'awb'])}
`
  files['effecten.yml'] = `# De effecten die de raad vaststelt: wat de gemeente voor inwoners wil bereiken.
# Schrijf eerst de effecten; daarna noemt elk artikel zijn effect in effect="…".
- id: eerste-effect
  titel: ${q(`${placeholder}: de naam van het effect`)}
  vraag: ${q(`${placeholder}: de vraag zoals een inwoner die stelt, bijvoorbeeld: Ik wil zelfstandig thuis blijven wonen`)}
  tekst: ${q(`${placeholder}: in eenvoudige taal wat de gemeente voor de inwoner wil bereiken`)}
  levensdomein: ${q(`${placeholder}: bijvoorbeeld Wonen, Werk en inkomen, Financiën, Opgroeien of Meedoen`)}
  indicator: ${q(`${placeholder}: waaraan de raad meet of het effect wordt bereikt`)}
  status: concept
`
  const eerste = wetten[0]?.key ?? 'awb'
  files['grondwaarden.yml'] = `# De grondwaarden: de bedoeling van de wet. Een grondwaarde met meer wetten is gedeeld.
- id: gedeeld.eerste-grondwaarde
  wetten: [${options.wetten.join(', ')}]
  tekst: ${q(`${placeholder}: de grondwaarde in één zin, bijvoorbeeld: De inwoner houdt zo veel mogelijk zelf de regie.`)}
  bron: { wet: ${eerste}, artikel: ${q(`${placeholder}: het artikel van de wet`)} }
`
  files['begrippen.yml'] = `# De begrippen: de juridische definitie en een uitleg in eenvoudige taal.
- term: college
  definitie: ${q(`Het college van burgemeester en wethouders van de gemeente ${gemeente}.`)}
  uitleg: De burgemeester en de wethouders samen.
`
  files['01-algemene-bepalingen.md'] = `---
hoofdstuk: 1
titel: Algemene bepalingen
---

::::artikel{nr="1.1" titel="Omgekeerde toets" soort="toetsingsartikel"}

:::juridisch
1. Het :begrip[college] toetst elk besluit over ondersteuning in vier stappen:
   - a. welk effect de inwoner en de gemeente willen bereiken;
   - b. of dat effect past bij de grondwaarden van de wet;
   - c. wat de gevolgen zijn voor de inwoner, op korte en op lange termijn;
   - d. aan welke voorwaarden van de wet en van deze verordening het besluit moet voldoen.
2. Het college legt in het besluit uit hoe het deze stappen heeft gezet.
:::

:::inwoners
Vraagt u ons om hulp? Dan kijken wij eerst naar wat u wilt bereiken. Daarna kijken wij of dat past bij de bedoeling van de wet. Wij denken na over wat het besluit voor u betekent, nu en later. Pas dan kijken wij naar de regels. In ons besluit leggen wij uit hoe wij dat hebben gedaan.
:::
::::

::::artikel{nr="1.2" titel="Hardheidsclausule" soort="hardheidsclausule"}

:::juridisch
Het college kan in het voordeel van de inwoner afwijken van deze verordening als toepassing ervan leidt tot onbillijkheid van overwegende aard. Het college legt in het besluit uit waarom het afwijkt.
:::

:::inwoners
Soms past een regel niet bij uw situatie. Dan kunnen wij een uitzondering maken. In ons besluit leggen wij uit waarom.
:::
::::
`
  wetten.forEach((wet, index) => {
    const nr = index + 2
    files[`${String(nr).padStart(2, '0')}-${wet.key}.md`] = `---
hoofdstuk: ${nr}
titel: ${q(wet.hoofdstuk)}
wet: ${wet.key}
---

::::artikel{nr="${nr}.1" titel="${placeholder}: titel van het eerste artikel"}

:::juridisch
${placeholder}: de eerste regel van dit hoofdstuk, in de bindende tekst.
:::
::::
`
  })
  const slot = wetten.length + 2
  files[`${String(slot).padStart(2, '0')}-slotbepalingen.md`] = `---
hoofdstuk: ${slot}
titel: Slotbepalingen
---

::::artikel{nr="${slot}.1" titel="Inwerkingtreding" soort="inwerkingtreding"}

:::juridisch
Deze verordening treedt in werking op 1 januari ${year}.
:::
::::

::::artikel{nr="${slot}.2" titel="Citeertitel" soort="citeertitel"}

:::juridisch
Deze verordening wordt aangehaald als: ${citeertitel}.
:::
::::
`
  return files
}

/** Makes the new map; returns a Dutch problem or null. */
export async function initVerordening(target: string, options: InitOptions): Promise<string | null> {
  return createMap(target, options.ci ? repositoryFiles(options, options.ci) : initFiles(options))
}

/** A repository: the verordening in `verordening/`, the CI file, and a .gitignore for what CI and build make. */
export function repositoryFiles(options: InitOptions, ci: CiKind): MapFiles {
  const files: MapFiles = {}
  for (const [name, text] of Object.entries(initFiles(options))) files[`${repositoryVerordening}/${name}`] = text
  const { name, text } = ciFile(ci)
  files[name] = text
  files['.gitignore'] = '# Wat bouwen en CI maken; dat hoort niet in git.\n_site/\npublic/\nnode_modules/\n.npm/\n'
  return files
}
