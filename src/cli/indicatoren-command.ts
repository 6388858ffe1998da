// `verordening indicatoren haal [map]`: the figures of the CBS indicatoren
// into indicatoren.csv (src/indicatoren/haal.ts), and what changed, in words.
import path from 'node:path'
import { escapeForTerminal } from './terminal-output.ts'

export async function runIndicatorenHaal(dir: string): Promise<number> {
  const { haalIndicatoren } = await import('../indicatoren/haal.ts')
  const result = await haalIndicatoren(dir)
  if (!result.ok) {
    process.stderr.write(`✖ ${escapeForTerminal(result.message.replace(/\.$/, ''))}.\n`)
    return 1
  }
  const { bestand, indicatoren, wijzigingen, geschreven } = result.value
  const shown = escapeForTerminal(path.relative(process.cwd(), bestand) || bestand)
  const lines = wijzigingen.map(
    (wijziging) =>
      `  ${wijziging.soort === 'nieuw' ? '+' : '~'} ${escapeForTerminal(wijziging.indicator)} ${wijziging.periode}: ${wijziging.soort === 'nieuw' ? 'nieuw, ' : ''}${escapeForTerminal(wijziging.wat)}`,
  )
  const gehaald = `${indicatoren} ${indicatoren === 1 ? 'indicator' : 'indicatoren'} opgehaald bij het CBS`
  process.stderr.write(
    geschreven
      ? `✓ ${gehaald}; ${shown} bijgewerkt (${wijzigingen.length} ${wijzigingen.length === 1 ? 'cijfer' : 'cijfers'} nieuw of gewijzigd):\n${lines.join('\n')}\n`
      : `✓ ${gehaald}; geen nieuwe of gewijzigde cijfers, ${shown} is niet veranderd.\n`,
  )
  return 0
}
