// What `check` prints comes partly from the author's files. A file name or a
// quote with ESC, BEL, CSI or a bidi control must not reach the terminal raw
// (it would recolour it, set its title, or reorder the line): it shows escaped.
import { rm } from 'node:fs/promises'
import { afterAll, describe, expect, it } from 'vitest'
import { escapeForTerminal, stringifyJson } from '../src/cli/terminal-output.ts'
import { wmoHoofdstuk } from '../src/rules/support/examples.ts'
import { verordening } from './helpers/cli.ts'
import { makeFixture } from './helpers/fixture.ts'

// ESC [31m (red), ESC ] 0;…BEL (set the window title), C1 CSI, RIGHT-TO-LEFT OVERRIDE.
const hostileName = '02-\u001b[31mrood\u001b]0;titel\u0007\u009b2J\u202emd.md'
// The message quotes the unknown begrip (ESC c resets the whole terminal), so the same characters also arrive through the message text.
const hostileText = wmoHoofdstuk({ juridisch: 'Het college kan hulp bieden op grond van :begrip[x\u001bc\u202ey].' })

/** Raw control characters: C0 except line feed, DEL, C1, bidi controls, line and paragraph separators. */
const raw = /[\0-\x09\x0B-\x1F\x7F-\x9F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/

const made: string[] = []
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })))
})

describe('terminal output', () => {
  it('escapes control and bidi characters in file names and message texts', async () => {
    const dir = await makeFixture({ [hostileName]: hostileText })
    made.push(dir)
    const { code, stderr } = await verordening(['check', dir])
    expect(code).toBe(1)
    expect(stderr).not.toMatch(raw)
    expect(stderr).toContain('02-\\x1b[31mrood\\x1b]0;titel\\x07\\x9b2J\\u202emd.md')
    expect(stderr).toContain('x\\x1bc\\u202ey')
  })

  it('keeps --json valid and free of raw DEL, C1, bidi and line separators', async () => {
    const dir = await makeFixture({ [hostileName]: hostileText })
    made.push(dir)
    const { stdout } = await verordening(['check', dir, '--json'])
    expect(stdout).not.toMatch(raw)
    const messages = JSON.parse(stdout) as Array<{ file: string; message: string }>
    expect(messages.some((message) => message.file.endsWith(hostileName))).toBe(true)
  })

  it('escapes one character at a time, and keeps line feeds only in multi-line text', () => {
    expect(escapeForTerminal('a\u001bb\u0085c\u2066d\te\nf')).toBe('a\\x1bb\\x85c\\u2066d\te\\x0af')
    expect(escapeForTerminal('a\nb\rc', { lines: true })).toBe('a\nb\\x0dc')
    expect(JSON.parse(stringifyJson({ text: 'a\u2028b\u202ec\u009bd' }))).toEqual({ text: 'a\u2028b\u202ec\u009bd' })
    expect(stringifyJson('\u2029')).toBe('"\\u2029"')
  })
})
