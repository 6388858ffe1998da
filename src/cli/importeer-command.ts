// `verordening importeer <bron> <nieuwe-map>`: an existing verordening (CVDR
// XML, Word or plain text) as a concept in the authoring format.
import path from 'node:path'
import { escapeForTerminal } from './terminal-output.ts'

const formaten = { cvdr: 'CVDR-XML', docx: 'Word-document', tekst: 'platte tekst' } as const

export async function runImporteer(source: string | undefined, target: string | undefined): Promise<number> {
  if (!source || !target) {
    process.stderr.write('Geef het bestand en de nieuwe map, verwacht bijvoorbeeld: verordening importeer verordening.xml mijn-verordening\n')
    return 1
  }
  const { importeer } = await import('../import/importeer.ts')
  const started = performance.now()
  const imported = await importeer(source, target)
  if (!imported.ok) {
    process.stderr.write(
      `✖ ${escapeForTerminal(path.relative(process.cwd(), path.resolve(source)) || source)}: ${escapeForTerminal(imported.message.replace(/\.$/, ''))}. Er is niets geschreven.\n`,
    )
    return 1
  }
  const result = imported.value
  const seconds = ((performance.now() - started) / 1000).toLocaleString('nl-NL', { maximumFractionDigits: 2 })
  const shown = escapeForTerminal(path.relative(process.cwd(), path.resolve(target)) || target)
  process.stderr.write(
    `✓ ${formaten[result.formaat]} overgenomen in ${shown}/ in ${seconds} s: ${result.hoofdstukken} ${result.hoofdstukken === 1 ? 'hoofdstuk' : 'hoofdstukken'}, ${result.artikelen} artikelen, ${result.begrippen} ${result.begrippen === 1 ? 'begrip' : 'begrippen'}.\n` +
      (result.nietOvergenomen.length > 0
        ? `Niet (helemaal) overgenomen:\n${result.nietOvergenomen.map((line) => `  - ${escapeForTerminal(line)}`).join('\n')}\n`
        : '') +
      `  Volgende stap: npx omgekeerde-verordening controleer ${shown}\n` +
      '  De lijst “Nog te doen” onder de meldingen zegt wat er nog moet gebeuren.\n',
  )
  return 0
}
