// `verordening init <map> [--gemeente "Naam"] [--wetten pw,wmo,jw,wgs]`: a new,
// minimal verordening in concept that passes `check`; what the author still has
// to write is on check's to-do list. Refuses a map that is not empty.
import path from 'node:path'
import { checkGemeente, initVerordening, parseWetten } from '../init/init.ts'
import { escapeForTerminal } from './terminal-output.ts'

export async function runInit(target: string | undefined, options: { gemeente?: string; wetten?: string }): Promise<number> {
  if (!target) {
    process.stderr.write('Geef de naam van de nieuwe map, verwacht bijvoorbeeld: verordening init mijn-verordening --gemeente "Lingedal"\n')
    return 1
  }
  const wetten = parseWetten(options.wetten)
  if (typeof wetten === 'string') {
    process.stderr.write(`${escapeForTerminal(wetten)}\n`)
    return 1
  }
  if (options.gemeente !== undefined) {
    const problem = checkGemeente(options.gemeente)
    if (problem) {
      process.stderr.write(`${problem}\n`)
      return 1
    }
  }
  const problem = await initVerordening(target, { gemeente: options.gemeente, wetten })
  if (problem) {
    process.stderr.write(`✖ ${escapeForTerminal(problem)}\n`)
    return 1
  }
  const shown = escapeForTerminal(path.relative(process.cwd(), path.resolve(target)) || target)
  process.stderr.write(
    `✓ Nieuwe verordening (concept) gemaakt in ${shown}/ met ${wetten.length + 2} hoofdstukken.\n` +
      `  Volgende stap: npx verordening check ${shown}\n` +
      `  De lijst “Nog te doen” onder de meldingen zegt wat u nog moet schrijven.\n`,
  )
  return 0
}
