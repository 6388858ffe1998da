// `export effectrapportage --uit x.docx`: the effectrapportage as a Word file
// from the checked example, with per effect its judgement, per indicator the
// trend in words and the figures as a table, and the artikelen, kaders and
// casussen; a second export replaces the file it wrote itself.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportVerordening } from '../../src/export/export.ts'
import { pagesOf } from '../../src/export/pdf.ts'
import { readZipEntry } from '../../src/export/zip-entry.ts'
import { checkVerordening } from '../../src/pipeline/pipeline.ts'
import { buildSiteData } from '../../src/views/site-data.ts'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'rapport-'))
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('export effectrapportage', () => {
  it('writes a Word file with every effect, its trend in words and its figures as a table', async () => {
    const uit = path.join(dir, 'effectrapportage.docx')
    const result = await exportVerordening('docx', 'verordening', { uit, effectrapportage: true })
    expect(result.problem).toBeNull()
    expect(result.summary).toBe('effectrapportage, 10 effecten, 11 indicatoren')
    const xml = (await readZipEntry(uit, 'word/document.xml', { maxEntries: 100, maxBytes: 16 * 1024 * 1024 }))!.toString('utf8')
    const text = xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')
    const data = buildSiteData((await checkVerordening('verordening')).context).effectrapportage
    for (const entry of data.effecten) {
      expect(text).toContain(`${entry.effect.titel}: ${entry.oordeelTekst.toLowerCase()}`)
      for (const indicator of entry.indicatoren) {
        expect(text).toContain(indicator.trend)
        for (const rij of indicator.rijen) expect(text).toContain(`${rij.periode} ${rij.waarde} ${rij.status}`)
      }
      for (const casus of entry.casussen) expect(text).toContain(`Les: ${casus.les}`)
    }
    expect(xml).toContain('<w:tbl>')
    // Its own file: a second export replaces it.
    const again = await exportVerordening('docx', 'verordening', { uit, effectrapportage: true })
    expect(again.problem).toBeNull()
  }, 120_000)

  it('prints the effectrapportage page for the PDF', () => {
    const site = { urls: { effectrapportage: '/raad/effectrapportage/' } } as Parameters<typeof pagesOf>[0]
    expect(pagesOf(site, 'effectrapportage')).toEqual(['/raad/effectrapportage/'])
  })
})
