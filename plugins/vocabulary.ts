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
    { kind: 'containerDirective', attributes: ['nr', 'titel', 'effect', 'grondwaarde', 'grondslag', 'soort'], required: ['nr', 'titel'], parent: 'root' },
    { kind: 'textDirective', attributes: ['lid', 'onderdeel'], required: [] },
  ],
  juridisch: [{ kind: 'containerDirective', attributes: [], required: [], parent: 'artikel' }],
  inwoners: [{ kind: 'containerDirective', attributes: [], required: [], parent: 'artikel' }],
  voorbeeld: [{ kind: 'containerDirective', attributes: ['titel'], required: ['titel'], parent: 'artikel' }],
  toelichting: [{ kind: 'containerDirective', attributes: [], required: [], parent: 'artikel' }],
  begrip: [{ kind: 'textDirective', attributes: ['term'], required: [] }],
  wet: [{ kind: 'textDirective', attributes: ['artikel', 'lid'], required: [] }],
}

export const kindNames: Record<DirectiveKind, string> = {
  containerDirective: 'blok (`:::naam`)',
  leafDirective: 'regel (`::naam`)',
  textDirective: 'verwijzing in de tekst (`:naam[…]`)',
}

/** "Onbekend blok", "Onbekende verwijzing": the adjective follows the noun's gender. */
export const unknownKind: Record<DirectiveKind, string> = {
  containerDirective: 'Onbekend blok (`:::naam`)',
  leafDirective: 'Onbekende regel (`::naam`)',
  textDirective: 'Onbekende verwijzing in de tekst (`:naam[…]`)',
}

export function specFor(name: string, kind: DirectiveKind): DirectiveSpec | undefined {
  return vocabulary[name]?.find((spec) => spec.kind === kind)
}

export function namesOfKind(kind: DirectiveKind): string[] {
  return Object.entries(vocabulary)
    .filter(([, specs]) => specs.some((spec) => spec.kind === kind))
    .map(([name]) => name)
}
