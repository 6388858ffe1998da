// The JSON form of the messages, as the command-line contract fixes it.
import type { VFile } from 'vfile'

export interface JsonMessage {
  file: string
  line: number
  column: number
  ruleId: string
  severity: 'error' | 'warning'
  message: string
}

export function toJsonMessages(files: VFile[]): JsonMessage[] {
  return files.flatMap((file) =>
    file.messages.map((message) => ({
      file: file.path,
      line: message.line ?? 1,
      column: message.column ?? 1,
      ruleId: message.ruleId ?? 'onbekend',
      severity: message.fatal ? ('error' as const) : ('warning' as const),
      message: message.reason,
    })),
  )
}
