// The authoring language: which directives exist, of which kind, with which
// attributes, and where they may stand. Rules and the authoring guide read it.
export type DirectiveKind = 'containerDirective' | 'leafDirective' | 'textDirective'

export interface DirectiveSpec {
  kind: DirectiveKind
  attributes: string[]
  required: string[]
  /** Name of the directive it must stand directly in; `root` = top level of the file. */
  parent?: 'root' | 'artikel'
}

export const vocabulary: Record<string, DirectiveSpec[]> = {
  artikel: [
    {
      kind: 'containerDirective',
      attributes: ['nr', 'titel', 'effect', 'grondwaarde', 'grondslag', 'soort', 'kader', 'opdracht'],
      required: ['nr', 'titel'],
      parent: 'root',
    },
    { kind: 'textDirective', attributes: ['lid', 'onderdeel', 'tekst'], required: [] },
  ],
  juridisch: [{ kind: 'containerDirective', attributes: [], required: [], parent: 'artikel' }],
  inwoners: [{ kind: 'containerDirective', attributes: ['titel', 'stap', 'termijn'], required: [], parent: 'artikel' }],
  voorbeeld: [{ kind: 'containerDirective', attributes: ['titel'], required: ['titel'], parent: 'artikel' }],
  toelichting: [{ kind: 'containerDirective', attributes: [], required: [], parent: 'artikel' }],
  begrip: [{ kind: 'textDirective', attributes: ['term'], required: [] }],
  wet: [{ kind: 'textDirective', attributes: ['artikel', 'lid', 'onderdeel', 'tekst'], required: [] }],
  // A text for several gemeenten (gemeenten.yml): a value per gemeente, and a block for some gemeenten only (rules waarde-bekend, variant-*).
  waarde: [{ kind: 'textDirective', attributes: [], required: [] }],
  variant: [{ kind: 'containerDirective', attributes: ['gemeenten'], required: [] }],
}

/** What an author calls each kind of directive, and how one is written: `:::juridisch`, `::naam`, `:begrip[…]`. */
export const kinds: Record<DirectiveKind, { naam: 'blok' | 'regel' | 'verwijzing'; vorm: (name: string) => string }> = {
  containerDirective: { naam: 'blok', vorm: (name) => `\`:::${name}\`` },
  leafDirective: { naam: 'regel', vorm: (name) => `\`::${name}\`` },
  textDirective: { naam: 'verwijzing', vorm: (name) => `\`:${name}[…]\`` },
}

export function specFor(name: string, kind: DirectiveKind): DirectiveSpec | undefined {
  return vocabulary[name]?.find((spec) => spec.kind === kind)
}

export function namesOfKind(kind: DirectiveKind): string[] {
  return Object.entries(vocabulary)
    .filter(([, specs]) => specs.some((spec) => spec.kind === kind))
    .map(([name]) => name)
}
