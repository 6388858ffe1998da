// The text of a raadsbesluit in STOP: a `BesluitCompact` with the frame of
// every raadsbesluit (src/model/raadsbesluit.ts: opschrift, aanhef, Artikel II,
// ondertekening) around Artikel I, a WijzigArtikel that points to Bijlage A.
// Bijlage A holds the whole regeling (a first vaststelling) or the
// RegelingMutatie (a wijziging). One builder for `export stop --sinds --uit
// besluit.xml` and for the aanlevering (stop-aanlevering.ts), so the besluit
// reads the same in both, and as in Word and Markdown.
import type { Element, ElementContent } from 'xast'
import { x } from 'xastscript'
import { datum, type RaadsbesluitFrame } from '../model/raadsbesluit.ts'
import type { VerordeningMeta } from '../model/schema.ts'
import { kop, stopNamespace } from './stop.ts'

export function besluitCompact(meta: VerordeningMeta, frame: RaadsbesluitFrame, bijlage: Element, schemaversie: string): Element {
  // The besluit is a work of its own: its elements get their own wId prefix (the regeling has `_1`).
  const ids = (eId: string) => ({ eId, wId: `gm${meta.cbs ?? '0000'}_2__${eId}` })
  const al = (text: string) => x('Al', text)
  const citeertitel = meta.citeertitel || 'verordening'
  const wat: ElementContent[] = [
    { type: 'text', value: `De ${citeertitel} ${frame.soort === 'vaststelling' ? 'wordt vastgesteld' : 'wordt gewijzigd'} zoals is aangegeven in ` },
    x('IntRef', { ref: 'cmp_A' }, 'Bijlage A'),
    { type: 'text', value: '.' },
  ]
  // A vaststelling has no Artikel II in the frame (its artikelen say when it takes effect); STOP wants the
  // inwerkingtreding in the besluit, where the Tijdstempel can point to it.
  const artikelII = frame.artikelII ?? `Dit besluit treedt in werking met ingang van ${datum(meta.inwerkingtreding)}.`
  return x('BesluitCompact', { xmlns: stopNamespace, schemaversie }, [
    x('RegelingOpschrift', ids('longTitle'), [al(frame.opschrift)]),
    x('Aanhef', ids('formula_1'), frame.aanhef.map(al)),
    x('Lichaam', ids('body'), [
      x('WijzigArtikel', ids('art_I'), [kop('Artikel', 'I', ''), x('Wat', wat)]),
      x('Artikel', ids('art_II'), [kop('Artikel', 'II', ''), x('Inhoud', [al(artikelII)])]),
    ]),
    x('Sluiting', ids('formula_2'), [
      al(frame.ondertekening.vastgesteld),
      x('Ondertekening', [al('De griffier,'), al(frame.ondertekening.griffier)]),
      x('Ondertekening', [al('De voorzitter,'), al(frame.ondertekening.voorzitter)]),
    ]),
    x('WijzigBijlage', ids('cmp_A'), [kop('Bijlage', 'A', 'Bij Artikel I'), bijlage]),
  ])
}
