// Debian's Chromium, driven by playwright-core (no browser download): the
// flags keep it off the network, which this machine does not have anyway.
import { type Browser, chromium } from 'playwright-core'
import { chromiumArgs } from '../../src/export/browser.ts'

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [...chromiumArgs],
  })
}
