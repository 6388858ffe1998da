// `verordening vergelijk` end to end on the shipped example in a temporary
// git repository: renvooi, JSON, the draft wijzigingsverordening (and that its
// opdrachten, read back and applied to the old text, give the new text), and
// every kind of bad input with a Dutch message and exit 1.
import { execFileSync } from 'node:child_process'
import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readWijzigingsopdrachten } from '../../src/compare/opdrachten/read.ts'
import { artikelVersies } from '../../src/compare/vergelijking.ts'
import { compareNr } from '../../src/model/artikel-tekst.ts'
import { checkSource, checkVerordening } from '../../src/pipeline/pipeline.ts'
import { readRevision } from '../../src/sources/git-source.ts'
import { verordening } from '../helpers/cli.ts'
import { git, gitEnv, makeRepo, type Repo } from '../helpers/git-repo.ts'
import { applyMarkdown } from '../helpers/opdrachten.ts'

const made: string[] = []
let repo: Repo

beforeAll(async () => {
  repo = await makeRepo(made)
  await repo.edit('03-werk-en-inkomen.md', 'binnen vijf werkdagen na de melding', 'binnen tien werkdagen na de melding')
  await repo.edit(
    '03-werk-en-inkomen.md',
    'de inschrijving te laten corrigeren.\n',
    'de inschrijving te laten corrigeren.\n4. Het college legt de uitkomst van het onderzoek schriftelijk vast.\n',
  )
  repo.commit('tien werkdagen; kostendelers vierde lid', 'v2')
  // The working tree: the inwonersversie of 3.2 follows.
  await repo.edit(
    '03-werk-en-inkomen.md',
    'Dan beslissen we binnen vijf werkdagen over het voorschot.',
    'Dan beslissen we binnen tien werkdagen over het voorschot.',
  )
}, 60_000)

afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })))
})

describe('verordening vergelijk', () => {
  it('geeft de wijzigingen als JSON, tussen twee revisies en met de werkmap', async () => {
    const between = await verordening(['vergelijk', 'v1', 'v2', repo.map, '--json'])
    expect(between.code, between.stderr).toBe(0)
    expect(JSON.parse(between.stdout)).toEqual([
      { artikel: '3.2', soort: 'gewijzigd', delen: ['juridisch'] },
      { artikel: '3.3', soort: 'gewijzigd', delen: ['juridisch'] },
    ])
    const working = await verordening(['vergelijk', 'v2', repo.map, '--json'])
    expect(working.code, working.stderr).toBe(0)
    expect(JSON.parse(working.stdout)).toEqual([{ artikel: '3.2', soort: 'gewijzigd', delen: ['inwoners'] }])
  })

  it('toont renvooi die zonder kleur leesbaar is', async () => {
    const result = await verordening(['vergelijk', 'v1', repo.map])
    expect(result.code, result.stderr).toBe(0)
    expect(result.stdout).toContain('Artikel 3.2: gewijzigd (juridisch, inwoners)')
    expect(result.stdout).toContain('binnen [-vijf-]{+tien+} werkdagen na de melding')
    expect(result.stdout).toContain('  4. {+Het college legt de uitkomst van het onderzoek schriftelijk vast.+}')
    expect(result.stdout).not.toContain('\u001b[')
  })

  it('maakt een ontwerp-wijzigingsverordening waarvan de opdrachten precies de nieuwe tekst geven', async () => {
    const result = await verordening(['vergelijk', 'v1', repo.map, '--ontwerp'])
    expect(result.code, result.stderr).toBe(0)
    const markdown = result.stdout
    expect(markdown).toContain('## Artikel I')
    expect(markdown).toContain('### A\n\nIn artikel 3.2, derde lid, wordt "vijf" vervangen door "tien".')
    expect(markdown).toContain(
      '### B\n\nAan artikel 3.3 wordt een lid toegevoegd, luidende:\n\n> 4. Het college legt de uitkomst van het onderzoek schriftelijk vast.',
    )
    // A whole raadsbesluit: opschrift, aanhef with the data of `besluit:`, Artikel II, ondertekening.
    expect(markdown.startsWith('# Verordening van de raad van de gemeente Lingedal tot wijziging van de Verordening sociaal domein Lingedal 2027\n')).toBe(true)
    expect(markdown).toContain(
      'De raad van de gemeente Lingedal;\n\ngelezen het voorstel van burgemeester en wethouders van 8 september 2026;\n\ngelet op [nog in te vullen: waarop het besluit berust];\n\nbesluit:\n\nvast te stellen de Verordening tot wijziging van de Verordening sociaal domein Lingedal 2027.',
    )
    // The example gives no inwerkingtreding for a wijziging: a visible blank, and the author is told.
    expect(markdown).toContain(
      '## Artikel II\n\nDeze verordening treedt in werking met ingang van [nog in te vullen: de datum van inwerkingtreding van de wijziging]',
    )
    expect(markdown).toContain(
      'Aldus vastgesteld in de openbare vergadering van 12 november 2026.\n\nDe griffier,\\\nM. de Wit\n\nDe voorzitter,\\\nP. van Dam',
    )
    expect(result.stderr).toContain(
      'Nog te doen voor het raadsbesluit: waarop het besluit berust, na “gelet op” (`besluit.geletOp`) en de datum van inwerkingtreding van de wijziging (`besluit.inwerkingtreding`)',
    )
    // Nothing about how it was made: no tool, revision or working tree in a document for the raad.
    expect(markdown).not.toMatch(/toolchain|\bgit\b|revisie|werkmap|\bv1\b|HEAD/i)
    expect(markdown).toContain('Ook de inwonersversie is aangepast bij artikel 3.2.')

    const old = await readRevision(repo.map, 'v1')
    if (!old.ok) throw new Error(old.message)
    const before = artikelVersies((await checkSource(old.value)).context.verordening).map((versie) => versie.tekst)
    const after = artikelVersies((await checkVerordening(repo.map)).context.verordening).map((versie) => versie.tekst)
    expect(applyMarkdown(before, markdown)).toEqual({ ok: true, value: [...after].sort((a, b) => compareNr(a.nr, b.nr)) })
  })

  it('schrijft het ontwerp met --uit, met het kenmerk op de eerste regel, en vervangt alleen een eigen bestand', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'ontwerp-'))
    made.push(out)
    const target = path.join(out, 'wijziging.md')
    const written = await verordening(['vergelijk', 'v1', repo.map, '--uit', target])
    expect(written.code, written.stderr).toBe(0)
    const markdown = await readFile(target, 'utf8')
    expect(markdown.split('\n')[0]).toBe(
      '<!-- Gemaakt met omgekeerde verordening (verordening vergelijk). Een volgende keer vervangt de opdracht dit bestand; laat deze regel staan. -->',
    )
    expect(markdown).toContain('## Artikel I')
    expect(await readdir(out)).toEqual(['wijziging.md'])
    // The mark is an HTML comment: nothing of it shows when the Markdown is rendered, and the opdrachten read back as they are.
    const first = unified().use(remarkParse).parse(markdown).children[0]
    expect(first).toMatchObject({ type: 'html', value: expect.stringMatching(/^<!--.*-->$/) })
    const ontwerp = await verordening(['vergelijk', 'v1', repo.map, '--ontwerp'])
    const read = readWijzigingsopdrachten(markdown)
    expect(read.ok ? read.value.length : 0).toBeGreaterThan(0)
    expect(read).toEqual(readWijzigingsopdrachten(ontwerp.stdout))

    // The author edits the ontwerp below the mark: the next --uit replaces it.
    await writeFile(target, `${markdown}\nEen aantekening.\n`)
    expect((await verordening(['vergelijk', 'v1', repo.map, '--uit', target])).code).toBe(0)
    expect(await readFile(target, 'utf8')).toBe(markdown)

    // Any other file is left alone: a package.json, notes, an ontwerp from before the mark.
    const others: Record<string, string> = {
      'package.json': '{\n  "name": "mijn-project",\n  "private": true\n}\n',
      'notities.md': '# Notities\n\nNiet weggooien.\n',
      'ouder-ontwerp.md': ontwerp.stdout,
    }
    for (const [name, content] of Object.entries(others)) {
      const file = path.join(out, name)
      await writeFile(file, content)
      const refused = await verordening(['vergelijk', 'v1', repo.map, '--uit', file])
      expect(refused.code, name).toBe(1)
      expect(refused.stderr).toContain(
        `Het bestand \`${file}\` bestaat al, maar deze toolchain heeft het niet als ontwerp-wijzigingsverordening geschreven (de eerste regel “<!-- Gemaakt met omgekeerde verordening … -->” ontbreekt); \`verordening vergelijk --uit\` overschrijft alleen een eigen bestand. Kies met --uit een ander bestand, of verwijder dit bestand zelf als u het niet meer nodig hebt. Schreef een oudere versie van deze toolchain dit bestand (nog zonder kenmerk), verwijder het dan één keer; daarna vervangt de opdracht het zelf.`,
      )
      expect(await readFile(file, 'utf8'), name).toBe(content)
    }
    expect((await readdir(out)).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('schrijft het ontwerp nooit in de map van de verordening, niet over een map en niet in een map die er niet is', async () => {
    const out = await mkdtemp(path.join(tmpdir(), 'ontwerp-'))
    made.push(out)
    const before = await readdir(repo.map)
    const cases: Array<[string, string]> = [
      [path.join(repo.map, 'wijziging.md'), 'ligt in de map van de verordening'],
      [repo.map, 'ligt in de map van de verordening'],
      [out, 'is een map of geen gewoon bestand, verwacht een bestandsnaam zoals `wijziging.md`'],
      [path.join(out, 'bestaat-niet', 'wijziging.md'), 'bestaat niet, verwacht een bestaande map'],
    ]
    for (const [uit, message] of cases) {
      const refused = await verordening(['vergelijk', 'v1', repo.map, '--uit', uit])
      expect(refused.code, uit).toBe(1)
      expect(refused.stderr, uit).toContain(message)
    }
    expect(await readdir(repo.map)).toEqual(before)
    expect(await readdir(out)).toEqual([])
  })

  it('meldt een vernummerd, ingevoegd en vervallen artikel', async () => {
    const local = await makeRepo(made)
    const file = path.join(local.map, '07-slotbepalingen.md')
    const text = await readFile(file, 'utf8')
    // 7.2 (intrekking) vervalt; 7.3 … 7.5 become 7.2 … 7.4; a new 7.5 at the end.
    const start = text.indexOf('::::artikel{nr="7.2"')
    const end = text.indexOf('::::artikel{nr="7.3"')
    let next = text.slice(0, start) + text.slice(end)
    next = next.replace('nr="7.3"', 'nr="7.2"').replace('nr="7.4"', 'nr="7.3"').replace('nr="7.5"', 'nr="7.4"')
    next +=
      '\n::::artikel{nr="7.5" titel="Evaluatie van deze wijziging" soort="overgangsrecht" grondslag="gemw:147"}\n\n:::juridisch\nHet college evalueert deze wijziging binnen twee jaar.\n:::\n::::\n'
    await writeFile(file, next)
    const result = await verordening(['vergelijk', 'v1', local.map, '--json'])
    expect(result.code, result.stderr).toBe(0)
    expect(JSON.parse(result.stdout)).toEqual([
      { artikel: '7.2', soort: 'vervallen', delen: ['juridisch'] },
      { artikel: '7.3', soort: 'vernummerd', naar: '7.2', delen: [] },
      { artikel: '7.4', soort: 'vernummerd', naar: '7.3', delen: [] },
      { artikel: '7.5', soort: 'vernummerd', naar: '7.4', delen: [] },
      { artikel: '7.5', soort: 'ingevoegd', delen: ['juridisch'] },
    ])
    const ontwerp = await verordening(['vergelijk', 'v1', local.map, '--ontwerp'])
    expect(ontwerp.stdout).toContain('### A\n\nArtikel 7.2 vervalt.\n\n### B\n\nArtikel 7.3 wordt vernummerd tot artikel 7.2.')
    expect(ontwerp.stdout).toContain(
      '### E\n\nNa artikel 7.4 wordt een artikel ingevoegd, luidende:\n\n> **Artikel 7.5. Evaluatie van deze wijziging**\n>\n> Het college evalueert deze wijziging binnen twee jaar.',
    )
  })
})

describe('verordening vergelijk: slechte invoer', () => {
  it('een onbekende revisie', async () => {
    const result = await verordening(['vergelijk', 'v9', repo.map])
    expect(result).toMatchObject({ code: 1, stdout: '' })
    expect(result.stderr).toBe('Onbekende revisie `v9`, verwacht een tag, branch of commit uit deze repository (zie `git tag` en `git log --oneline`)\n')
  })

  it('een revisie die op een optie lijkt', async () => {
    const result = await verordening(['vergelijk', '--', '--output=x', repo.map])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('Ongeldige revisie `--output=x`')
  })

  it('een revisie zonder de map', async () => {
    const result = await verordening(['vergelijk', 'leeg', repo.map])
    expect(result.code).toBe(1)
    expect(result.stderr).toBe('Revisie `leeg` heeft de map `verordening` niet, verwacht een revisie waarin de verordening al in die map stond\n')
  })

  it('een ondiepe kopie (shallow clone)', async () => {
    const clone = await mkdtemp(path.join(tmpdir(), 'verordening-shallow-'))
    made.push(clone)
    git(clone, 'clone', '-q', '--depth', '1', '--no-tags', `file://${repo.root}`, 'kopie')
    const result = await verordening(['vergelijk', 'v1', path.join(clone, 'kopie', 'verordening')])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(
      'Revisie `v1` niet gevonden in deze ondiepe kopie (shallow clone) van de repository, verwacht de volledige geschiedenis: haal die op met `git fetch --unshallow`',
    )
  })

  it('een map buiten git', async () => {
    const plain = await mkdtemp(path.join(tmpdir(), 'verordening-zonder-git-'))
    made.push(plain)
    await cp(path.resolve('verordening'), path.join(plain, 'verordening'), { recursive: true })
    const result = await verordening(['vergelijk', 'v1', path.join(plain, 'verordening')])
    expect(result.code).toBe(1)
    expect(result.stderr).toContain('ligt niet in een git-repository, verwacht een map die met git wordt bijgehouden')
  })

  it('geen git op deze computer', async () => {
    const saved = process.env.VERORDENING_GIT
    process.env.VERORDENING_GIT = path.join(tmpdir(), 'bestaat-niet', 'git')
    try {
      const result = await verordening(['vergelijk', 'v1', repo.map])
      expect(result.code).toBe(1)
      expect(result.stderr).toBe(
        'Git is niet gevonden, verwacht het programma `git` (installeer git, bijvoorbeeld met `apt-get install git`, en probeer het opnieuw)\n',
      )
    } finally {
      if (saved === undefined) delete process.env.VERORDENING_GIT
      else process.env.VERORDENING_GIT = saved
    }
  })

  it('zonder revisie, of met te veel argumenten', async () => {
    expect((await verordening(['vergelijk'])).stderr).toContain('Geef ten minste één revisie')
    expect((await verordening(['vergelijk', 'a', 'b', 'c', 'd'])).stderr).toContain('Te veel argumenten')
  })

  it('als proces: exitcode 1 en geen stacktrace', async () => {
    const bin = path.resolve('bin/verordening.js')
    let failure: { status: number; stderr: string } | undefined
    try {
      execFileSync(process.execPath, [bin, 'vergelijk', 'v9', repo.map], { env: { ...process.env, ...gitEnv }, encoding: 'utf8', stdio: 'pipe' })
    } catch (error) {
      failure = error as { status: number; stderr: string }
    }
    expect(failure?.status).toBe(1)
    expect(failure?.stderr).toBe('Onbekende revisie `v9`, verwacht een tag, branch of commit uit deze repository (zie `git tag` en `git log --oneline`)\n')
    expect((await stat(repo.map)).isDirectory()).toBe(true)
  })
})
