// The business rules of the LVBB and STOP that the export can check itself,
// on the files as written (parsed back), before they replace anything. The
// codes are those of the LVBB's list of bedrijfsregels and STOP's Schematron
// (imop-tekst.sch); docs/architectuur.md lists which rules are checked here
// and which only the LVBB can check (whether a work id is still free, whether
// the was-version exists there, the waardelijsten).
//
// Each finding is a Dutch sentence; a finding means a fault in the toolchain
// or in data the author gave (a date order), and the export stops on it.
import type { Element, Root } from 'xast'
import { fromXml } from 'xast-util-from-xml'

/** The files of the aanlevering by name, as written. */
export type AanleveringFiles = ReadonlyMap<string, string>

function elements(node: Root | Element, name?: string): Element[] {
  const found: Element[] = []
  const walk = (parent: Root | Element): void => {
    for (const child of parent.children) {
      if (child.type !== 'element') continue
      if (name === undefined || child.name === name) found.push(child)
      walk(child)
    }
  }
  walk(node)
  return found
}

function text(node: Element): string {
  return node.children.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? text(child) : '')).join('')
}

const attr = (node: Element, name: string): string | undefined => {
  const value = node.attributes[name]
  return value === undefined || value === null ? undefined : String(value)
}

const first = (node: Root | Element, name: string): Element | undefined => elements(node, name)[0]
const value = (node: Root | Element | undefined, name: string): string | undefined => {
  const found = node ? first(node, name) : undefined
  return found ? text(found).trim() : undefined
}

/**
 * Elements with an eId, grouped by scope as STOP0020/STOP0021 group them: the
 * besluit outside any component, and each component (`componentnaam`) apart.
 * Elements inside a RegelingMutatie are left out (they name two versions).
 */
function scopes(root: Element): Map<string, Element[]> {
  const map = new Map<string, Element[]>()
  const walk = (node: Element, scope: string): void => {
    if (node.name === 'RegelingMutatie') return
    const own = attr(node, 'componentnaam')
    const here = own ?? scope
    if (attr(node, 'eId') !== undefined) map.set(here, [...(map.get(here) ?? []), node])
    for (const child of node.children) if (child.type === 'element') walk(child, here)
  }
  walk(root, '')
  return map
}

/** An AKN or JOIN identifier as LVBB2008–LVBB2021 describe it; null when it is right. */
export function identificatieProbleem(id: string, expression: boolean): string | null {
  const [work, version] = expression ? id.split('@') : [id, undefined]
  if (expression && (version === undefined || version === '')) return `\`${id}\` heeft geen versie na \`@\``
  const parts = (work ?? '').split('/')
  // "/akn/nl/act/gm9999/2027/naam" (+ "/nld" for an expression): an empty part before the first slash.
  if (parts[0] !== '') return `\`${id}\` begint niet met \`/\``
  const [, soort, land, type, maker, jaar, naam, taal] = parts
  if (soort !== 'akn' && soort !== 'join') return `\`${id}\` begint niet met akn of join (LVBB2008)`
  if (soort === 'akn' && land !== 'nl') return `\`${id}\` heeft als land niet nl (LVBB2009)`
  if (soort === 'akn' && !['bill', 'act', 'doc', 'officialGazette'].includes(type ?? '')) return `\`${id}\` heeft geen geldig AKN-type (LVBB2010)`
  if (soort === 'join' && land !== 'id') return `\`${id}\` heeft als tweede deel niet id (LVBB2011)`
  if (soort === 'join' && !['regdata', 'pubdata', 'infodata', 'proces', 'stop'].includes(type ?? '')) return `\`${id}\` heeft geen geldig JOIN-type (LVBB2012)`
  if (!maker) return `\`${id}\` noemt geen maker`
  if (!/^\d{4}$/.test(jaar ?? '')) return `\`${id}\` heeft als vijfde deel geen jaartal (LVBB2013)`
  if (!naam || !/^[A-Za-z0-9]([A-Za-z0-9_-]*[A-Za-z0-9])?$/.test(naam))
    return `\`${id}\` heeft een naam met andere tekens dan letters, cijfers, _ of - (LVBB2020)`
  if (naam.length > 128) return `\`${id}\` heeft een naam van meer dan 128 tekens (LVBB2021)`
  if (id.includes('.')) return `\`${id}\` bevat een punt (LVBB2017)`
  const count = parts.length - 1
  if (expression && (count !== 7 || taal !== 'nld')) return `\`${id}\` heeft niet de zeven delen tot \`@\` met de taal nld (LVBB2016, LVBB2019)`
  if (!expression && count !== 6) return `\`${id}\` heeft niet zes delen (LVBB2019)`
  return null
}

/** The findings (Dutch), or an empty list when every rule holds. */
export function checkBedrijfsregels(files: AanleveringFiles, besluitFile: string): string[] {
  const problems: string[] = []
  const parsed = new Map<string, Root>()
  for (const [name, xml] of files) {
    try {
      parsed.set(name, fromXml(xml))
    } catch (error) {
      problems.push(`${name} is geen XML (${error instanceof Error ? error.message : String(error)})`)
    }
  }
  const besluit = parsed.get(besluitFile)
  const manifest = parsed.get('manifest.xml')
  const opdracht = parsed.get('opdracht.xml')
  if (!besluit || !manifest || !opdracht) return [...problems, 'de aanlevering mist besluit.xml, manifest.xml of opdracht.xml']

  // The manifest names exactly the files of the folder; the opdracht names the besluit.
  const listed = elements(manifest, 'bestandsnaam').map(text)
  const present = [...files.keys()]
  if (listed.length !== present.length || present.some((name) => !listed.includes(name)))
    problems.push(`manifest.xml noemt ${listed.join(', ')}, maar de map heeft ${present.join(', ')} (LVBB: elk bestand in het manifest)`)
  if (value(opdracht, 'publicatie') !== besluitFile) problems.push(`opdracht.xml noemt als publicatie niet ${besluitFile}`)

  const versie = first(besluit, 'BesluitVersie')
  const compact = versie ? first(versie, 'BesluitCompact') : undefined
  if (!versie || !compact) return [...problems, 'besluit.xml heeft geen BesluitVersie met een BesluitCompact']

  // STOP0020/STOP0021: eId and wId unique per scope.
  for (const [scope, list] of scopes(compact)) {
    const where = scope === '' ? 'het besluit' : `de component ${scope}`
    for (const key of ['eId', 'wId']) {
      const seen = new Set<string>()
      for (const element of list) {
        const id = attr(element, key)
        if (id === undefined) continue
        if (seen.has(id)) problems.push(`de ${key} ${id} komt twee keer voor in ${where} (STOP0020/STOP0021)`)
        seen.add(id)
      }
    }
  }
  // STOP0010: every IntRef outside a mutatie points to an eId in its own scope.
  const eIds = new Map([...scopes(compact)].map(([scope, list]) => [scope, new Set(list.map((element) => attr(element, 'eId')))]))
  const walkRefs = (node: Element, scope: string): void => {
    if (node.name === 'RegelingMutatie') return
    const here = attr(node, 'componentnaam') ?? scope
    if (node.name === 'IntRef') {
      const ref = attr(node, 'ref') ?? ''
      if (!eIds.get(here)?.has(ref))
        problems.push(`de verwijzing (IntRef) naar ${ref} in ${here === '' ? 'het besluit' : `de component ${here}`} wijst naar niets (STOP0010)`)
    }
    for (const child of node.children) if (child.type === 'element') walkRefs(child, here)
  }
  walkRefs(compact, '')

  // LVBB4002: each WijzigArtikel points to a WijzigBijlage and each WijzigBijlage is pointed to.
  const bijlagen = elements(compact, 'WijzigBijlage').map((bijlage) => attr(bijlage, 'eId'))
  const genoemd = new Set(elements(compact, 'WijzigArtikel').flatMap((artikel) => elements(artikel, 'IntRef').map((ref) => attr(ref, 'ref'))))
  for (const bijlage of bijlagen) if (!genoemd.has(bijlage)) problems.push(`de WijzigBijlage ${bijlage} wordt in geen WijzigArtikel genoemd (LVBB4002)`)
  for (const ref of genoemd) if (!bijlagen.includes(ref)) problems.push(`een WijzigArtikel verwijst naar ${ref}, dat geen WijzigBijlage is (LVBB4002)`)

  // Identification: well formed, expression within its work, bill for the besluit and act for the regeling.
  const identificaties = elements(besluit, 'ExpressionIdentificatie')
  for (const identificatie of identificaties) {
    const work = value(identificatie, 'FRBRWork') ?? ''
    const expression = value(identificatie, 'FRBRExpression') ?? ''
    for (const [id, isExpression] of [
      [work, false],
      [expression, true],
    ] as const) {
      const problem = identificatieProbleem(id, isExpression)
      if (problem) problems.push(problem)
    }
    if (!expression.startsWith(`${work}/`)) problems.push(`de expressie ${expression} hoort niet bij het werk ${work}`)
  }
  for (const doel of elements(versie, 'doel').map(text)) {
    const problem = identificatieProbleem(doel, false)
    if (problem) problems.push(problem)
  }
  for (const instrument of elements(versie, 'instrumentVersie').map(text)) {
    const problem = identificatieProbleem(instrument, true)
    if (problem) problems.push(problem)
  }
  const besluitWork = value(first(versie, 'ExpressionIdentificatie'), 'FRBRWork') ?? ''
  if (besluitWork.split('/')[3] !== 'bill') problems.push(`het besluit ${besluitWork} heeft niet het AKN-type bill`)
  const regelingVersies = elements(besluit, 'RegelingVersieInformatie').map((info) => value(info, 'FRBRExpression') ?? '')
  for (const id of regelingVersies) if (id.split('/')[3] !== 'act') problems.push(`de regeling ${id} heeft niet het AKN-type act (LVBB4005)`)

  // LVBB4032/LVBB4033: the wordt of each mutatie or new regeling is the BeoogdeRegeling and the RegelingVersieInformatie.
  const wordt = [...elements(compact, 'RegelingCompact'), ...elements(compact, 'RegelingMutatie')].map((element) => attr(element, 'wordt') ?? '')
  const beoogd = elements(versie, 'BeoogdeRegeling').map((regeling) => value(regeling, 'instrumentVersie') ?? '')
  const same = (a: string[], b: string[]) => a.length === b.length && a.every((item) => b.includes(item))
  if (!same(wordt, beoogd)) problems.push(`de wordt-versies (${wordt.join(', ')}) zijn niet de beoogde regelingen (${beoogd.join(', ')}) (LVBB4032)`)
  if (!same(wordt, regelingVersies))
    problems.push(`de wordt-versies (${wordt.join(', ')}) zijn niet de regelingversies (${regelingVersies.join(', ')}) (LVBB4033)`)
  for (const mutatie of elements(compact, 'RegelingMutatie')) {
    const was = attr(mutatie, 'was') ?? ''
    if (was === '') problems.push('een RegelingMutatie heeft geen was-versie (LVBB5006)')
    else if (was === attr(mutatie, 'wordt')) problems.push(`de was- en wordt-versie zijn beide ${was} (LVBB4014)`)
  }

  // LVBB4803 and LVBB3520: one doel; every tijdstempel belongs to it and points to an element of the besluit.
  const doelen = new Set(elements(versie, 'doel').map(text))
  if (doelen.size !== 1) problems.push(`het besluit heeft ${doelen.size} doelen, verwacht er één (LVBB4803)`)
  const besluitEIds = eIds.get('') ?? new Set()
  for (const tijdstempel of elements(versie, 'Tijdstempel')) {
    const eId = value(tijdstempel, 'eId') ?? ''
    if (!besluitEIds.has(eId)) problems.push(`de tijdstempel wijst naar ${eId}, dat niet in het besluit staat`)
  }
  const beoogdEId = elements(versie, 'BeoogdeRegeling').map((regeling) => value(regeling, 'eId'))
  for (const eId of beoogdEId)
    if (eId !== undefined && !besluitEIds.has(eId)) problems.push(`de beoogde regeling wijst naar ${eId}, dat niet in het besluit staat`)

  // Dates: ondertekening (LVBB4017) ≤ bekendmaking (= datumBekendmaking of the opdracht) < juridisch werkend vanaf.
  const stappen = elements(versie, 'Procedurestap')
  const ondertekening = stappen.find((stap) => value(stap, 'soortStap') === '/join/id/stop/procedure/stap_003')
  const getekend = ondertekening ? value(ondertekening, 'voltooidOp') : undefined
  if (!getekend) problems.push('het besluit heeft geen datum van ondertekening (LVBB4017)')
  const bekendOp = value(versie, 'bekendOp') ?? ''
  if (value(opdracht, 'datumBekendmaking') !== bekendOp)
    problems.push(`de datum van bekendmaking in opdracht.xml is niet die van het procedureverloop (${bekendOp})`)
  if (getekend && bekendOp && getekend > bekendOp) problems.push(`de bekendmaking (${bekendOp}) ligt voor de ondertekening (${getekend})`)
  for (const tijdstempel of elements(versie, 'Tijdstempel')) {
    const datum = value(tijdstempel, 'datum') ?? ''
    if (bekendOp && datum <= bekendOp)
      problems.push(`de inwerkingtreding (${datum}) ligt niet na de bekendmaking (${bekendOp}); een verordening treedt pas na haar bekendmaking in werking`)
  }
  return problems
}
