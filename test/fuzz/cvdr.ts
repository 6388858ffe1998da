// Generators of CVDR XML for the import property: regelingen built from the
// CVDR vocabulary in random order and depth, <al> content nested thousands of
// levels deep, and mutations of the Beekdal fixture. Much of it is not valid
// XML; the importer must refuse that with a Dutch message, never crash.
import fc from 'fast-check'

const xmlns = 'xmlns="http://standaarden.overheid.nl/cvdr/terms/" xmlns:dcterms="http://purl.org/dc/terms/"'

/** A CVDR document around `regelingTekst` (the content of <regeling-tekst>), with the meta the importer reads. */
export function cvdrDocument(regelingTekst: string, meta = ''): string {
  return `<?xml version="1.0" encoding="utf-8"?><cvdr ${xmlns}><meta><owmskern><dcterms:identifier>CVDR1_1</dcterms:identifier><dcterms:title>Verordening Proefdorp</dcterms:title><dcterms:creator>Proefdorp</dcterms:creator>${meta}</owmskern></meta><body><regeling><regeling-tekst>${regelingTekst}</regeling-tekst></regeling></body></cvdr>`
}

/** Text as it may stand in XML: escaped, or with what XML does not allow unescaped. */
const text = fc.oneof(
  {
    arbitrary: fc.constantFrom(
      'Het college kan hulp bieden.',
      'a.',
      '1.',
      'Artikel 2',
      '::::',
      ':::juridisch',
      ':begrip[x]',
      '{nr="1"}',
      '---',
      '# kop',
      '* ',
      '\\',
      '`',
      '"',
      "'",
      '&amp;',
      '&lt;al&gt;',
      '&#x26;',
      '&#0;',
      '&#xD800;',
      '&#x1F600;',
      ' ',
      '\u00a0',
      '\u202e',
      'ë',
    ),
    weight: 6,
  },
  { arbitrary: fc.constantFrom('&', '<', '&nbsp;', '&onbekend;', ']]>', '\u0000', '\uFFFE'), weight: 1 },
  { arbitrary: fc.string({ maxLength: 12 }).map((value) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;')), weight: 3 },
)

const elementName = fc.constantFrom(
  'al',
  'lid',
  'lidnr',
  'lijst',
  'li',
  'nr',
  'titel',
  'label',
  'kop',
  'artikel',
  'hoofdstuk',
  'paragraaf',
  'afdeling',
  'vet',
  'cursief',
  'onderstreept',
  'sup',
  'sub',
  'table',
  'tgroup',
  'tbody',
  'row',
  'entry',
  'extref',
  'intref',
  'toelichting',
  'regeling-tekst',
  'dcterms:title',
  'x:onbekend',
)
const attribute = fc
  .tuple(fc.constantFrom('nr', 'type', 'doc', 'id', 'xml:lang', 'a'), fc.constantFrom('a.', '1', 'expliciet', '"', "'", '&amp;', '', 'x" b="y'))
  .map(([name, value]) => (value.includes('"') ? ` ${name}='${value.replace(/'/g, '&apos;')}'` : ` ${name}="${value}"`))

/** Elements from the CVDR vocabulary with text, nested at random (a few levels). */
const content: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc
      .tuple(elementName, fc.array(attribute, { maxLength: 2 }), fc.array(tie('node'), { maxLength: 4 }))
      .map(([name, attributes, inner]) => `<${name}${attributes.join('')}>${inner.join('')}</${name}>`),
    fc.constantFrom('<![CDATA[<al>x</al>]]>', '<!-- opmerking -->', '<?pi x?>', '<al/>', '</al>', '<al>', '<al', '<1al>', '<al a="1" a="2">x</al>'),
  ),
})).node

/** An artikel as CVDR writes one, with random leden and content. */
const artikel = fc
  .tuple(fc.constantFrom('1', '2', '2a', '', '1" soort="x', '&amp;'), fc.array(content, { maxLength: 4 }))
  .map(
    ([nr, leden]) =>
      `<artikel><kop><label>Artikel</label><nr>${nr}</nr><titel>Titel</titel></kop>${leden.map((lid, index) => `<lid><lidnr>${index + 1}.</lidnr><al>${lid}</al></lid>`).join('')}</artikel>`,
  )

/**
 * How deep: around a real regeling's 20 levels, around the importer's limit
 * of 100, and far past it, where a parser that recurses per element runs out
 * of stack. Explicit values, because fast-check draws small integers first.
 */
export const nestingDepth = fc.oneof(
  fc.integer({ min: 1, max: 120 }),
  fc.constantFrom(99, 100, 101, 1_000, 5_000, 20_000),
  fc.integer({ min: 121, max: 20_000 }),
)

/** Elements nested `depth` levels inside an <al>: from a few to far past any real regeling. */
const deepAl = fc
  .tuple(fc.constantFrom('al', 'vet', 'li', 'lijst', 'lid', 'entry', 'x'), nestingDepth, fc.boolean())
  .map(
    ([name, depth, closed]) =>
      `<artikel><kop><nr>1</nr></kop><lid><al>${`<${name}>`.repeat(depth)}tekst${closed ? `</${name}>`.repeat(depth) : ''}</al></lid></artikel>`,
  )

/** A regeling built from the pieces: artikelen, deep content, loose elements. */
export const generatedCvdr: fc.Arbitrary<string> = fc
  .tuple(
    fc.array(fc.oneof({ arbitrary: artikel, weight: 4 }, { arbitrary: deepAl, weight: 1 }, { arbitrary: content, weight: 1 }), { minLength: 1, maxLength: 6 }),
    fc.boolean(),
  )
  .map(([parts, inHoofdstuk]) =>
    cvdrDocument(inHoofdstuk ? `<hoofdstuk><kop><nr>1</nr><titel>Algemeen</titel></kop>${parts.join('')}</hoofdstuk>` : parts.join('')),
  )

/** A regeling whose artikelen nest content deeply. */
export const deepCvdr: fc.Arbitrary<string> = fc.array(deepAl, { minLength: 1, maxLength: 2 }).map((parts) => cvdrDocument(parts.join('')))

/** What a mutation of real CVDR XML inserts: tags that open, close and nest, entities, declarations. */
export const xmlInsert = fc.oneof(
  fc.constantFrom(
    '<al>',
    '</al>',
    '<lid>',
    '</artikel>',
    '<artikel>',
    '<',
    '>',
    '&',
    '&amp;',
    '"',
    ']]>',
    '<![CDATA[',
    '<!--',
    '-->',
    '<?xml version="1.0"?>',
    '<!DOCTYPE x>',
    '\u0000',
    '<regeling-tekst>',
  ),
  fc.tuple(fc.constantFrom('<al>', '<vet>', '<lijst><li>'), nestingDepth).map(([tag, count]) => tag.repeat(count)),
  fc.string({ maxLength: 10 }),
)
