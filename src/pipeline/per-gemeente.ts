// A text shared by several gemeenten (gemeenten.yml) is checked as the
// verordening of each gemeente in turn: the same assembly and rules, once per
// gemeente, each on its own copy of the files. The findings are then put
// together per file: a finding of every gemeente is said once, as for a
// verordening of one gemeente; a finding of some gemeenten only names them, so
// the author sees where the text breaks and for whom.
import { VFile } from 'vfile'
import type { VFileMessage } from 'vfile-message'
import { gemeentenSchema } from '../model/gemeenten.ts'
import { loadRegistry } from '../parse/registry.ts'
import type { SourceFiles } from '../sources/read-source.ts'

/** The gemeenten of gemeenten.yml (id and naam), or undefined without the file or when it cannot be read (its own messages say why). */
export function regioGemeenten(source: SourceFiles): Array<{ id: string; naam: string }> | undefined {
  const spec = source.layout.registries.find((entry) => entry.key === 'gemeenten')
  const file = spec ? source.registries[spec.name] : undefined
  if (!file) return undefined
  // A scratch copy: the check itself reads the file again and reports on the original.
  const registry = loadRegistry(new VFile({ path: file.path, value: file.value }), gemeentenSchema)
  return registry?.data.gemeenten.map(({ id, naam }) => ({ id, naam }))
}

function copyFile(file: VFile): VFile {
  const copy = new VFile({ path: file.path, value: file.value })
  copy.messages = [...file.messages]
  return copy
}

/** A copy of the sources whose files a check of one gemeente may fill with its own model and messages. */
export function copySource(source: SourceFiles): SourceFiles {
  return {
    ...source,
    registries: Object.fromEntries(Object.entries(source.registries).map(([name, file]) => [name, copyFile(file)])),
    hoofdstukken: source.hoofdstukken.map(copyFile),
    unreadable: source.unreadable.map(copyFile),
    casussen: source.casussen.map(copyFile),
    ...(source.woordenlijst ? { woordenlijst: copyFile(source.woordenlijst) } : {}),
  }
}

export interface GemeenteRun {
  gemeente: { id: string; naam: string }
  files: VFile[]
}

/**
 * The findings of every gemeente's check on one list of files (the first
 * run's copies, in its order): once per cause, with the gemeenten named where
 * not every gemeente has it.
 */
export function mergeRuns(runs: readonly GemeenteRun[]): VFile[] {
  const first = runs[0]
  if (!first) return []
  const byPath = new Map<string, Map<string, { message: VFileMessage; gemeenten: string[] }>>()
  for (const run of runs) {
    for (const file of run.files) {
      let found = byPath.get(file.path)
      if (!found) {
        found = new Map()
        byPath.set(file.path, found)
      }
      for (const message of file.messages) {
        const key = `${message.line}:${message.column}:${message.ruleId}:${message.reason}`
        const entry = found.get(key)
        if (entry) {
          if (!entry.gemeenten.includes(run.gemeente.naam)) entry.gemeenten.push(run.gemeente.naam)
        } else found.set(key, { message, gemeenten: [run.gemeente.naam] })
      }
    }
  }
  const all = runs.length
  for (const file of first.files) {
    const found = byPath.get(file.path)
    file.messages = [...(found?.values() ?? [])].map(({ message, gemeenten }) => {
      if (gemeenten.length === all || gemeenten.every((naam) => message.reason.includes(naam))) return message
      const reason = `${message.reason} (${gemeenten.length === 1 ? 'gemeente' : 'gemeenten'} ${namen(gemeenten)})`
      message.reason = reason
      message.message = reason
      return message
    })
  }
  // A file only a later run has (it cannot be: every run reads the same files) would be lost; the first run's list is complete.
  return first.files
}

function namen(list: readonly string[]): string {
  return list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} en ${list.at(-1)}`
}
