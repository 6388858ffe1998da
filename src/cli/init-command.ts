// `verordening init <map> [--gemeente "Naam"] [--wetten pw,wmo,jw,wgs] [--ci gitlab|github]`:
// a new, minimal verordening in concept that passes `check`; what the author
// still has to write is on check's to-do list. Refuses a map that is not empty.
// With `--ci` the map is a repository: the CI file that publishes the site on
// GitLab or GitHub Pages at its top, the verordening in `verordening/`.
import path from 'node:path'
import { ciFileName } from '../init/ci.ts'
import { checkGemeente, initVerordening, parseCi, parseWetten, repositoryVerordening } from '../init/init.ts'
import { escapeForTerminal } from './terminal-output.ts'

export async function runInit(target: string | undefined, options: { gemeente?: string; wetten?: string; ci?: string }): Promise<number> {
  if (!target) {
    process.stderr.write('Geef de naam van de nieuwe map, verwacht bijvoorbeeld: verordening init mijn-verordening --gemeente "Lingedal"\n')
    return 1
  }
  const wetten = parseWetten(options.wetten)
  if (typeof wetten === 'string') {
    process.stderr.write(`${escapeForTerminal(wetten)}\n`)
    return 1
  }
  const parsed = parseCi(options.ci)
  if ('problem' in parsed) {
    process.stderr.write(`${escapeForTerminal(parsed.problem)}\n`)
    return 1
  }
  const { ci } = parsed
  if (options.gemeente !== undefined) {
    const problem = checkGemeente(options.gemeente)
    if (problem) {
      process.stderr.write(`${problem}\n`)
      return 1
    }
  }
  const problem = await initVerordening(target, { gemeente: options.gemeente, wetten, ci })
  if (problem) {
    process.stderr.write(`✖ ${escapeForTerminal(problem)}\n`)
    return 1
  }
  const shown = escapeForTerminal(path.relative(process.cwd(), path.resolve(target)) || target)
  const hoofdstukken = `${wetten.length + 2} hoofdstukken`
  if (!ci) {
    process.stderr.write(
      `✓ Nieuwe verordening (concept) gemaakt in ${shown}/ met ${hoofdstukken}.\n` +
        `  Volgende stap: npx omgekeerde-verordening controleer ${shown}\n` +
        `  De lijst “Nog te doen” onder de meldingen zegt wat u nog moet schrijven.\n`,
    )
    return 0
  }
  const host = ci === 'gitlab' ? 'GitLab Pages' : 'GitHub Pages'
  process.stderr.write(
    `✓ Nieuwe repository gemaakt in ${shown}/: de verordening (concept, ${hoofdstukken}) in ${shown}/${repositoryVerordening}/ en ${ciFileName[ci]} voor ${host}.\n` +
      `  Volgende stap: ga naar de map (cd ${shown}) en typ daar: npx omgekeerde-verordening controleer\n` +
      `  De lijst “Nog te doen” onder de meldingen zegt wat u nog moet schrijven.\n` +
      `  Publiceren: zet ${shown}/ in git en push naar ${ci === 'gitlab' ? 'GitLab' : 'GitHub'}. De site verschijnt pas als de controle\n` +
      `  geen fouten en geen waarschuwingen meer geeft (check --streng); zie docs/schrijven.md, “Publiceren”.\n`,
  )
  return 0
}
