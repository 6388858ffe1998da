// The round trip, property-tested: for random verordeningen and random edit
// sequences (words replaced, inserted and deleted; a lid added and removed; an
// onderdeel added; an opschrift changed; an artikel inserted, removed and
// renumbered), the wijzigingsopdrachten we write, read back by our own parser
// and applied to the old juridische tekst, give exactly the new text.
// Beside it, for random edit sequences of a verordening in Markdown, the three
// outputs made from the one model carry the same opdrachten: the Markdown of
// the wijzigingsverordening reads back as them, the DOCX shows each under its
// letter, and per artikel the STOP mutations say in their Wat what the
// opdrachten say (the same number, the same artikelen); THREE_FORMS_RUNS
// (default 30) cases, as each builds two models, a DOCX and a STOP besluit.
// CI runs ROUNDTRIP_RUNS (default 1,000) cases with a fixed seed; a long run:
// ROUNDTRIP_RUNS=100000 ROUNDTRIP_SEED=random npx vitest run test/compare/round-trip.test.ts
// On a failure fast-check prints the seed, the path and the shrunk case.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateWijzigingsopdrachten } from '../../src/compare/opdrachten/generate.ts'
import { readWijzigingsopdrachten } from '../../src/compare/opdrachten/read.ts'
import { letter as writeLetter, writeWijzigingsopdrachten } from '../../src/compare/opdrachten/write.ts'
import { parenVoorTeksten, vergelijk } from '../../src/compare/vergelijking.ts'
import { wijzigingsopdrachten, wijzigingsverordening } from '../../src/compare/wijzigingsverordening.ts'
import { buildDocx } from '../../src/export/docx.ts'
import { buildWijzigingsbesluit } from '../../src/export/stop-wijziging.ts'
import type { Result } from '../../src/messages/result.ts'
import type { ArtikelTekst, LidTekst } from '../../src/model/artikel-tekst.ts'
import { loadModel } from '../../src/pipeline/pipeline.ts'
import { sourceFromBytes } from '../../src/sources/read-source.ts'
import { docxParagraphs, inOrder, instructiesPerArtikel, stopInstructies, verwachteDocxRegels } from '../helpers/drie-vormen.ts'
import { basisDir } from '../helpers/fixture.ts'
import { applyMarkdown } from '../helpers/opdrachten.ts'

const runs = Number(process.env.ROUNDTRIP_RUNS ?? 1000)
const threeFormsRuns = Number(process.env.THREE_FORMS_RUNS ?? 30)
const seed = process.env.ROUNDTRIP_SEED === 'random' ? Math.floor(Math.random() * 2 ** 31) : Number(process.env.ROUNDTRIP_SEED ?? 20261129)

// Few words, often repeated (so a unique piece is not a given), and words that look like our own sentences.
const words = [
  'het',
  'college',
  'de',
  'inwoner',
  'bijstand',
  'binnen',
  'vijf',
  'tien',
  'werkdagen',
  "zo'n",
  'norm,',
  'melding.',
  'lid',
  'onderdeel',
  'wordt',
  'vervangen',
  'door',
  'vervalt',
  "'",
  '1.',
  '-',
  'a.',
  '**',
  '>',
  'artikel',
  '3.2,',
  'kan',
  'in',
  'ieder',
  'geval',
]
const word = fc.constantFrom(...words)
const sentence = fc.array(word, { minLength: 1, maxLength: 14 }).map((list) => list.join(' '))
const titel = fc.array(word, { minLength: 1, maxLength: 4 }).map((list) => list.join(' '))

const lid = fc.record({ tekst: sentence, onderdelen: fc.array(sentence, { maxLength: 3 }) })
const artikel = fc.record({ titel, numbered: fc.boolean(), leden: fc.array(lid, { minLength: 1, maxLength: 4 }) })

function toLeden(numbered: boolean, leden: Array<{ tekst: string; onderdelen: string[] }>): LidTekst[] {
  const list = numbered ? leden : leden.slice(0, 1)
  return list.map((entry, index) => ({
    nr: numbered ? index + 1 : null,
    tekst: entry.tekst,
    onderdelen: entry.onderdelen.map((tekst, at) => ({ letter: String.fromCharCode(97 + at), tekst })),
  }))
}

/** A verordening of one or two hoofdstukken, artikelen numbered h.1, h.2, … */
const verordening = fc
  .array(fc.array(artikel, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 2 })
  .map((hoofdstukken) =>
    hoofdstukken.map((list, h) =>
      list.map((entry, k): ArtikelTekst => ({ nr: `${h + 1}.${k + 1}`, titel: entry.titel, leden: toLeden(entry.numbered, entry.leden) })),
    ),
  )

type Edit =
  | { kind: 'replace' | 'insert' | 'delete'; at: number; lid: number; onderdeel: number; index: number; word: string }
  | { kind: 'add-lid' | 'remove-lid'; at: number; index: number; tekst: string }
  | { kind: 'add-onderdeel'; at: number; lid: number; tekst: string }
  | { kind: 'titel'; at: number; tekst: string }
  | {
      kind: 'insert-artikel'
      at: number
      artikel: { titel: string; numbered: boolean; leden: Array<{ tekst: string; onderdelen: string[] }> }
      renumber: boolean
    }
  | { kind: 'remove-artikel'; at: number; renumber: boolean }

const n = fc.nat(1000)
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constantFrom('replace' as const, 'insert' as const, 'delete' as const), at: n, lid: n, onderdeel: n, index: n, word }),
  fc.record({ kind: fc.constantFrom('add-lid' as const, 'remove-lid' as const), at: n, index: n, tekst: sentence }),
  fc.record({ kind: fc.constant('add-onderdeel' as const), at: n, lid: n, tekst: sentence }),
  fc.record({ kind: fc.constant('titel' as const), at: n, tekst: titel }),
  fc.record({ kind: fc.constant('insert-artikel' as const), at: n, artikel, renumber: fc.boolean() }),
  fc.record({ kind: fc.constant('remove-artikel' as const), at: n, renumber: fc.boolean() }),
)

function renumber(hoofdstuk: ArtikelTekst[], prefix: string): void {
  hoofdstuk.forEach((entry, k) => (entry.nr = `${prefix}.${k + 1}`))
}

/** Applies an edit as an author would; artikelen keep unique numbers in number order. */
function applyEdit(hoofdstukken: ArtikelTekst[][], change: Edit): void {
  const all = hoofdstukken.flatMap((list, h) => list.map((entry, k) => ({ entry, h, k })))
  const pick = all[change.at % Math.max(1, all.length)]
  if (!pick) return
  const { entry, h, k } = pick
  const list = hoofdstukken[h]!
  // The hoofdstuk keeps its number when an earlier one empties.
  const prefix = entry.nr.split('.')[0]!
  switch (change.kind) {
    case 'replace':
    case 'insert':
    case 'delete': {
      const target = entry.leden[change.lid % entry.leden.length]!
      const holder = target.onderdelen.length > 0 && change.onderdeel % 2 === 1 ? target.onderdelen[change.onderdeel % target.onderdelen.length]! : target
      const tokens = holder.tekst.split(' ')
      const index = change.index % tokens.length
      if (change.kind === 'replace') tokens[index] = change.word
      else if (change.kind === 'insert') tokens.splice(index, 0, change.word)
      else if (tokens.length > 1) tokens.splice(index, 1)
      holder.tekst = tokens.join(' ')
      return
    }
    case 'add-lid':
      if (entry.leden[0]!.nr === null) return
      entry.leden.splice(change.index % (entry.leden.length + 1), 0, { nr: 0, tekst: change.tekst, onderdelen: [] })
      entry.leden.forEach((item, index) => (item.nr = index + 1))
      return
    case 'remove-lid':
      if (entry.leden[0]!.nr === null || entry.leden.length < 2) return
      entry.leden.splice(change.index % entry.leden.length, 1)
      entry.leden.forEach((item, index) => (item.nr = index + 1))
      return
    case 'add-onderdeel': {
      const target = entry.leden[change.lid % entry.leden.length]!
      if (target.onderdelen.length >= 26) return
      target.onderdelen.push({ letter: String.fromCharCode(97 + target.onderdelen.length), tekst: change.tekst })
      return
    }
    case 'titel':
      entry.titel = change.tekst
      return
    case 'insert-artikel': {
      const fresh: ArtikelTekst = { nr: '', titel: change.artikel.titel, leden: toLeden(change.artikel.numbered, change.artikel.leden) }
      list.splice(k + 1, 0, fresh)
      if (change.renumber) renumber(list, prefix)
      else {
        // Without renumbering the new artikel gets a number after the last (as 3.4a would, kept numeric here).
        fresh.nr = `${prefix}.${Math.max(...list.map((item) => Number(item.nr.split('.')[1]) || 0)) + 1}`
        list.sort((a, b) => Number(a.nr.split('.')[1]) - Number(b.nr.split('.')[1]))
      }
      return
    }
    case 'remove-artikel':
      if (all.length <= 1) return
      list.splice(k, 1)
      if (change.renumber) renumber(list, prefix)
      if (list.length === 0) hoofdstukken.splice(h, 1)
      return
  }
}

/** How often each kind of opdracht was written: the property must not pass by always rewriting whole artikelen. */
const seen = new Map<string, number>()

function roundTrip(oud: ArtikelTekst[], nieuw: ArtikelTekst[]): Result<ArtikelTekst[]> {
  const opdrachten = generateWijzigingsopdrachten(parenVoorTeksten(oud, nieuw))
  for (const opdracht of opdrachten) {
    const kinds = opdracht.kind === 'wijzig' ? opdracht.edits.map((edit) => edit.kind) : [opdracht.kind]
    for (const kind of kinds) seen.set(kind, (seen.get(kind) ?? 0) + 1)
  }
  return applyMarkdown(oud, writeWijzigingsopdrachten(opdrachten))
}

describe('round trip: wijzigingsopdrachten geven precies de nieuwe tekst', () => {
  it(
    `${runs} willekeurige reeksen wijzigingen (seed ${seed})`,
    () => {
      fc.assert(
        fc.property(verordening, fc.array(edit, { minLength: 1, maxLength: 6 }), (hoofdstukken, edits) => {
          const oud = hoofdstukken.flat()
          const changed = structuredClone(hoofdstukken)
          for (const change of edits) applyEdit(changed, change)
          const nieuw = changed.flat()
          expect(roundTrip(oud, nieuw)).toEqual({ ok: true, value: nieuw })
        }),
        { numRuns: runs, seed },
      )
      if (runs >= 1000) {
        const kinds = [
          'vervangen',
          'geschrapt',
          'opschrift',
          'lid-luidt',
          'lid-ingevoegd',
          'lid-vervalt',
          'onderdeel-toegevoegd',
          'luidt',
          'ingevoegd',
          'vervalt',
          'vernummerd',
        ]
        for (const kind of kinds) expect(seen.get(kind) ?? 0, `${kind} in ${JSON.stringify(Object.fromEntries(seen))}`).toBeGreaterThan(runs / 100)
      }
      if (process.env.ROUNDTRIP_STATS) process.stdout.write(`opdrachten per soort: ${JSON.stringify(Object.fromEntries(seen))}\n`)
    },
    Math.max(60_000, runs * 5),
  )
})

// Words that are plain Markdown in a verordening's source (no list markers, quotes or emphasis of their own).
const plainWord = fc.constantFrom(
  'het',
  'college',
  'de',
  'inwoner',
  'bijstand',
  'binnen',
  'vijf',
  'tien',
  'werkdagen',
  'norm,',
  'melding.',
  'lid',
  'wordt',
  'vervangen',
  'door',
  'vervalt',
  'kan',
  'in',
  'ieder',
  'geval',
)
const plainSentence = fc.array(plainWord, { minLength: 1, maxLength: 12 }).map((list) => list.join(' '))
const plainTitel = fc.array(plainWord, { minLength: 1, maxLength: 3 }).map((list) => list.join(' ').replace(/[,.]/g, ''))
const plainLid = fc.record({ tekst: plainSentence, onderdelen: fc.array(plainSentence, { maxLength: 2 }) })
const plainArtikel = fc.record({ titel: plainTitel, numbered: fc.boolean(), leden: fc.array(plainLid, { minLength: 1, maxLength: 3 }) })
const plainVerordening = fc
  .array(fc.array(plainArtikel, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 2 })
  .map((hoofdstukken) =>
    hoofdstukken.map((list, h) =>
      list.map((entry, k): ArtikelTekst => ({ nr: `${h + 1}.${k + 1}`, titel: entry.titel, leden: toLeden(entry.numbered, entry.leden) })),
    ),
  )
const plainEdit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constantFrom('replace' as const, 'insert' as const, 'delete' as const), at: n, lid: n, onderdeel: n, index: n, word: plainWord }),
  fc.record({ kind: fc.constantFrom('add-lid' as const, 'remove-lid' as const), at: n, index: n, tekst: plainSentence }),
  fc.record({ kind: fc.constant('add-onderdeel' as const), at: n, lid: n, tekst: plainSentence }),
  fc.record({ kind: fc.constant('titel' as const), at: n, tekst: plainTitel }),
  fc.record({ kind: fc.constant('insert-artikel' as const), at: n, artikel: plainArtikel, renumber: fc.boolean() }),
  fc.record({ kind: fc.constant('remove-artikel' as const), at: n, renumber: fc.boolean() }),
)

/** The registries of the test fixture, and the hoofdstukken as the Markdown an author writes. */
const registries = new Map(
  readdirSync(basisDir)
    .filter((name) => name.endsWith('.yml'))
    .map((name) => [name, new Uint8Array(readFileSync(path.join(basisDir, name)))] as const),
)

function hoofdstukMarkdown(artikelen: readonly ArtikelTekst[]): string {
  const nr = artikelen[0]!.nr.split('.')[0]
  const lidLines = (lid: LidTekst) =>
    lid.nr === null
      ? [lid.tekst, ...(lid.onderdelen.length > 0 ? ['', ...lid.onderdelen.map((o) => `- ${o.letter}. ${o.tekst}`)] : [])]
      : [`${lid.nr}. ${lid.tekst}`, ...lid.onderdelen.map((o) => `   - ${o.letter}. ${o.tekst}`)]
  const blocks = artikelen.map((a) =>
    [
      `::::artikel{nr="${a.nr}" titel="${a.titel}" effect="meedoen" grondwaarde="gedeeld.eigen-regie"}`,
      ':::juridisch',
      ...a.leden.flatMap(lidLines),
      ':::',
      ':::inwoners{titel="Uitleg"}',
      'Wij leggen het uit.',
      ':::',
      '::::',
    ].join('\n'),
  )
  return `---\nhoofdstuk: ${nr}\ntitel: Hoofdstuk ${nr}\n---\n\n${blocks.join('\n\n')}\n`
}

async function contextOf(hoofdstukken: readonly ArtikelTekst[][]) {
  const files = new Map(registries)
  hoofdstukken.forEach((list, index) => files.set(`0${index + 1}-hoofdstuk.md`, new TextEncoder().encode(hoofdstukMarkdown(list))))
  return loadModel(sourceFromBytes('/verordening-in-het-geheugen', files))
}

describe('één model: Markdown, DOCX en STOP dragen dezelfde wijzigingsopdrachten', () => {
  it(
    `${threeFormsRuns} willekeurige reeksen wijzigingen in een verordening (seed ${seed})`,
    async () => {
      await fc.assert(
        fc.asyncProperty(plainVerordening, fc.array(plainEdit, { minLength: 1, maxLength: 4 }), async (hoofdstukken, edits) => {
          const changed = structuredClone(hoofdstukken)
          for (const change of edits) applyEdit(changed, change)
          // A hoofdstuk that vervalt as a whole is one Verwijder in STOP and one opdracht per artikel in the
          // wijzigingsverordening (docs/schrijven.md names it); here every hoofdstuk keeps an artikel.
          fc.pre(changed.length === hoofdstukken.length)
          const oud = await contextOf(hoofdstukken)
          const nieuw = await contextOf(changed)
          const wijzigingen = vergelijk(oud.verordening, nieuw.verordening)
          const opdrachten = wijzigingsopdrachten(wijzigingen)
          const besluit = buildWijzigingsbesluit(oud, nieuw, wijzigingen, { van: 'v1', commit: '0'.repeat(40) })
          if (opdrachten.length === 0) {
            expect(besluit).toBeNull()
            return
          }
          const stop = stopInstructies(besluit!.xml)
          // A hoofdstuk that keeps none of its artikelen is replaced whole in STOP (the same exception).
          fc.pre(stop.overig.length === 0)
          // Markdown: read back, exactly the opdrachten of the model.
          const { markdown } = wijzigingsverordening(wijzigingen, nieuw.verordening.meta)
          expect(readWijzigingsopdrachten(markdown)).toEqual({ ok: true, value: opdrachten })
          // DOCX: one letter per opdracht, and every sentence of each, in order.
          const paragraphs = await docxParagraphs((await buildDocx(nieuw, new Date(0), { wijzigingen, van: 'v1', naar: 'werkmap' })).bytes)
          // The table of contents lists 'Artikel I' and 'Artikel II' first: the body is the last 'Artikel I'.
          const startartikelI = paragraphs.lastIndexOf('Artikel I')
          const artikelI = paragraphs.slice(startartikelI, paragraphs.indexOf('Artikel II', startartikelI))
          expect(artikelI.filter((paragraph) => /^[A-Z]+$/.test(paragraph))).toEqual(opdrachten.map((_, index) => writeLetter(index)))
          expect(inOrder(artikelI, verwachteDocxRegels(opdrachten))).toBeUndefined()
          // STOP: per artikel a mutation that says what the opdrachten for that artikel say.
          expect(stop.perArtikel).toEqual(instructiesPerArtikel(opdrachten))
        }),
        { numRuns: threeFormsRuns, seed },
      )
    },
    Math.max(120_000, threeFormsRuns * 4000),
  )
})
