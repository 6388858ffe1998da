// The JSON form of the messages, as the command-line contract fixes it.
import type { VFile } from 'vfile'
import { type TodoCount, todoKind, todoSentence } from '../messages/todo.ts'
import type { CheckContext } from '../model/context.ts'
import type { CheckResult } from '../pipeline/pipeline.ts'
import { type ArtikelScores, scoresOf, scoreZin } from '../taal/artikel-scores.ts'

export interface JsonMessage {
  file: string
  line: number
  column: number
  ruleId: string
  severity: 'error' | 'warning' | 'info'
  message: string
  /** Only on a finding that is omgekeerd werk still to do: its kind (see `nog-te-doen`). */
  todo?: string
}

/** The info entry with the to-do list of a concept: the summary sentence and the counts. */
export interface JsonTodoMessage extends Omit<JsonMessage, 'todo'> {
  ruleId: 'nog-te-doen'
  severity: 'info'
  nogTeDoen: Array<{ ruleId: string; soort: string; aantal: number; tekst: string }>
}

/** An info entry with the plain-language scores of one artikel (never an error or warning). */
export interface JsonScoreMessage extends JsonMessage {
  ruleId: 'taal-score'
  severity: 'info'
  scores: ArtikelScores
}

export function toJsonMessages(files: VFile[]): JsonMessage[] {
  return files.flatMap((file) =>
    file.messages.map((message) => {
      const kind = todoKind(message)
      return {
        file: file.path,
        line: message.line ?? 1,
        column: message.column ?? 1,
        ruleId: message.ruleId ?? 'onbekend',
        severity: message.fatal ? ('error' as const) : ('warning' as const),
        message: message.reason,
        ...(kind ? { todo: kind } : {}),
      }
    }),
  )
}

/** In a concept: one info entry `nog-te-doen` at verordening.yml with the summary and the counts per kind. */
export function toJsonTodo(result: CheckResult): JsonTodoMessage[] {
  if (!result.concept) return []
  return [
    {
      file: result.context.registries.verordening?.file.path ?? 'verordening.yml',
      line: 1,
      column: 1,
      ruleId: 'nog-te-doen',
      severity: 'info',
      message: todoSentence(result.todo),
      nogTeDoen: result.todo.map((entry: TodoCount) => ({
        ruleId: entry.ruleId,
        soort: entry.kind,
        aantal: entry.count,
        tekst: `${entry.count} ${entry.count === 1 ? entry.een : entry.meer}`,
      })),
    },
  ]
}

/** One `taal-score` info entry per artikel, positioned at the artikel; the scores come from the pipeline's analysis step. */
export function toJsonScores(context: CheckContext): JsonScoreMessage[] {
  return context.verordening.hoofdstukken.flatMap((hoofdstuk) =>
    hoofdstuk.artikelen.map((artikel) => {
      const scores = scoresOf(context, artikel)
      return {
        file: artikel.plaats.file,
        line: artikel.plaats.line,
        column: artikel.plaats.column,
        ruleId: 'taal-score' as const,
        severity: 'info' as const,
        message: scoreZin(artikel, scores),
        scores,
      }
    }),
  )
}

/**
 * Why `inwoners-actueel` could not compare (no `versies` in verordening.yml,
 * no git, an unknown tag): said once, as an info entry at verordening.yml.
 */
export function toJsonVastgesteld(context: CheckContext): JsonMessage[] {
  const vastgesteld = context.vastgesteld
  if (!vastgesteld || vastgesteld.ok) return []
  const file = context.registries.verordening?.file.path ?? 'verordening.yml'
  return [{ file, line: 1, column: 1, ruleId: 'inwoners-actueel', severity: 'info', message: vastgesteld.message }]
}
