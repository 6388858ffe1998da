// Writes an imported verordening in the authoring format, as a concept: the
// binding text in `:::juridisch` with its own numbers, the begripsbepalingen
// in begrippen.yml (definitie filled, uitleg left for the to-do list),
// references as `:artikel[…]` and `:wet[…]`, and INVULLEN where the author
// must add what the omgekeerde verordening asks for.
import { placeholder } from '../messages/todo.ts'
import { knownWetten } from '../init/wetten.ts'
import type { MapFiles } from '../init/new-map.ts'
import { artikelenVan, isArtikel, isoDate, type BronArtikel, type BronDocument, type BronLid } from './bron.ts'
import { citedArticles, findReferences, geletOp, wetOfTitle, type KnownArtikel } from './verwijzingen.ts'

const q = (text: string) => JSON.stringify(text)

type Soort = 'regel' | 'begripsbepalingen' | 'hardheidsclausule' | 'overgangsrecht' | 'intrekking' | 'inwerkingtreding' | 'citeertitel'

/** The soort an artikel's titel gives it; only what the titel says plainly. */
export function soortVan(titel: string): Soort {
  const lower = titel.toLowerCase()
  if (/begripsbepaling|begrippen|definities/.test(lower)) return 'begripsbepalingen'
  if (/hardheidsclausule/.test(lower)) return 'hardheidsclausule'
  if (/^inwerkingtreding/.test(lower)) return 'inwerkingtreding'
  if (/^citeertitel/.test(lower)) return 'citeertitel'
  if (/^intrekking/.test(lower)) return 'intrekking'
  if (/overgangs(recht|bepaling)/.test(lower)) return 'overgangsrecht'
  return 'regel'
}

/** Markdown-safe text: characters that would start markup are escaped, so the words stay as they are. */
export function escapeText(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, (char) => `\\${char}`)
    .replace(/:(?=[\p{L}])/gu, '\\:')
    .replace(/&(?=[#\p{L}])/gu, '&amp;')
    .replace(/^(\d{1,9})([.)])/, '$1\\$2')
    .replace(/^([-+#>=])/, '\\$1')
}

/** Text with its references as directives; the rest escaped. */
function withReferences(text: string, artikelen: ReadonlyMap<string, KnownArtikel>): string {
  let result = ''
  let at = 0
  for (const reference of findReferences(text, artikelen)) {
    result += escapeText(text.slice(at, reference.start)) + reference.directive
    at = reference.end
  }
  return result + escapeText(text.slice(at))
}

/** A begrip from a definition: "aanvraag: een aanvraag als bedoeld in …;" → term and definitie. */
export function readDefinition(text: string): { term: string; definitie: string } | undefined {
  const match = /^([^:;]{2,80}?)\s*:\s+(\S.*)$/.exec(text)
  if (!match) return undefined
  const term = match[1]!.replace(/^[„"'‘“]|[”"'’]$/g, '').trim()
  const definitie = match[2]!.replace(/\s*(;|\.|,)?\s*(en|of)?\s*$/, '').replace(/[;,]$/, '').trim()
  if (!term || !definitie || /\d{3}/.test(term)) return undefined
  return { term, definitie }
}

export interface WriteResult {
  files: MapFiles
  /** What the importer could not map, in Dutch. */
  nietOvergenomen: string[]
}

export function writeVerordening(document: BronDocument): WriteResult {
  const niet = [...document.nietOvergenomen]
  const artikelen = artikelenVan(document)
  const known = new Map<string, KnownArtikel>()
  for (const artikel of artikelen) {
    const leden = new Map<number, Set<string>>()
    for (const lid of artikel.leden) leden.set(lid.nr === null ? 0 : Number(lid.nr), new Set(lid.onderdelen.map((onderdeel) => onderdeel.letter)))
    if (!known.has(artikel.nr)) known.set(artikel.nr, { leden })
  }

  // The begrippen, from the begripsbepalingen: each lettered onderdeel that reads "term: definitie".
  const begrippen: Array<{ term: string; definitie: string }> = []
  const terms = new Set<string>()
  const definitionOf = new Map<object, string>()
  for (const artikel of artikelen) {
    if (soortVan(artikel.titel) !== 'begripsbepalingen') continue
    for (const lid of artikel.leden) {
      for (const onderdeel of lid.onderdelen) {
        const definition = readDefinition(onderdeel.tekst)
        if (!definition) continue
        const term = definition.term.toLowerCase()
        if (terms.has(term) || /[\\`*_[\]<>{}"]/.test(term)) continue
        terms.add(term)
        const definitie = [definition.definitie, ...onderdeel.sub].join(' ')
        begrippen.push({ term, definitie })
        definitionOf.set(onderdeel, definition.term)
      }
    }
  }

  const aanhef = document.meta.aanhef ?? ''
  const gelet = geletOp(aanhef)
  const allText = artikelen.flatMap((artikel) => artikel.leden.flatMap((lid) => [...lid.tekst, ...lid.onderdelen.map((onderdeel) => onderdeel.tekst), ...lid.na])).join(' ')
  const wettenUsed = new Set<string>(['awb'])
  for (const reference of findReferences(`${allText} ${aanhef}`, known)) if (reference.wet) wettenUsed.add(reference.wet)
  for (const key of gelet.keys()) wettenUsed.add(key)

  // The date of inwerkingtreding from the artikel that says it, when the source has no metadata for it.
  if (!document.meta.inwerkingtreding) {
    const artikel = artikelen.find((candidate) => soortVan(candidate.titel) === 'inwerkingtreding')
    const date = artikel ? isoDate(artikel.leden.flatMap((lid) => lid.tekst).join(' ')) : undefined
    if (date) document.meta.inwerkingtreding = date
  }
  const files: MapFiles = {}
  const gemeente = document.meta.gemeente ?? /\bde raad van de gemeente ([\p{L}][\p{L}\p{N} '-]*?)\s*[;,]/iu.exec(aanhef)?.[1] ?? placeholder
  const citeertitel = document.meta.citeertitel ?? citeertitelUitTekst(artikelen) ?? document.meta.titel ?? `${placeholder}: de citeertitel`
  const hoofdstukNummers = numberHoofdstukken(document, niet)

  document.hoofdstukken.forEach((hoofdstuk, index) => {
    const nr = hoofdstukNummers[index]!
    const wet = wetOfTitle(hoofdstuk.titel) ?? (document.hoofdstukken.length === 1 ? wetOfTitle(citeertitel) : undefined)
    if (wet) wettenUsed.add(wet)
    const titel = hoofdstuk.titel || (hoofdstuk.nr === null ? citeertitel : `Hoofdstuk ${hoofdstuk.nr}`)
    const parts: string[] = [`---\nhoofdstuk: ${nr}\ntitel: ${q(titel)}\n${wet ? `wet: ${wet}\n` : ''}---\n`]
    for (const deel of hoofdstuk.delen) {
      if (!isArtikel(deel)) {
        parts.push(`<!-- ${deel.paragraaf.replace(/--/g, '—')} -->\n`)
        continue
      }
      parts.push(writeArtikel(deel, { wet, gelet, known, definitionOf, terms, toelichting: document.toelichting.perArtikel.get(deel.nr) ?? [] }))
    }
    files[`${String(nr).padStart(2, '0')}-${slug(titel)}.md`] = parts.join('\n')
  })
  if (document.hoofdstukken.some((hoofdstuk) => hoofdstuk.delen.some((deel) => !isArtikel(deel)))) {
    niet.push('Paragrafen (en afdelingen) binnen een hoofdstuk kent de schrijfvorm niet; hun kop staat als opmerking (`<!-- … -->`) op haar plaats in het hoofdstuk en komt niet op de site.')
  }
  const perArtikel = [...document.toelichting.perArtikel.keys()].filter((nr) => !known.has(nr))
  if (perArtikel.length > 0) niet.push(`De toelichting bij ${perArtikel.map((nr) => `artikel ${nr}`).join(', ')} hoort bij geen artikel van de regeling en is weggelaten.`)

  files['verordening.yml'] = [
    '# Overgenomen met `verordening importeer`. Vul aan wat nog in hoofdletters openstaat; `check` toont de lijst.',
    `gemeente: ${q(gemeente)}`,
    `citeertitel: ${q(citeertitel)}`,
    `titel: ${q(document.meta.titel ?? citeertitel)}`,
    'status: concept',
    ...(document.meta.vastgesteld ? [`vastgesteld: ${document.meta.vastgesteld}`] : []),
    `inwerkingtreding: ${document.meta.inwerkingtreding ?? `${new Date().getUTCFullYear() + 1}-01-01`}`,
    ...(aanhef ? [`aanhef: ${q(aanhef)}`] : []),
    ...(document.meta.cvdrId ? [`# CVDR: ${document.meta.cvdrId} (lokaleregelgeving.overheid.nl)`] : []),
    'wetten:',
    ...knownWetten.filter((wet) => wettenUsed.has(wet.key)).map((wet) => `  ${wet.key}: { naam: ${wet.naam}${wet.afkorting ? `, afkorting: ${wet.afkorting}` : ''}, bwb: ${wet.bwb} }`),
    '',
  ].join('\n')
  if (!document.meta.inwerkingtreding) niet.push('De bron noemt geen datum van inwerkingtreding; in verordening.yml staat 1 januari van volgend jaar: controleer die.')

  files['effecten.yml'] = `# De effecten die de raad vaststelt. Schrijf ze, en noem bij elk artikel zijn effect in effect="…".
- id: eerste-effect
  titel: ${q(`${placeholder}: de naam van het effect`)}
  vraag: ${q(`${placeholder}: de vraag zoals een inwoner die stelt`)}
  tekst: ${q(`${placeholder}: in eenvoudige taal wat de gemeente voor de inwoner wil bereiken`)}
  levensdomein: ${q(`${placeholder}: bijvoorbeeld Wonen, Werk en inkomen, Financiën, Opgroeien of Meedoen`)}
  indicator: ${q(`${placeholder}: waaraan de raad meet of het effect wordt bereikt`)}
  status: concept
`
  const wettenVoorGrondwaarde = [...wettenUsed].filter((key) => key !== 'awb' && key !== 'gemw')
  files['grondwaarden.yml'] = `# De grondwaarden: de bedoeling van de wet. Een grondwaarde met meer wetten is gedeeld.
- id: gedeeld.eerste-grondwaarde
  wetten: [${(wettenVoorGrondwaarde.length > 0 ? wettenVoorGrondwaarde : ['awb']).join(', ')}]
  tekst: ${q(`${placeholder}: de grondwaarde in één zin`)}
  bron: { wet: ${wettenVoorGrondwaarde[0] ?? 'awb'}, artikel: ${q(`${placeholder}: het artikel van de wet`)} }
`
  files['begrippen.yml'] = begrippen.length === 0 ? '[]\n' : `${begrippen.map((begrip) => `- term: ${q(begrip.term)}\n  definitie: ${q(begrip.definitie)}\n`).join('')}`
  if (document.toelichting.algemeen.length > 0) {
    files['toelichting-algemeen.txt'] = `${document.toelichting.algemeen.join('\n\n')}\n`
    niet.push('De algemene toelichting heeft geen plaats in de schrijfvorm; ze staat in toelichting-algemeen.txt in de nieuwe map.')
  }
  return { files, nietOvergenomen: niet }
}

interface ArtikelContext {
  wet: string | undefined
  gelet: Map<string, string[]>
  known: ReadonlyMap<string, KnownArtikel>
  definitionOf: Map<object, string>
  terms: Set<string>
  toelichting: string[]
}

function writeArtikel(artikel: BronArtikel, context: ArtikelContext): string {
  const soort = soortVan(artikel.titel)
  const text = artikel.leden.flatMap((lid) => [...lid.tekst, ...lid.onderdelen.flatMap((onderdeel) => [onderdeel.tekst, ...onderdeel.sub]), ...lid.na]).join(' ')
  const grondslagen = context.wet ? citedArticles(text, context.wet) : []
  if (context.wet && grondslagen.length === 0) grondslagen.push(...(context.gelet.get(context.wet) ?? []))
  const titel = (artikel.titel || `${placeholder}: titel`).replace(/"/g, '”')
  const attributes = [`nr="${artikel.nr}"`, `titel="${titel}"`, soort !== 'regel' ? `soort="${soort}"` : '', grondslagen.length > 0 ? `grondslag="${grondslagen.map((artikelNr) => `${context.wet}:${artikelNr}`).join(' ')}"` : ''].filter(Boolean)
  const lines = [`::::artikel{${attributes.join(' ')}}`, '', ':::juridisch', ...writeLeden(artikel.leden, context), ':::']
  if (context.toelichting.length > 0) lines.push('', ':::toelichting', context.toelichting.map((paragraph) => withReferences(paragraph, context.known)).join('\n\n'), ':::')
  lines.push('::::', '')
  return lines.join('\n')
}

function writeLeden(leden: BronLid[], context: ArtikelContext): string[] {
  const numbered = leden.length > 0 && leden.every((lid) => lid.nr !== null)
  const out: string[] = []
  leden.forEach((lid, index) => {
    const marker = numbered ? `${lid.nr}. ` : ''
    const indent = ' '.repeat(marker.length)
    if (index > 0) out.push('')
    const paragraphs = lid.tekst.map((paragraph) => withReferences(paragraph, context.known))
    // Leden that are not all numbered are written as they stand, number and all.
    const lead = numbered ? '' : lid.nr !== null ? `${lid.nr}\\. ` : ''
    out.push(`${marker}${lead}${paragraphs[0] ?? ''}`.trimEnd())
    for (const paragraph of paragraphs.slice(1)) out.push('', `${indent}${paragraph}`)
    if (lid.onderdelen.length > 0) {
      // A lid without its own sentence: the list follows its number directly (a blank line would end the lid).
      if (paragraphs.length === 0 && !marker && !lead) out.pop()
      else if (paragraphs.length > 0) out.push('')
      for (const onderdeel of lid.onderdelen) {
        const term = context.definitionOf.get(onderdeel)
        const colon = onderdeel.tekst.indexOf(':')
        const label = onderdeel.tekst.slice(0, colon).trim()
        const body =
          term && colon > 0 && !/[[\]\\{}"]/.test(label)
            ? `:begrip[${label}]${label.toLowerCase() === term.toLowerCase() ? '' : `{term="${term.toLowerCase()}"}`}${withReferences(onderdeel.tekst.slice(colon), context.known)}`
            : withReferences(onderdeel.tekst, context.known)
        out.push(`${indent}- ${onderdeel.letter}. ${body}`)
        for (const sub of onderdeel.sub) out.push(`${indent}  - ${withReferences(sub, context.known)}`)
      }
    }
    for (const paragraph of lid.na) out.push('', `${indent}${withReferences(paragraph, context.known)}`)
  })
  return out
}

function citeertitelUitTekst(artikelen: BronArtikel[]): string | undefined {
  for (const artikel of artikelen) {
    const text = artikel.leden.flatMap((lid) => lid.tekst).join(' ')
    const match = /aangehaald als:?\s*[„"“']?([^”"'.]+?)[”"']?\s*\.?$/i.exec(text)
    if (match) return match[1]!.trim()
  }
  return undefined
}

/** Hoofdstuk numbers as integers: as written when they are, roman numerals read as such, otherwise by position. */
function numberHoofdstukken(document: BronDocument, niet: string[]): number[] {
  const romans: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 }
  const roman = (value: string) => [...value.toUpperCase()].reduce((sum, char, index, all) => (romans[char]! < (romans[all[index + 1] ?? ''] ?? 0) ? sum - romans[char]! : sum + romans[char]!), 0)
  return document.hoofdstukken.map((hoofdstuk, index) => {
    if (hoofdstuk.nr === null) return index + 1
    if (/^\d+$/.test(hoofdstuk.nr)) return Number(hoofdstuk.nr)
    if (/^[IVXLC]+$/i.test(hoofdstuk.nr)) {
      niet.push(`Hoofdstuk ${hoofdstuk.nr} is genummerd met een Romeins cijfer; in de schrijfvorm is dat hoofdstuk ${roman(hoofdstuk.nr)}.`)
      return roman(hoofdstuk.nr)
    }
    niet.push(`Hoofdstuk ${hoofdstuk.nr} heeft een nummer dat de schrijfvorm niet kent; het is hoofdstuk ${index + 1} geworden.`)
    return index + 1
  })
}

function slug(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40) || 'hoofdstuk'
}
