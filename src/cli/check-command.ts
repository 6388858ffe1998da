// `verordening check [map] [--json]`: prints the messages in the vfile-reporter
// format (or JSON) and returns exit code 1 when there is any error.
import path from 'node:path'
import { reporter } from 'vfile-reporter'
import { checkVerordening } from '../pipeline/pipeline.ts'
import { toJsonMessages, toJsonScores, toJsonVastgesteld } from './json-output.ts'
import { filesForTerminal, stringifyJson } from './terminal-output.ts'

export async function runCheck(dir: string, options: { json: boolean }): Promise<number> {
  const started = performance.now()
  const result = await checkVerordening(dir)
  if (options.json) {
    // Info entries (plain-language scores per artikel) come after the messages; they never change the exit code.
    process.stdout.write(`${stringifyJson([...toJsonMessages(result.files), ...toJsonScores(result.context), ...toJsonVastgesteld(result.context)])}\n`)
  } else {
    for (const file of result.files) file.path = path.relative(process.cwd(), file.path) || file.path
    // File names and quotes come from the author's files: escaped, never raw to the terminal.
    const report = reporter(filesForTerminal(result.files), { quiet: true })
    if (report) process.stderr.write(`${report}\n`)
    const seconds = ((performance.now() - started) / 1000).toLocaleString('nl-NL', { maximumFractionDigits: 2 })
    const { hoofdstukken } = result.context.verordening
    const artikelen = hoofdstukken.reduce((sum, hoofdstuk) => sum + hoofdstuk.artikelen.length, 0)
    process.stderr.write(
      `${result.errors === 0 ? '✓' : '✗'} ${count(hoofdstukken.length, 'hoofdstuk', 'hoofdstukken')}, ${count(artikelen, 'artikel', 'artikelen')} gecontroleerd in ${seconds} s: ${count(result.errors, 'fout', 'fouten')}, ${count(result.warnings, 'waarschuwing', 'waarschuwingen')}\n`,
    )
  }
  return result.errors > 0 ? 1 : 0
}

function count(n: number, one: string, many: string): string {
  return `${n.toLocaleString('nl-NL')} ${n === 1 ? one : many}`
}
