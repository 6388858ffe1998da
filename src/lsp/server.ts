// `verordening lsp --stdio`: a language server (vscode-languageserver) that
// gives an editor exactly the messages of `check --json` while the author
// types: same ruleIds, positions, severities and Dutch texts, including the
// rules over the whole verordening (an effect no artikel realises shows in
// effecten.yml as soon as the last artikel that named it changes). It reads
// the map from disk with the editor's unsaved buffers over it, re-checks
// through Pipeline.recheck, and never writes a file.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import {
  type CodeAction,
  CodeActionKind,
  type CompletionItem,
  type Connection,
  createConnection,
  type Diagnostic,
  DiagnosticSeverity,
  type InitializeParams,
  MarkupKind,
  TextDocumentSyncKind,
  TextDocuments,
} from 'vscode-languageserver/node'
import { TextDocument } from 'vscode-languageserver-textdocument'
import { type MapDocument, Workspace } from './document-path.ts'
import { completionsAt, fixesFor, hoverAt } from './features.ts'
import { FrameGuard } from './frame-guard.ts'
import { MapSession, type SessionMessage } from './session.ts'

export interface LanguageServer {
  connection: Connection
  /** Resolves when the client has closed the connection. */
  closed: Promise<void>
}

export function startLanguageServer(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): LanguageServer {
  // A bad frame from the editor is dropped with a log line instead of stopping every later message.
  const frames = input.pipe(new FrameGuard((message) => connection.console.warn(message)))
  const connection = createConnection(frames, output)
  const documents = new TextDocuments(TextDocument)
  const sessions = new Map<string, MapSession>()
  // Per map: the URIs that got diagnostics last time, to clear those that have none now.
  const published = new Map<string, Set<string>>()

  const sessionFor = (dir: string): MapSession => {
    let session = sessions.get(dir)
    if (!session) {
      session = new MapSession(dir, (messages, files) => publish(dir, messages, files))
      sessions.set(dir, session)
    }
    return session
  }

  const publish = (dir: string, messages: SessionMessage[], files: string[]) => {
    const byUri = new Map<string, Diagnostic[]>()
    for (const file of files) byUri.set(uriOf(file), [])
    for (const message of messages) {
      const uri = uriOf(message.file)
      const list = byUri.get(uri) ?? []
      list.push(toDiagnostic(message))
      byUri.set(uri, list)
    }
    const before = published.get(dir) ?? new Set<string>()
    for (const uri of before) if (!byUri.has(uri)) byUri.set(uri, [])
    published.set(dir, new Set([...byUri].filter(([, list]) => list.length > 0).map(([uri]) => uri)))
    for (const [uri, diagnostics] of byUri) void connection.sendDiagnostics({ uri, diagnostics })
  }

  // Set by initialize: the folders the editor opened. Every document is located through it.
  let workspace = new Workspace([])
  /** Documents outside the workspace: said once each, and never read. */
  const refused = new Set<string>()
  /** The map a document belongs to: its folder, when that lies inside the workspace and holds a verordening. */
  const mapOf = (uri: string): MapDocument | undefined => {
    if (refused.has(uri)) return undefined
    const found = workspace.locate(uri, (dir) => sessions.has(dir))
    if (!found.ok) {
      refused.add(uri)
      connection.console.warn(found.message)
      return undefined
    }
    return found.value ?? undefined
  }

  connection.onInitialize((params: InitializeParams) => {
    const roots = [...(params.workspaceFolders ?? []).map((folder) => folder.uri), ...(params.rootUri ? [params.rootUri] : [])]
    workspace = new Workspace(roots)
    // A workspace that is (or holds) a verordening is checked at once, so messages in files
    // that are not open (effecten.yml, another hoofdstuk) are there from the start.
    for (const root of roots) {
      const dir = Workspace.folderOf(root)
      if (dir === undefined) continue
      for (const candidate of [dir, path.join(dir, 'verordening')]) {
        if (workspace.contains(candidate) && existsSync(path.join(candidate, 'verordening.yml'))) sessionFor(candidate)
      }
    }
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        // ',' separates gemeenten in `gemeenten="a,b"` as a space does.
        completionProvider: { triggerCharacters: ['"', '[', ' ', ','] },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'verordening', version: '1' },
    }
  })

  connection.onInitialized(() => {
    for (const session of sessions.values()) void session.changedOnDisk('verordening.yml')
  })

  documents.onDidChangeContent(({ document }) => {
    const map = mapOf(document.uri)
    if (map) void sessionFor(map.dir).change(map.name, document.getText())
  })
  documents.onDidClose(({ document }) => {
    const map = mapOf(document.uri)
    if (map) void sessionFor(map.dir).change(map.name, undefined)
  })
  connection.onDidChangeWatchedFiles(({ changes }) => {
    for (const change of changes) {
      const map = mapOf(change.uri)
      if (map && !documents.get(change.uri)) void sessionFor(map.dir).changedOnDisk(map.name)
    }
  })

  connection.onCompletion(({ textDocument, position }): CompletionItem[] => {
    const document = documents.get(textDocument.uri)
    const map = mapOf(textDocument.uri)
    if (!document || !map) return []
    const line = lineOf(document, position.line)
    return completionsAt(line, position.character, sessionFor(map.dir).names).map((entry) => ({
      label: entry.label,
      detail: entry.detail,
      documentation: { kind: MarkupKind.Markdown, value: entry.documentation },
      textEdit: { range: { start: { line: position.line, character: entry.from }, end: position }, newText: entry.label },
    }))
  })

  connection.onHover(({ textDocument, position }) => {
    const document = documents.get(textDocument.uri)
    const map = mapOf(textDocument.uri)
    if (!document || !map) return null
    const found = hoverAt(lineOf(document, position.line), position.character, sessionFor(map.dir).names)
    if (!found) return null
    return {
      contents: { kind: MarkupKind.Markdown, value: found.markdown },
      range: { start: { line: position.line, character: found.from }, end: { line: position.line, character: found.to } },
    }
  })

  connection.onCodeAction(({ textDocument, context }): CodeAction[] => {
    const document = documents.get(textDocument.uri)
    if (!document) return []
    return context.diagnostics.flatMap((diagnostic) => {
      const data = diagnostic.data as { actual?: string; expected?: string[] } | undefined
      if (!data?.actual || !data.expected) return []
      const message: SessionMessage = {
        file: '',
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.character + 1,
        endLine: diagnostic.range.end.line + 1,
        endColumn: diagnostic.range.end.character + 1,
        ruleId: String(diagnostic.code ?? ''),
        severity: 'error',
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
        actual: data.actual,
        expected: data.expected,
      }
      return fixesFor(message, lineOf(document, diagnostic.range.start.line)).map((fix, index) => ({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: index === 0,
        edit: {
          changes: {
            [textDocument.uri]: [
              { range: { start: { line: fix.line, character: fix.from }, end: { line: fix.line, character: fix.to } }, newText: fix.newText },
            ],
          },
        },
      }))
    })
  })

  documents.listen(connection)
  const closed = new Promise<void>((resolve) => {
    connection.onExit(() => resolve())
    input.once('end', () => resolve())
    input.once('close', () => resolve())
  })
  connection.listen()
  return { connection, closed }
}

function lineOf(document: TextDocument, line: number): string {
  return document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '')
}

function uriOf(file: string): string {
  return pathToFileURL(file).href
}

/** A message as an LSP diagnostic: 1-based line and column become 0-based; UTF-16 columns, as LSP counts by default. */
export function toDiagnostic(message: SessionMessage): Diagnostic {
  const start = { line: message.line - 1, character: message.column - 1 }
  const end =
    message.endLine > message.line || (message.endLine === message.line && message.endColumn > message.column)
      ? { line: message.endLine - 1, character: message.endColumn - 1 }
      : start
  return {
    range: { start, end },
    severity: message.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: message.ruleId,
    source: 'verordening',
    message: message.message,
    ...(message.actual !== undefined && message.expected
      ? { data: { actual: message.actual, expected: message.expected, ...(message.todo ? { todo: message.todo } : {}) } }
      : message.todo
        ? { data: { todo: message.todo } }
        : {}),
  }
}
