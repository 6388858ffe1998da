// Screenshots of every page type at 375 and 1280 px, to look at as a user
// would: `npx tsx scripts/schermafbeeldingen.ts <site> <map>` (the site as
// `verordening build` made it). Prints the height of each page.
import { mkdir } from 'node:fs/promises'
import path from 'node:path'
import { launchBrowser } from '../test/helpers/browser.ts'
import { serveStatic } from '../test/helpers/static-server.ts'

const [site = '_site', uit = 'schermafbeeldingen'] = process.argv.slice(2)
const paginas: Array<[string, string]> = [
  ['home', '/'],
  ['inwoners', '/inwoners/'],
  ['effect', '/inwoners/effect/woning-behouden/'],
  ['inwoners-artikel', '/inwoners/artikel/3-4/'],
  ['juridisch', '/juridisch/'],
  ['juridisch-artikel', '/juridisch/artikel/3-4/'],
  ['raad', '/raad/'],
  ['grondwaarden', '/raad/grondwaarden/'],
  ['kaders', '/raad/kaders/'],
  ['casuistiek', '/raad/casuistiek/'],
  ['zoeken', '/zoeken/?q=mijn+moeder+kan+niet+meer+alleen+thuis+wonen'],
  ['toegankelijkheid', '/toegankelijkheid/'],
  ['404', '/bestaat-niet/'],
]

await mkdir(uit, { recursive: true })
const server = await serveStatic(path.resolve(site))
const browser = await launchBrowser()
try {
  for (const breedte of [375, 1280]) {
    const page = await browser.newPage({ viewport: { width: breedte, height: 800 } })
    for (const [naam, url] of paginas) {
      await page.goto(server.url + url)
      if (naam === 'zoeken') await page.waitForTimeout(1500)
      const hoogte = await page.evaluate(() => document.documentElement.scrollHeight)
      const bestand = path.join(uit, `${naam}-${breedte}.png`)
      await page.screenshot({ path: bestand, fullPage: true })
      console.log(`${bestand}\t${hoogte} px`)
    }
    await page.close()
  }
} finally {
  await browser.close()
  await server.close()
}
