// Small shared look-ups for rules: the artikel containers of a tree, the
// hoofdstuk's context, and whether a soort is exempt from a check.
import type { Root } from 'mdast'
import type { ContainerDirective } from 'mdast-util-directive'
import type { VFile } from 'vfile'
import type { CheckContext } from '../../model/context.ts'
import { exemptions, type Soort, soorten } from '../../model/schema.ts'
import { isContainer } from '../../model/verordening-model.ts'
import '../../model/data.ts'

export function artikelNodes(tree: Root): ContainerDirective[] {
  return tree.children.filter((child): child is ContainerDirective => isContainer(child, 'artikel'))
}

/** The context of a hoofdstuk file, or undefined for registry files. */
export function hoofdstukContext(file: VFile): CheckContext | undefined {
  return file.data.kind === 'hoofdstuk' ? file.data.context : undefined
}

export function soortOf(node: ContainerDirective): Soort {
  const soort = node.attributes?.soort ?? 'regel'
  return (soorten as readonly string[]).includes(soort) ? (soort as Soort) : 'regel'
}

export function isExempt(node: ContainerDirective, check: keyof (typeof exemptions)[Soort]): boolean {
  return exemptions[soortOf(node)][check]
}

/** "artikel 3.1" for messages; the number as the author wrote it. */
export function artikelName(node: ContainerDirective): string {
  const nr = node.attributes?.nr
  return nr ? `artikel ${nr}` : 'dit artikel'
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
