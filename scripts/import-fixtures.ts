// Writes the import fixtures (test/fixtures/import/beekdal.xml and .txt) from
// test/fixtures/import/beekdal.ts; test/import.test.ts checks they are current.
import { writeFile } from 'node:fs/promises'
import { renderText, renderXml } from '../test/fixtures/import/render.ts'

await writeFile('test/fixtures/import/beekdal.xml', renderXml())
await writeFile('test/fixtures/import/beekdal.txt', renderText())
process.stdout.write('test/fixtures/import/beekdal.xml en beekdal.txt bijgewerkt\n')
