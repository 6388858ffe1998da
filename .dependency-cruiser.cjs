// Import boundaries: the layers of docs/architectuur.md, each importing only
// from layers before it. Run by test/architecture.test.ts (and `npm run lagen`).
const layers = [
  ['messages', '^src/messages/|^src/package-root\\.ts$'],
  ['sources', '^src/sources/'],
  ['parse', '^src/parse/'],
  ['model', '^src/model/'],
  ['taal', '^src/taal/'],
  ['compare', '^src/compare/'],
  ['rules', '^src/rules/'],
  ['pipeline', '^src/pipeline/'],
  ['views', '^src/views/'],
  ['outputs', '^src/site/|^src/serve/|^src/docs/|^src/lsp/'],
  ['adopt', '^src/init/|^src/import/|^src/indicatoren/'],
  ['export', '^src/export/'],
  ['cli', '^src/cli/'],
]

const forbidden = layers.flatMap(([name, path], index) => {
  const later = layers.slice(index + 1).map(([, laterPath]) => `(${laterPath})`)
  return later.length === 0
    ? []
    : [
        {
          name: `${name}-kijkt-niet-vooruit`,
          comment: `${name} importeert alleen uit eerdere lagen`,
          severity: 'error',
          from: { path },
          to: { path: later.join('|') },
        },
      ]
})

forbidden.push(
  {
    name: 'alleen-pipeline-laadt-regels',
    comment: 'Buiten de regels zelf importeert alleen de pipeline uit src/rules/',
    severity: 'error',
    from: { path: '^src/', pathNot: '^src/(pipeline|rules)/' },
    to: { path: '^src/rules/' },
  },
  { name: 'geen-kringen', severity: 'error', from: { path: '^src/' }, to: { circular: true } },
  {
    name: 'elke-module-in-een-laag',
    comment: 'Een nieuwe map hoort in een laag: zet haar in .dependency-cruiser.cjs',
    severity: 'error',
    from: {
      path: '^src/',
      pathNot: layers
        .map(([, path]) => `(${path})`)
        .concat(['^src/types/'])
        .join('|'),
    },
    to: {},
  },
)

module.exports = {
  forbidden,
  options: {
    doNotFollow: { path: 'node_modules' },
    includeOnly: '^src/',
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
}
