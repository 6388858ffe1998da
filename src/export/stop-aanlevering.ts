// The STOP aanlevering for the LVBB (Landelijke Voorziening Bekendmaken en
// Beschikbaarstellen): a folder with the three files a publicatieopdracht
// holds, as the LVBB aanleverspecificatie describes them:
//
//   besluit.xml    the `AanleveringBesluit` (lvbb-stop-aanlevering.xsd): the
//                  BesluitVersie (identification, BesluitMetadata,
//                  Procedureverloop, ConsolidatieInformatie and the
//                  BesluitCompact) and the RegelingVersieInformatie of the
//                  regeling version the besluit makes;
//   opdracht.xml   the `publicatieOpdracht` (lvbb-transport.xsd): who delivers
//                  (OIN), which file is the besluit, the date of bekendmaking;
//   manifest.xml   the `manifest` (lvbb-transport.xsd): every file, itself too.
//
// The besluit is a `BesluitCompact`: aanhef, Artikel I (a WijzigArtikel that
// points to Bijlage A), Artikel II (the inwerkingtreding) and the sluiting
// with the ondertekening, all from the raadsbesluit data (src/model/raadsbesluit.ts,
// `besluit:` in verordening.yml). Bijlage A holds, for a first vaststelling,
// the whole regeling as a `RegelingCompact` (stop.ts); for a wijziging the
// `RegelingMutatie` from the one model of wijzigingsopdrachten (stop-wijziging.ts).
//
// What the LVBB requires and the author did not give is never filled in: the
// export is refused with the list of what is missing (`aanleveringGegevens`).
// The files are checked against the LVBB's business rules that can be checked
// here (stop-bedrijfsregels.ts) before they are written.
import type { Element, ElementContent } from 'xast'
import { x } from 'xastscript'
import type { Wijziging } from '../compare/vergelijking.ts'
import type { CheckContext } from '../model/context.ts'
import { type BesluitSoort, datum, raadsbesluitFrame } from '../model/raadsbesluit.ts'
import type { VerordeningMeta } from '../model/schema.ts'
import { aknSlug, buildRegelingCompact, regelingWork, stopDocument } from './stop.ts'
import { besluitCompact } from './stop-besluit.ts'
import { type MutatieTelling, regelingMutaties } from './stop-wijziging.ts'

const lvbbaNamespace = 'https://standaarden.overheid.nl/lvbb/stop/aanlevering/'
const lvbbtNamespace = 'http://www.overheid.nl/2017/lvbb'
const dataNamespace = 'https://standaarden.overheid.nl/stop/imop/data/'
/** The STOP version the aanlevering declares: 1.3.0, which the LVBB aanleverschema 2.0.0-rc imports (docs/architectuur.md, "Schema's en validatie"). */
export const aanleveringSchemaVersie = '1.3.0'

/** The file names in the folder; `publicatie` in opdracht.xml names the besluit. */
export const aanleveringBestanden = { besluit: 'besluit.xml', opdracht: 'opdracht.xml', manifest: 'manifest.xml' } as const

// Values from the STOP and LVBB waardelijsten (docs/architectuur.md, "STOP-aanlevering", says where each comes from).
const waarden = {
  soortWorkBesluit: '/join/id/stop/work_003',
  soortWorkRegeling: '/join/id/stop/work_019',
  soortProcedure: '/join/id/stop/proceduretype_definitief',
  stapVaststelling: '/join/id/stop/procedure/stap_002',
  stapOndertekening: '/join/id/stop/procedure/stap_003',
  /** TOOI kern: gemeenteraad. */
  gemeenteraad: '/tooi/def/thes/kern/c_2a7d8663',
  /** TOOI onderwerpen of the sociaal domein: sociale zekerheid, zorg en gezondheid, werk. */
  onderwerpen: ['/tooi/def/concept/c_d4890526', '/tooi/def/concept/c_d0463fb7', '/tooi/def/concept/c_9d1917e9'],
  /**
   * soortRegeling: LVBB4007 asks for a code that begins with `/join/id/stop/regelingtype_0`; the
   * lists we could read name only the Omgevingswet instruments (001–016), none of them a
   * verordening outside the Omgevingswet. Check this code with the LVBB before a first real aanlevering.
   */
  soortRegeling: '/join/id/stop/regelingtype_000',
}

/** One piece of data the LVBB requires that is not in verordening.yml, with where to give it. */
export interface AanleveringGegeven {
  sleutel: string
  omschrijving: string
}

/** What the aanlevering needs beyond the raadsbesluit: the CBS code, the OIN and the date of bekendmaking. */
export function aanleveringGegevens(meta: VerordeningMeta, soort: BesluitSoort): AanleveringGegeven[] {
  const frame = raadsbesluitFrame(meta, soort)
  const missing: AanleveringGegeven[] = []
  if (!meta.cbs) missing.push({ sleutel: 'cbs', omschrijving: 'de gemeentecode van het CBS (vier cijfers, zoals "0363"), voor de identificatie gm…' })
  if (!meta.oin) missing.push({ sleutel: 'oin', omschrijving: 'het OIN van de gemeente (20 cijfers), voor de opdracht aan de LVBB' })
  for (const gegeven of frame.ontbreekt) missing.push({ sleutel: `besluit.${gegeven.veld}`, omschrijving: gegeven.omschrijving })
  if (!meta.besluit?.bekendmaking)
    missing.push({ sleutel: 'besluit.bekendmaking', omschrijving: 'de datum waarop het besluit in het Gemeenteblad wordt bekendgemaakt (JJJJ-MM-DD)' })
  return missing
}

export interface AanleveringWijziging {
  oud: CheckContext
  wijzigingen: readonly Wijziging[]
  /** The revision as the author gave it (`--sinds v1`). */
  sinds: string
}

export interface AanleveringResult {
  soort: BesluitSoort
  /** File name → XML text, in the order of the manifest. */
  bestanden: Array<{ naam: string; xml: string }>
  artikelen: number
  telling: MutatieTelling | null
  /** Why the aanlevering cannot be made (Dutch, with where to fix it); nothing is written when there is one. */
  problems: string[]
}

/** ISO date plus days. */
function plusDagen(iso: string, dagen: number): string {
  const date = new Date(`${iso}T00:00:00Z`)
  date.setUTCDate(date.getUTCDate() + dagen)
  return date.toISOString().slice(0, 10)
}

/** The date the besluit takes effect: the given date, or the day after the bekendmaking. */
function werkingsdatum(inwerkingtreding: string, bekendmaking: string): string {
  return inwerkingtreding === 'na bekendmaking' ? plusDagen(bekendmaking, 1) : inwerkingtreding
}

/**
 * The aanlevering of the next besluit: a first vaststelling of `context`, or
 * (with `wijziging`) the wijziging since the old version. Call only when
 * `aanleveringGegevens` is empty; `now` names the levering (idLevering).
 */
export function buildAanlevering(context: CheckContext, wijziging: AanleveringWijziging | undefined, now: Date): AanleveringResult {
  const meta = context.verordening.meta
  const soort: BesluitSoort = wijziging ? 'wijziging' : 'vaststelling'
  const frame = raadsbesluitFrame(meta, soort)
  const besluitData = meta.besluit ?? {}
  const vergadering = besluitData.vergadering!
  const bekendmaking = besluitData.bekendmaking!
  const gm = `gm${meta.cbs}`
  const jaar = vergadering.slice(0, 4)
  const citeertitel = meta.citeertitel || 'verordening'
  const slug = aknSlug(citeertitel)
  const problems: string[] = []
  const result = (partial: Omit<AanleveringResult, 'soort' | 'problems'>): AanleveringResult => ({ soort, problems, ...partial })

  // Identification: the besluit is a work of its own (bill); the regeling (act) keeps its work for every version.
  const besluitWork = `/akn/nl/bill/${gm}/${jaar}/${soort === 'vaststelling' ? `vaststelling_${slug}` : `wijziging_${slug}_${vergadering.replaceAll('-', '')}`}`
  const besluitExpression = `${besluitWork}/nld@${vergadering}`
  const regelingWorkId = regelingWork(meta)
  const wordt = `${regelingWorkId}/nld@${vergadering}`
  const doel = `/join/id/proces/${gm}/${jaar}/${soort === 'vaststelling' ? `instelling_${slug}` : `wijziging_${slug}_${vergadering.replaceAll('-', '')}`}`
  const inwerking = werkingsdatum(soort === 'vaststelling' ? meta.inwerkingtreding : besluitData.inwerkingtreding!, bekendmaking)

  // The dates the author gave, in the order the procedure has them (LVBB4017, LVBB4200; Gemeentewet
  // artikel 139: a verordening takes effect only after its bekendmaking).
  const lang = (iso: string) => datum(iso) ?? iso
  if (besluitData.voorstel && besluitData.voorstel > vergadering)
    problems.push(
      `Het voorstel van burgemeester en wethouders (\`besluit.voorstel\`, ${lang(besluitData.voorstel)}) ligt na de raadsvergadering (\`besluit.vergadering\`, ${lang(vergadering)}); verwacht een voorstel vóór de vergadering.`,
    )
  if (bekendmaking < vergadering)
    problems.push(
      `De bekendmaking (\`besluit.bekendmaking\`, ${lang(bekendmaking)}) ligt voor de raadsvergadering (\`besluit.vergadering\`, ${lang(vergadering)}); een besluit wordt bekendgemaakt nadat de raad het heeft vastgesteld.`,
    )
  if (inwerking <= bekendmaking)
    problems.push(
      `De inwerkingtreding (${lang(inwerking)}, \`${soort === 'vaststelling' ? 'inwerkingtreding' : 'besluit.inwerkingtreding'}\`) ligt niet na de bekendmaking (\`besluit.bekendmaking\`, ${lang(bekendmaking)}); een verordening treedt pas na haar bekendmaking in werking. Kies een latere inwerkingtreding of een eerdere bekendmaking.`,
    )
  if (soort === 'wijziging' && inwerking <= meta.inwerkingtreding)
    problems.push(
      `De wijziging treedt in werking op ${lang(inwerking)} (\`besluit.inwerkingtreding\`), niet na de versie die zij wijzigt (\`inwerkingtreding\`, ${lang(meta.inwerkingtreding)}); de LVBB verwacht een latere datum (LVBB4200).`,
    )

  // Bijlage A: the whole regeling, or the mutatie from the version the LVBB has.
  let bijlageInhoud: Element
  let artikelen = 0
  let telling: MutatieTelling | null = null
  if (wijziging) {
    const versie = meta.versies?.find((entry) => entry.versie === wijziging.sinds)
    if (!versie) {
      problems.push(
        `Versie \`${wijziging.sinds}\` staat niet onder \`versies:\` in verordening.yml. De LVBB kent de vorige versie van de regeling aan de datum waarop de raad haar vaststelde (${regelingWorkId}/nld@JJJJ-MM-DD); voeg haar toe, bijvoorbeeld \`- { versie: ${wijziging.sinds}, datum: 2026-11-12, raadsbesluit: "…" }\`.`,
      )
      return result({ bestanden: [], artikelen: 0, telling: null })
    }
    const was = `${regelingWorkId}/nld@${versie.datum}`
    if (was === wordt)
      problems.push(
        `De vorige versie (\`${wijziging.sinds}\`, vastgesteld op ${versie.datum}) en deze wijziging hebben dezelfde datum; de nieuwe versie heeft de datum van de raadsvergadering (\`besluit.vergadering\`), verwacht een latere datum.`,
      )
    const mutaties = regelingMutaties(wijziging.oud, context, wijziging.wijzigingen)
    if (!mutaties) {
      problems.push(
        `Sinds \`${wijziging.sinds}\` is de juridische tekst niet gewijzigd, verwacht ten minste één gewijzigd, ingevoegd of vervallen artikel voor een wijzigingsbesluit.`,
      )
      return result({ bestanden: [], artikelen: 0, telling: null })
    }
    problems.push(...mutaties.problems)
    // LVBB5003: every mutatie names an element of the was-version (the old export) by its wId; a VoegToe
    // may also follow an element it adds itself. A miss is a fault of the toolchain, never the author's.
    const wIds = (element: Element) => new Set(elementsWithWId(element))
    const oudeWIds = wIds(buildRegelingCompact(wijziging.oud).element)
    const nieuweWIds = new Set([...oudeWIds, ...wIds(buildRegelingCompact(context).element)])
    for (const mutatie of mutaties.mutaties) {
      const target = String(mutatie.attributes.wat ?? mutatie.attributes.context ?? '')
      const known = mutatie.name === 'VoegToe' ? nieuweWIds : oudeWIds
      if (!known.has(target))
        problems.push(
          `De mutatie ${mutatie.name} noemt ${target}, dat niet in de vorige versie van de regeling staat (LVBB5003). Dit is een fout in de toolchain: meld hem.`,
        )
    }
    telling = mutaties.telling
    bijlageInhoud = x('RegelingMutatie', { componentnaam: 'wijziging', was, wordt }, mutaties.mutaties)
  } else {
    const regeling = buildRegelingCompact(context, { componentnaam: 'regeling', wordt })
    problems.push(...regeling.problems)
    artikelen = regeling.artikelen
    bijlageInhoud = regeling.element
  }

  const besluitTekst = besluitCompact(meta, frame, bijlageInhoud, aanleveringSchemaVersie)

  const d = (name: string, children: ElementContent[] | string) => x(name, children as ElementContent[])
  const organisatie = `/tooi/id/gemeente/${gm}`
  const onderwerpen = d(
    'onderwerpen',
    waarden.onderwerpen.map((onderwerp) => d('onderwerp', onderwerp)),
  )
  const besluitVersie = x('BesluitVersie', [
    x('ExpressionIdentificatie', { xmlns: dataNamespace }, [
      d('FRBRWork', besluitWork),
      d('FRBRExpression', besluitExpression),
      d('soortWork', waarden.soortWorkBesluit),
    ]),
    x('BesluitMetadata', { xmlns: dataNamespace }, [
      d('eindverantwoordelijke', organisatie),
      d('maker', organisatie),
      d('officieleTitel', frame.opschrift),
      onderwerpen,
      d('soortProcedure', waarden.soortProcedure),
      d('soortBestuursorgaan', waarden.gemeenteraad),
    ]),
    x('Procedureverloop', { xmlns: dataNamespace }, [
      d('bekendOp', bekendmaking),
      d('procedurestappen', [
        d('Procedurestap', [d('soortStap', waarden.stapVaststelling), d('voltooidOp', vergadering)]),
        d('Procedurestap', [d('soortStap', waarden.stapOndertekening), d('voltooidOp', vergadering)]),
      ]),
    ]),
    x('ConsolidatieInformatie', { xmlns: dataNamespace }, [
      d('BeoogdeRegelgeving', [d('BeoogdeRegeling', [d('doelen', [d('doel', doel)]), d('instrumentVersie', wordt), d('eId', 'art_I')])]),
      d('Tijdstempels', [d('Tijdstempel', [d('doel', doel), d('soortTijdstempel', 'juridischWerkendVanaf'), d('datum', inwerking), d('eId', 'art_II')])]),
    ]),
    besluitTekst,
  ])
  const versienummer = String((meta.versies?.length ?? 0) + 1)
  const regelingVersieInformatie = x('RegelingVersieInformatie', [
    x('ExpressionIdentificatie', { xmlns: dataNamespace }, [
      d('FRBRWork', regelingWorkId),
      d('FRBRExpression', wordt),
      d('soortWork', waarden.soortWorkRegeling),
    ]),
    x('RegelingVersieMetadata', { xmlns: dataNamespace }, [d('versienummer', versienummer)]),
    // A new regeling needs its RegelingMetadata (LVBB4040); a wijziging leaves it as it was (LVBB4046).
    ...(soort === 'vaststelling'
      ? [
          x('RegelingMetadata', { xmlns: dataNamespace }, [
            d('eindverantwoordelijke', organisatie),
            d('heeftCiteertitelInformatie', [d('CiteertitelInformatie', [d('citeertitel', citeertitel), d('isOfficieel', 'true')])]),
            d('maker', organisatie),
            d('officieleTitel', meta.titel),
            onderwerpen,
            d('soortRegeling', waarden.soortRegeling),
            d('soortBestuursorgaan', waarden.gemeenteraad),
          ]),
        ]
      : []),
  ])
  const aanlevering = x('AanleveringBesluit', { xmlns: lvbbaNamespace, schemaversie: aanleveringSchemaVersie }, [besluitVersie, regelingVersieInformatie])

  const stamp = now.toISOString().replace(/[-:]/g, '').slice(0, 15)
  const opdracht = x('publicatieOpdracht', { xmlns: lvbbtNamespace }, [
    d('idLevering', `${gm}_${soort}_${vergadering.replaceAll('-', '')}_${stamp}`),
    d('idBevoegdGezag', meta.oin!),
    d('idAanleveraar', meta.oin!),
    d('publicatie', aanleveringBestanden.besluit),
    d('datumBekendmaking', bekendmaking),
  ])
  const namen = [aanleveringBestanden.manifest, aanleveringBestanden.opdracht, aanleveringBestanden.besluit]
  const manifest = x(
    'manifest',
    { xmlns: lvbbtNamespace },
    namen.map((naam) => d('bestand', [d('bestandsnaam', naam), d('contentType', 'application/xml')])),
  )
  return result({
    bestanden: [
      { naam: aanleveringBestanden.manifest, xml: stopDocument(manifest) },
      { naam: aanleveringBestanden.opdracht, xml: stopDocument(opdracht) },
      { naam: aanleveringBestanden.besluit, xml: stopDocument(aanlevering) },
    ],
    artikelen,
    telling,
  })
}

/** The wIds of an element and everything in it. */
function elementsWithWId(element: Element): string[] {
  const own = element.attributes.wId
  return [
    ...(own === undefined || own === null ? [] : [String(own)]),
    ...element.children.flatMap((child) => (child.type === 'element' ? elementsWithWId(child) : [])),
  ]
}
