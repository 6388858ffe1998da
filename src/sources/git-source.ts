// Reads a verordening map as it was at a git revision, for the pipeline
// (`new Pipeline(() => …)`): the same `SourceFiles` as a folder gives, so
// both sides of a comparison are loaded and checked alike. Git is run as the
// `git` binary through execFile (no shell, arguments as a list); a revision
// that looks like an option is refused before git sees it. Nothing is written:
// `git ls-tree` lists the map at the revision, `git cat-file blob` gives each
// file's bytes. Every problem (no git, no repository, unknown revision, a
// shallow clone, a revision without the map) is a Dutch sentence, never a throw.
import { execFile } from 'node:child_process'
import { realpath } from 'node:fs/promises'
import path from 'node:path'
import { VFile } from 'vfile'
import { report } from '../messages/report.ts'
import { failure, type Result, succeed } from '../messages/result.ts'
import { classify, type Layout, maxSourceBytes, standardLayout } from './layout.ts'
import { type SourceFiles, sourceFromBytes } from './read-source.ts'

export type GitResult<T> = Result<T>

interface Run {
  code: number
  stdout: Buffer
  stderr: string
  /** Set when the binary itself could not be started. */
  missing?: boolean
}

/** The git binary; `VERORDENING_GIT` points at another one (tests use it to simulate "no git"). */
function gitBinary(): string {
  return process.env.VERORDENING_GIT ?? 'git'
}

function git(cwd: string, args: string[], maxBuffer = 64 * 1024 * 1024): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      gitBinary(),
      args,
      { cwd, encoding: 'buffer', maxBuffer, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } },
      (error, stdout, stderr) => {
        const failure = error as (NodeJS.ErrnoException & { code?: number | string }) | null
        if (failure && (failure.code === 'ENOENT' || failure.code === 'EACCES')) {
          resolve({ code: 127, stdout: Buffer.alloc(0), stderr: '', missing: true })
          return
        }
        resolve({ code: failure ? (typeof failure.code === 'number' ? failure.code : 1) : 0, stdout, stderr: stderr.toString('utf8') })
      },
    )
  })
}

/** The repository that holds `map` and the map's path inside it (with `/`). */
export interface GitPlace {
  root: string
  /** The map relative to the root, `''` when the map is the root itself. */
  prefix: string
}

export async function findRepository(map: string): Promise<GitResult<GitPlace>> {
  const absolute = path.resolve(map)
  // The map may be gone from the working tree (then its parent is asked), but must be inside the repository.
  let existing = absolute
  let rest = ''
  for (;;) {
    try {
      existing = await realpath(existing)
      break
    } catch {
      const parent = path.dirname(existing)
      if (parent === existing) break
      rest = path.join(path.basename(existing), rest)
      existing = parent
    }
  }
  const version = await git(existing, ['--version'])
  if (version.missing)
    return failure('Git is niet gevonden, verwacht het programma `git` (installeer git, bijvoorbeeld met `apt-get install git`, en probeer het opnieuw)')
  const top = await git(existing, ['rev-parse', '--show-toplevel'])
  if (top.code !== 0)
    return failure(
      `Map \`${map}\` ligt niet in een git-repository, verwacht een map die met git wordt bijgehouden (\`git init\`, daarna de verordening vastleggen met \`git commit\`)`,
    )
  const root = await realpath(top.stdout.toString('utf8').trim())
  const prefix = path.relative(root, path.join(existing, rest)).split(path.sep).join('/')
  if (prefix.startsWith('..')) return failure(`Map \`${map}\` ligt buiten de git-repository \`${root}\``)
  return succeed({ root, prefix })
}

/** Resolves a revision (tag, branch, commit, `HEAD~2`) to a commit id. */
export async function resolveRevision(place: GitPlace, revision: string): Promise<GitResult<string>> {
  // Git would read a leading `-` as an option; a revision never starts with one.
  if (revision.length === 0 || revision.startsWith('-') || /[\u0000-\u001f]/.test(revision)) {
    return failure(`Ongeldige revisie \`${revision}\`, verwacht een tag, branch of commit, bijvoorbeeld \`v1.0\` of \`HEAD~1\``)
  }
  const resolved = await git(place.root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`])
  if (resolved.code === 0) return succeed(resolved.stdout.toString('utf8').trim())
  const shallow = await git(place.root, ['rev-parse', '--is-shallow-repository'])
  if (shallow.stdout.toString('utf8').trim() === 'true') {
    return failure(
      `Revisie \`${revision}\` niet gevonden in deze ondiepe kopie (shallow clone) van de repository, verwacht de volledige geschiedenis: haal die op met \`git fetch --unshallow\` (of in CI met \`fetch-depth: 0\`)`,
    )
  }
  return failure(`Onbekende revisie \`${revision}\`, verwacht een tag, branch of commit uit deze repository (zie \`git tag\` en \`git log --oneline\`)`)
}

/** The largest file git is asked for: the biggest the toolchain would read at all. */
const maxBytes = maxSourceBytes

/**
 * The map at a commit as `SourceFiles`: every file the layout names (the
 * casussen folder included), read as a folder on disk would be. File paths in
 * messages read `<revisie>:<map>/<bestand>`, so a message on an old version
 * says so.
 */
export async function readGitSource(place: GitPlace, commit: string, label: string, layout: Layout = standardLayout): Promise<GitResult<SourceFiles>> {
  const tree = place.prefix === '' ? commit : `${commit}:${place.prefix}`
  // -r lists the casussen folder too; names are relative to the map.
  const listed = await git(place.root, ['ls-tree', '-r', '-z', '-l', '--end-of-options', tree])
  const where = place.prefix === '' ? 'de hoofdmap' : `de map \`${place.prefix}\``
  if (listed.code !== 0) return failure(`Revisie \`${label}\` heeft ${where} niet, verwacht een revisie waarin de verordening al in die map stond`)
  const dir = `${label}:${place.prefix === '' ? '.' : place.prefix}`
  const files = new Map<string, Uint8Array | VFile>()
  for (const entry of listed.stdout.toString('utf8').split('\0')) {
    // <mode> SP <type> SP <object> SP+ <size> TAB <name>
    const match = /^(\d+) (\w+) ([0-9a-f]+)\s+(-|\d+)\t(.*)$/s.exec(entry)
    if (!match) continue
    const [, mode, type, object, size, name] = match as unknown as [string, string, string, string, string, string]
    if (!classify(layout, name)) continue
    const filePath = path.posix.join(dir, name)
    if (type !== 'blob' || mode === '120000') {
      // A symbolic link in git is not followed: the same rule as in a folder.
      const file = new VFile({ path: filePath })
      report(
        file,
        'Bestand is in deze revisie een snelkoppeling of geen gewoon bestand en is niet gelezen, verwacht een gewoon bestand in de map zelf',
        undefined,
        'bestand-leesbaar',
      )
      files.set(name, file)
      continue
    }
    if (Number(size) > maxBytes) {
      // Too large to read at all; sourceFromBytes reports the size against the right limit.
      files.set(name, new Uint8Array(Number(size)))
      continue
    }
    const blob = await git(place.root, ['cat-file', 'blob', object], maxBytes + 1024)
    if (blob.code !== 0) return failure(`Bestand \`${filePath}\` kon niet uit git worden gelezen (${blob.stderr.trim() || `code ${blob.code}`})`)
    files.set(name, new Uint8Array(blob.stdout))
  }
  if (files.size === 0) return failure(`Revisie \`${label}\` heeft geen verordening in ${where}, verwacht hoofdstukken in Markdown en de registers in YAML`)
  const source = sourceFromBytes(dir, files, layout)
  source.revisie = label
  return succeed(source)
}

/** Everything in one step: the map at a revision, or why not. */
export async function readRevision(map: string, revision: string, layout: Layout = standardLayout): Promise<GitResult<SourceFiles & { commit: string }>> {
  const place = await findRepository(map)
  if (!place.ok) return place
  const commit = await resolveRevision(place.value, revision)
  if (!commit.ok) return commit
  const source = await readGitSource(place.value, commit.value, revision, layout)
  if (!source.ok) return source
  return succeed(Object.assign(source.value, { commit: commit.value }))
}
