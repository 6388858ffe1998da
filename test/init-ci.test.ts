// `verordening init <map> --ci gitlab|github`: a repository with the CI file
// that publishes the site. The files are valid YAML with the jobs and steps
// GitLab Pages and GitHub Pages need, and their shell lines really build the
// site under the right basis (run here with a stand-in for npx that runs this
// checkout's command).
import { execFile } from 'node:child_process'
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { parseDocument } from 'yaml'
import { checkVerordening } from '../src/pipeline/pipeline.ts'
import { verordening } from './helpers/cli.ts'
import { basisDir } from './helpers/fixture.ts'

const run = promisify(execFile)
const made: string[] = []
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })))
})

async function workspace(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'init-ci-'))
  made.push(dir)
  return dir
}

const version = (JSON.parse(await readFile('package.json', 'utf8')) as { version: string }).version

/** Parses a CI file: no YAML errors or warnings, a plain object back. */
function parseCiFile(text: string): Record<string, unknown> {
  const doc = parseDocument(text)
  expect(doc.errors).toEqual([])
  expect(doc.warnings).toEqual([])
  return doc.toJS() as Record<string, unknown>
}

/**
 * Runs shell lines of a CI file in `cwd`, as the runner's sh would, with `npx`
 * replaced by a script that checks the package it is asked for and runs this
 * checkout's `verordening`. Returns the exit code and what was said.
 */
async function runLines(lines: string[], cwd: string, env: Record<string, string>): Promise<{ code: number; output: string }> {
  const bin = path.join(await workspace(), 'bin')
  await mkdir(bin)
  const npx = path.join(bin, 'npx')
  await writeFile(
    npx,
    `#!/bin/sh
# Stand-in for npx: only "--yes --package=<pakket> verordening …" is expected.
[ "$1" = "--yes" ] || { echo "npx: verwacht --yes, kreeg $1" >&2; exit 2; }
[ "$2" = "--package=omgekeerde-verordening@${version}" ] || { echo "npx: verwacht --package=omgekeerde-verordening@${version}, kreeg $2" >&2; exit 2; }
[ "$3" = "verordening" ] || { echo "npx: verwacht verordening, kreeg $3" >&2; exit 2; }
shift 3
exec "${process.execPath}" "${path.resolve('bin/verordening.js')}" "$@"
`,
  )
  await chmod(npx, 0o755)
  // `set -e`: as a CI runner, the first failing line stops the job.
  const script = ['set -e', ...lines].join('\n')
  try {
    const { stdout, stderr } = await run('sh', ['-c', script], { cwd, env: { ...process.env, ...env, PATH: `${bin}:${process.env.PATH}` } })
    return { code: 0, output: stdout + stderr }
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string }
    return { code: failed.code ?? -1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` }
  }
}

/** Puts a verordening that passes `check --streng` in the repository, as one the gemeente finished would. */
async function finishVerordening(repository: string): Promise<void> {
  await rm(path.join(repository, 'verordening'), { recursive: true })
  await cp(basisDir, path.join(repository, 'verordening'), { recursive: true })
}

describe('verordening init --ci gitlab', () => {
  it('makes a repository: the verordening in verordening/, .gitlab-ci.yml and .gitignore at the top', async () => {
    const root = await workspace()
    const repository = path.join(root, 'waalkant')
    const outcome = await verordening(['init', repository, '--gemeente', 'Waalkant', '--ci', 'gitlab'])
    expect(outcome.code, outcome.stderr).toBe(0)
    expect(outcome.stderr).toContain('.gitlab-ci.yml voor GitLab Pages')
    expect(outcome.stderr).toContain('npx omgekeerde-verordening controleer')
    expect((await readdir(repository)).sort()).toEqual(['.gitignore', '.gitlab-ci.yml', 'verordening'])
    const result = await checkVerordening(path.join(repository, 'verordening'))
    expect(result.errors).toBe(0)
    expect(await readFile(path.join(repository, '.gitignore'), 'utf8')).toMatch(/^public\/$/m)
  })

  it('writes valid YAML with a check on every branch and the job pages that publishes public/ under the basis', async () => {
    const root = await workspace()
    const repository = path.join(root, 'waalkant')
    expect((await verordening(['init', repository, '--ci', 'gitlab'])).code).toBe(0)
    const text = await readFile(path.join(repository, '.gitlab-ci.yml'), 'utf8')
    // Comments for the webmaster, in Dutch.
    expect(text).toMatch(/^# De verordening controleren en publiceren op GitLab Pages/)
    const ci = parseCiFile(text) as {
      variables: Record<string, string>
      default: { image: string }
      controleren: { stage: string; script: string[]; rules: Array<{ if: string }> }
      pages: { stage: string; script: string[]; artifacts: { paths: string[] }; rules: Array<{ if: string }> }
    }
    expect(Object.keys(ci).sort()).toEqual(['controleren', 'default', 'pages', 'variables'])
    expect(ci.variables.VERORDENING_PAKKET).toBe(`omgekeerde-verordening@${version}`)
    expect(ci.default.image).toMatch(/^node:\d+$/)
    expect(ci.controleren.script).toEqual(['npx --yes --package="$VERORDENING_PAKKET" verordening check --streng'])
    expect(ci.controleren.rules).toEqual([{ if: '$CI_COMMIT_BRANCH && $CI_COMMIT_BRANCH != $CI_DEFAULT_BRANCH' }])
    expect(ci.pages.stage).toBe('deploy')
    expect(ci.pages.artifacts).toEqual({ paths: ['public'] })
    expect(ci.pages.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }])
    expect(ci.pages.script[0]).toContain('verordening check --streng')
    expect(ci.pages.script.at(-1)).toBe('npx --yes --package="$VERORDENING_PAKKET" verordening build --streng --basis "$BASIS" --out public')
  })

  it('its pages job builds the site for the address GitLab gives it, and stops while check --streng fails', async () => {
    const root = await workspace()
    const repository = path.join(root, 'waalkant')
    expect((await verordening(['init', repository, '--gemeente', 'Waalkant', '--ci', 'gitlab'])).code).toBe(0)
    const ci = parseCiFile(await readFile(path.join(repository, '.gitlab-ci.yml'), 'utf8')) as {
      variables: Record<string, string>
      pages: { script: string[] }
    }
    const env = { ...ci.variables, CI_PROJECT_DIR: repository, CI_PROJECT_NAME: 'waalkant' }

    // A fresh concept has its to-do list as warnings: the job stops at the check and publishes nothing.
    const concept = await runLines(ci.pages.script, repository, { ...env, CI_PAGES_URL: 'https://gemeente.gitlab.io/waalkant' })
    expect(concept.code, concept.output).not.toBe(0)
    expect(concept.output).toContain('Nog te doen')
    expect(await readdir(repository)).not.toContain('public')

    await finishVerordening(repository)
    const cases: Array<[Record<string, string>, string]> = [
      [{ CI_PAGES_URL: 'https://gemeente.gitlab.io/waalkant' }, '/waalkant/'],
      [{ CI_PAGES_URL: 'https://gemeente.gitlab.io/sociaal/waalkant/' }, '/sociaal/waalkant/'],
      [{ CI_PAGES_URL: 'https://waalkant-0f3a2b.gitlab.io' }, '/'],
      [{ CI_PAGES_URL: 'https://gemeente.gitlab.io/waalkant', VERORDENING_BASIS: '/regels/' }, '/regels/'],
    ]
    for (const [extra, basis] of cases) {
      const job = await runLines(ci.pages.script, repository, { ...env, ...extra })
      expect(job.code, job.output).toBe(0)
      expect(job.output).toContain(`(basis ${basis})`)
      const home = await readFile(path.join(repository, 'public', 'index.html'), 'utf8')
      expect(home, basis).toContain(`href="${basis}assets/site.css"`)
      expect(await readFile(path.join(repository, 'public', '404.html'), 'utf8')).toContain(`href="${basis}inwoners/"`)
    }
  }, 120_000)
})

describe('verordening init --ci github', () => {
  it('writes a workflow that checks every push and deploys to GitHub Pages from the main branch', async () => {
    const root = await workspace()
    const repository = path.join(root, 'waalkant')
    const outcome = await verordening(['init', repository, '--ci', 'github'])
    expect(outcome.code, outcome.stderr).toBe(0)
    expect((await readdir(repository)).sort()).toEqual(['.github', '.gitignore', 'verordening'])
    const text = await readFile(path.join(repository, '.github', 'workflows', 'verordening.yml'), 'utf8')
    expect(text).toMatch(/^# De verordening controleren en publiceren op GitHub Pages/)
    type Step = { name: string; uses?: string; run?: string; if?: string; id?: string; with?: Record<string, unknown>; env?: Record<string, string> }
    const workflow = parseCiFile(text) as {
      on: Record<string, unknown>
      permissions: Record<string, string>
      env: Record<string, string>
      jobs: {
        bouwen: { 'runs-on': string; steps: Step[] }
        publiceren: { needs: string; if: string; permissions: Record<string, string>; environment: { name: string; url: string }; steps: Step[] }
      }
    }
    expect(Object.keys(workflow.on).sort()).toEqual(['pull_request', 'push', 'workflow_dispatch'])
    expect(workflow.permissions).toEqual({ contents: 'read' })
    expect(workflow.env.VERORDENING_PAKKET).toBe(`omgekeerde-verordening@${version}`)
    const steps = workflow.jobs.bouwen.steps
    expect(steps.map((step) => step.uses?.replace(/@.*/, '') ?? 'run')).toEqual([
      'actions/checkout',
      'actions/setup-node',
      'run',
      'actions/configure-pages',
      'run',
      'actions/upload-pages-artifact',
    ])
    expect(steps.every((step) => step.uses === undefined || /@v\d+$/.test(step.uses))).toBe(true)
    expect(steps[2]!.run).toBe('npx --yes --package="$VERORDENING_PAKKET" verordening check --streng')
    expect(steps[3]!.id).toBe('pages')
    expect(steps[4]!.run).toBe('npx --yes --package="$VERORDENING_PAKKET" verordening build --streng --basis "$BASIS" --out _site')
    expect(steps[4]!.env?.BASIS).toContain('steps.pages.outputs.base_path')
    expect(steps[5]!.with).toEqual({ path: '_site' })
    const mainBranch = "github.event_name != 'pull_request' && github.ref == format('refs/heads/{0}', github.event.repository.default_branch)"
    expect([steps[3]!.if, steps[5]!.if, workflow.jobs.publiceren.if]).toEqual([mainBranch, mainBranch, mainBranch])
    expect(workflow.jobs.publiceren.needs).toBe('bouwen')
    expect(workflow.jobs.publiceren.permissions).toEqual({ pages: 'write', 'id-token': 'write' })
    expect(workflow.jobs.publiceren.environment.name).toBe('github-pages')
    expect(workflow.jobs.publiceren.steps.map((step) => step.uses?.replace(/@.*/, ''))).toEqual(['actions/deploy-pages'])

    // The run steps, with the basis configure-pages gives a project site (base_path "/waalkant" + "/").
    await finishVerordening(repository)
    const job = await runLines([steps[2]!.run!, steps[4]!.run!], repository, { ...workflow.env, BASIS: '/waalkant/' })
    expect(job.code, job.output).toBe(0)
    expect(await readFile(path.join(repository, '_site', 'index.html'), 'utf8')).toContain('href="/waalkant/assets/site.css"')
  }, 120_000)
})

describe('verordening init --ci with a wrong value', () => {
  it('suggests the right one and writes nothing', async () => {
    const root = await workspace()
    const cases: Array<[string, string]> = [
      ['gitlb', 'Onbekende waarde `gitlb` voor --ci, bedoelt u `gitlab`?'],
      ['jenkins', 'Onbekende waarde `jenkins` voor --ci, verwacht een van: `gitlab`, `github` (GitLab Pages of GitHub Pages).'],
      ['', 'Geef na --ci waar de site komt: --ci gitlab (GitLab Pages) of --ci github (GitHub Pages).'],
    ]
    for (const [value, message] of cases) {
      const outcome = await verordening(['init', path.join(root, 'nieuw'), '--ci', value])
      expect(outcome.code, value).toBe(1)
      expect(outcome.stderr.trim(), value).toBe(message)
    }
    expect(await readdir(root)).toEqual([])
  })
})
