// `verordening check [map] [--json] [--streng] [--stil]`: prints the messages
// in Dutch (or as JSON) and returns exit code 1 when there is any error, or,
// with `--streng` or `streng: true` in verordening.yml, any warning. `--stil`
// prints the messages only: no progress, summary or to-do list.
import path from 'node:path'
import { todoSentence } from '../messages/todo.ts'
import { type CheckResult, checkVerordening } from '../pipeline/pipeline.ts'
import { toJsonMessages, toJsonScores, toJsonTodo, toJsonVastgesteld } from './json-output.ts'
import { progress } from './progress.ts'
import { count, formatMessages, stringifyJson, summaryLine } from './terminal-output.ts'

export async function runCheck(dir: string, options: { json: boolean; streng?: boolean; stil?: boolean }): Promise<number> {
  const started = performance.now()
  const shown = progress('Controleren', [], { stil: options.stil === true || options.json })
  shown.step('de hoofdstukken en registers lezen en controleren')
  const result = await checkVerordening(dir)
  shown.end()
  const streng = isStreng(result, options.streng)
  if (options.json) {
    // Info entries (plain-language scores per artikel) come after the messages; they never change the exit code.
    process.stdout.write(
      `${stringifyJson([...toJsonMessages(result.files), ...toJsonTodo(result), ...toJsonScores(result.context), ...toJsonVastgesteld(result.context)])}\n`,
    )
  } else {
    for (const file of result.files) file.path = path.relative(process.cwd(), file.path) || file.path
    // File names and quotes come from the author's files: escaped, never raw to the terminal.
    const report = formatMessages(result.files)
    if (options.stil) {
      if (report) process.stderr.write(`${report}\n`)
      return failed(result, streng) ? 1 : 0
    }
    if (report) process.stderr.write(`${report}\n\n`)
    const seconds = ((performance.now() - started) / 1000).toLocaleString('nl-NL', { maximumFractionDigits: 2 })
    const { hoofdstukken } = result.context.verordening
    const artikelen = hoofdstukken.reduce((sum, hoofdstuk) => sum + hoofdstuk.artikelen.length, 0)
    const casussen = result.files.filter((file) => file.data.kind === 'casus').length
    // gemeenten.yml: the text was checked for every gemeente.
    const gemeenten = result.context.registries.gemeenten?.data.gemeenten.length ?? 0
    process.stderr.write(
      `${summaryLine(result.errors, result.warnings, { streng, detail: `(${count(hoofdstukken.length, 'hoofdstuk', 'hoofdstukken')}, ${count(artikelen, 'artikel', 'artikelen')}${casussen > 0 ? `, ${count(casussen, 'casus', 'casussen')}` : ''}${gemeenten > 0 ? `, voor ${gemeenten} gemeenten` : ''} gecontroleerd in ${seconds} s)` })}\n`,
    )
    // A concept lists the omgekeerde work still to do (those findings are warnings above).
    if (result.concept && result.todo.length > 0) process.stderr.write(`${todoSentence(result.todo)}\n`)
  }
  return failed(result, streng) ? 1 : 0
}

/** Streng when the command says so, or when verordening.yml has `streng: true`. */
export function isStreng(result: CheckResult, option: boolean | undefined): boolean {
  return option === true || result.context.verordening.meta.streng === true
}

/** An error fails; a warning fails too when streng. */
export function failed(result: CheckResult, streng: boolean): boolean {
  return result.errors > 0 || (streng && result.warnings > 0)
}
