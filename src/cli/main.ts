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
  serve [map]            bouw de site, toon haar op localhost en bouw opnieuw bij elke wijziging
      --port <nummer>    poort (standaard: 8080)
      --host <adres>     adres om op te luisteren (standaard: 127.0.0.1, alleen deze computer)
      --out <map>        uitvoermap (standaard: _site)
  export stop [map]      de juridische versie als STOP-XML (imop-tekst 1.1.0) voor het Gemeenteblad
  export docx [map]      de verordening als Word-bestand, als bijlage bij het raadsvoorstel
  export pdf [map]       een toegankelijke PDF (tagged) van een deel van de site
      --uit <bestand>    uitvoerbestand (standaard: verordening.xml, verordening.docx, verordening-<versie>.pdf)
      --versie <deel>    alleen bij pdf: juridisch (standaard), inwoners of raad
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
        const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { out: { type: 'string', default: '_site' } } })
        const { runBuild } = await import('./build-command.ts')
        return await runBuild(positionals[0] ?? 'verordening', { out: values.out ?? '_site' })
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
      case 'export': {
        const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { uit: { type: 'string' }, versie: { type: 'string' } } })
        const [kind, map, ...extra] = positionals
        if (kind !== 'stop' && kind !== 'docx' && kind !== 'pdf') {
          process.stderr.write(`${kind === undefined ? 'Geef aan wat u wilt exporteren' : `Onbekende export \`${escapeForTerminal(kind)}\``}, verwacht \`export stop\`, \`export docx\` of \`export pdf\`.\n\n${usage}`)
          return 1
        }
        if (extra.length > 0) {
          process.stderr.write(`Eén map verwacht, maar ook \`${escapeForTerminal(extra.join(' '))}\` gekregen; zet een pad met spaties tussen aanhalingstekens.\n`)
          return 1
        }
        if (values.versie !== undefined && kind !== 'pdf') {
          process.stderr.write('De optie --versie hoort alleen bij `export pdf`.\n')
          return 1
        }
        const versie = values.versie ?? 'juridisch'
        if (versie !== 'juridisch' && versie !== 'inwoners' && versie !== 'raad') {
          process.stderr.write(`Onbekende versie \`${escapeForTerminal(versie)}\` voor --versie, verwacht juridisch, inwoners of raad.\n`)
          return 1
        }
        const uit = values.uit ?? (kind === 'stop' ? 'verordening.xml' : kind === 'docx' ? 'verordening.docx' : `verordening-${versie}.pdf`)
        const { runExport } = await import('./export-command.ts')
        return await runExport(kind, map ?? 'verordening', { uit, versie })
      }
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(usage)
        return command === undefined ? 1 : 0
      default:
        process.stderr.write(`Onbekende opdracht \`${escapeForTerminal(command)}\`, verwacht \`check\`, \`build\` of \`serve\`.\n\n${usage}`)
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
