// The language server's entry point (dist/server.js). `createConnection` picks the transport from
// the command line: `--stdio` for Neovim, Helix, Emacs and friends, `--node-ipc` when VS Code
// starts it. Everything else lives in lsp/, which takes any Connection so tests can run it too.
import fs from 'node:fs';
import path from 'node:path';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './lsp';

// dist/server.js sits one level below the package root, which holds docs/, snippets/ and the manifest
const packageRoot = path.resolve(__dirname, '..');
let version: string | undefined;
try {
  version = JSON.parse(fs.readFileSync(path.join(packageRoot, 'package.json'), 'utf8')).version;
} catch {
  // run from somewhere without a manifest: the version is only informative
}

const args = process.argv.slice(2);
if (args.includes('--version')) {
  console.log(version ?? 'unknown');
  process.exit(0);
}
if (args.includes('--help')) {
  console.log('Usage: bulletproof-language-server [--stdio | --node-ipc | --socket=PORT | --pipe=NAME]\nThe Bulletproof resume linter as a language server (LSP); --stdio is the default.');
  process.exit(0);
}
// an editor that starts the server with no transport flag gets stdio, the common case
if (!args.some((a) => /^--(stdio|node-ipc|socket|pipe)/.test(a))) process.argv.push('--stdio');

const connection = createConnection(ProposedFeatures.all);
startServer(connection, { packageRoot, version });
connection.listen();
