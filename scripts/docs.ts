// `npm run docs`: writes docs/regels.md from the rules, and the table of
// beginner mistakes in docs/schrijven.md from src/docs/beginnersfouten.ts.
import { readFile, writeFile } from 'node:fs/promises'
import { withBeginnersfouten } from '../src/docs/beginnersfouten.ts'
import { renderRuleDocs } from '../src/docs/rule-docs.ts'

await writeFile(new URL('../docs/regels.md', import.meta.url), renderRuleDocs())
process.stdout.write('docs/regels.md bijgewerkt\n')
const guide = new URL('../docs/schrijven.md', import.meta.url)
await writeFile(guide, withBeginnersfouten(await readFile(guide, 'utf8')))
process.stdout.write('docs/schrijven.md: tabel met veelgemaakte fouten bijgewerkt\n')
