// "Nog te doen": findings that say the omgekeerde work is not done yet (an
// artikel without effect or inwonersdeel, a begrip without uitleg, a place
// still marked INVULLEN). A rule declares the kinds of to-do it can report in
// its documentation (`todo` in src/rules/support/rule.ts) and marks each such message;
// the pipeline makes them warnings while the verordening has `status: concept`
// and counts them into one summary that every command shows the same way.
import type { VFileMessage } from 'vfile-message'

/** One kind of to-do a rule can report, with its Dutch name for the summary. */
export interface TodoKind {
  /** "artikel zonder effect" */
  een: string
  /** "artikelen zonder effect" */
  meer: string
}

/** One line of the summary: how many findings of one kind. */
export interface TodoCount extends TodoKind {
  ruleId: string
  kind: string
  count: number
}

/** The word `init` and `importeer` leave where the author still has to write (rule nog-invullen). */
export const placeholder = 'INVULLEN'

const marks = new WeakMap<VFileMessage, string>()

/** Marks a message as "omgekeerd werk" of the given kind (declared in the rule's `todo`). */
export function markTodo(message: VFileMessage, kind: string): VFileMessage {
  marks.set(message, kind)
  return message
}

/** The to-do kind of a message, or undefined for a finding that is not omgekeerd werk. */
export function todoKind(message: VFileMessage): string | undefined {
  return marks.get(message)
}

/** "Nog te doen: 23 artikelen zonder effect, 1 begrip zonder uitleg." */
export function todoSentence(counts: readonly TodoCount[]): string {
  if (counts.length === 0) return 'Nog te doen: niets, al het omgekeerde werk is gedaan.'
  const parts = counts.map((entry) => `${entry.count.toLocaleString('nl-NL')} ${entry.count === 1 ? entry.een : entry.meer}`)
  return `Nog te doen: ${parts.join(', ')}.`
}
