// Writes the sources of the six test verordeningen for `vergelijk-gemeenten`
// (test/fixtures/gemeenten/*.xml and *.txt) from test/fixtures/gemeenten/gemeenten.ts;
// test/vergelijk-gemeenten.test.ts checks they are current.
import { writeFile } from 'node:fs/promises'
import { gemeenten } from '../test/fixtures/gemeenten/gemeenten.ts'
import { bronNaam, render } from '../test/fixtures/gemeenten/render.ts'

for (const gemeente of gemeenten) await writeFile(`test/fixtures/gemeenten/${bronNaam(gemeente)}`, render(gemeente))
process.stdout.write(`${gemeenten.length} verordeningen in test/fixtures/gemeenten/ bijgewerkt\n`)
