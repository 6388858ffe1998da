// What a verordening folder holds: the one table every way in reads. A folder
// on disk (read-source.ts), a git revision (git-source.ts), an editor's
// buffers (the language server) and the remark preset all classify file names
// through `classify`, so a file the table names is seen by each of them, and a
// new kind of source is added here once.
import type { ZodType } from 'zod'
import { dienstenSchema } from './diensten-schema.ts'
import { wettelijkBestandSchema } from './wettelijk-schema.ts'

/** Larger files are refused: a hoofdstuk of 1,000 artikelen is well under 2 MB. */
export const maxMarkdownBytes = 2 * 1024 * 1024
export const maxYamlBytes = 1024 * 1024
/** A casus is a page or two; a larger file is not a casus. */
export const maxCasusBytes = 256 * 1024

export interface RegistrySpec {
  /** The file name at the top of the folder. */
  name: string
  /** The key of the registry in the model (`context.registries`) and the file's `data.kind`. */
  key: string
  /** Without a required registry the verordening is incomplete (message `register-aanwezig`); an optional one may be absent. */
  required: boolean
  /** What the file is for, in the author's words (docs, messages). */
  description: string
  /**
   * The schema of a registry that is not one of the standard ones (the model
   * knows those): a registry added by a later feature or by a test.
   */
  schema?: ZodType
}

export interface Layout {
  registries: readonly RegistrySpec[]
  /** The project word list for the spelling check, optional. */
  woordenlijst: string
  /** The folder of casussen: one Markdown file per casus. */
  casussen: string
}

/** The verordening folder as the toolchain knows it. */
export const standardLayout: Layout = {
  registries: [
    { name: 'verordening.yml', key: 'verordening', required: true, description: 'de gegevens van de verordening: gemeente, citeertitel, status, wetten' },
    { name: 'effecten.yml', key: 'effecten', required: true, description: 'de effecten die de raad wil bereiken' },
    { name: 'grondwaarden.yml', key: 'grondwaarden', required: true, description: 'de grondwaarden per wet' },
    { name: 'begrippen.yml', key: 'begrippen', required: true, description: 'de begrippen met definitie en uitleg' },
    { name: 'kaders.yml', key: 'kaders', required: false, description: 'de kaders van de raad (niet verplicht)' },
    {
      name: 'wettelijk.yml',
      key: 'wettelijk',
      required: false,
      description: 'eigen aanvullingen op de wettelijke registers: opdrachten, termijnen en definities uit de wet (niet verplicht)',
      schema: wettelijkBestandSchema,
    },
    { name: 'indicatoren.yml', key: 'indicatoren', required: false, description: 'de indicatoren per effect, met streefwaarde en bron (niet verplicht)' },
    { name: 'indicatoren.csv', key: 'cijfers', required: false, description: 'de cijfers per indicator en periode, als CSV (niet verplicht)' },
    {
      name: 'diensten.yml',
      key: 'diensten',
      required: false,
      description: 'de namen van diensten die inwoners kennen, bij hun artikelen (niet verplicht)',
      schema: dienstenSchema,
    },
    {
      name: 'gemeenten.yml',
      key: 'gemeenten',
      required: false,
      description: 'één tekst voor meer gemeenten: per gemeente de gegevens en waarden (niet verplicht)',
    },
  ],
  woordenlijst: 'woordenlijst.txt',
  casussen: 'casussen',
}

export type SourceEntry =
  | { kind: 'registry'; spec: RegistrySpec; maxBytes: number }
  | { kind: 'hoofdstuk'; maxBytes: number }
  | { kind: 'casus'; maxBytes: number }
  | { kind: 'woordenlijst'; maxBytes: number }

/**
 * What a file name in the folder is (`casussen/x.md` with `/`), or undefined
 * for a file the toolchain does not read.
 */
export function classify(layout: Layout, name: string): SourceEntry | undefined {
  const registry = layout.registries.find((spec) => spec.name === name)
  if (registry) return { kind: 'registry', spec: registry, maxBytes: maxYamlBytes }
  if (name === layout.woordenlijst) return { kind: 'woordenlijst', maxBytes: maxYamlBytes }
  if (!name.endsWith('.md')) return undefined
  const slash = name.indexOf('/')
  if (slash === -1) return { kind: 'hoofdstuk', maxBytes: maxMarkdownBytes }
  if (name.slice(0, slash) === layout.casussen && !name.slice(slash + 1).includes('/')) return { kind: 'casus', maxBytes: maxCasusBytes }
  return undefined
}

/** The largest file any entry allows: what a reader asks for at most. */
export const maxSourceBytes = Math.max(maxMarkdownBytes, maxYamlBytes, maxCasusBytes)
