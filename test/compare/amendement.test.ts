// `vergelijk <ontwerp> <amendement> --amendement`: an amendement in the raad's
// usual form, with the wijzigingsopdrachten of the one model. Missing
// indieners or toelichting are a visible blank and "Nog te doen", never words
// that look final; two folders are compared as they are; with --uit x.docx
// the same text in Word.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { amendement } from '../../src/compare/amendement.ts'
import { readWijzigingsopdrachten } from '../../src/compare/opdrachten/read.ts'
import { vergelijk } from '../../src/compare/vergelijking.ts'
import { wijzigingsopdrachten } from '../../src/compare/wijzigingsverordening.ts'
import { checkVerordening } from '../../src/pipeline/pipeline.ts'
import { verordening } from '../helpers/cli.ts'
import { docxParagraphs, inOrder, verwachteDocxRegels } from '../helpers/drie-vormen.ts'

const made: string[] = []
let ontwerp: string
let geamendeerd: string
let out: string

beforeAll(async () => {
  const root = await mkdtemp(path.join(tmpdir(), 'amendement-'))
  made.push(root)
  ontwerp = path.join(root, 'ontwerp')
  geamendeerd = path.join(root, 'amendement')
  out = path.join(root, 'uit')
  await cp(path.resolve('verordening'), ontwerp, { recursive: true })
  await cp(path.resolve('verordening'), geamendeerd, { recursive: true })
  await mkdir(out)
  const file = path.join(geamendeerd, '04-zelfstandig-thuis-en-meedoen.md')
  const text = await readFile(file, 'utf8')
  await writeFile(file, text.replace('zoals een scootmobiel of een vergoeding', 'zoals een scootmobiel, een aangepaste fiets of een vergoeding'))
}, 60_000)

afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })))
})

describe('amendement', () => {
  it('zonder indieners en toelichting: zichtbare lege plekken en “Nog te doen”, met de opdrachten van het ene model', async () => {
    const oud = await checkVerordening(ontwerp)
    const nieuw = await checkVerordening(geamendeerd)
    const wijzigingen = vergelijk(oud.context.verordening, nieuw.context.verordening)
    const result = amendement(wijzigingen, nieuw.context.verordening.meta, { indieners: [] })
    expect(result.markdown).toContain(
      'De ondergetekenden, [nog in te vullen: de namen van de indieners en hun fractie], leden van de raad van de gemeente Lingedal,\n\nstellen de raad voor het ontwerpbesluit als volgt te wijzigen:\n\n### A\n\nIn artikel 4.5, tweede lid, wordt "scootmobiel" vervangen door "scootmobiel, een aangepaste fiets".',
    )
    expect(result.markdown).toContain('## Toelichting\n\n[nog in te vullen: waarom de indieners dit voorstellen]')
    expect(result.nogTeDoen).toEqual(['de indieners: geef elke naam met --indiener "Naam (fractie)"', 'de toelichting: geef haar met --toelichting "…"'])
    expect(readWijzigingsopdrachten(result.markdown)).toEqual({ ok: true, value: wijzigingsopdrachten(wijzigingen) })
  })

  it('twee mappen, in Word, met indieners en toelichting', async () => {
    const file = path.join(out, 'amendement.docx')
    const outcome = await verordening([
      'vergelijk',
      ontwerp,
      geamendeerd,
      '--amendement',
      '--indiener',
      'J. de Vries (Lokaal Lingedal)',
      '--indiener',
      'A. Yilmaz (Samen Lingedal)',
      '--toelichting',
      'Ook met een aangepaste fiets kan een inwoner zich verplaatsen.',
      '--uit',
      file,
    ])
    expect(outcome.code, outcome.stderr).toBe(0)
    expect(outcome.stderr).toContain('✓ Amendement geschreven naar')
    expect(outcome.stderr).not.toContain('Nog te doen')
    const paragraphs = await docxParagraphs(await readFile(file))
    expect(paragraphs).toContain('De ondergetekenden, J. de Vries (Lokaal Lingedal) en A. Yilmaz (Samen Lingedal), leden van de raad van de gemeente Lingedal,')
    expect(paragraphs).toContain('stellen de raad voor het ontwerpbesluit als volgt te wijzigen:')
    const oud = await checkVerordening(ontwerp)
    const nieuw = await checkVerordening(geamendeerd)
    expect(inOrder(paragraphs, verwachteDocxRegels(wijzigingsopdrachten(vergelijk(oud.context.verordening, nieuw.context.verordening))))).toBeUndefined()
    expect(paragraphs).toContain('Ook met een aangepaste fiets kan een inwoner zich verplaatsen.')
    // Written into neither folder of the verordening.
    const refused = await verordening(['vergelijk', ontwerp, geamendeerd, '--amendement', '--uit', path.join(geamendeerd, 'a.docx')])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain('ligt in de map van de verordening')
  }, 180_000)
})
