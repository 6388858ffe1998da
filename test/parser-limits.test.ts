// Small hostile files that used to overflow the stack or take minutes: each
// now ends with a message that says where (the structure guard, before
// parsing) or with the ordinary messages. Behaviour only; times are in bench/.
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateShortArtikelen } from '../bench/generate.ts'
import { checkSource } from '../src/pipeline/pipeline.ts'
import { sourceFromBytes } from '../src/sources/read-source.ts'

const encoder = new TextEncoder()
const basisDir = 'test/fixtures/basis'
const basis = new Map<string, string>()
for (const name of await readdir(basisDir)) basis.set(name, await readFile(path.join(basisDir, name), 'utf8'))

const head = '---\nhoofdstuk: 2\ntitel: Proef\nwet: wmo\n---\n\n'

async function check(text: string) {
  const files = new Map([...basis].map(([name, value]) => [name, encoder.encode(value)] as const))
  files.set('02-proef.md', encoder.encode(text))
  const result = await checkSource(sourceFromBytes('/proef/verordening', files))
  const messages = result.files.flatMap((file) => file.messages.map((message) => ({ file: path.basename(file.path), message })))
  for (const { message } of messages) {
    expect(message.reason).not.toMatch(/Interne fout|call stack/)
    expect(message.line ?? 0, message.reason).toBeGreaterThanOrEqual(1)
    expect(message.column ?? 0, message.reason).toBeGreaterThanOrEqual(1)
  }
  return messages.filter((entry) => entry.file === '02-proef.md').map((entry) => entry.message)
}

/** The file is refused before parsing, at the given place, with one message. */
async function refused(text: string, line: number, column: number, reason: RegExp): Promise<void> {
  const messages = await check(text)
  expect(messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.reason}`)).toEqual([
    expect.stringMatching(new RegExp(`^${line}:${column} bestand-structuur `)),
  ])
  expect(messages[0]?.reason).toMatch(reason)
}

const headLines = head.split('\n').length - 1

describe('parser limits', () => {
  it('refuses 20,000 block quotes on one line (was: Maximum call stack size exceeded)', async () => {
    await refused(`${head}${'> '.repeat(20_000)}x\n`, headLines + 1, 25, /zet 20\.000 citaatblokken in elkaar, verwacht hoogstens 12/)
  })

  it('refuses 20,000 lists on one line, for each kind of marker', async () => {
    await refused(`${head}${'- '.repeat(20_000)}x\n`, headLines + 1, 25, /zet 20\.000 lijsten in elkaar/)
    await refused(`${head}${'* '.repeat(20_000)}x\n`, headLines + 1, 25, /zet 20\.000 lijsten in elkaar/)
    await refused(`${head}${'1. '.repeat(20_000)}x\n`, headLines + 1, 37, /zet 20\.000 lijsten in elkaar/)
    await refused(`${head}${'> - '.repeat(10_000)}x\n`, headLines + 1, 25, /zet 20\.000 citaatblokken en lijsten in elkaar/)
  })

  it('counts spaces after `>` as indentation: lists nested 1,400 deep inside a quote (was: minutes)', async () => {
    const text = Array.from({ length: 1_400 }, (_, level) => `>${' '.repeat(2 * level + 1)}- a`).join('\n')
    await refused(`${head}${text}\n`, headLines + 41, 1, /springt 81 posities in, verwacht hoogstens 80/)
  })

  it('refuses a thematic break of 20,000 marks, and keeps a short one', async () => {
    await refused(`${head}${'- '.repeat(20_000)}\n`, headLines + 1, 1, /scheidingslijn van 40\.000 tekens/)
    const messages = await check(`${head}- - -\n\n* * * *\n\n- - - x\n`)
    expect(messages.filter((message) => message.ruleId === 'bestand-structuur')).toEqual([])
  })

  it('refuses 50,000 emphasis runs in one paragraph (was: minutes, quadratic)', async () => {
    await refused(`${head}${'*a'.repeat(50_000)}\n`, headLines + 1, 2001, /50\.000 reeksen `\*` of `_`, verwacht hoogstens 1\.000/)
    await refused(`${head}${'_a'.repeat(50_000)}\n`, headLines + 1, 2001, /reeksen `\*` of `_`/)
  })

  it('counts emphasis per paragraph: a blank line starts again', async () => {
    const messages = await check(`${head}${Array.from({ length: 20 }, () => '*a'.repeat(400)).join('\n\n')}\n`)
    expect(messages.filter((message) => message.ruleId === 'bestand-structuur')).toEqual([])
  })

  it('refuses 50,000 nested link and image brackets', async () => {
    await refused(`${head}${'['.repeat(50_000)}\n`, headLines + 1, 33, /opent 50\.000 haken `\[` in elkaar, verwacht hoogstens 32/)
    await refused(`${head}${'!['.repeat(50_000)}\n`, headLines + 1, 66, /haken `\[`/)
    await refused(`${head}${':a['.repeat(1_000)}\n`, headLines + 1, 99, /haken `\[`/)
  })

  it('refuses backtick runs that the parser would each read to the end of the paragraph', async () => {
    const text = Array.from({ length: 100 }, (_, index) => `${'`'.repeat(index + 1)} a `).join('')
    await refused(`${head}${text}\n`, headLines + 1, 23, /100 reeksen backticks \(`\) zonder afsluiting, verwacht hoogstens 4/)
    const closed = await check(`${head}${'`a` '.repeat(10_000)}\n`)
    expect(closed.filter((message) => message.ruleId === 'bestand-structuur')).toEqual([])
  })

  it('refuses many HTML openers and braces in one paragraph', async () => {
    await refused(`${head}${'<!-- a '.repeat(1_000)}\n`, headLines + 1, 225, /1\.000 keer `<`/)
    await refused(`${head}${':a{b="x '.repeat(1_000)}\n`, headLines + 1, 515, /1\.000 keer `\{`/)
  })

  it('refuses 20,000 nested directive blocks', async () => {
    await refused(`${head}${':::a\n'.repeat(20_000)}`, headLines + 13, 1, /13 diep in elkaar/)
  })

  it('does not let a line that looks like a code fence hide a hostile paragraph', async () => {
    await refused(`${head}\`\`\`x\`\`\` ${'*a'.repeat(5_000)}\n`, headLines + 1, 2009, /reeksen `\*` of `_`/)
  })

  // Found by the fuzzer (seed 1482105523, case 14,443 of a 50,000-case shard): the guard took the openers for code,
  // the parser ended the fence with the block around it and read them as blocks (4,000: 100 s and 800 MB; 27,000: out of memory).
  it('does not let a code fence that a block ends hide nested directive blocks', async () => {
    await refused(`${head}::::juridisch\n\`\`\`\n::::\n${'::::::a\n'.repeat(27_000)}`, headLines + 16, 1, /13 diep in elkaar/)
  })

  it('checks 20,000 short artikelen in one 2 MB file with ordinary messages (was: minutes, quadratic)', async () => {
    const text = generateShortArtikelen(20_000)
    expect(text.length).toBeLessThanOrEqual(2 * 1024 * 1024)
    const messages = await check(text)
    expect(messages.some((message) => message.ruleId === 'bestand-structuur')).toBe(false)
    // Every artikel lacks a titel and an inwoners part: the ordinary rules say so, each at its artikel.
    expect(messages.filter((message) => message.ruleId === 'artikel-delen')).toHaveLength(20_000)
  }, 600_000)
})
