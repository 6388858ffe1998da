// The documents of the search page (/zoeken/documenten.json): one per effect
// page and per artikel page in each version, as plain text. The search page
// builds a MiniSearch index from them in the browser (site/assets/zoeken.js);
// why MiniSearch and not Pagefind: docs/architectuur.md, "Zoeken".
import type { RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { ArtikelEntry } from './artikelen.ts'
import type { EffectView, ZoekDocument } from './types.ts'

const samenvattingLengte = 220

export function buildZoekDocumenten(
  artikelen: readonly ArtikelEntry[],
  effecten: readonly EffectView[],
  dienstNamen: ReadonlyMap<string, readonly string[]> = new Map(),
): ZoekDocument[] {
  // An effect page names the services of its own artikelen too, more quietly than the artikel itself (field tekst).
  const nrByUrl = new Map(artikelen.map(({ view }) => [view.urls.inwoners, view.nr]))
  const effectDiensten = (effect: EffectView): string[] => [
    ...new Set(effect.eigenArtikelen.flatMap((link) => dienstNamen.get(nrByUrl.get(link.url) ?? '') ?? [])),
  ]
  const documenten: ZoekDocument[] = effecten.map((effect) => ({
    id: `effect:${effect.id}`,
    url: effect.url,
    titel: effect.titel,
    soort: 'effect',
    versie: 'Inwonersversie',
    vraag: effect.vraag,
    trefwoorden: [effect.levensdomein, ...effect.trefwoorden].join(', '),
    diensten: '',
    tekst: [effect.tekst, ...effect.eigenArtikelen.map((link) => link.titel), ...effectDiensten(effect)].join(' '),
    samenvatting: `${effect.vraag}. ${effect.tekst}`,
    effecten: [effect.titel],
    wetten: effect.wetten,
  }))
  for (const { artikel, view } of artikelen) {
    const effectTitels = view.effecten.map((link) => link.titel)
    if (artikel.inwoners) {
      const tekst = plain([...artikel.inwoners, ...artikel.voorbeelden.flatMap((voorbeeld) => voorbeeld.inhoud)])
      documenten.push({
        id: `inwoners:${artikel.nr}`,
        url: view.urls.inwoners,
        titel: view.inwonersTitel === view.titel ? `Artikel ${view.nr} ${view.titel}` : `${view.inwonersTitel} (artikel ${view.nr})`,
        soort: 'artikel',
        versie: 'Inwonersversie',
        vraag: view.inwonersTitel === view.titel ? '' : view.titel,
        trefwoorden: artikel.voorbeelden.map((voorbeeld) => voorbeeld.titel).join(', '),
        // The names people use for the service ("thuishulp"): the inwoners page is where they should land.
        diensten: (dienstNamen.get(artikel.nr) ?? []).join(', '),
        tekst,
        samenvatting: kort(plain(artikel.inwoners)),
        effecten: effectTitels,
        wetten: view.wetten,
      })
    }
    const juridisch = plain([...(artikel.juridisch ?? []), ...(artikel.toelichting ?? [])])
    documenten.push({
      id: `juridisch:${artikel.nr}`,
      url: view.urls.juridisch,
      titel: `Artikel ${view.nr} ${view.titel} (juridische versie)`,
      soort: 'artikel',
      versie: 'Juridische versie',
      vraag: '',
      trefwoorden: '',
      diensten: '',
      tekst: juridisch,
      samenvatting: kort(plain(artikel.juridisch ?? [])),
      effecten: effectTitels,
      wetten: view.wetten,
    })
  }
  return documenten
}

function plain(nodes: readonly RootContent[]): string {
  return nodes.map(blockText).join(' ').replace(/\s+/g, ' ').trim()
}

/**
 * The text of a block, with a space between its blocks: toString alone glues
 * list items and leden together ("bereiken;op welke wet").
 */
function blockText(node: RootContent): string {
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell' || !('children' in node)) {
    return toString(node, { includeImageAlt: true })
  }
  return (node.children as RootContent[]).map(blockText).join(' ')
}

function kort(text: string): string {
  if (text.length <= samenvattingLengte) return text
  const cut = text.lastIndexOf(' ', samenvattingLengte)
  return `${text.slice(0, cut > 0 ? cut : samenvattingLengte)} …`
}
