// One verordening map as the editor sees it: the files on disk with the
// editor's unsaved buffers laid over them, checked by the project's single
// Pipeline. A change re-checks incrementally (Pipeline.recheck); changes that
// arrive while a check runs are gathered and checked together afterwards, so
// the editor always ends up with the diagnostics of its latest text.

import path from 'node:path'
import type { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { todoKind } from '../messages/todo.ts'
import type { Gemeenten } from '../model/gemeenten.ts'
import type { Begrip, Effect, Grondwaarde } from '../model/schema.ts'
import type { Rule } from '../pipeline/pipeline.ts'
import { type CheckResult, Pipeline } from '../pipeline/pipeline.ts'
import { type Layout, maxMarkdownBytes, standardLayout } from '../sources/layout.ts'
import { decodeTextFile, readSource, readTextFile } from '../sources/read-source.ts'

/** A message as `check --json` gives it, plus the fix it proposes (vfile's actual/expected). */
export interface SessionMessage {
  file: string
  line: number
  column: number
  endLine: number
  endColumn: number
  ruleId: string
  severity: 'error' | 'warning'
  message: string
  actual?: string
  expected?: string[]
  /** The kind of omgekeerd werk of a to-do finding in a concept, as `check --json` gives it. */
  todo?: string
}

/** What completion and hover look up: the last registries that could be read. */
export interface Names {
  effecten: Effect[]
  grondwaarden: Grondwaarde[]
  begrippen: Begrip[]
  wetten: Record<string, { naam: string }>
  artikelen: Map<string, string>
  /** gemeenten.yml (values and gemeenten of a text for several gemeenten); undefined without that file. */
  gemeenten: Gemeenten | undefined
}

export class MapSession {
  private readonly buffers = new Map<string, string>()
  private readonly pipeline: Pipeline
  private pending: Set<string> | null = null
  private full = true
  private running: Promise<void> | undefined
  private result: CheckResult | undefined
  names: Names = { effecten: [], grondwaarden: [], begrippen: [], wetten: {}, artikelen: new Map(), gemeenten: undefined }

  constructor(
    readonly dir: string,
    /** Called with every message of the map after each check. */
    private readonly publish: (messages: SessionMessage[], files: string[]) => void,
    /** The layout and rules of the check (tests add their own; the server uses the standard ones). */
    { layout = standardLayout, rules }: { layout?: Layout; rules?: readonly Rule[] } = {},
  ) {
    const encoder = new TextEncoder()
    this.pipeline = new Pipeline(
      () => readSource(dir, { overlay: this.buffers, layout }),
      rules,
      async (filePath, root) => {
        const buffer = this.buffers.get(path.basename(filePath))
        return buffer === undefined ? readTextFile(filePath, maxMarkdownBytes, root) : decodeTextFile(filePath, encoder.encode(buffer), maxMarkdownBytes)
      },
    )
  }

  /** The editor opened or changed a file of this map; undefined text = closed (back to the disk). */
  change(name: string, text: string | undefined): Promise<void> {
    if (text === undefined) this.buffers.delete(name)
    else this.buffers.set(name, text)
    return this.schedule(name)
  }

  /** A file changed on disk (saved elsewhere, created, removed). */
  changedOnDisk(name: string): Promise<void> {
    return this.schedule(name)
  }

  private schedule(name: string): Promise<void> {
    this.pending ??= new Set()
    this.pending.add(name)
    this.running ??= this.drain().finally(() => {
      this.running = undefined
    })
    return this.running
  }

  private async drain(): Promise<void> {
    while (this.pending) {
      const names = [...this.pending]
      this.pending = null
      try {
        // Only hoofdstukken re-check incrementally; a registry or a new file checks everything (Pipeline.recheck decides).
        this.result = this.full
          ? await this.pipeline.check()
          : await this.pipeline.recheck(names.filter((name) => name.endsWith('.md') || name.endsWith('.yml')))
        this.full = false
      } catch (error) {
        // Our bug, not the author's: say so in Dutch at the top of the file, and start over next time.
        this.full = true
        const file = path.join(this.dir, names[0] ?? 'verordening.yml')
        this.publish(
          [
            {
              file,
              line: 1,
              column: 1,
              endLine: 1,
              endColumn: 1,
              ruleId: 'lsp-intern',
              severity: 'error',
              message: `Interne fout in de taalserver (${error instanceof Error ? error.message : String(error)}), verwacht: meld dit aan het ontwikkelteam`,
            },
          ],
          [file],
        )
        continue
      }
      this.remember(this.result)
      this.publish(
        messagesOf(this.result.files),
        this.result.files.map((file) => file.path),
      )
    }
  }

  private remember(result: CheckResult): void {
    const { verordening, registries } = result.context
    this.names = {
      effecten: registries.effecten ? verordening.effecten : this.names.effecten,
      grondwaarden: registries.grondwaarden ? verordening.grondwaarden : this.names.grondwaarden,
      begrippen: registries.begrippen ? verordening.begrippen : this.names.begrippen,
      wetten: registries.verordening ? verordening.meta.wetten : this.names.wetten,
      // A gemeenten.yml that cannot be read (null) keeps the last good one while the author types; a removed one (undefined) is gone.
      gemeenten: registries.gemeenten === null ? this.names.gemeenten : registries.gemeenten?.data,
      artikelen: new Map(verordening.hoofdstukken.flatMap((hoofdstuk) => hoofdstuk.artikelen.map((artikel) => [artikel.nr, artikel.titel] as const))),
    }
  }
}

/** The messages as `check --json` gives them (same file, line, column, ruleId, severity and text). */
export function messagesOf(files: readonly VFile[]): SessionMessage[] {
  return files.flatMap((file) => file.messages.map((message) => toSessionMessage(file.path, message)))
}

function toSessionMessage(file: string, message: VFileMessage): SessionMessage {
  const line = message.line ?? 1
  const column = message.column ?? 1
  const end = message.place && 'end' in message.place ? message.place.end : undefined
  return {
    file,
    line,
    column,
    endLine: end?.line ?? line,
    endColumn: end?.column ?? column,
    ruleId: message.ruleId ?? 'onbekend',
    severity: message.fatal ? 'error' : 'warning',
    message: message.reason,
    ...(message.actual !== undefined && message.expected ? { actual: message.actual, expected: message.expected } : {}),
    ...(todoKind(message) ? { todo: todoKind(message) } : {}),
  }
}
