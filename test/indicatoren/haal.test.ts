// `indicatoren haal` against recorded OData v3 answers of the CBS, served by
// a local http server the test carries (no network): the real fetching code.
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { haalIndicatoren } from '../../src/indicatoren/haal.ts'
import { checkVerordening } from '../../src/pipeline/pipeline.ts'

// Recorded from the shape of https://opendata.cbs.nl/ODataApi/odata/85100NED (values for the invented Lingedal).
const typedDataSet = {
  'odata.metadata': 'https://opendata.cbs.nl/ODataApi/OData/85100NED/$metadata#Cbs.OData.WebAPI.TypedDataSet',
  value: [
    { Perioden: '2020JJ00', JongerenMetJeugdbescherming_4: 1.2 },
    { Perioden: '2022JJ00', JongerenMetJeugdbescherming_4: 1.0 },
    { Perioden: '2023JJ00', JongerenMetJeugdbescherming_4: 1.0 },
    { Perioden: '2024JJ00', JongerenMetJeugdbescherming_4: 0.9 },
    { Perioden: '2025JJ00', JongerenMetJeugdbescherming_4: 0.8 },
    { Perioden: '2026JJ00', JongerenMetJeugdbescherming_4: null },
  ],
}
const perioden = {
  'odata.metadata': 'https://opendata.cbs.nl/ODataApi/OData/85100NED/$metadata#Cbs.OData.WebAPI.Perioden',
  value: [
    { Key: '2020JJ00', Title: '2020', Description: null, Status: 'Definitief' },
    { Key: '2022JJ00', Title: '2022', Description: null, Status: 'Definitief' },
    { Key: '2023JJ00', Title: '2023', Description: null, Status: 'Definitief' },
    { Key: '2024JJ00', Title: '2024', Description: null, Status: 'Definitief' },
    { Key: '2025JJ00', Title: '2025*', Description: null, Status: 'Voorlopig' },
    { Key: '2026JJ00', Title: '2026*', Description: null, Status: 'Voorlopig' },
  ],
}

let dir: string
let server: Server | undefined
let requests: string[]

async function serve(answer: (url: URL) => { status: number; body: unknown }): Promise<string> {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    requests.push(decodeURIComponent(url.pathname + url.search))
    const { status, body } = answer(url)
    response.writeHead(status, { 'content-type': 'application/json' })
    response.end(JSON.stringify(body))
  })
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}/ODataApi/odata`
}

const recorded = (url: URL) =>
  url.pathname.endsWith('/85100NED/TypedDataSet')
    ? { status: 200, body: typedDataSet }
    : url.pathname.endsWith('/85100NED/Perioden')
      ? { status: 200, body: perioden }
      : { status: 404, body: { 'odata.error': { message: { value: 'Not found' } } } }

beforeEach(async () => {
  requests = []
  dir = await mkdtemp(path.join(tmpdir(), 'haal-'))
  await cp('verordening', dir, { recursive: true })
})

afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
  server = undefined
  await rm(dir, { recursive: true, force: true })
})

describe('verordening indicatoren haal', () => {
  it('adds new periods, updates a figure that moved from nader voorlopig to definitief and a changed value, and deletes nothing', async () => {
    const basisUrl = await serve(recorded)
    const before = await readFile(path.join(dir, 'indicatoren.csv'), 'utf8')
    const result = await haalIndicatoren(dir, { basisUrl, vandaag: '2026-12-07' })
    expect(result.ok && result.value).toMatchObject({
      indicatoren: 1,
      geschreven: true,
      wijzigingen: [
        { indicator: 'jeugdbescherming', periode: '2020', soort: 'nieuw', wat: '1,2 % (definitief)' },
        { indicator: 'jeugdbescherming', periode: '2024', soort: 'gewijzigd', wat: 'nader voorlopig → definitief' },
        { indicator: 'jeugdbescherming', periode: '2025', soort: 'gewijzigd', wat: '0,9 % → 0,8 %' },
      ],
    })
    // The region key padded to ten characters, as StatLine has it.
    expect(requests[0]).toContain("$filter=RegioS eq 'GM9999    '")
    const after = await readFile(path.join(dir, 'indicatoren.csv'), 'utf8')
    const lines = (text: string) => text.trim().split('\n')
    const jeugd = lines(after).filter((line) => line.startsWith('jeugdbescherming,'))
    expect(jeugd).toEqual([
      'jeugdbescherming,2020,1.2,definitief,CBS 85100NED,2026-12-07',
      // Not in the answer of the CBS: kept as it was.
      'jeugdbescherming,2021,1.1,definitief,CBS 85100NED (verzonnen voor Lingedal),2024-11-04',
      'jeugdbescherming,2022,1,definitief,CBS 85100NED (verzonnen voor Lingedal),2024-11-04',
      'jeugdbescherming,2023,1,definitief,CBS 85100NED (verzonnen voor Lingedal),2025-11-03',
      'jeugdbescherming,2024,0.9,definitief,CBS 85100NED,2026-12-07',
      'jeugdbescherming,2025,0.8,voorlopig,CBS 85100NED,2026-12-07',
    ])
    // Every other row is still there, unchanged.
    expect(lines(after).filter((line) => !line.startsWith('jeugdbescherming,'))).toEqual(lines(before).filter((line) => !line.startsWith('jeugdbescherming,')))
    // The file it wrote checks clean, and nothing else was left in the folder.
    const checked = await checkVerordening(dir)
    expect(checked.errors).toBe(0)
    expect((await readdir(dir)).filter((name) => name.includes('.tmp'))).toEqual([])
    // A second run finds nothing new and does not write.
    const again = await haalIndicatoren(dir, { basisUrl, vandaag: '2026-12-08' })
    expect(again.ok && again.value).toMatchObject({ geschreven: false, wijzigingen: [] })
    expect(await readFile(path.join(dir, 'indicatoren.csv'), 'utf8')).toBe(after)
  })

  it('says in Dutch that the CBS cannot be reached, and changes nothing', async () => {
    const basisUrl = await serve(recorded)
    await new Promise<void>((resolve) => server!.close(() => resolve()))
    server = undefined
    const before = await readFile(path.join(dir, 'indicatoren.csv'))
    const result = await haalIndicatoren(dir, { basisUrl, vandaag: '2026-12-07' })
    expect(result.ok).toBe(false)
    if (!result.ok)
      expect(result.message).toMatch(
        /^Het CBS is niet bereikbaar \(.+\), verwacht een werkende internetverbinding: controleer die en probeer het later opnieuw \(indicator `jeugdbescherming`\); er is niets veranderd$/,
      )
    expect(await readFile(path.join(dir, 'indicatoren.csv'))).toEqual(before)
  })

  it('says which table the CBS does not know or failed on, and changes nothing', async () => {
    const before = await readFile(path.join(dir, 'indicatoren.csv'))
    const failing = await serve((url) => (url.pathname.endsWith('/Perioden') ? { status: 500, body: {} } : recorded(url)))
    const result = await haalIndicatoren(dir, { basisUrl: failing, vandaag: '2026-12-07' })
    expect(!result.ok && result.message).toBe(
      'Het CBS gaf een fout (HTTP 500) voor tabel 85100NED, verwacht een antwoord: probeer het later opnieuw (indicator `jeugdbescherming`); er is niets veranderd',
    )
    expect(await readFile(path.join(dir, 'indicatoren.csv'))).toEqual(before)
  })

  it('refuses to rewrite a CSV with errors, so no row is lost', async () => {
    const basisUrl = await serve(recorded)
    const file = path.join(dir, 'indicatoren.csv')
    const { appendFile } = await import('node:fs/promises')
    await appendFile(file, 'ontruimingen,2019,veel,definitief,,\n')
    const before = await readFile(file)
    const result = await haalIndicatoren(dir, { basisUrl, vandaag: '2026-12-07' })
    expect(!result.ok && result.message).toMatch(
      /indicatoren\.csv:49:19: Waarde `veel` is geen getal, .*; verbeter eerst de fouten in indicatoren\.csv \(zie `verordening check`\), er is niets veranderd$/,
    )
    expect(await readFile(file)).toEqual(before)
    expect(requests).toEqual([])
  })
})
