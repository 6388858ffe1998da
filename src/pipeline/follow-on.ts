// One message per cause. A block that is not closed swallows what follows it,
// so the rules after it see parts in the wrong place, text outside the leden,
// a toelichting read as inwonerstekst: every one of those messages is a
// consequence, and the author should see only the cause. So inside an
// artikel where `directive-afgesloten` found a block that is not closed, the
// messages of the other rules are left out, except those that name a cause of
// their own (a broken directive, an unknown block, an invisible character).
import type { Root } from 'mdast'
import type { VFileMessage } from 'vfile-message'

/** Rules whose messages stay inside a broken artikel: each names a cause, not a consequence. */
const causes = new Set(['directive-afgesloten', 'directive-vorm', 'directive-bekend', 'tekens-onzichtbaar', 'tekens-verwarrend'])

export function withoutFollowOn(messages: VFileMessage[], tree: Root): VFileMessage[] {
  const broken = messages.filter((message) => message.ruleId === 'directive-afgesloten')
  if (broken.length === 0) return messages
  const ranges = tree.children
    .filter((node) => node.type === 'containerDirective' && node.name === 'artikel' && node.position)
    .map((node) => ({ start: node.position!.start.line, end: node.position!.end.line }))
    .filter((range) => broken.some((message) => within(message, range)))
  if (ranges.length === 0) return messages
  return messages.filter((message) => message.ruleId === undefined || causes.has(message.ruleId) || !ranges.some((range) => within(message, range)))
}

function within(message: VFileMessage, range: { start: number; end: number }): boolean {
  const line = message.line ?? 0
  return line >= range.start && line <= range.end
}
