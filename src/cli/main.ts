// The `verordening` command: parses arguments and dispatches to a command.
// Every failure ends in a Dutch message and an exit code, never a stack trace.
// Each command is imported when it runs, so `--help` and `check` never load
// Eleventy, Pagefind or the dev server.
import { isIP } from 'node:net'
import { parseArgs } from 'node:util'
import { escapeForTerminal } from './terminal-output.ts'

const usage = `Gebruik: verordening <opdracht> [map] [opties]

Opdrachten:
  check [map]            controleer de verordening (standaard: verordening/)
      --json             geef de meldingen als JSON
  build [map]            controleer en bouw de site (inwoners, juridisch, raad)
      --out <map>        uitvoermap (standaard: _site)
      --sinds <revisie>  maak ook /juridisch/wijzigingen/: de renvooi sinds die git-revisie
  serve [map]            bouw de site, toon haar op localhost en bouw opnieuw bij elke wijziging
      --port <nummer>    poort (standaard: 8080)
      --host <adres>     adres om op te luisteren (standaard: 127.0.0.1, alleen deze computer)
      --out <map>        uitvoermap (standaard: _site)
  vergelijk <van> [<naar>] [map]
                         vergelijk twee git-versies (standaard <naar>: de werkmap) met renvooi
      --json             geef de wijzigingen als JSON
      --ontwerp          geef een ontwerp-wijzigingsverordening (Markdown)
      --uit <bestand>    schrijf het ontwerp naar dit bestand
  help                   toon deze hulp
`

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv
  try {
    switch (command) {
      case 'check': {
        const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { json: { type: 'boolean', default: false } } })
        const { runCheck } = await import('./check-command.ts')
        return await runCheck(positionals[0] ?? 'verordening', { json: values.json ?? false })
      }
      case 'build': {
        const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { out: { type: 'string', default: '_site' }, sinds: { type: 'string' } } })
        const { runBuild } = await import('./build-command.ts')
        return await runBuild(positionals[0] ?? 'verordening', { out: values.out ?? '_site', sinds: values.sinds })
      }
      case 'serve': {
        const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { out: { type: 'string', default: '_site' }, port: { type: 'string', default: '8080' }, host: { type: 'string', default: '127.0.0.1' } } })
        const port = Number(values.port)
        if (!Number.isInteger(port) || port < 1 || port > 65535) {
          process.stderr.write(`Ongeldige poort \`${escapeForTerminal(String(values.port))}\`, verwacht een getal tussen 1 en 65535.\n`)
          return 1
        }
        const host = values.host ?? '127.0.0.1'
        if (host !== 'localhost' && isIP(host) === 0) {
          process.stderr.write(`Ongeldig adres \`${escapeForTerminal(host)}\` voor --host, verwacht een IP-adres zoals 127.0.0.1 (alleen deze computer) of 0.0.0.0 (het hele netwerk).\n`)
          return 1
        }
        const { runServe } = await import('./serve-command.ts')
        return await runServe(positionals[0] ?? 'verordening', { out: values.out ?? '_site', port, host })
      }
      case 'vergelijk': {
        const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { json: { type: 'boolean', default: false }, ontwerp: { type: 'boolean', default: false }, uit: { type: 'string' } } })
        const { runVergelijk } = await import('./vergelijk-command.ts')
        return await runVergelijk(positionals, { json: values.json ?? false, ontwerp: values.ontwerp ?? false, uit: values.uit })
      }
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(usage)
        return command === undefined ? 1 : 0
      default:
        process.stderr.write(`Onbekende opdracht \`${escapeForTerminal(command)}\`, verwacht \`check\`, \`build\`, \`serve\` of \`vergelijk\`.\n\n${usage}`)
        return 1
    }
  } catch (error) {
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`${escapeForTerminal(translateArgsError(error.message))}\n\n${usage}`)
      return 1
    }
    // An unexpected failure is our bug, not the author's: say so plainly.
    process.stderr.write(`Interne fout in verordening (${escapeForTerminal(error instanceof Error ? error.message : String(error))}). Meld dit aan het ontwikkelteam.\n`)
    return 2
  }
}

function translateArgsError(message: string): string {
  const option = /'([^']+)'/.exec(message)?.[1]
  return option ? `Onbekende optie \`${option}\`.` : `Ongeldige opties: ${message}`
}
