// How a rule is made here: unified-lint-rule for the ruleId and severity, plus
// documentation and ok/not-ok examples that are both the rule's docs
// (docs/regels.md is generated from them) and its tests (test/rules.test.ts).
import type { Root } from 'mdast'
import type { Plugin } from 'unified'
import { lintRule } from 'unified-lint-rule'
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { suggestionIn } from '../../messages/suggest.ts'
import { markTodo, type TodoKind } from '../../messages/todo.ts'
import '../../model/data.ts'

export interface RuleExample {
  /** What the example shows, in Dutch. */
  titel: string
  /**
   * Files laid over the basic fixture (test/fixtures/basis): a hoofdstuk such
   * as `02-wmo.md`, or a registry that replaces the basic one.
   */
  bestanden: Record<string, string>
  /**
   * The messages this rule must give, in reading order (by file, line,
   * column), like remark-lint's examples: `bestand:regel:kolom: meldingstekst`,
   * with the exact text. Empty = ok: then no check at all says anything.
   * The place alone (`bestand:regel:kolom`) is still accepted while a rule
   * moves over; it checks the place but not the text.
   */
  verwacht: string[]
  /**
   * For rules that compare with the last vastgestelde versie: files laid over
   * the basic fixture for that versie, which the test commits in a temporary
   * git repository and tags `versie`; `bestanden` then lie over it, uncommitted.
   */
  vastgesteld?: { versie: string; bestanden: Record<string, string> }
}

/** `02-wmo.md:7:49: Onbekend effect …` → its place and, when given, its text. */
export function parseVerwacht(entry: string): { place: string; text: string | undefined } {
  const match = /^([^:]+:\d+:\d+)(?:: ([\s\S]*))?$/.exec(entry)
  if (!match?.[1]) throw new Error(`Verwachte melding zonder plaats \`bestand:regel:kolom\`: ${entry}`)
  return { place: match[1], text: match[2] }
}

export interface RuleDocs {
  ruleId: string
  severity: 'error' | 'warning'
  /** What the rule checks, in Dutch, for the authoring guide. */
  beschrijving: string
  /** How to fix what it reports, in Dutch. */
  oplossing: string
  examples: RuleExample[]
  /**
   * The kinds of "omgekeerd werk" this rule reports (an artikel without
   * effect, a begrip without uitleg …), by a short key. A message the rule
   * marks with `todo(message, key)` is a warning on the to-do list while the
   * verordening has `status: concept`; its other findings keep their severity.
   */
  todo?: Record<string, TodoKind>
}

export interface Rule {
  docs: RuleDocs
  plugin: Plugin<[unknown?], Root>
}

/** Marks a message of this rule as one of the to-do kinds it declares. */
export type MarkTodo = (message: VFileMessage, kind: string) => VFileMessage

export function defineRule(docs: RuleDocs, check: (tree: Root, file: VFile, todo: MarkTodo) => void): Rule {
  const todo: MarkTodo = (message, kind) => {
    if (!docs.todo?.[kind]) throw new Error(`onbekende soort werk \`${kind}\` in de regel ${docs.ruleId}`)
    return markTodo(message, kind)
  }
  const plugin = lintRule<Root>({ origin: `verordening:${docs.ruleId}`, url: `docs/regels.md#${docs.ruleId}` }, (tree, file) => {
    const before = file.messages.length
    try {
      check(tree, file, todo)
      // "bedoelt u …?" and "schrijf liever …" as vfile's actual/expected: a quick fix in an editor.
      for (const message of file.messages.slice(before)) {
        const suggestion = message.expected ? undefined : suggestionIn(message.reason)
        if (suggestion) Object.assign(message, suggestion)
      }
    } catch (error) {
      // A crashing rule is our bug; the author gets a plain message, the other rules still run.
      file.message(
        `Interne fout in de controle \`${docs.ruleId}\` (${error instanceof Error ? error.message : String(error)}), verwacht: meld dit aan het ontwikkelteam`,
        { place: { line: 1, column: 1 } },
      )
    }
  }) as unknown as Plugin<[unknown?], Root>
  return { docs, plugin }
}
