// The language server's entry point (dist/server.js). `createConnection` picks the transport from
// the command line: `--stdio` for Neovim, Helix, Emacs and friends, `--node-ipc` when VS Code
// starts it. Everything else lives in lsp/, which takes any Connection so tests can run it too.
import fs from 'node:fs';
import path from 'node:path';
import { inspect } from 'node:util';
import { createConnection, ProposedFeatures, StreamMessageWriter, type Connection } from 'vscode-languageserver/node';
import { startServer } from './lsp';
import { diagnosticsJsonEncoder } from './lsp/encoder';

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

// Over stdio the writer is ours, to give it a faster JSON encoder for diagnostics (lsp/encoder.ts);
// stdin is still handed over as a stream, so the library still exits when the editor closes it. With
// explicit streams the library leaves the console alone, so it is routed to the client here (a stray
// console.log on stdout would corrupt the protocol).
const stdio = process.argv.slice(2).includes('--stdio');
const connection = stdio
  ? createConnection(ProposedFeatures.all, process.stdin, new StreamMessageWriter(process.stdout, { charset: 'utf-8', contentTypeEncoder: diagnosticsJsonEncoder }) as unknown as NodeJS.WritableStream)
  : createConnection(ProposedFeatures.all);
if (stdio) routeConsole(connection);
startServer(connection, { packageRoot, version });
connection.listen();

/** Sends console output to the client's log (window/logMessage) instead of stdout. */
function routeConsole(conn: Connection): void {
  const text = (args: unknown[]) => args.map((a) => (typeof a === 'string' ? a : inspect(a))).join(' ');
  console.log = console.info = console.debug = (...args: unknown[]) => conn.console.log(text(args));
  console.warn = (...args: unknown[]) => conn.console.warn(text(args));
  console.error = (...args: unknown[]) => conn.console.error(text(args));
  console.trace = (...args: unknown[]) => conn.console.log(`Trace${args.length ? `: ${text(args)}` : ''}\n${new Error().stack?.split('\n').slice(2).join('\n') ?? ''}`);
  console.dir = (arg: unknown) => conn.console.log(inspect(arg));
}
