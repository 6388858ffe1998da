// History per artikel from the vastgestelde versies: the computation, and the
// juridische versie of the example built from a temporary git repository.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { geschiedenis } from '../../src/compare/geschiedenis.ts'
import type { ArtikelTekst } from '../../src/model/artikel-tekst.ts'
import { geschiedenisRegels } from '../../src/views/geschiedenis.ts'
import { verordening } from '../helpers/cli.ts'
import { makeRepo } from '../helpers/git-repo.ts'

const made: string[] = []
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })))
})

const artikel = (nr: string, titel: string, tekst: string): ArtikelTekst => ({ nr, titel, leden: [{ nr: null, tekst, onderdelen: [] }] })
const v1 = { versie: 'v1', datum: '2026-03-26', raadsbesluit: 'RB-2026-041' }
const v2 = { versie: 'v2', datum: '2026-12-17', raadsbesluit: 'RB-2026-112' }

describe('geschiedenis per artikel', () => {
  it('volgt een artikel door de versies, ook na een vernummering', () => {
    const eerste = [artikel('1.1', 'Doel', 'Het doel is hulp.'), artikel('1.2', 'Slot', 'Dit is het slot.')]
    const tweede = [
      artikel('1.1', 'Doel', 'Het doel is goede hulp.'),
      artikel('1.2', 'Nieuw', 'Een nieuw artikel.'),
      artikel('1.3', 'Slot', 'Dit is het slot.'),
    ]
    const nu = [tweede[0]!, tweede[1]!, artikel('1.3', 'Slot', 'Dit is het nieuwe slot.'), artikel('1.4', 'Later', 'Nog niet vastgesteld.')]
    const result = geschiedenis(
      [
        { versie: v1, artikelen: eerste },
        { versie: v2, artikelen: tweede },
      ],
      nu,
    )
    expect(Object.fromEntries([...result].map(([nr, regels]) => [nr, geschiedenisRegels(regels)]))).toEqual({
      '1.1': ['Vastgesteld bij raadsbesluit RB-2026-041 van 26 maart 2026.', 'Gewijzigd bij raadsbesluit RB-2026-112 van 17 december 2026.'],
      '1.2': ['Ingevoegd bij raadsbesluit RB-2026-112 van 17 december 2026.'],
      '1.3': [
        'Vastgesteld bij raadsbesluit RB-2026-041 van 26 maart 2026.',
        'Gewijzigd bij raadsbesluit RB-2026-112 van 17 december 2026.',
        'Gewijzigd na de laatst vastgestelde versie; nog niet vastgesteld.',
      ],
      '1.4': ['Gewijzigd na de laatst vastgestelde versie; nog niet vastgesteld.'],
    })
  })

  it('staat in de juridische versie van de gebouwde site', async () => {
    const repo = await makeRepo(made)
    const yml = path.join(repo.map, 'verordening.yml')
    const base = await readFile(yml, 'utf8')
    await writeFile(yml, `${base}\nversies:\n  - { versie: v1, datum: 2026-03-26, raadsbesluit: RB-2026-041 }\n`)
    await repo.edit('03-werk-en-inkomen.md', 'binnen vijf werkdagen na de melding', 'binnen tien werkdagen na de melding')
    await repo.edit('03-werk-en-inkomen.md', 'Dan beslissen we binnen vijf werkdagen', 'Dan beslissen we binnen tien werkdagen')
    await writeFile(
      yml,
      `${base}\nversies:\n  - { versie: v1, datum: 2026-03-26, raadsbesluit: RB-2026-041 }\n  - { versie: v2, datum: 2026-12-17, raadsbesluit: RB-2026-112 }\n`,
    )
    repo.commit('tien werkdagen', 'v2')
    const parent = await mkdtemp(path.join(tmpdir(), 'geschiedenis-site-'))
    made.push(parent)
    const out = path.join(parent, '_site')
    const built = await verordening(['build', repo.map, '--out', out])
    expect(built.code, built.stderr).toBe(0)
    const page = await readFile(path.join(out, 'juridisch', 'artikel', '3-2', 'index.html'), 'utf8')
    expect(page).toContain('<li class="utrecht-unordered-list__item">Vastgesteld bij raadsbesluit RB-2026-041 van 26 maart 2026.</li>')
    expect(page).toContain('<li class="utrecht-unordered-list__item">Gewijzigd bij raadsbesluit RB-2026-112 van 17 december 2026.</li>')
    const other = await readFile(path.join(out, 'juridisch', 'artikel', '3-1', 'index.html'), 'utf8')
    expect(other).toContain('Vastgesteld bij raadsbesluit RB-2026-041 van 26 maart 2026.')
    expect(other).not.toContain('Gewijzigd bij raadsbesluit')
    const whole = await readFile(path.join(out, 'juridisch', 'index.html'), 'utf8')
    expect(whole).toContain(
      '<p class="utrecht-paragraph geschiedenis">Vastgesteld bij raadsbesluit RB-2026-041 van 26 maart 2026. Gewijzigd bij raadsbesluit RB-2026-112 van 17 december 2026.</p>',
    )
  }, 180_000)
})
