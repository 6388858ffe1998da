// Which browser prints the PDF (src/export/browser.ts): CHROMIUM_PATH, or the
// usual places on Windows (Edge is always there), macOS and Linux.
import { describe, expect, it } from 'vitest'
import { browserCandidates, findBrowser } from '../../src/export/browser.ts'
import { succeed } from '../../src/messages/result.ts'

describe('the browser for export pdf', () => {
  it('on Windows finds Edge or Chrome under Program Files', () => {
    const env = { PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\jan\\AppData\\Local' }
    const candidates = browserCandidates('win32', env)
    expect(candidates).toContain('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe')
    expect(candidates).toContain('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe')
    expect(candidates).toContain('C:\\Users\\jan\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe')
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'
    expect(findBrowser('win32', env, (file) => file === edge)).toEqual(succeed(edge))
  })

  it('on a Mac finds Chrome or Edge in Applications', () => {
    const chrome = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
    expect(findBrowser('darwin', { HOME: '/Users/jan' }, (file) => file === chrome)).toEqual(succeed(chrome))
    expect(browserCandidates('darwin', { HOME: '/Users/jan' })).toContain('/Users/jan/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge')
  })

  it('on Linux tries Chromium first, and says in Dutch what to install when none is there', () => {
    expect(browserCandidates('linux', {})[0]).toBe('/usr/bin/chromium')
    const none = findBrowser('linux', {}, () => false)
    expect(none).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^Chromium is niet gevonden \(gezocht in `\/usr\/bin\/chromium`, .+\), verwacht de browser die de PDF maakt; installeer hem met `apt-get install chromium` of geef zijn pad in CHROMIUM_PATH$/,
      ),
    })
    expect(findBrowser('win32', { PROGRAMFILES: 'C:\\Program Files' }, () => false)).toEqual({
      ok: false,
      message: expect.stringContaining('installeer Microsoft Edge of Google Chrome'),
    })
  })

  it('CHROMIUM_PATH names the one browser to use', () => {
    expect(browserCandidates('win32', { CHROMIUM_PATH: 'D:\\chrome\\chrome.exe', PROGRAMFILES: 'C:\\Program Files' })).toEqual(['D:\\chrome\\chrome.exe'])
    expect(findBrowser('linux', { CHROMIUM_PATH: '/opt/x/chrome' }, () => false)).toEqual({ ok: false, message: expect.stringContaining('(`/opt/x/chrome`)') })
  })
})
