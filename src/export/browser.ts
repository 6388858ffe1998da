// Which browser prints the PDF. Any Chromium-based browser does (Chromium,
// Google Chrome, Microsoft Edge): playwright-core drives it, and nothing is
// downloaded. CHROMIUM_PATH names one; otherwise the usual places of the
// system are tried, so on Windows the Edge that every Windows has is found,
// and on a Mac an installed Chrome or Edge.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { failure, type Result, succeed } from '../messages/result.ts'

/** The places to try, in order. */
export function browserCandidates(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string[] {
  if (env.CHROMIUM_PATH) return [env.CHROMIUM_PATH]
  switch (platform) {
    case 'win32': {
      // process.env is case-insensitive on Windows; a plain object (tests) is not.
      const roots = [env.PROGRAMFILES ?? env.ProgramFiles, env['PROGRAMFILES(X86)'] ?? env['ProgramFiles(x86)'], env.LOCALAPPDATA].filter(
        (root): root is string => Boolean(root),
      )
      const programs = [
        ['Microsoft', 'Edge', 'Application', 'msedge.exe'],
        ['Google', 'Chrome', 'Application', 'chrome.exe'],
        ['Chromium', 'Application', 'chrome.exe'],
      ]
      return programs.flatMap((program) => roots.map((root) => path.win32.join(root, ...program)))
    }
    case 'darwin': {
      const apps = [
        'Google Chrome.app/Contents/MacOS/Google Chrome',
        'Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
        'Chromium.app/Contents/MacOS/Chromium',
      ]
      const folders = ['/Applications', ...(env.HOME ? [path.posix.join(env.HOME, 'Applications')] : [])]
      return apps.flatMap((app) => folders.map((folder) => path.posix.join(folder, app)))
    }
    default:
      return [
        '/usr/bin/chromium',
        '/usr/bin/chromium-browser',
        '/usr/bin/google-chrome-stable',
        '/usr/bin/google-chrome',
        '/usr/bin/microsoft-edge',
        '/snap/bin/chromium',
      ]
  }
}

/** The path of the first browser that is there, or a Dutch Failure that says what to install. */
export function findBrowser(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  exists: (file: string) => boolean = existsSync,
): Result<string> {
  const candidates = browserCandidates(platform, env)
  const found = candidates.find((candidate) => exists(candidate))
  if (found) return succeed(found)
  const install =
    platform === 'win32'
      ? 'installeer Microsoft Edge of Google Chrome'
      : platform === 'darwin'
        ? 'installeer Google Chrome of Microsoft Edge in de map Programma’s'
        : 'installeer hem met `apt-get install chromium`'
  const where = env.CHROMIUM_PATH ? `\`${env.CHROMIUM_PATH}\`` : `gezocht in ${candidates.map((candidate) => `\`${candidate}\``).join(', ')}`
  return failure(`Chromium is niet gevonden (${where}), verwacht de browser die de PDF maakt; ${install} of geef zijn pad in CHROMIUM_PATH`)
}

/**
 * The flags every Chromium of the toolchain (and of its tests) starts with: no
 * sandbox (it runs as the user, often in a container), and nothing that goes
 * on the network by itself (updates, sync, QUIC), so a print never waits on it.
 */
export const chromiumArgs: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
