// The `verordening` command: parses arguments and dispatches to a command.
// Every failure ends in a Dutch message and an exit code, never a stack trace.
// Each command is imported when it runs, so `--help` and `check` never load
// Eleventy or the dev server.
import { isIP } from 'node:net'
import { parseArgs } from 'node:util'
import { unknownName } from '../messages/suggest.ts'
import { escapeForTerminal } from './terminal-output.ts'

const usage = `Gebruik: verordening <opdracht> [map] [opties]

Elke opdracht mag ook in het Nederlands: controleer (= check), bouw (= build),
bekijk (= serve), exporteer (= export), begin (= init) en hulp (= help).
Zonder map werkt een opdracht op de map verordening/.

Opdrachten:
  check [map]            controleer de verordening en toon wat er niet klopt
      --json             geef de meldingen als JSON, voor een ander programma
      --streng           een waarschuwing telt als fout: de controle mislukt dan
                         (handig bij een automatische controle voor publicatie)
      --stil             toon alleen de meldingen, geen samenvatting
  build [map]            controleer en maak de website (inwoners, juridisch, raad)
      --out <map>        de map voor de website (standaard: _site)
      --streng           maak de website niet als er waarschuwingen zijn
      --sinds <versie>   toon ook de wijzigingen (renvooi) sinds een eerdere
                         versie uit git, bijvoorbeeld v2027.1
      --basis <pad>      het pad waarop de website komt te staan, bijvoorbeeld
                         /verordening/ (standaard: basis in verordening.yml, anders /)
      --stil             toon alleen de meldingen, geen voortgang of samenvatting
      --gemeente <id>    met gemeenten.yml: de website van deze gemeente
      --alle             met gemeenten.yml: een website per gemeente (<out>/<id>/)
                         en de tabel Verschillen tussen de gemeenten
  serve [map]            maak de website, toon haar in uw browser op deze computer
                         en maak haar opnieuw bij elke wijziging
      --port <nummer>    het poortnummer in het adres (standaard: 8080)
      --host <adres>     wie de website mag zien (standaard: 127.0.0.1, alleen
                         deze computer; 0.0.0.0 is iedereen op het netwerk)
      --out <map>        de map voor de website (standaard: _site)
      --basis <pad>      toon de website onder dit pad, zoals na publicatie
      --gemeente <id>    met gemeenten.yml: alleen de website van deze gemeente
                         (zonder: elke gemeente onder /<id>/, met de verschillen)
  vergelijk <van> [<naar>] [map]
                         vergelijk twee versies uit git (standaard <naar>: de
                         tekst zoals hij nu is), met renvooi
      --json             geef de wijzigingen als JSON, voor een ander programma
      --ontwerp          geef een ontwerp van de wijzigingsverordening
      --uit <bestand>    schrijf het ontwerp naar dit bestand
      --amendement       geef een amendement op het ontwerp (<van>: het ontwerp,
                         <naar>: het geamendeerde; ook twee mappen); met --uit
                         x.docx in Word
      --indiener <naam>  een indiener, met fractie (herhaalbaar)
      --toelichting <t>  de toelichting van het amendement
  vergelijk-gemeenten <map> <map>…
                         vergelijk de verordeningen van gemeenten: koppelt de
                         artikelen op onderwerp en zet bedragen, percentages,
                         termijnen en leeftijden per gemeente naast elkaar
      --uit <map>        schrijf ook een website en CSV-bestanden in deze map
      --json             geef de vergelijking als JSON, voor een ander programma
  init <map>             begin een nieuwe verordening (concept) in een nieuwe of lege map
      --gemeente <naam>  de naam van de gemeente
      --wetten <lijst>   hoofdstukken voor deze wetten (standaard: pw,wmo,jw,wgs)
      --ci <host>        maak er een repository van die de website publiceert:
                         gitlab (GitLab Pages) of github (GitHub Pages); de
                         verordening komt dan in <map>/verordening/
  importeer <bron> <map> neem een bestaande verordening over (uit CVDR, Word of een
                         tekstbestand) als concept in een nieuwe map
  export stop [map]      de aanlevering voor de LVBB (besluit, opdracht en manifest,
                         STOP-XML) in de map stop-aanlevering; met --uit <bestand>.xml
                         alleen de regeling
  export docx [map]      de verordening als Word-bestand, als bijlage bij het
                         raadsvoorstel (ook: export word)
  export pdf [map]       een toegankelijke PDF van een deel van de website
      --uit <bestand>    het bestand dat wordt gemaakt (standaard: stop-aanlevering
                         (een map), verordening.docx of verordening-<deel>.pdf)
      --versie <deel>    alleen bij pdf: juridisch (standaard), inwoners of raad
      --sinds <versie>   stop: het wijzigingsbesluit sinds die versie uit git;
                         docx: ook de wijzigingsverordening en de renvooi
      --sjabloon <bestand.dotx>
                         alleen bij docx: opmaak, koptekst en voettekst uit
                         het Word-sjabloon van uw gemeente
      --stil             toon alleen de meldingen, geen voortgang of samenvatting
      --gemeente <id>    met gemeenten.yml: het document van deze gemeente
  export effectrapportage [map]
                         de effectrapportage voor de raad: per effect de cijfers
                         tegenover het doel, de artikelen, kaders en casussen
      --uit <bestand>    effectrapportage.pdf (standaard) of een .docx voor Word
  indicatoren haal [map] haal de cijfers van de indicatoren met een CBS-bron op bij
                         het CBS (StatLine) en werk indicatoren.csv bij: nieuwe
                         perioden erbij, gewijzigde cijfers en status bijgewerkt,
                         niets weggehaald. Dit is de enige opdracht die in uw map
                         schrijft, en alleen in indicatoren.csv; alleen als u hem geeft.
  lsp --stdio            de taalserver voor uw editor (Visual Studio Code, Neovim):
                         dezelfde meldingen als check, terwijl u typt. Dit typt u
                         niet zelf: uw editor start het (zie docs/schrijven.md).
  help                   toon deze hulp

Voorbeelden:
  verordening check                          controleer de map verordening/
  verordening controleer mijn-map            hetzelfde, voor de map mijn-map/
  verordening check --streng                 ook een waarschuwing laat de controle mislukken
  verordening build --out _site --streng     maak de website alleen zonder fouten en waarschuwingen
  verordening bouw                           maak de website in _site/
  verordening serve --port 8081              bekijk de website op http://127.0.0.1:8081/
  verordening vergelijk v2027.1              wat is er veranderd sinds de vastgestelde versie v2027.1?
  verordening vergelijk v2027.1 --ontwerp --uit wijziging.md
                                             schrijf het ontwerp van de wijzigingsverordening
  verordening build --sinds v2027.1          de website met de wijzigingen (renvooi) sinds v2027.1
  verordening build --basis /verordening/    de website voor www.gemeente.nl/verordening/
  verordening build voorbeelden/regio --alle --out _regio
                                             een website per gemeente van een gedeelde tekst
  verordening export stop                    de aanlevering voor de LVBB in de map stop-aanlevering
  verordening export stop --uit regeling.xml alleen de regeling als STOP-XML
  verordening exporteer word                 de verordening als Word-bestand verordening.docx
  verordening export pdf --versie inwoners   de inwonersversie als toegankelijke PDF
  verordening export effectrapportage --uit rapport.docx
                                             de effectrapportage voor de raad als Word-bestand
  verordening export stop --sinds v2027.1    de aanlevering van het wijzigingsbesluit sinds v2027.1
  verordening init mijn-gemeente --gemeente "Waalkant" --wetten wmo,jw
                                             begin een nieuwe verordening in mijn-gemeente/
  verordening init waalkant --gemeente "Waalkant" --ci gitlab
                                             een repository die de website op GitLab Pages publiceert
  verordening importeer regeling.xml nieuw   neem de regeling uit CVDR over in de map nieuw/
  verordening indicatoren haal               haal de nieuwste CBS-cijfers op in verordening/indicatoren.csv
  verordening vergelijk-gemeenten beekdal rivierstad --uit vergelijking
                                             vergelijk twee gemeenten, met website en CSV
  verordening lsp --stdio                    (dit start uw editor zelf; zie docs/schrijven.md)
`

/** The commands, for "Onbekende opdracht …, verwacht …". */
const commands = ['check', 'build', 'serve', 'vergelijk', 'vergelijk-gemeenten', 'export', 'init', 'importeer', 'indicatoren', 'lsp', 'help'] as const

/**
 * Dutch verbs a beleidsmedewerker may try, each the same command. `vergelijk`
 * and `importeer` are Dutch already; `bekijk` is what `serve` is for.
 */
export const aliases: Readonly<Record<string, (typeof commands)[number]>> = {
  controleer: 'check',
  bouw: 'build',
  bekijk: 'serve',
  exporteer: 'export',
  begin: 'init',
  hulp: 'help',
}

export async function main(argv: string[]): Promise<number> {
  const [given, ...rest] = argv
  const command = given !== undefined && Object.hasOwn(aliases, given) ? aliases[given] : given
  try {
    switch (command) {
      case 'check': {
        if (wantsHelp(rest)) return help()
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: { json: { type: 'boolean', default: false }, streng: { type: 'boolean', default: false }, stil: { type: 'boolean', default: false } },
        })
        const { runCheck } = await import('./check-command.ts')
        return await runCheck(positionals[0] ?? 'verordening', { json: values.json ?? false, streng: values.streng ?? false, stil: values.stil ?? false })
      }
      case 'build': {
        if (wantsHelp(rest)) return help()
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: {
            out: { type: 'string', default: '_site' },
            streng: { type: 'boolean', default: false },
            sinds: { type: 'string' },
            basis: { type: 'string' },
            stil: { type: 'boolean', default: false },
            gemeente: { type: 'string' },
            alle: { type: 'boolean', default: false },
          },
        })
        const { runBuild } = await import('./build-command.ts')
        return await runBuild(positionals[0] ?? 'verordening', {
          out: values.out ?? '_site',
          streng: values.streng ?? false,
          sinds: values.sinds,
          basis: values.basis,
          stil: values.stil ?? false,
          gemeente: values.gemeente,
          alle: values.alle ?? false,
        })
      }
      case 'serve': {
        if (wantsHelp(rest)) return help()
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: {
            out: { type: 'string', default: '_site' },
            port: { type: 'string', default: '8080' },
            host: { type: 'string', default: '127.0.0.1' },
            basis: { type: 'string' },
            gemeente: { type: 'string' },
          },
        })
        const port = Number(values.port)
        if (!Number.isInteger(port) || port < 1 || port > 65535) {
          process.stderr.write(`Ongeldige poort \`${escapeForTerminal(String(values.port))}\`, verwacht een getal tussen 1 en 65535.\n`)
          return 1
        }
        const host = values.host ?? '127.0.0.1'
        if (host !== 'localhost' && isIP(host) === 0) {
          process.stderr.write(
            `Ongeldig adres \`${escapeForTerminal(host)}\` voor --host, verwacht een IP-adres zoals 127.0.0.1 (alleen deze computer) of 0.0.0.0 (het hele netwerk).\n`,
          )
          return 1
        }
        const { runServe } = await import('./serve-command.ts')
        return await runServe(positionals[0] ?? 'verordening', {
          out: values.out ?? '_site',
          port,
          host,
          basis: values.basis,
          ...(values.gemeente === undefined ? {} : { gemeente: values.gemeente }),
        })
      }
      case 'vergelijk': {
        if (wantsHelp(rest)) return help()
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: {
            json: { type: 'boolean', default: false },
            ontwerp: { type: 'boolean', default: false },
            uit: { type: 'string' },
            amendement: { type: 'boolean', default: false },
            indiener: { type: 'string', multiple: true },
            toelichting: { type: 'string' },
          },
        })
        const { runVergelijk } = await import('./vergelijk-command.ts')
        return await runVergelijk(positionals, {
          json: values.json ?? false,
          ontwerp: values.ontwerp ?? false,
          uit: values.uit,
          amendement: values.amendement ?? false,
          indieners: values.indiener ?? [],
          toelichting: values.toelichting,
        })
      }
      case 'vergelijk-gemeenten': {
        if (wantsHelp(rest)) return help()
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: { uit: { type: 'string' }, json: { type: 'boolean', default: false } },
        })
        const { runVergelijkGemeenten } = await import('./vergelijk-gemeenten-command.ts')
        return await runVergelijkGemeenten(positionals, { uit: values.uit, json: values.json ?? false })
      }
      case 'init': {
        if (wantsHelp(rest)) return help()
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: { gemeente: { type: 'string' }, wetten: { type: 'string' }, ci: { type: 'string' } },
        })
        const { runInit } = await import('./init-command.ts')
        return await runInit(positionals[0], { gemeente: values.gemeente, wetten: values.wetten, ci: values.ci })
      }
      case 'importeer': {
        if (wantsHelp(rest)) return help()
        const { positionals } = parseArgs({ args: rest, allowPositionals: true, options: {} })
        const { runImporteer } = await import('./importeer-command.ts')
        return await runImporteer(positionals[0], positionals[1])
      }
      case 'indicatoren': {
        if (wantsHelp(rest)) return help()
        const { positionals } = parseArgs({ args: rest, allowPositionals: true, options: {} })
        const [sub, map, ...extra] = positionals
        if (sub !== 'haal') {
          process.stderr.write(
            `${sub === undefined ? 'Geef aan wat u met de indicatoren wilt doen' : `Onbekende opdracht \`indicatoren ${escapeForTerminal(sub)}\``}, verwacht \`indicatoren haal [map]\`.\n\n${usage}`,
          )
          return 1
        }
        if (extra.length > 0) {
          process.stderr.write(
            `Eén map verwacht, maar ook \`${escapeForTerminal(extra.join(' '))}\` gekregen; zet een pad met spaties tussen aanhalingstekens.\n`,
          )
          return 1
        }
        const { runIndicatorenHaal } = await import('./indicatoren-command.ts')
        return await runIndicatorenHaal(map ?? 'verordening')
      }
      case 'lsp': {
        if (wantsHelp(rest)) return help()
        const { values } = parseArgs({ args: rest, allowPositionals: false, options: { stdio: { type: 'boolean', default: false } } })
        if (!values.stdio) {
          process.stderr.write(
            'De taalserver praat via standaardinvoer en -uitvoer, verwacht `verordening lsp --stdio` (uw editor start dit; zie docs/schrijven.md).\n',
          )
          return 1
        }
        const { runLsp } = await import('./lsp-command.ts')
        return await runLsp()
      }
      case 'export': {
        if (wantsHelp(rest)) return help()
        const { values, positionals } = parseArgs({
          args: rest,
          allowPositionals: true,
          options: {
            uit: { type: 'string' },
            versie: { type: 'string' },
            sinds: { type: 'string' },
            sjabloon: { type: 'string' },
            stil: { type: 'boolean', default: false },
            gemeente: { type: 'string' },
          },
        })
        const [asked, map, ...extra] = positionals
        // The effectrapportage is a Word file or a PDF, as --uit names it.
        const rapport = asked === 'effectrapportage'
        if (rapport && values.uit !== undefined && !/\.(docx|pdf)$/i.test(values.uit)) {
          process.stderr.write(
            `Onbekend soort bestand \`${escapeForTerminal(values.uit)}\` voor de effectrapportage, verwacht een naam die eindigt op .docx (Word) of .pdf.\n`,
          )
          return 1
        }
        if (rapport && (values.versie !== undefined || values.sinds !== undefined)) {
          process.stderr.write('De opties --versie en --sinds horen niet bij `export effectrapportage`.\n')
          return 1
        }
        // "word" is what a beleidsmedewerker calls a .docx.
        const kind = rapport ? (values.uit?.toLowerCase().endsWith('.docx') ? 'docx' : 'pdf') : asked === 'word' ? 'docx' : asked
        if (kind !== 'stop' && kind !== 'docx' && kind !== 'pdf') {
          process.stderr.write(
            `${kind === undefined ? 'Geef aan wat u wilt exporteren' : `Onbekende export \`${escapeForTerminal(kind)}\``}, verwacht \`export stop\`, \`export docx\` (of \`export word\`), \`export pdf\` of \`export effectrapportage\`.\n\n${usage}`,
          )
          return 1
        }
        if (extra.length > 0) {
          process.stderr.write(
            `Eén map verwacht, maar ook \`${escapeForTerminal(extra.join(' '))}\` gekregen; zet een pad met spaties tussen aanhalingstekens.\n`,
          )
          return 1
        }
        if (values.versie !== undefined && kind !== 'pdf') {
          process.stderr.write('De optie --versie hoort alleen bij `export pdf`.\n')
          return 1
        }
        if (values.sinds !== undefined && kind === 'pdf') {
          process.stderr.write(
            'De optie --sinds hoort bij `export stop` (het wijzigingsbesluit) en `export docx` (wijzigingsverordening en renvooi), niet bij `export pdf`.\n',
          )
          return 1
        }
        if (values.sjabloon !== undefined && kind !== 'docx') {
          process.stderr.write('De optie --sjabloon hoort alleen bij `export docx`: het Word-sjabloon (.dotx) van uw gemeente.\n')
          return 1
        }
        const versie = values.versie ?? 'juridisch'
        if (versie !== 'juridisch' && versie !== 'inwoners' && versie !== 'raad') {
          process.stderr.write(`Onbekende versie \`${escapeForTerminal(versie)}\` voor --versie, verwacht juridisch, inwoners of raad.\n`)
          return 1
        }
        const uit =
          values.uit ??
          (rapport ? 'effectrapportage.pdf' : kind === 'stop' ? 'stop-aanlevering' : kind === 'docx' ? 'verordening.docx' : `verordening-${versie}.pdf`)
        const { runExport } = await import('./export-command.ts')
        return await runExport(kind, map ?? 'verordening', {
          uit,
          versie,
          sinds: values.sinds,
          sjabloon: values.sjabloon,
          stil: values.stil ?? false,
          effectrapportage: rapport,
          gemeente: values.gemeente,
        })
      }
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        return help()
      default:
        process.stderr.write(
          `${escapeForTerminal(unknownName({ soort: 'opdracht', naam: command, bekend: [...commands, ...Object.keys(aliases)] })).replace(/(?<![?.])$/, '.')}\n\n${usage}`,
        )
        return 1
    }
  } catch (error) {
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`${escapeForTerminal(translateArgsError(error.message))}\n\n${usage}`)
      return 1
    }
    // An unexpected failure is our bug, not the author's: say so plainly.
    process.stderr.write(
      `Interne fout in verordening (${escapeForTerminal(error instanceof Error ? error.message : String(error))}). Meld dit aan het ontwikkelteam.\n`,
    )
    return 2
  }
}

function wantsHelp(args: readonly string[]): boolean {
  return args.includes('--help') || args.includes('-h')
}

function help(): number {
  process.stdout.write(usage)
  return 0
}

function translateArgsError(message: string): string {
  const option = /'([^']+)'/.exec(message)?.[1]
  return option ? `Onbekende optie \`${option}\`.` : `Ongeldige opties: ${message}`
}
