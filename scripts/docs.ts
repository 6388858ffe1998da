// `npm run docs`: writes docs/regels.md from the rules.
import { writeFile } from 'node:fs/promises'
import { renderRuleDocs } from '../src/docs/rule-docs.ts'

await writeFile(new URL('../docs/regels.md', import.meta.url), renderRuleDocs())
process.stdout.write('docs/regels.md bijgewerkt\n')
