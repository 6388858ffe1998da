// `verordening importeer` on hostile sources ("Nothing lost, nothing injected"):
// a .docx whose zip headers lie about their sizes, attribute and directive
// syntax inside the text of a regeling, XML nested thousands of levels deep.
// Every word of the source comes back as the same text when the written
// Markdown is read by the project's own parser, and nothing of it becomes
// syntax; a source that cannot be read safely is refused with a Dutch message.
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Packer, Paragraph, Document as WordDocument } from 'docx'
import fc from 'fast-check'
import type { Root, RootContent } from 'mdast'
import type { ContainerDirective } from 'mdast-util-directive'
import { visit } from 'unist-util-visit'
import { VFile } from 'vfile'
import { afterAll, describe, expect, it } from 'vitest'
import type { Element } from 'xast'
import { toXml } from 'xast-util-to-xml'
import { x } from 'xastscript'
import { type BronDocument, clean } from '../src/import/bron.ts'
import { parseCvdr as parseCvdrResult } from '../src/import/cvdr.ts'
import { writeVerordening } from '../src/import/schrijf.ts'
import { parseTekst } from '../src/import/tekst.ts'
import { maxXmlDepth } from '../src/import/xml-depth.ts'
import { unzipLimited } from '../src/import/zip.ts'
import { knownWetten } from '../src/init/wetten.ts'
import { plainText } from '../src/model/artikel-tekst.ts'
import { buildLeden } from '../src/model/verordening-model.ts'
import { parseMarkdown } from '../src/pipeline/markdown.ts'
import { checkVerordening } from '../src/pipeline/pipeline.ts'
import { docxWith, lyingDocx, zipWithSizes } from './fixtures/import/lying-zip.ts'
import { verordening } from './helpers/cli.ts'

const made: string[] = []
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })))
})
/** The regeling in `xml`; these cases are all readable CVDR. */
function parseCvdr(xml: string): BronDocument {
  const parsed = parseCvdrResult(xml)
  if (!parsed.ok) throw new Error(parsed.message)
  return parsed.value
}

async function workspace(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'importeer-vijandig-'))
  made.push(dir)
  return dir
}

/** Imports `content` as the file `name`; expects a refusal with `message`, exit 1, no stack trace and nothing written. */
async function expectRefusal(name: string, content: string | Buffer, message: string | RegExp): Promise<string> {
  const root = await workspace()
  const file = path.join(root, name)
  await writeFile(file, content)
  const outcome = await verordening(['importeer', file, path.join(root, 'nieuw')])
  expect(outcome.code, outcome.stderr).toBe(1)
  if (typeof message === 'string') expect(outcome.stderr).toContain(message)
  else expect(outcome.stderr).toMatch(message)
  expect(outcome.stderr).toContain('Er is niets geschreven.')
  expect(outcome.stderr).not.toContain('Interne fout')
  expect(outcome.stderr).not.toMatch(/\n\s+at /)
  expect(await readdir(root)).toEqual([name])
  return outcome.stderr
}

/** Imports `content` as the file `name` into a new map and returns the map. */
async function importSource(name: string, content: string | Buffer): Promise<{ map: string; stderr: string }> {
  const root = await workspace()
  const file = path.join(root, name)
  await writeFile(file, content)
  const map = path.join(root, 'nieuw')
  const outcome = await verordening(['importeer', file, map])
  expect(outcome.code, outcome.stderr).toBe(0)
  return { map, stderr: outcome.stderr }
}

const wetten = Object.fromEntries(knownWetten.map((wet) => [wet.key, { naam: wet.naam, ...(wet.afkorting ? { afkorting: wet.afkorting } : {}), bwb: wet.bwb }]))

interface ReadArtikel {
  attributes: Record<string, string | null | undefined>
  /** Per lid: its text and its onderdelen's texts, as plain text the way the site shows it. */
  leden: Array<{ tekst: string; onderdelen: string[] }>
}

/** The artikelen of written Markdown, read back by the project's own parser and model. */
function readBack(markdown: string): { artikelen: ReadArtikel[]; tree: Root } {
  const tree = parseMarkdown(new VFile({ path: 'hoofdstuk.md', value: markdown }))
  const artikelen: ReadArtikel[] = []
  for (const node of tree.children) {
    if (node.type !== 'containerDirective' || node.name !== 'artikel') continue
    const juridisch = node.children.find((child): child is ContainerDirective => child.type === 'containerDirective' && child.name === 'juridisch')
    const leden = buildLeden((juridisch?.children ?? []) as RootContent[]).map((lid) => ({
      tekst: plainText(lid.inhoud, { wetten }),
      onderdelen: lid.onderdelen.map((onderdeel) => plainText(onderdeel.inhoud, { wetten })),
    }))
    artikelen.push({ attributes: node.attributes ?? {}, leden })
  }
  return { artikelen, tree }
}

/** Every directive in the tree, as `type:name`. */
function directivesIn(tree: Root): string[] {
  const found: string[] = []
  visit(tree, (node) => {
    if (node.type === 'containerDirective' || node.type === 'leafDirective' || node.type === 'textDirective')
      found.push(`${node.type}:${(node as ContainerDirective).name}`)
  })
  return found
}

const markdownFiles = (files: Record<string, string>) =>
  Object.entries(files)
    .filter(([name]) => name.endsWith('.md'))
    .map(([, content]) => content)

// What the serialiser must keep as text: directive fences and names, attribute
// syntax, emphasis, links, HTML, code, headings, list and quote markers.
const hostile = [
  '::::',
  ':::juridisch',
  ':x',
  'http://127.0.0.1:39111',
  '{',
  '}',
  '"',
  '\\',
  '[',
  ']',
  '*',
  '_',
  '<script>alert(1)</script>',
  '`code`',
  '# kop',
  '1. een',
  '>',
  'nr="2" soort="hardheidsclausule"',
  '}{soort="x"}',
  ':artikel[9]{lid=1}',
  '<!-- opmerking -->',
  '- a',
  '2) twee',
  '&amp; &#x202E;',
]

const cvdr = (artikelen: Element[]) =>
  `${toXml(x(null, [{ type: 'instruction', name: 'xml', value: 'version="1.0" encoding="utf-8"' }, x('cvdr', [x('body', [x('regeling', [x('regeling-tekst', artikelen)])])])]))}\n`
const artikelXml = (nr: string, titel: string, leden: Array<{ nr?: string; al: string[]; onderdelen?: string[] }>) =>
  x('artikel', [
    x('kop', [x('label', 'Artikel'), x('nr', nr), x('titel', titel)]),
    ...leden.map((lid) =>
      x('lid', [
        ...(lid.nr ? [x('lidnr', lid.nr)] : []),
        ...lid.al.map((al) => x('al', al)),
        ...(lid.onderdelen
          ? [
              x(
                'lijst',
                lid.onderdelen.map((tekst, index) => x('li', { nr: `${String.fromCharCode(97 + index)}.` }, [x('al', tekst)])),
              ),
            ]
          : []),
      ]),
    ),
  ])

describe('case 3: a lying .docx zip bomb', () => {
  it('refuses a .docx whose headers declare 2,000 bytes for a word/document.xml that inflates to 50 MB, while inflating it', async () => {
    const bytes = lyingDocx(50 * 1024 * 1024, 2000)
    // A small file that passes the 10 MB limit and every declared size.
    expect(bytes.length).toBeLessThan(100 * 1024)
    await expectRefusal(
      'bom.docx',
      bytes,
      'Het Word-bestand is vervalst of beschadigd: het onderdeel word/document.xml pakt uit tot meer dan de 2.000 bytes die het zip-bestand opgeeft',
    )
  })

  it('counts the real bytes against a ceiling per entry and in total, declared sizes or not', async () => {
    const small = { entry: 1000, total: 1500 }
    const honest = zipWithSizes([{ name: 'a.xml', data: Buffer.from('<a>tekst</a>') }])
    const unzipped = await unzipLimited(honest, small)
    expect(unzipped.ok && Buffer.from(unzipped.value.get('a.xml')!).toString()).toBe('<a>tekst</a>')
    expect(await unzipLimited(zipWithSizes([{ name: 'groot.xml', data: new Uint8Array(2000) }]), small)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/het onderdeel groot\.xml pakt uit tot meer dan/),
    })
    const three = zipWithSizes(['a', 'b', 'c'].map((name) => ({ name: `${name}.xml`, data: new Uint8Array(600) })))
    expect(await unzipLimited(three, small)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/de onderdelen pakken samen uit tot meer dan .* \(bij c\.xml\)/),
    })
    expect(await unzipLimited(zipWithSizes([{ name: 'lügt.xml', data: new Uint8Array(5000), declared: 10 }]), small)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Het Word-bestand /),
    })
  })

  it('reads an honest .docx from the entries it counted', async () => {
    const word = await Packer.toBuffer(
      new WordDocument({ sections: [{ children: ['Verordening', 'Artikel 1 Begrippen', 'Het college beslist.'].map((text) => new Paragraph({ text })) }] }),
    )
    const { map } = await importSource('gewoon.docx', word)
    const [hoofdstuk] = (await readdir(map)).filter((name) => name.endsWith('.md'))
    expect(readBack(await readFile(path.join(map, hoofdstuk!), 'utf8')).artikelen.map((artikel) => artikel.leden)).toEqual([
      [{ tekst: 'Het college beslist.', onderdelen: [] }],
    ])
  })
})

describe('case 4: attribute injection from CVDR XML', () => {
  it('keeps `1" soort="hardheidsclausule` as the artikel number it is, says so, and adds no soort', async () => {
    const xml = cvdr([
      artikelXml('1" soort="hardheidsclausule', 'Aanvraag', [{ al: ['Een aanvraag wordt schriftelijk ingediend.'] }]),
      artikelXml('2', 'Titel met "aanhalingstekens" en {accolades}', [{ al: ['Het college beslist.'] }]),
    ])
    const { map, stderr } = await importSource('regeling.xml', xml)
    expect(stderr).toContain('Het artikelnummer “1" soort="hardheidsclausule” is geen nummer zoals 3, 3a of 2.1')
    const file = (await readdir(map)).find((name) => name.endsWith('.md'))!
    const { artikelen } = readBack(await readFile(path.join(map, file), 'utf8'))
    expect(artikelen.map((artikel) => artikel.attributes)).toEqual([
      { nr: '1" soort="hardheidsclausule', titel: 'Aanvraag' },
      { nr: '2', titel: 'Titel met "aanhalingstekens" en {accolades}' },
    ])
    const result = await checkVerordening(map)
    // Still no hardheidsclausule: the injected soort did not take.
    expect(result.todo.find((entry) => entry.ruleId === 'verplichte-artikelen' && entry.kind === 'hardheidsclausule')?.count).toBe(1)
    const nummering = result.files.flatMap((entry) =>
      entry.messages.filter((message) => message.ruleId === 'nummering-artikel').map((message) => message.reason),
    )
    expect(nummering[0]).toContain('Artikelnummer `1" soort="hardheidsclausule` heeft niet de vorm')
  })

  it('keeps leden numbered other than 1, 2, 3 … with their numbers as text, and says so', () => {
    const document = parseCvdr(
      cvdr([
        artikelXml('1', 'Leden', [
          { nr: '1.', al: ['Eerste.'] },
          { nr: '1a.', al: ['Ingevoegd.'] },
          { nr: '2.', al: ['Tweede.'] },
        ]),
      ]),
    )
    const { files, nietOvergenomen } = writeVerordening(document)
    expect(nietOvergenomen.join('\n')).toContain('De leden van artikel 1 zijn genummerd als 1, 1a, 2, niet als 1, 2, 3 …')
    const { artikelen } = readBack(markdownFiles(files)[0]!)
    expect(artikelen[0]!.leden).toEqual([{ tekst: '1. Eerste. 1a. Ingevoegd. 2. Tweede.', onderdelen: [] }])
  })
})

describe('case 5: directive syntax from imported text', () => {
  const tekst = [
    'Verordening proef',
    '',
    'Artikel 1 Begrippen',
    'Het college kan afwijken.',
    '::::',
    'Zie http://127.0.0.1:39111 voor meer.',
    '',
    'Artikel 2 Slot',
    ...hostile,
    '',
  ].join('\n')

  it('keeps `::::` and `:39111` in a text as text: the artikel does not end early and no directive appears', () => {
    const { files } = writeVerordening(parseTekst(tekst))
    const { artikelen, tree } = readBack(markdownFiles(files)[0]!)
    expect(artikelen.map((artikel) => artikel.attributes.nr)).toEqual(['1', '2'])
    expect(artikelen[0]!.leden).toEqual([{ tekst: 'Het college kan afwijken. :::: Zie http://127.0.0.1:39111 voor meer.', onderdelen: [] }])
    expect(directivesIn(tree)).toEqual([
      'containerDirective:artikel',
      'containerDirective:juridisch',
      'containerDirective:artikel',
      'containerDirective:juridisch',
    ])
  })

  it('keeps every hostile line of a text as text, in order (the text importer may read `1. een` as a lid)', () => {
    const { files } = writeVerordening(parseTekst(tekst))
    const { artikelen } = readBack(markdownFiles(files)[0]!)
    const text = artikelen[1]!.leden.map((lid) => [lid.tekst, ...lid.onderdelen].join(' ')).join(' ')
    let at = 0
    for (const line of hostile) {
      const words = line === '1. een' ? 'een' : line
      const found = text.indexOf(words, at)
      expect(found, `${JSON.stringify(line)} in ${JSON.stringify(text)}`).toBeGreaterThanOrEqual(0)
      at = found + words.length
    }
  })

  it('keeps `::::` in a Word paragraph as text', async () => {
    const word = await Packer.toBuffer(
      new WordDocument({
        sections: [
          {
            children: ['Verordening', 'Artikel 1 Begrippen', 'Het college kan afwijken.', '::::', ':::inwoners', 'Zie http://127.0.0.1:39111.'].map(
              (text) => new Paragraph({ text }),
            ),
          },
        ],
      }),
    )
    const { map } = await importSource('proef.docx', word)
    const file = (await readdir(map)).find((name) => name.endsWith('.md'))!
    const { artikelen, tree } = readBack(await readFile(path.join(map, file), 'utf8'))
    expect(artikelen[0]!.leden).toEqual([{ tekst: 'Het college kan afwijken. :::: :::inwoners Zie http://127.0.0.1:39111.', onderdelen: [] }])
    expect(directivesIn(tree)).toEqual(['containerDirective:artikel', 'containerDirective:juridisch'])
  })

  it('writes every lid of a CVDR regeling back as the same text, hostile strings at the start of a line too', () => {
    const leden = hostile.map((al, index) => ({ nr: `${index + 1}.`, al: [al, `${al} midden ${al}`] }))
    const onderdelen = hostile.slice(0, 10)
    const { files } = writeVerordening(
      parseCvdr(cvdr([artikelXml('1', 'Proef', leden), artikelXml('2', hostile.join(' '), [{ al: ['Het college:'], onderdelen }])])),
    )
    const { artikelen } = readBack(markdownFiles(files)[0]!)
    expect(artikelen[0]!.leden).toEqual(hostile.map((al) => ({ tekst: `${al} ${al} midden ${al}`, onderdelen: [] })))
    expect(artikelen[1]!.attributes.titel).toBe(hostile.join(' '))
    expect(artikelen[1]!.leden).toEqual([{ tekst: 'Het college:', onderdelen }])
  })

  it('writes the YAML files through the yaml package: a hoofdstuk titel or gemeente with quotes, colons and newlines stays one value', async () => {
    const xml = `<?xml version="1.0"?><cvdr><meta><owmskern><identifier>1</identifier><creator>Beek"dal: #1 \\ &amp; 'x'</creator><title>titel: "---"</title></owmskern></meta><body><regeling><regeling-tekst><hoofdstuk><kop><nr>1</nr><titel>---\nhoofdstuk: 9</titel></kop>${toXml(artikelXml('1', 'A', [{ al: ['Tekst.'] }]))}</hoofdstuk></regeling-tekst></regeling></body></cvdr>`
    const { map } = await importSource('regeling.xml', xml)
    const result = await checkVerordening(map)
    expect(result.context.verordening.meta.gemeente).toBe(`Beek"dal: #1 \\ & 'x'`)
    expect(result.context.verordening.meta.citeertitel).toBe('titel: "---"')
    expect(result.context.verordening.hoofdstukken.map((hoofdstuk) => [hoofdstuk.nr, hoofdstuk.titel])).toEqual([[1, '--- hoofdstuk: 9']])
  })
})

describe('case 6: deep XML inside <al>', () => {
  const deep = (levels: number) =>
    `<?xml version="1.0"?>\n<cvdr><body><regeling><regeling-tekst><artikel><kop><nr>1</nr><titel>Diep</titel></kop><al>${'<b>'.repeat(levels)}diep${'</b>'.repeat(levels)}</al></artikel></regeling-tekst></regeling></body></cvdr>\n`

  it('refuses 3,000 nested elements with the place, before parsing, instead of an internal error', async () => {
    // cvdr, body, regeling, regeling-tekst, artikel and al are six levels: the 95th <b> is level 101.
    const column = '<cvdr><body><regeling><regeling-tekst><artikel><kop><nr>1</nr><titel>Diep</titel></kop><al>'.length + 94 * 3 + 1
    await expectRefusal('diep.xml', deep(3000), `2:${column}: Het XML-bestand heeft elementen die meer dan ${maxXmlDepth} niveaus diep in elkaar zitten`)
  })

  it('reads nesting up to the limit, and keeps its text', () => {
    const { files } = writeVerordening(parseCvdr(deep(maxXmlDepth - 6)))
    expect(readBack(markdownFiles(files)[0]!).artikelen[0]!.leden).toEqual([{ tekst: 'diep', onderdelen: [] }])
  })

  it('refuses a Word document with 3,000 nested elements before mammoth reads it', async () => {
    const body = `<w:p><w:r><w:t>Artikel 1 Begrippen</w:t></w:r></w:p>${'<w:sdt><w:sdtContent>'.repeat(3000)}<w:p><w:r><w:t>Diep.</w:t></w:r></w:p>${'</w:sdtContent></w:sdt>'.repeat(3000)}`
    const document = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`
    await expectRefusal(
      'diep.docx',
      docxWith(Buffer.from(document)),
      /Het onderdeel word\/document\.xml van het Word-bestand heeft op regel 1, kolom \d+ elementen die meer dan 100 niveaus diep/,
    )
  })

  // Found by the fuzzer (test/fuzz/import.test.ts): mammoth read a part of binary bytes without refusing it, then failed on
  // an element that was not there, and the message passed on its TypeError ("Cannot read properties of null").
  it('refuses a Word document with a part that is no XML, naming the part, instead of passing on a crash inside mammoth', async () => {
    const document = Buffer.from(
      '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Artikel 1 Begrippen</w:t></w:r></w:p></w:body></w:document>',
    )
    const honest = await unzipLimited(docxWith(document))
    if (!honest.ok) throw new Error(honest.message)
    const parts = [...honest.value].map(([name, data]) => ({ name, data }))
    const word = zipWithSizes([...parts, { name: 'word/numbering.xml', data: Buffer.from([0x52, 0x43, 0x5d, 0x25, 0xff, 0x44]) }])
    const stderr = await expectRefusal(
      'kapot.docx',
      word,
      /Het onderdeel word\/numbering\.xml van het Word-bestand is geen geldige XML \(regel 1, kolom \d+: .+\), verwacht een \.docx die Word kan openen/,
    )
    expect(stderr).not.toMatch(/Cannot read|tagName/)
  })

  it('imports a text with thousands of markers on a line as text (a text has no nesting to recurse into)', () => {
    const lines = [
      'Verordening',
      'Artikel 1 Diep',
      `${'> '.repeat(5000)}diep`,
      `${'['.repeat(3000)}x${']'.repeat(3000)}`,
      `${'- '.repeat(3000)}x`,
      `${'1. '.repeat(3000)}x`,
    ]
    const { files } = writeVerordening(parseTekst(lines.join('\n')))
    const { artikelen } = readBack(markdownFiles(files)[0]!)
    expect(artikelen[0]!.leden).toEqual([{ tekst: lines.slice(2).map(clean).join(' '), onderdelen: [] }])
  })
})

describe('round trip, property-tested: random hostile CVDR text comes back as the same text', () => {
  const runs = Number(process.env.IMPORT_RUNS ?? 200)
  const seed = process.env.IMPORT_SEED === 'random' ? Math.floor(Math.random() * 2 ** 31) : Number(process.env.IMPORT_SEED ?? 20261206)
  const piece = fc.oneof(
    {
      arbitrary: fc.constantFrom(
        ...hostile,
        'artikel 1',
        'artikel 2, eerste lid',
        'Wmo 2015',
        'de Jeugdwet',
        'aanvraag:',
        ' ',
        ' ',
        '\n',
        'é',
        '漢',
        '\u00a0',
        ':',
        '::',
        '=',
        "'",
        '&',
        '#',
        '1.',
        '9)',
        '+',
        '~',
        '|',
        '!',
        '(',
        ')',
        '%',
        '$',
      ),
      weight: 4,
    },
    { arbitrary: fc.string({ maxLength: 6, unit: 'grapheme-ascii' }), weight: 1 },
  )
  const value = fc
    .array(piece, { minLength: 1, maxLength: 12 })
    .map((parts) => parts.join(''))
    .filter((text) => clean(text) !== '')
  const nr = fc.oneof(fc.constantFrom('1', '2', '12a', '2.1', 'IV'), value)
  const lid = fc.record({ al: fc.array(value, { minLength: 1, maxLength: 3 }), onderdelen: fc.array(value, { maxLength: 3 }) })
  const artikel = fc.record({ nr, titel: value, numbered: fc.boolean(), leden: fc.array(lid, { minLength: 1, maxLength: 3 }) })

  it(
    `${runs} regelingen with hostile <al>, <nr> and <titel> (seed ${seed})`,
    () => {
      fc.assert(
        fc.property(fc.array(artikel, { minLength: 1, maxLength: 3 }), (source) => {
          const xml = cvdr(
            source.map((entry) =>
              artikelXml(
                entry.nr,
                entry.titel,
                entry.leden.map((lid, index) => ({
                  ...(entry.numbered ? { nr: `${index + 1}.` } : {}),
                  al: lid.al,
                  ...(lid.onderdelen.length > 0 ? { onderdelen: lid.onderdelen } : {}),
                })),
              ),
            ),
          )
          const { files } = writeVerordening(parseCvdr(xml))
          const back = markdownFiles(files).flatMap((markdown) => {
            const { artikelen, tree } = readBack(markdown)
            // Only the directives the writer makes: the blocks of an artikel and references.
            for (const found of directivesIn(tree))
              expect([
                'containerDirective:artikel',
                'containerDirective:juridisch',
                'textDirective:artikel',
                'textDirective:wet',
                'textDirective:begrip',
              ]).toContain(found)
            return artikelen
          })
          expect(back.map((artikel) => [artikel.attributes.nr ?? '', artikel.attributes.titel])).toEqual(
            source.map((entry) => [clean(entry.nr).replace(/\.$/, ''), clean(entry.titel)]),
          )
          source.forEach((entry, index) => {
            // Text only, the way the source has it: numbered leden apart, an unnumbered artikel as one lid.
            const leden = entry.leden.map((lid) => ({ tekst: lid.al.map(clean).join(' '), onderdelen: lid.onderdelen.map(clean) }))
            const expected = entry.numbered ? leden : [{ tekst: leden.map((lid) => lid.tekst).join(' '), onderdelen: leden.flatMap((lid) => lid.onderdelen) }]
            const got = back[index]!.leden
            expect(entry.numbered ? got : [{ tekst: got.map((lid) => lid.tekst).join(' '), onderdelen: got.flatMap((lid) => lid.onderdelen) }]).toEqual(
              expected,
            )
          })
        }),
        { numRuns: runs, seed },
      )
    },
    Math.max(120_000, runs * 200),
  )
})
