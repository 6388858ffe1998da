// `verordening init <map> --ci gitlab|github`: the CI file that checks the
// verordening on every push and publishes the site on GitLab Pages or GitHub
// Pages from the main branch. The map then is the root of the gemeente's
// repository: the CI file at its top, the verordening in `verordening/` (the
// folder every command reads by default).
//
// The YAML is made with the Document API of the `yaml` package, never pasted
// together as text: quoting (`${{ … }}`, `$VAR`, a `:` in a command) is the
// library's job, and the comments a webmaster reads are attached to keys.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { Document, isMap, isScalar, type YAMLMap } from 'yaml'
import { packageRoot } from '../package-root.ts'

export const ciKinds = ['gitlab', 'github'] as const
export type CiKind = (typeof ciKinds)[number]

/** Where each CI file goes in the repository. */
export const ciFileName: Record<CiKind, string> = {
  gitlab: '.gitlab-ci.yml',
  github: '.github/workflows/verordening.yml',
}

/** The Node.js the CI installs: an LTS line the toolchain supports (package.json `engines`). */
export const ciNodeVersion = '22'

/** `omgekeerde-verordening@<this version>`: CI installs exactly the version that wrote the file. */
export function toolPackage(): string {
  const manifest = JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { name: string; version: string }
  return `${manifest.name}@${manifest.version}`
}

/** The command line that runs the tool in CI, without installing anything in the repository. */
const run = (args: string) => `npx --yes --package="$VERORDENING_PAKKET" verordening ${args}`

/**
 * The basis on GitLab Pages, from the address GitLab gives the site
 * (`CI_PAGES_URL`): `https://groep.gitlab.io/project` → `/project/`, a unique
 * domain or an own domain → `/`. `VERORDENING_BASIS` (a CI/CD variable) wins.
 * Plain sh and sed, as in every image: scheme and host off, one `/` at the end.
 */
const gitlabBasis = `BASIS="\${VERORDENING_BASIS:-$(printf '%s/' "$CI_PAGES_URL" | sed -E 's#^[a-z]+://[^/]+##; s#/+$#/#')}"`

export function ciFile(kind: CiKind, pakket: string = toolPackage()): { name: string; text: string } {
  const doc = kind === 'gitlab' ? gitlab(pakket) : github(pakket)
  // lineWidth 0: a long command stays on one line, as the webmaster wrote it would.
  // nullStr '': `push:` rather than `push: null`, as GitHub's own examples write it.
  return { name: ciFileName[kind], text: doc.toString({ lineWidth: 0, nullStr: '' }) }
}

function gitlab(pakket: string): Document {
  const doc = new Document({
    variables: {
      VERORDENING_PAKKET: pakket,
      npm_config_cache: '$CI_PROJECT_DIR/.npm',
    },
    default: {
      image: `node:${ciNodeVersion}`,
      cache: { key: 'npm', paths: ['.npm/'] },
    },
    controleren: {
      stage: 'test',
      script: [run('check --streng')],
      rules: [{ if: '$CI_COMMIT_BRANCH && $CI_COMMIT_BRANCH != $CI_DEFAULT_BRANCH' }],
    },
    pages: {
      stage: 'deploy',
      script: [run('check --streng'), gitlabBasis, 'echo "De site komt op $CI_PAGES_URL (basis $BASIS)"', run('build --streng --basis "$BASIS" --out public')],
      artifacts: { paths: ['public'] },
      rules: [{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }],
    },
  })
  doc.commentBefore = [
    ' De verordening controleren en publiceren op GitLab Pages (gemaakt door `verordening init --ci gitlab`).',
    ' Elke push: `verordening check --streng` (een fout of waarschuwing laat de pipeline mislukken).',
    ' Op de hoofdtak bovendien: de site bouwen in public/ en publiceren; de vorige versie blijft',
    ' online als de controle mislukt.',
    ' Uitleg: de schrijfwijzer (docs/schrijven.md in het pakket omgekeerde-verordening), hoofdstuk 17.',
  ].join('\n')
  comment(doc, ['variables', 'VERORDENING_PAKKET'], ' De versie van de toolchain. Een nieuwere versie? Verander alleen dit nummer.')
  comment(
    doc,
    ['pages'],
    ' GitLab publiceert wat de job "pages" in public/ zet. De basis is het pad van de site:\n /<project>/ op <groep>.gitlab.io, of / bij een eigen domein of een "unique domain".\n Klopt dat niet? Zet dan de CI/CD-variabele VERORDENING_BASIS, bijvoorbeeld op /.',
  )
  return doc
}

function github(pakket: string): Document {
  const opHoofdtak = "github.event_name != 'pull_request' && github.ref == format('refs/heads/{0}', github.event.repository.default_branch)"
  const doc = new Document({
    name: 'Verordening controleren en publiceren',
    on: { push: null, pull_request: null, workflow_dispatch: null },
    permissions: { contents: 'read' },
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, written as it is
    concurrency: { group: 'pages-${{ github.ref }}', 'cancel-in-progress': false },
    env: { VERORDENING_PAKKET: pakket },
    jobs: {
      bouwen: {
        'runs-on': 'ubuntu-latest',
        steps: [
          { name: 'Code ophalen', uses: 'actions/checkout@v4' },
          { name: 'Node.js installeren', uses: 'actions/setup-node@v4', with: { 'node-version': ciNodeVersion } },
          { name: 'Controleren (streng)', run: run('check --streng') },
          { name: 'Pages instellen', id: 'pages', if: opHoofdtak, uses: 'actions/configure-pages@v5' },
          {
            name: 'Site bouwen',
            run: run('build --streng --basis "$BASIS" --out _site'),
            // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, written as it is
            env: { BASIS: "${{ vars.VERORDENING_BASIS || format('{0}/', steps.pages.outputs.base_path) }}" },
          },
          { name: 'Site klaarzetten voor Pages', if: opHoofdtak, uses: 'actions/upload-pages-artifact@v3', with: { path: '_site' } },
        ],
      },
      publiceren: {
        needs: 'bouwen',
        if: opHoofdtak,
        'runs-on': 'ubuntu-latest',
        permissions: { pages: 'write', 'id-token': 'write' },
        // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, written as it is
        environment: { name: 'github-pages', url: '${{ steps.deployment.outputs.page_url }}' },
        steps: [{ name: 'Publiceren op GitHub Pages', id: 'deployment', uses: 'actions/deploy-pages@v4' }],
      },
    },
  })
  doc.commentBefore = [
    ' De verordening controleren en publiceren op GitHub Pages (gemaakt door `verordening init --ci github`).',
    ' Elke push en pull request: `verordening check --streng` en een proefbouw.',
    ' Op de hoofdtak bovendien publiceren. Zet eenmalig bij Settings → Pages de bron op "GitHub Actions".',
    ' Uitleg: de schrijfwijzer (docs/schrijven.md in het pakket omgekeerde-verordening), hoofdstuk 17.',
  ].join('\n')
  comment(doc, ['env', 'VERORDENING_PAKKET'], ' De versie van de toolchain. Een nieuwere versie? Verander alleen dit nummer.')
  comment(
    doc,
    ['jobs', 'bouwen'],
    ' De basis is het pad van de site: /<repository>/ op <naam>.github.io, of / bij een eigen domein\n (configure-pages weet welke). Anders? Zet de repository-variabele VERORDENING_BASIS, bijvoorbeeld op /.',
  )
  return doc
}

/** Puts a comment line above the key at `keys` (a `#` is added to each line). */
function comment(doc: Document, keys: string[], text: string): void {
  let map: unknown = doc.contents
  for (const [index, key] of keys.entries()) {
    if (!isMap(map)) throw new Error(`CI-bestand: ${keys.slice(0, index).join('.')} is geen map`)
    const pair = (map as YAMLMap).items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === key)
    if (!pair) throw new Error(`CI-bestand: sleutel ${keys.join('.')} ontbreekt`)
    if (index === keys.length - 1) {
      if (!isScalar(pair.key)) throw new Error(`CI-bestand: sleutel ${key} is geen tekst`)
      pair.key.commentBefore = text
    }
    map = pair.value
  }
}
