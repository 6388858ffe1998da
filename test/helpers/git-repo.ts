// A temporary git repository with the example verordening in `verordening/`,
// for tests of `vergelijk`, `build --sinds` and `inwoners-actueel`. Never the
// project's own history: every test makes its own commits, with a fixed author.
import { execFileSync } from 'node:child_process'
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

export const gitEnv = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@lingedal.example',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@lingedal.example',
  GIT_AUTHOR_DATE: '2026-11-29T12:00:00Z',
  GIT_COMMITTER_DATE: '2026-11-29T12:00:00Z',
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', ...args], {
    cwd,
    env: { ...process.env, ...gitEnv },
    encoding: 'utf8',
  })
}

export interface Repo {
  root: string
  map: string
  /** Replaces `from` by `to` in a file of the map (the test fails when `from` is not there). */
  edit(file: string, from: string, to: string): Promise<void>
  commit(message: string, tag?: string): void
}

export async function makeRepo(made: string[], options: { example?: string } = {}): Promise<Repo> {
  const root = await mkdtemp(path.join(tmpdir(), 'verordening-git-'))
  made.push(root)
  const map = path.join(root, 'verordening')
  git(root, 'init', '-q')
  await writeFile(path.join(root, 'README.md'), 'Een repository zonder verordening.\n')
  git(root, 'add', 'README.md')
  git(root, 'commit', '-q', '-m', 'leeg')
  git(root, 'tag', 'leeg')
  await cp(options.example ?? path.resolve('verordening'), map, { recursive: true })
  const repo: Repo = {
    root,
    map,
    async edit(file, from, to) {
      const full = path.join(map, file)
      const text = await readFile(full, 'utf8')
      if (!text.includes(from)) throw new Error(`${from} not in ${file}`)
      await writeFile(full, text.replace(from, to))
    },
    commit(message, tag) {
      git(root, 'add', '-A')
      git(root, 'commit', '-q', '-m', message)
      if (tag) git(root, 'tag', tag)
    },
  }
  repo.commit('voorbeeld', 'v1')
  return repo
}
