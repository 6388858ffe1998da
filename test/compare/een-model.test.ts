// Issue 23's scenario, as a new user tried it: in a git repository of the
// example, amend the third lid of artikel 4.3 and add a fourth lid, insert
// ", een aangepaste fiets" in artikel 4.5 and add artikel 4.11. The
// wijzigingsverordening (`vergelijk --ontwerp`), the Word document (`export
// docx --sinds`) and the STOP wijzigingsbesluit (`export stop --sinds`) must
// give the opdrachten a jurist writes, and the same ones: one replacement in
// the third lid and "Er wordt een lid toegevoegd" for 4.3, one replacement
// that overlaps nothing for 4.5, an artikel ingevoegd for 4.11. And no word
// about the tool, git or the working tree in what goes to the raad.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readWijzigingsopdrachten } from '../../src/compare/opdrachten/read.ts'
import { vergelijk } from '../../src/compare/vergelijking.ts'
import { wijzigingsopdrachten } from '../../src/compare/wijzigingsverordening.ts'
import { checkSource, checkVerordening } from '../../src/pipeline/pipeline.ts'
import { readRevision } from '../../src/sources/git-source.ts'
import { verordening } from '../helpers/cli.ts'
import { docxParagraphs, inOrder, instructiesPerArtikel, stopInstructies, verwachteDocxRegels } from '../helpers/drie-vormen.ts'
import { makeRepo, type Repo } from '../helpers/git-repo.ts'

const made: string[] = []
let repo: Repo
let out: string

const artikel411 = `
::::artikel{nr="4.11" titel="Respijtzorg" effect="mantelzorg-volhouden" grondwaarde="wmo.mantelzorg" grondslag="wmo:2.1.3"}

:::juridisch
Het college kan een mantelzorger tijdelijk ontlasten door de zorg voor een inwoner over te nemen.
:::

:::inwoners{titel="Even vrij als mantelzorger"}
Zorgt u voor iemand? Wij kunnen de zorg even overnemen. Dan kunt u uitrusten.
:::
::::
`

/** Artikel I of the wijzigingsverordening, exactly as a jurist would write it for this edit. */
const artikelI = `## Artikel I

De Verordening sociaal domein Lingedal 2027 wordt als volgt gewijzigd:

### A

Artikel 4.3 wordt als volgt gewijzigd:

1. In het derde lid wordt "bereikt en welke taken daarbij horen" vervangen door "bereikt, welke taken daarbij horen en hoeveel tijd daarvoor nodig is".

2. Er wordt een lid toegevoegd, luidende:

   > 4. Het college kan de ondersteuning verstrekken als pgb.

### B

In artikel 4.5, tweede lid, wordt "scootmobiel" vervangen door "scootmobiel, een aangepaste fiets".

### C

Na artikel 4.10 wordt een artikel ingevoegd, luidende:

> **Artikel 4.11. Respijtzorg**
>
> Het college kan een mantelzorger tijdelijk ontlasten door de zorg voor een inwoner over te nemen.

`

/** Words about the tool and its workings: none of them belongs in a document for the raad. */
const gereedschapswoorden = /toolchain|\bgit\b|HEAD|werkmap|revisie|commit/i

beforeAll(async () => {
  repo = await makeRepo(made)
  const file = '04-zelfstandig-thuis-en-meedoen.md'
  await repo.edit(
    file,
    '3. Het college legt in de beschikking vast welk effect met de ondersteuning wordt bereikt en welke taken daarbij horen.\n',
    '3. Het college legt in de beschikking vast welk effect met de ondersteuning wordt bereikt, welke taken daarbij horen en hoeveel tijd daarvoor nodig is.\n4. Het college kan de ondersteuning verstrekken als pgb.\n',
  )
  await repo.edit(file, 'zoals een scootmobiel of een vergoeding', 'zoals een scootmobiel, een aangepaste fiets of een vergoeding')
  const end = 'het effect is zelfstandig en veilig wonen.\n:::\n::::\n'
  await repo.edit(file, end, `${end}${artikel411}`)
  out = await mkdtemp(path.join(tmpdir(), 'een-model-'))
  made.push(out)
}, 60_000)

afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })))
})

describe('één model van wijzigingsopdrachten: het scenario van issue 23', () => {
  it('de wijzigingsverordening geeft de opdrachten die een jurist schrijft, zonder woorden over het gereedschap', async () => {
    const outcome = await verordening(['vergelijk', 'v1', repo.map, '--ontwerp'])
    expect(outcome.code, outcome.stderr).toBe(0)
    expect(outcome.stdout).toContain(artikelI)
    expect(outcome.stdout).not.toMatch(gereedschapswoorden)
  })

  it('Word, STOP en de Markdown dragen dezelfde opdrachten: hetzelfde aantal, dezelfde artikelen, dezelfde zinnen', async () => {
    const before = await readRevision(repo.map, 'v1')
    if (!before.ok) throw new Error(before.message)
    const oud = await checkSource(before.value)
    const nieuw = await checkVerordening(repo.map)
    const opdrachten = wijzigingsopdrachten(vergelijk(oud.context.verordening, nieuw.context.verordening))
    expect(opdrachten.map((opdracht) => opdracht.kind)).toEqual(['wijzig', 'wijzig', 'ingevoegd'])
    // The Markdown: read back, the very same opdrachten.
    const markdown = artikelI.slice(artikelI.indexOf('### A'))
    expect(readWijzigingsopdrachten(markdown)).toEqual({ ok: true, value: opdrachten })

    const docx = path.join(out, 'wijziging.docx')
    const docxOutcome = await verordening(['export', 'docx', repo.map, '--sinds', 'v1', '--uit', docx])
    expect(docxOutcome.code, docxOutcome.stderr).toBe(0)
    const paragraphs = await docxParagraphs(await readFile(docx))
    // The table of contents lists 'Artikel I' and 'Artikel II' first: the body is the last 'Artikel I'.
    const startontwerp = paragraphs.lastIndexOf('Artikel I')
    const ontwerp = paragraphs.slice(startontwerp, paragraphs.indexOf('Artikel II', startontwerp))
    expect(ontwerp.filter((paragraph) => /^[A-Z]$/.test(paragraph))).toEqual(['A', 'B', 'C'])
    expect(inOrder(ontwerp, verwachteDocxRegels(opdrachten))).toBeUndefined()
    // The renvooi names the opdracht of each artikel; no revision, no tool.
    const renvooi = paragraphs.slice(paragraphs.indexOf('Renvooi'))
    expect(renvooi).toEqual(
      expect.arrayContaining([
        'Artikel 4.3: gewijzigd (juridisch) (Artikel I, onderdeel A)',
        'Artikel 4.5: gewijzigd (juridisch) (Artikel I, onderdeel B)',
        'Artikel 4.11: ingevoegd (juridisch, inwoners) (Artikel I, onderdeel C)',
      ]),
    )
    const voorDeRaad = paragraphs.slice(paragraphs.findIndex((paragraph) => paragraph.startsWith('Ontwerp: wijziging')))
    expect(voorDeRaad.join('\n')).not.toMatch(gereedschapswoorden)

    const stop = path.join(out, 'wijziging.xml')
    const stopOutcome = await verordening(['export', 'stop', repo.map, '--sinds', 'v1', '--uit', stop])
    expect(stopOutcome.code, stopOutcome.stderr).toBe(0)
    const { perArtikel } = stopInstructies(await readFile(stop, 'utf8'))
    expect(perArtikel).toEqual(instructiesPerArtikel(opdrachten))
    expect(perArtikel.get('oud 4.3')).toBe(
      'Artikel 4.3 wordt als volgt gewijzigd: 1. In het derde lid wordt "bereikt en welke taken daarbij horen" vervangen door "bereikt, welke taken daarbij horen en hoeveel tijd daarvoor nodig is". 2. Er wordt een lid toegevoegd, luidende:',
    )
    // Three CLI runs, each checking the example: slow on a busy machine, so a generous timeout.
  }, 180_000)
})
