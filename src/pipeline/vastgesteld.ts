// The pipeline step before the rules that gives `inwoners-actueel` what it
// compares with: the last vastgestelde versie named in verordening.yml
// (`versies`), read from git like any other source, parsed (no rules), and
// matched with the current artikelen by identity (src/compare). The rule then
// reads only the model: `context.vastgesteld`. The old version is read once
// per Pipeline; a re-check only matches again.

import type { VFile } from 'vfile'
import { koppel } from '../compare/vergelijking.ts'
import { failure, type Result, succeed } from '../messages/result.ts'
import { type ArtikelTekst, artikelTekst, ledenKey, plainText } from '../model/artikel-tekst.ts'
import type { ModelContext, ParsedHoofdstuk, Vastgesteld } from '../model/context.ts'
import type { VerordeningMeta } from '../model/schema.ts'
import { readRevision } from '../sources/git-source.ts'
import type { SourceFiles } from '../sources/read-source.ts'

/** The old version's artikelen: juridische tekst and inwoners text, in order. */
export interface OudeVersie {
  versie: { versie: string; datum: string; raadsbesluit: string }
  artikelen: Array<{ tekst: ArtikelTekst; inwoners: string }>
}

/** The last vastgestelde versie (latest datum, the later entry on a tie). */
export function laatsteVersie(meta: VerordeningMeta): OudeVersie['versie'] | undefined {
  const versies = meta.versies ?? []
  return versies.reduce<OudeVersie['versie'] | undefined>((last, versie) => (!last || versie.datum >= last.datum ? versie : last), undefined)
}

/** The old version from git, or a Failure saying why it is not compared (said once, by `check --json`). */
export async function leesOudeVersie(
  source: SourceFiles,
  meta: VerordeningMeta,
  parse: (file: VFile) => ParsedHoofdstuk | undefined,
): Promise<Result<OudeVersie>> {
  const versie = laatsteVersie(meta)
  if (!versie)
    return failure(
      'Niet gecontroleerd of de inwonersversies bij zijn: verordening.yml noemt geen vastgestelde versie (`versies`), verwacht bijvoorbeeld `versies: [{versie: v2027.1, datum: 2026-12-17, raadsbesluit: RB-2026-112}]`',
    )
  if (source.revisie !== undefined) return failure(`Niet gecontroleerd of de inwonersversies bij zijn: deze versie (\`${source.revisie}\`) komt zelf uit git`)
  const read = await readRevision(source.dir, versie.versie)
  if (!read.ok) return failure(`Niet gecontroleerd of de inwonersversies bij zijn sinds de vastgestelde versie \`${versie.versie}\`: ${read.message}`)
  const artikelen: OudeVersie['artikelen'] = []
  const parsed = read.value.hoofdstukken.map(parse).filter((entry): entry is ParsedHoofdstuk => entry !== undefined)
  parsed.sort((a, b) => a.hoofdstuk.nr - b.hoofdstuk.nr)
  for (const { hoofdstuk } of parsed) {
    for (const artikel of hoofdstuk.artikelen) artikelen.push({ tekst: artikelTekst(artikel, meta), inwoners: plainText(artikel.inwoners, meta) })
  }
  return succeed({ versie, artikelen })
}

/** Matches the current artikelen with the old version: which have a new juridische tekst but the old inwoners text. */
export function vastgesteldVoor(context: ModelContext, read: Result<OudeVersie>): Result<Vastgesteld> {
  if (!read.ok) return read
  const oud = read.value
  const meta = context.verordening.meta
  const nieuw = context.verordening.hoofdstukken
    .flatMap((hoofdstuk) => hoofdstuk.artikelen)
    .map((artikel) => ({ tekst: artikelTekst(artikel, meta), inwoners: plainText(artikel.inwoners, meta), leeg: artikel.inwoners === null }))
  const verouderd = new Map<string, string>()
  for (const paar of koppel(
    oud.artikelen.map((entry) => entry.tekst),
    nieuw.map((entry) => entry.tekst),
  )) {
    if (paar.oud === undefined || paar.nieuw === undefined) continue
    const before = oud.artikelen[paar.oud]!
    const after = nieuw[paar.nieuw]!
    if (after.leeg) continue
    if (ledenKey(before.tekst) !== ledenKey(after.tekst) && before.inwoners === after.inwoners) verouderd.set(after.tekst.nr, before.tekst.nr)
  }
  return succeed({ ...oud.versie, verouderd })
}
