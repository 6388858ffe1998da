// Regressions found while wiring the Dutch analysis into `check`, and the
// pieces the taal rules are built from: the map from analysed text back to
// the Markdown source, and the spelling check with compounds.

import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { parseWoordenlijst } from '../../src/sources/woordenlijst.ts'
import { mapText } from '../../src/taal/mdast-tekst.ts'
import { findDifficultWords } from '../../src/taal/moeilijke-woorden.ts'
import { findPassives } from '../../src/taal/passive.ts'
import { analyseReadability } from '../../src/taal/readability.ts'
import { segment, splitSentences } from '../../src/taal/segment.ts'
import { SpellChecker } from '../../src/taal/spelling.ts'

const passives = (t: string): string[] => findPassives(segment(t).sentences, t).map((p) => p.text)

describe('segmentation regressions', () => {
  it('ends a sentence at "op." before a capital (parse-latin reads "op." as an abbreviation)', () => {
    expect(splitSentences('Wij lossen samen de geldproblemen op. Een kind krijgt hulp.').map((s) => s.text)).toEqual([
      'Wij lossen samen de geldproblemen op.',
      'Een kind krijgt hulp.',
    ])
    const [first] = splitSentences('Wij lossen het op. Een kind.')
    expect(first?.words.map((w) => w.text)).toEqual(['Wij', 'lossen', 'het', 'op'])
  })

  it('also for "zo." and "vrij." but keeps real abbreviations', () => {
    expect(splitSentences('Dat is zo. Een kind speelt. Hij is vrij. Daarna gaat hij.')).toHaveLength(4)
    expect(splitSentences('Zie art. 3 en bijv. Artikel 4 van de wet.')).toHaveLength(1)
  })
})

describe('passive regressions', () => {
  it.each(['Bernard verliest zijn baan.', 'Bernard raakt zijn baan kwijt.', 'De overheid bepaalt hoe hoog die bijdrage is.', 'Hij bewijst zijn inkomen.'])(
    'finds no passive in: %s',
    (t) => {
      expect(passives(t)).toEqual([])
    },
  )

  it('still finds the participle-first order, also with a modal between', () => {
    expect(passives('Ik weet dat de aanvraag afgewezen is.')).toEqual(['afgewezen is'])
    expect(passives('Ik weet dat de aanvraag afgewezen kan worden.')).toEqual(['afgewezen kan worden'])
  })
})

describe('allowed phrases', () => {
  it('a multi-word begrip covers its words inside the phrase, not elsewhere', () => {
    const text = 'U krijgt een persoonsgebonden budget. Met persoonsgebonden budgetten regelt u zelf hulp. Het is persoonsgebonden.'
    const allowedWords = ['persoonsgebonden budget']
    const long = analyseReadability(text, { allowedWords }).longWords.map((w) => [w.text, w.start])
    expect(long).toEqual([['persoonsgebonden', text.lastIndexOf('persoonsgebonden')]])
    const difficult = findDifficultWords(text, { allowedWords }).map((w) => w.start)
    expect(difficult).toEqual([text.lastIndexOf('persoonsgebonden')])
  })
})

describe('mapText: analysed text with source offsets', () => {
  const parse = (source: string) => unified().use(remarkParse).parse(source)

  it('drops emphasis, list markers and indentation and maps each character back', () => {
    const source = 'Wij **helpen** u.\n\n1. Het college\n   geeft \\*geld.\n   - a. voor `huur`;\n'
    const mapped = mapText(parse(source).children, source, { listItemsApart: false })
    expect(mapped.text).toBe('Wij helpen u.\n\nHet college\ngeeft *geld.\na. voor huur;')
    for (const word of ['helpen', 'geeft', 'geld', 'huur', 'voor']) {
      const at = mapped.text.indexOf(word)
      expect(source.slice(mapped.offsets[at], (mapped.offsets[at] ?? 0) + word.length)).toBe(word)
    }
    expect(mapped.code).toHaveLength(1)
  })

  it('keeps list items apart for inwoners', () => {
    const source = 'U krijgt:\n\n- geld\n- hulp\n'
    expect(mapText(parse(source).children, source).text).toBe('U krijgt:\n\ngeld\n\nhulp')
  })

  it('maps character references to their start', () => {
    const source = 'Huur &amp; zorg.\n'
    const mapped = mapText(parse(source).children, source)
    expect(mapped.text).toBe('Huur & zorg.')
    expect(mapped.offsets[mapped.text.indexOf('zorg')]).toBe(source.indexOf('zorg'))
  })
})

describe('spelling', () => {
  const checker = new SpellChecker(['Lingedal', 'persoonsgebonden budget', 'keukentafelgesprek'])

  it('accepts dictionary words, compounds with linking letters, listed words and "Eén"', () => {
    for (const word of [
      'huis',
      'Verordening',
      'geldproblemen',
      'contactpersoon',
      'inkomensgrens',
      'hulpvraag',
      'Lingedal',
      'persoonsgebonden',
      'keukentafelgesprekken',
      'Eén',
      "zo'n",
      'e-mailadres',
      'grondwaarden',
    ]) {
      expect(checker.correct(word), word).toBe(true)
    }
  })

  it('rejects typos and suggests words one edit away', () => {
    for (const word of ['vergoding', 'hellpen', 'dagbestedding', 'Jansn']) expect(checker.correct(word), word).toBe(false)
    expect(checker.suggest('vergoding')).toContain('vergoeding')
    expect(checker.suggest('hellpen')).toContain('helpen')
  })

  it('reads the project word list with comments and blank lines', () => {
    expect(parseWoordenlijst('# namen\nJansen\n\n  Okafor  # achternaam\r\n')).toEqual(['Jansen', 'Okafor'])
  })
})
