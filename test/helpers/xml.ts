// Reading STOP XML in the export tests: elements by name and their text.
import type { Element, Root } from 'xast'

/** Every element below `node` (with `name`: only those), in document order. */
export function elements(node: Root | Element, name?: string): Element[] {
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

/** The text of an element and everything in it. */
export function text(node: Element): string {
  return node.children.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? text(child) : '')).join('')
}
