// One message per cause. A block that is not closed swallows what follows it,
// an artikel whose opening line is broken turns into plain text, an unknown
// block hides a part: the rules after that see parts in the wrong place, text
// outside the leden, a toelichting read as inwonerstekst, a gap in the
// numbering. Each of those messages is a consequence; the author should see
// the cause. So around a structural cause (the artikel it is in, up to the
// next artikel) the messages of other rules are left out, except those that
// name a cause of their own (an invisible character, a look-alike name).
//
// Only messages trigger this, never the tree alone: a rule run on its own (the
// rule examples) gives exactly what it says.
import type { Root, RootContent } from 'mdast'
import type { VFileMessage } from 'vfile-message'

/** Rules whose messages stay in a broken region: each names a cause, not a consequence. */
const causes = new Set(['directive-afgesloten', 'directive-vorm', 'directive-bekend', 'tekens-onzichtbaar', 'tekens-verwarrend'])

interface Region {
  start: number
  end: number
}

export function withoutFollowOn(all: VFileMessage[], tree: Root): VFileMessage[] {
  const messages = withoutEmptiedFollowOn(all, tree)
  const anchors = new Set<number>()
  // A line that looks like a block but is not one: its text is no reference either.
  const brokenLines = new Set<number>()
  for (const message of messages) {
    const line = message.line
    if (line === undefined) continue
    if (message.ruleId === 'directive-afgesloten') anchors.add(line)
    else if (message.ruleId === 'directive-vorm') {
      anchors.add(line)
      brokenLines.add(line)
    } else if (message.ruleId === 'directive-bekend' && unknownBlockAt(tree, line)) anchors.add(line)
  }
  if (anchors.size === 0) return messages
  const artikelen = tree.children.filter(isArtikel).map((node) => ({ start: node.position!.start.line, end: node.position!.end.line }))
  const regions: Region[] = [...anchors].map((line) => {
    const around = artikelen.find((artikel) => artikel.start <= line && line <= artikel.end)
    const from = around?.start ?? line
    const next = artikelen.find((artikel) => artikel.start > Math.max(line, around?.end ?? line))
    return { start: from, end: next ? next.start - 1 : Number.POSITIVE_INFINITY }
  })
  // The numbering of the artikel right after a broken region compares with what the break hid.
  const after = new Set(
    regions.map((region) => artikelen.find((artikel) => artikel.start > region.end)?.start).filter((line): line is number => line !== undefined),
  )
  return messages.filter((message) => {
    if (message.ruleId === undefined) return true
    const line = message.line ?? 0
    if (message.ruleId === 'directive-bekend' && brokenLines.has(line)) return false
    if (causes.has(message.ruleId)) return true
    if (message.ruleId === 'nummering-artikel' && after.has(line)) return false
    return !regions.some((region) => region.start <= line && line <= region.end)
  })
}

function isArtikel(node: RootContent): boolean {
  return node.type === 'containerDirective' && node.name === 'artikel' && node.position !== undefined
}

/** Whether a block (container) directive with a name outside the vocabulary opens at this line. */
function unknownBlockAt(tree: Root, line: number): boolean {
  const known = new Set(['artikel', 'juridisch', 'inwoners', 'voorbeeld', 'toelichting'])
  let found = false
  const visit = (node: { type: string; name?: string; position?: { start: { line: number } }; children?: unknown[] }) => {
    if (found) return
    if (node.type === 'containerDirective' && node.position?.start.line === line && !known.has(node.name ?? '')) found = true
    for (const child of (node.children ?? []) as Array<typeof node>) visit(child)
  }
  visit(tree)
  return found
}

/** What an artikel's numbering and parts say about a block the variants left empty for a gemeente (variant-leeg). */
const emptiedFollowOn = new Set(['nummering-artikel', 'nummering-lid', 'artikel-delen'])

/**
 * A text for several gemeenten (gemeenten.yml): when the variants leave a
 * block of an artikel empty for a gemeente, `variant-leeg` names the cause;
 * "artikel without text" and "no juridisch part" in that artikel are its
 * consequences.
 */
function withoutEmptiedFollowOn(messages: VFileMessage[], tree: Root): VFileMessage[] {
  const lines = messages.filter((message) => message.ruleId === 'variant-leeg' && message.line !== undefined).map((message) => message.line!)
  if (lines.length === 0) return messages
  const artikelen = tree.children.filter(isArtikel).map((node) => ({ start: node.position!.start.line, end: node.position!.end.line }))
  const regions = lines.flatMap((line) => artikelen.filter((artikel) => artikel.start <= line && line <= artikel.end))
  return messages.filter(
    (message) =>
      !emptiedFollowOn.has(message.ruleId ?? '') || !regions.some((region) => region.start <= (message.line ?? 0) && (message.line ?? 0) <= region.end),
  )
}
