// Writes an imported verordening in the authoring format, as a concept: the
// binding text in `:::juridisch` with its own numbers, the begripsbepalingen
// in begrippen.yml (definitie filled, uitleg left for the to-do list),
// references as `:artikel[…]` and `:wet[…]`, and INVULLEN where the author
// must add what the omgekeerde verordening asks for.
//
// Nothing from the source is glued into a file as a string: the Markdown is an
// mdast tree written by the serialiser (markdown.ts), the YAML files are
// documents of the `yaml` package. So a word of the source is always a word,
// never syntax: `::::`, `:39111`, `"` or `soort="…"` in the source stay text.
import type { BlockContent, PhrasingContent } from 'mdast'
import { Document, isCollection, isMap, isScalar } from 'yaml'
import type { MapFiles } from '../init/new-map.ts'
import { knownWetten } from '../init/wetten.ts'
import { placeholder } from '../messages/todo.ts'
import { nu } from '../sources/nu.ts'
import { artikelenVan, type BronArtikel, type BronDocument, type BronLid, isArtikel, isoDate } from './bron.ts'
import { type Attributes, comment, containerDirective, list, markdownOf, paragraph, text, textDirective } from './markdown.ts'
import { citedArticles, findReferences, geletOp, type KnownArtikel, wetOfTitle } from './verwijzingen.ts'

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

/** Text with its references as directives, the rest as text nodes. */
function withReferences(value: string, artikelen: ReadonlyMap<string, KnownArtikel>): PhrasingContent[] {
  const nodes: PhrasingContent[] = []
  let at = 0
  for (const reference of findReferences(value, artikelen)) {
    nodes.push(text(value.slice(at, reference.start)), reference.directive)
    at = reference.end
  }
  nodes.push(text(value.slice(at)))
  return nodes
}

/** A YAML file: the `yaml` package quotes and escapes every value; `comment` goes on top. */
function yamlFile(value: unknown, comment?: string, adjust?: (document: Document) => void): string {
  const document = new Document(value)
  if (comment) document.commentBefore = ` ${comment}`
  adjust?.(document)
  return document.toString({ lineWidth: 0 })
}

/** An artikel number as the authoring format numbers artikelen: 3, 12a, 2.1, 2.1a (or a Roman numeral, which check then reports). */
export const artikelNummer = /^(?:\d+(?:\.\d+)*[a-z]{0,2}|[IVXLC]+)$/i

/** A begrip from a definition: "aanvraag: een aanvraag als bedoeld in …;" → term and definitie. */
export function readDefinition(text: string): { term: string; definitie: string } | undefined {
  const match = /^([^:;]{2,80}?)\s*:\s+(\S.*)$/.exec(text)
  if (!match) return undefined
  const term = match[1]!.replace(/^[„"'‘“]|[”"'’]$/g, '').trim()
  const definitie = match[2]!
    .replace(/\s*(;|\.|,)?\s*(en|of)?\s*$/, '')
    .replace(/[;,]$/, '')
    .trim()
  if (!term || !definitie || /\d{3}/.test(term)) return undefined
  return { term, definitie }
}

export interface WriteResult {
  files: MapFiles
  /** What the importer could not map, in Dutch. */
  nietOvergenomen: string[]
  /** How many begrippen begrippen.yml holds. */
  begrippen: number
}

export function writeVerordening(document: BronDocument): WriteResult {
  const niet = [...document.nietOvergenomen]
  const artikelen = artikelenVan(document)
  const known = new Map<string, KnownArtikel>()
  for (const artikel of artikelen) {
    const leden = new Map<number, Set<string>>()
    // As writeLeden writes them: numbered leden 1, 2, 3 …, or one lid (0) that holds all the text.
    const numbered = ledenGenummerd(artikel.leden)
    for (const [index, lid] of artikel.leden.entries()) {
      const key = numbered ? index + 1 : 0
      leden.set(key, new Set([...(leden.get(key) ?? []), ...lid.onderdelen.map((onderdeel) => onderdeel.letter)]))
    }
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
  const allText = artikelen
    .flatMap((artikel) => artikel.leden.flatMap((lid) => [...lid.tekst, ...lid.onderdelen.map((onderdeel) => onderdeel.tekst), ...lid.na]))
    .join(' ')
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
    const blocks: BlockContent[] = []
    for (const deel of hoofdstuk.delen) {
      if (!isArtikel(deel)) blocks.push(comment(deel.paragraaf))
      else blocks.push(writeArtikel(deel, { wet, gelet, known, definitionOf, terms, niet, toelichting: document.toelichting.perArtikel.get(deel.nr) ?? [] }))
    }
    // The front matter is a YAML document of its own; the fences around it are the only fixed text.
    const kop = yamlFile({ hoofdstuk: nr, titel, ...(wet ? { wet } : {}) })
    // Two hoofdstukken with the same number and titel must not share a file: the second would replace the first.
    const base = `${String(nr).padStart(2, '0')}-${slug(titel)}`
    let name = `${base}.md`
    for (let copy = 2; name in files; copy++) name = `${base}-${copy}.md`
    files[name] = `---\n${kop}---\n\n${markdownOf(blocks)}`
  })
  if (document.hoofdstukken.some((hoofdstuk) => hoofdstuk.delen.some((deel) => !isArtikel(deel)))) {
    niet.push(
      'Paragrafen (en afdelingen) binnen een hoofdstuk kent de schrijfvorm niet; hun kop staat als opmerking (`<!-- … -->`) op haar plaats in het hoofdstuk en komt niet op de site.',
    )
  }
  const perArtikel = [...document.toelichting.perArtikel.keys()].filter((nr) => !known.has(nr))
  if (perArtikel.length > 0)
    niet.push(`De toelichting bij ${perArtikel.map((nr) => `artikel ${nr}`).join(', ')} hoort bij geen artikel van de regeling en is weggelaten.`)

  const verordening = {
    gemeente,
    citeertitel,
    titel: document.meta.titel ?? citeertitel,
    status: 'concept',
    ...(document.meta.vastgesteld ? { vastgesteld: document.meta.vastgesteld } : {}),
    inwerkingtreding: document.meta.inwerkingtreding ?? `${nu().getUTCFullYear() + 1}-01-01`,
    ...(aanhef ? { aanhef } : {}),
    wetten: Object.fromEntries(
      knownWetten
        .filter((wet) => wettenUsed.has(wet.key))
        .map((wet) => [wet.key, { naam: wet.naam, ...(wet.afkorting ? { afkorting: wet.afkorting } : {}), bwb: wet.bwb }]),
    ),
  }
  files['verordening.yml'] = yamlFile(
    verordening,
    'Overgenomen met `verordening importeer`. Vul aan wat nog in hoofdletters openstaat; `check` toont de lijst.',
    (yaml) => {
      const wetten = yaml.get('wetten', true)
      // One line per wet, as `init` writes them.
      if (isMap(wetten)) for (const pair of wetten.items) if (isMap(pair.value)) pair.value.flow = true
      const cvdrId = document.meta.cvdrId
      if (cvdrId && isMap(yaml.contents)) {
        const pair = yaml.contents.items.find((item) => isScalar(item.key) && item.key.value === 'wetten')
        if (pair && isScalar(pair.key)) pair.key.commentBefore = ` CVDR: ${cvdrId} (lokaleregelgeving.overheid.nl)`
      }
    },
  )
  if (!document.meta.inwerkingtreding)
    niet.push('De bron noemt geen datum van inwerkingtreding; in verordening.yml staat 1 januari van volgend jaar: controleer die.')

  files['effecten.yml'] = yamlFile(
    [
      {
        id: 'eerste-effect',
        titel: `${placeholder}: de naam van het effect`,
        vraag: `${placeholder}: de vraag zoals een inwoner die stelt`,
        tekst: `${placeholder}: in eenvoudige taal wat de gemeente voor de inwoner wil bereiken`,
        levensdomein: `${placeholder}: bijvoorbeeld Wonen, Werk en inkomen, Financiën, Opgroeien of Meedoen`,
        indicator: `${placeholder}: waaraan de raad meet of het effect wordt bereikt`,
        status: 'concept',
      },
    ],
    'De effecten die de raad vaststelt. Schrijf ze, en noem bij elk artikel zijn effect in effect="…".',
  )
  const wettenVoorGrondwaarde = [...wettenUsed].filter((key) => key !== 'awb' && key !== 'gemw')
  files['grondwaarden.yml'] = yamlFile(
    [
      {
        id: 'gedeeld.eerste-grondwaarde',
        wetten: wettenVoorGrondwaarde.length > 0 ? wettenVoorGrondwaarde : ['awb'],
        tekst: `${placeholder}: de grondwaarde in één zin`,
        bron: { wet: wettenVoorGrondwaarde[0] ?? 'awb', artikel: `${placeholder}: het artikel van de wet` },
      },
    ],
    'De grondwaarden: de bedoeling van de wet. Een grondwaarde met meer wetten is gedeeld.',
    (yaml) => {
      for (const key of ['wetten', 'bron']) {
        const node = yaml.getIn([0, key], true)
        if (isCollection(node)) node.flow = true
      }
    },
  )
  files['begrippen.yml'] = yamlFile(begrippen)
  if (document.toelichting.algemeen.length > 0) {
    files['toelichting-algemeen.txt'] = `${document.toelichting.algemeen.join('\n\n')}\n`
    niet.push('De algemene toelichting heeft geen plaats in de schrijfvorm; ze staat in toelichting-algemeen.txt in de nieuwe map.')
  }
  return { files, nietOvergenomen: niet, begrippen: begrippen.length }
}

interface ArtikelContext {
  wet: string | undefined
  gelet: Map<string, string[]>
  known: ReadonlyMap<string, KnownArtikel>
  definitionOf: Map<object, string>
  terms: Set<string>
  /** Where the importer tells what it could not take over as it stands. */
  niet: string[]
  toelichting: string[]
}

function writeArtikel(artikel: BronArtikel, context: ArtikelContext): BlockContent {
  const soort = soortVan(artikel.titel)
  const words = artikel.leden
    .flatMap((lid) => [...lid.tekst, ...lid.onderdelen.flatMap((onderdeel) => [onderdeel.tekst, ...onderdeel.sub]), ...lid.na])
    .join(' ')
  const grondslagen = context.wet ? citedArticles(words, context.wet) : []
  if (context.wet && grondslagen.length === 0) grondslagen.push(...(context.gelet.get(context.wet) ?? []))
  // The number stays as the source writes it, whatever it is: check reports one that is no artikel number.
  if (artikel.nr && !artikelNummer.test(artikel.nr)) {
    context.niet.push(
      `Het artikelnummer “${artikel.nr}” is geen nummer zoals 3, 3a of 2.1; het staat zoals de bron het schrijft in nr="…", en check meldt het als fout: geef het artikel het goede nummer.`,
    )
  }
  const attributes: Attributes = {
    ...(artikel.nr ? { nr: artikel.nr } : {}),
    titel: artikel.titel || `${placeholder}: titel`,
    ...(soort !== 'regel' ? { soort } : {}),
    ...(grondslagen.length > 0 ? { grondslag: grondslagen.map((artikelNr) => `${context.wet}:${artikelNr}`).join(' ') } : {}),
  }
  const children: BlockContent[] = [containerDirective('juridisch', {}, writeLeden(artikel, context))]
  if (context.toelichting.length > 0)
    children.push(
      containerDirective(
        'toelichting',
        {},
        context.toelichting.map((value) => paragraph(withReferences(value, context.known))),
      ),
    )
  return containerDirective('artikel', attributes, children)
}

/** Markdown numbers a list 1, 2, 3 … by itself, so only leden numbered exactly so can be one: any other numbering would be changed. */
function ledenGenummerd(leden: readonly BronLid[]): boolean {
  return leden.length > 0 && leden.every((lid, index) => lid.nr === String(index + 1))
}

/** The leden: a numbered list when the source numbers them 1, 2, 3 …; otherwise paragraphs that keep their numbers as text. */
function writeLeden(artikel: BronArtikel, context: ArtikelContext): BlockContent[] {
  const { leden } = artikel
  const numbered = ledenGenummerd(leden)
  if (!numbered && leden.some((lid) => lid.nr !== null)) {
    context.niet.push(
      `De leden van artikel ${artikel.nr || '(zonder nummer)'} zijn genummerd als ${leden.map((lid) => lid.nr ?? '(geen)').join(', ')}, niet als 1, 2, 3 …; hun nummers staan als tekst aan het begin van elk lid: maak er een genummerde lijst van.`,
    )
  }
  const blocks = leden.map((lid) => writeLid(lid, numbered ? null : lid.nr, context))
  return numbered ? [list(true, true, blocks)] : blocks.flat()
}

/** The blocks of one lid: its paragraphs, its onderdelen as a list, and what follows them. `lead` is a number kept as text. */
function writeLid(lid: BronLid, lead: string | null, context: ArtikelContext): BlockContent[] {
  const paragraphs = lid.tekst.map((value) => withReferences(value, context.known))
  if (lead !== null) paragraphs[0] = [text(`${lead}. `), ...(paragraphs[0] ?? [])]
  const blocks: BlockContent[] = paragraphs.map(paragraph)
  if (lid.onderdelen.length > 0) {
    const items = lid.onderdelen.map((onderdeel): BlockContent[] => {
      const term = context.definitionOf.get(onderdeel)
      const colon = onderdeel.tekst.indexOf(':')
      const label = onderdeel.tekst.slice(0, colon).trim()
      const body: PhrasingContent[] =
        term && colon > 0
          ? [
              textDirective('begrip', label, label.toLowerCase() === term.toLowerCase() ? {} : { term: term.toLowerCase() }),
              ...withReferences(onderdeel.tekst.slice(colon), context.known),
            ]
          : withReferences(onderdeel.tekst, context.known)
      const item: BlockContent[] = [paragraph([text(`${onderdeel.letter}. `), ...body])]
      if (onderdeel.sub.length > 0)
        item.push(
          list(
            false,
            false,
            onderdeel.sub.map((sub) => [paragraph(withReferences(sub, context.known))]),
          ),
        )
      return item
    })
    blocks.push(list(false, false, items))
  }
  blocks.push(...lid.na.map((value) => paragraph(withReferences(value, context.known))))
  return blocks
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
  const roman = (value: string) =>
    [...value.toUpperCase()].reduce(
      (sum, char, index, all) => (romans[char]! < (romans[all[index + 1] ?? ''] ?? 0) ? sum - romans[char]! : sum + romans[char]!),
      0,
    )
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
  return (
    text
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'hoofdstuk'
  )
}
