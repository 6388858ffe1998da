// The VS Code side of `verordening lsp --stdio`: starts the project's own
// language server in the workspace folder and connects it to the Markdown and
// YAML files. Everything the author sees (messages, quick fixes, completion,
// hover) comes from the server; this file only starts it.
const { workspace } = require('vscode')
const { LanguageClient, TransportKind } = require('vscode-languageclient/node')

let client

function activate(context) {
  const folder = workspace.workspaceFolders?.[0]?.uri.fsPath
  const [command, ...args] = workspace.getConfiguration('verordening').get('opdracht') ?? ['npx', '--no-install', 'verordening', 'lsp', '--stdio']
  const serverOptions = { command, args, transport: TransportKind.stdio, options: { cwd: folder, shell: process.platform === 'win32' } }
  const clientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'file', language: 'yaml' },
    ],
    // Files saved by other programs (git pull, another editor) are checked again too.
    synchronize: { fileEvents: workspace.createFileSystemWatcher('**/*.{md,yml,txt}') },
  }
  client = new LanguageClient('verordening', 'Omgekeerde verordening', serverOptions, clientOptions)
  context.subscriptions.push({ dispose: () => client?.stop() })
  return client.start()
}

function deactivate() {
  return client?.stop()
}

module.exports = { activate, deactivate }
