// What the command says, as a beleidsmedewerker reads it: Dutch words ("fout",
// "waarschuwing", "✖ 3 fouten"), no lines padded into columns, help with an
// example per command, and the publication gate `--streng` / `streng: true`.
import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { wmoHoofdstuk } from '../src/rules/support/examples.ts'
import { verordening } from './helpers/cli.ts'
import { basisDir, makeFixture } from './helpers/fixture.ts'

const made: string[] = []
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })))
})

async function fixture(files: Record<string, string | null>): Promise<string> {
  const dir = await makeFixture(files)
  made.push(dir)
  return dir
}

/** An inwoners text of one sentence of 27 words: a taal-zinslengte warning, nothing else. */
const langeZin = 'Wij kunnen u helpen met een hulpmiddel in huis als u zelf niet meer goed kunt lopen en uw familie of uw buren u niet kunnen helpen.'
const metWaarschuwing = { '02-wmo.md': wmoHoofdstuk({ inwoners: langeZin }) }
const metFout = { '02-wmo.md': wmoHoofdstuk({ effect: 'meedoem' }) }

describe('terminal output in Dutch', () => {
  it('says fout and waarschuwing, counts in Dutch, and pads nothing', async () => {
    const dir = await fixture({ '02-wmo.md': wmoHoofdstuk({ effect: 'meedoem', inwoners: langeZin }) })
    const { code, stderr } = await verordening(['check', dir])
    expect(code).toBe(1)
    const file = path.relative(process.cwd(), path.join(dir, '02-wmo.md'))
    expect(stderr).toContain(`${file}\n  7:49  fout  Onbekend effect \`meedoem\` in artikel 2.1, bedoelt u \`meedoen\`?  artikel-effect\n`)
    expect(stderr).toMatch(/\n {2}\d+:\d+ {2}waarschuwing {2}Zin van 27 woorden/)
    // The typo also leaves `meedoen` without an own artikel: effect-eigen-artikel warns too.
    expect(stderr).toMatch(/\n✖ 1 fout, 2 waarschuwingen \(2 hoofdstukken, 3 artikelen gecontroleerd in [\d,]+ s\)\n$/)
    expect(stderr).not.toMatch(/\b(error|warning|errors|warnings)\b/)
    // No line is padded: no run of three spaces, no trailing space.
    for (const line of stderr.split('\n')) {
      expect(line, line).not.toMatch(/ {3}| $/)
    }
  })

  it('a clean verordening ends with ✓ 0 fouten, 0 waarschuwingen', async () => {
    const { code, stderr } = await verordening(['check', basisDir])
    expect(code).toBe(0)
    expect(stderr).toMatch(/^✓ 0 fouten, 0 waarschuwingen \(1 hoofdstuk, 2 artikelen gecontroleerd in [\d,]+ s\)\n$/)
  })

  it('a folder that does not exist gets no place (no 1:1)', async () => {
    const { code, stderr } = await verordening(['check', 'bestaat-niet'])
    expect(code).toBe(1)
    expect(stderr).toContain('bestaat-niet\n  fout  Map `bestaat-niet` niet gevonden of niet leesbaar')
    expect(stderr).not.toContain('1:1')
  })

  it('build reports in the same Dutch form', async () => {
    const dir = await fixture(metFout)
    const { code, stderr } = await verordening(['build', dir, '--out', path.join(dir, '..', `${path.basename(dir)}-site`)])
    expect(code).toBe(1)
    expect(stderr).toContain('  7:49  fout  Onbekend effect `meedoem`')
    expect(stderr).toContain('✖ 1 fout, 1 waarschuwing\n✖ De verordening heeft fouten')
  })
})

describe('help and commands', () => {
  it('without arguments prints the help and exits 0', async () => {
    const { code, stdout } = await verordening([])
    expect(code).toBe(0)
    expect(stdout).toMatch(/^Gebruik: verordening <opdracht>/)
  })

  it('--help gives an example per command', async () => {
    const { code, stdout } = await verordening(['--help'])
    expect(code).toBe(0)
    const examples = stdout.slice(stdout.indexOf('Voorbeelden:'))
    for (const command of ['check', 'build', 'serve', 'lsp']) expect(examples).toMatch(new RegExp(`\\n {2}verordening ${command}\\b`))
    expect((await verordening(['check', '--help'])).stdout).toBe(stdout)
  })

  it('lsp without --stdio says how an editor starts it', async () => {
    const { code, stderr } = await verordening(['lsp'])
    expect(code).toBe(1)
    expect(stderr).toBe(
      'De taalserver praat via standaardinvoer en -uitvoer, verwacht `verordening lsp --stdio` (uw editor start dit; zie docs/schrijven.md).\n',
    )
  })

  it('an unknown command lists all commands', async () => {
    const { code, stderr } = await verordening(['xyzzy'])
    expect(code).toBe(1)
    expect(stderr).toMatch(
      /^Onbekende opdracht `xyzzy`, verwacht een van: `check`, `build`, `serve`, `vergelijk`, `vergelijk-gemeenten`, `export`, `init`, `importeer`, `indicatoren`, `lsp`, `help`, `controleer`, `bouw`, `bekijk`, `exporteer`, `begin`, `hulp`\.\n/,
    )
    const typo = await verordening(['chek'])
    expect(typo.stderr).toMatch(/^Onbekende opdracht `chek`, bedoelt u `check`\?\n/)
    expect(typo.stderr).toContain('Opdrachten:')
  })
})

describe('the publication gate (--streng, streng: true)', () => {
  it('without --streng a warning passes; with --streng it fails check', async () => {
    const dir = await fixture(metWaarschuwing)
    const mild = await verordening(['check', dir])
    expect(mild.code).toBe(0)
    expect(mild.stderr).toMatch(/\n⚠ 0 fouten, 1 waarschuwing \(/)
    const streng = await verordening(['check', dir, '--streng'])
    expect(streng.code).toBe(1)
    expect(streng.stderr).toMatch(/\n✖ 0 fouten, 1 waarschuwing \(streng: waarschuwingen tellen als fout\) \(/)
    expect((await verordening(['check', dir, '--json', '--streng'])).code).toBe(1)
  })

  it('streng: true in verordening.yml does the same for check and build, and the previous site stays', async () => {
    const meta = `${await readFile(path.join(basisDir, 'verordening.yml'), 'utf8')}streng: true\n`
    const dir = await fixture({ ...metWaarschuwing, 'verordening.yml': meta })
    expect((await verordening(['check', dir])).code).toBe(1)
    const out = path.join(dir, '..', `${path.basename(dir)}-site`)
    made.push(out)
    const build = await verordening(['build', dir, '--out', out])
    expect(build.code).toBe(1)
    expect(build.stderr).toContain(
      '✖ De verordening heeft waarschuwingen en `streng: true` in verordening.yml laat ze als fout tellen; de site is niet gebouwd',
    )
    const clean = await fixture({ 'verordening.yml': meta })
    expect((await verordening(['check', clean])).code).toBe(0)
  })

  it('build --streng refuses a verordening with warnings', async () => {
    const dir = await fixture(metWaarschuwing)
    const out = path.join(dir, '..', `${path.basename(dir)}-site`)
    made.push(out)
    const build = await verordening(['build', dir, '--out', out, '--streng'])
    expect(build.code).toBe(1)
    expect(build.stderr).toContain('✖ De verordening heeft waarschuwingen en `--streng` laat ze als fout tellen')
  })

  it('streng must be true or false', async () => {
    const meta = `${await readFile(path.join(basisDir, 'verordening.yml'), 'utf8')}streng: ja\n`
    const dir = await fixture({ 'verordening.yml': meta })
    const json = JSON.parse((await verordening(['check', dir, '--json'])).stdout) as Array<{ ruleId: string; message: string }>
    expect(json.filter((entry) => entry.ruleId === 'register-schema').map((entry) => entry.message)).toEqual([
      'Veld `streng`: Ongeldige invoer: verwacht true of false, ontving tekst',
    ])
  })
})
