// The images a verordening refers to, and its logo, on their way to the site.
// Each is read once, only if it is a regular file inside the map after links
// are resolved (src/load/map-file.ts), checked against its extension (an SVG
// is cleaned, a raster image must start like one), and the checked bytes are
// what the site gets: nothing is copied from disk after the check.
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { Image } from 'mdast'
import type { Position } from 'unist'
import { visit } from 'unist-util-visit'
import type { VFile } from 'vfile'
import { report } from '../messages/report.ts'
import { failure, type Result, succeed } from '../messages/result.ts'
import type { CheckContext } from '../model/context.ts'
import { parseImagePath } from '../parse/image-path.ts'
import { type MapFileProblem, readMapFile } from '../sources/map-file.ts'
import { checkImageContent } from './image-content.ts'

/** Far above a photo on a web page; keeps a stray video out of memory. */
export const maxImageBytes = 20 * 1024 * 1024

/** The ruleId of the messages about images and logo (not a lint rule: they come from the build). */
export const assetRuleId = 'afbeelding-bestand'

interface Prepared {
  /** Where the file goes in the site, relative to the site folder. */
  target: string
  bytes: Uint8Array
}

export interface SiteAssets {
  /** Messages added to the source files (at the image reference or the logo field). */
  errors: number
  /** The site path (where it is written, without the basis) for an image reference, or null to leave the image out. */
  imageUrl(reference: string): string | null
  logoUrl: string | null
  /** Writes the checked images and logo into a built site. */
  writeTo(siteDir: string): Promise<void>
}

/**
 * Reads and checks every image the hoofdstukken refer to, and the logo. A
 * problem becomes a positioned message on the source file; that image is
 * left out of the site.
 */
export async function prepareAssets(context: CheckContext, sourceDir: string): Promise<SiteAssets> {
  const prepared = new Map<string, Prepared>()
  const urls = new Map<string, string | null>()
  let errors = 0
  const fail = (file: VFile, place: Position | undefined, what: string, name: string, reason: string) => {
    report(file, `${what} \`${name.slice(0, 60)}\` ${reason}`, place, assetRuleId)
    errors++
  }

  /** Reads one reference; returns its URL, or why it has none (the second half of a message, after the name). */
  const load = async (reference: string, folder: string): Promise<Result<string>> => {
    const parsed = parseImagePath(reference)
    if (!parsed.ok) return parsed
    const relative = parsed.value
    const read = await readMapFile(sourceDir, path.join(sourceDir, ...relative.split('/')), maxImageBytes)
    if (!read.ok) return failure(problemText(read.problem, read.size))
    const content = await checkImageContent(relative, read.bytes)
    if (!content.ok) return content
    const target = `${folder}/${relative}`
    prepared.set(target, { target, bytes: content.value })
    return succeed(`/${target.split('/').map(encodeURIComponent).join('/')}`)
  }

  // `serve` hands in the same files again after an edit; a message from the
  // previous build must not stay (or double) once the image is fixed.
  const registry = context.registries.verordening
  for (const file of [...context.hoofdstukken.map((entry) => entry.file), ...(registry ? [registry.file] : [])]) {
    file.messages = file.messages.filter((message) => message.ruleId !== assetRuleId)
  }

  for (const { file, tree } of context.hoofdstukken) {
    const images: Image[] = []
    visit(tree, 'image', (node: Image) => {
      images.push(node)
    })
    for (const image of images) {
      // The same picture may appear more than once; it is read once, but
      // every reference to a bad one gets its own message.
      const seen = urls.get(image.url)
      if (seen !== undefined && seen !== null) continue
      const result = await load(image.url, 'afbeeldingen')
      urls.set(image.url, result.ok ? result.value : null)
      if (!result.ok) fail(file, image.position, 'Afbeelding', image.url, result.message)
    }
  }

  let logoUrl: string | null = null
  const logo = context.verordening.meta.huisstijl.logo
  if (logo) {
    const result = await load(logo, 'assets/huisstijl')
    if (result.ok) logoUrl = result.value
    else if (registry) fail(registry.file, registry.place(['huisstijl', 'logo']), 'Logo', logo, result.message)
    else errors++
  }

  return {
    errors,
    imageUrl: (reference) => urls.get(reference) ?? null,
    logoUrl,
    async writeTo(siteDir) {
      for (const { target, bytes } of prepared.values()) {
        const destination = path.join(siteDir, ...target.split('/'))
        await mkdir(path.dirname(destination), { recursive: true })
        await writeFile(destination, bytes)
      }
    },
  }
}

function problemText(problem: MapFileProblem, size: number | undefined): string {
  switch (problem) {
    case 'ontbreekt':
      return 'niet gevonden, verwacht een bestand met die naam in de map van de verordening'
    case 'buiten-map':
      return 'verwijst (als snelkoppeling) naar een plek buiten de map van de verordening en is niet gelezen, verwacht een gewoon bestand in de map zelf'
    case 'geen-bestand':
      return 'is geen gewoon bestand (maar bijvoorbeeld een map), verwacht een afbeeldingsbestand in de map van de verordening'
    case 'te-groot':
      return `is ${formatMegabytes(size ?? 0)}, verwacht hoogstens ${formatMegabytes(maxImageBytes)}: verklein de afbeelding`
    case 'onleesbaar':
      return 'is niet leesbaar, verwacht een bestand dat u mag lezen'
  }
}

function formatMegabytes(size: number): string {
  return `${(size / 1024 / 1024).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} MB`
}
