// A minimal LSP client for the protocol tests: spawns dist/server.js --stdio and speaks to it with
// vscode-languageserver-protocol, the library editors' clients are built on. Everything waits on
// messages (a diagnostics notification, a response), never on timers.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { DIST } from '../helpers';

export interface StartOptions {
  /** announce pull diagnostics (textDocument/diagnostic) */
  pull?: boolean;
  snippets?: 'lsp' | 'experimental' | 'command' | 'plain';
  documentChanges?: boolean;
  completionSnippets?: boolean;
  /** answers workspace/configuration; absent: the client has no configuration capability */
  settings?: (scopeUri: string | undefined) => unknown;
  initializationOptions?: Record<string, unknown>;
  /** the server's command-line arguments (default --stdio) */
  args?: string[];
}

export interface TestClient {
  conn: ProtocolConnection;
  child: ChildProcess;
  /** the server's answer to initialize */
  init: { capabilities: Record<string, any>; serverInfo?: { name: string; version?: string } };
  /** registrations the server asked for (method names) */
  registrations: string[];
  /** logMessage lines */
  logs: string[];
  /** resolves on the next workspace/diagnostic/refresh request from the server */
  refreshed(): Promise<void>;
  /** every publishDiagnostics received, in order */
  published: PublishDiagnosticsParams[];
  /** resolves on the first publishDiagnostics for `uri` matching `pred` (including one already received) */
  diagnostics(uri: string, pred?: (p: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams>;
  open(uri: string, text: string, languageId?: string, version?: number): void;
  /** pull diagnostics (the client must have announced pull) */
  pull(uri: string, previousResultId?: string): Promise<{ kind: string; items?: Diagnostic[]; resultId?: string }>;
  request<R>(method: string, params: unknown): Promise<R>;
  notify(method: string, params: unknown): void;
  shutdown(): Promise<number | null>;
}

export const SERVER = path.join(DIST, 'server.js');

export async function startClient(opts: StartOptions = {}): Promise<TestClient> {
  if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run "npm run build" first (npm test does)`);
  const child = spawn(process.execPath, [SERVER, ...(opts.args ?? ['--stdio'])], { stdio: ['pipe', 'pipe', 'inherit'] });
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const registrations: string[] = [];
  const logs: string[] = [];
  const published: PublishDiagnosticsParams[] = [];
  const waiters: Array<{ uri: string; pred: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }> = [];

  conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
    published.push(p);
    for (const w of [...waiters]) {
      if (w.uri === p.uri && w.pred(p)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(p);
      }
    }
  });
  conn.onNotification('window/logMessage', (p: { message: string }) => logs.push(p.message));
  conn.onRequest('client/registerCapability', (p: { registrations: Array<{ method: string }> }) => {
    registrations.push(...p.registrations.map((r) => r.method));
    return null;
  });
  conn.onRequest('workspace/configuration', (p: { items: Array<{ scopeUri?: string; section?: string }> }) => p.items.map((i) => opts.settings?.(i.scopeUri) ?? null));
  let onRefresh: Array<() => void> = [];
  conn.onRequest('workspace/diagnostic/refresh', () => {
    const waiting = onRefresh;
    onRefresh = [];
    for (const r of waiting) r();
    return null;
  });
  conn.listen();

  const snippetWorkspace = opts.snippets === 'lsp' ? { snippetEditSupport: true } : {};
  const capabilities: ClientCapabilities = {
    workspace: {
      configuration: !!opts.settings,
      didChangeWatchedFiles: { dynamicRegistration: true },
      didChangeConfiguration: { dynamicRegistration: true },
      workspaceEdit: { documentChanges: opts.documentChanges ?? true, ...snippetWorkspace },
      diagnostics: opts.pull ? { refreshSupport: true } : undefined,
    },
    textDocument: {
      synchronization: { dynamicRegistration: false },
      publishDiagnostics: { versionSupport: true, relatedInformation: true, tagSupport: { valueSet: [1, 2] }, codeDescriptionSupport: true, dataSupport: true },
      diagnostic: opts.pull ? { dynamicRegistration: false, relatedDocumentSupport: false } : undefined,
      codeAction: { dataSupport: true, isPreferredSupport: true, codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'refactor.rewrite', 'source', 'source.fixAll'] } } },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      completion: { completionItem: { snippetSupport: opts.completionSnippets ?? false } },
      documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    },
    experimental: opts.snippets === 'experimental' ? { snippetTextEdit: true } : undefined,
  };
  const initializationOptions = { ...(opts.snippets === 'command' ? { snippetCommand: 'bulletproof.applySnippet' } : {}), ...opts.initializationOptions };
  const init: TestClient['init'] = await conn.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities, initializationOptions, workspaceFolders: null });
  conn.sendNotification('initialized', {});

  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return {
    conn,
    child,
    init,
    registrations,
    logs,
    refreshed: () => new Promise<void>((resolve) => onRefresh.push(resolve)),
    published,
    diagnostics(uri, pred = () => true) {
      const hit = published.find((p) => p.uri === uri && pred(p));
      if (hit) return Promise.resolve(hit);
      // a guard against a hang, not a timing assertion: it fails with what did arrive
      return new Promise((resolve, reject) => {
        const guard = setTimeout(() => reject(new Error(`no matching diagnostics for ${uri}; received: ${JSON.stringify(published.filter((p) => p.uri === uri).map((p) => [p.version, p.diagnostics.length]))}`)), 30_000);
        waiters.push({ uri, pred, resolve: (p) => (clearTimeout(guard), resolve(p)) });
      });
    },
    open(uri, text, languageId = 'markdown', version = 1) {
      conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    },
    pull(uri, previousResultId) {
      return conn.sendRequest('textDocument/diagnostic', { textDocument: { uri }, previousResultId });
    },
    request: (method, params) => conn.sendRequest(method, params),
    notify: (method, params) => conn.sendNotification(method, params),
    async shutdown() {
      await conn.sendRequest('shutdown');
      conn.sendNotification('exit');
      const code = await exited;
      conn.dispose();
      return code;
    },
  };
}

type Pos = { line: number; character: number };

function offsetAt(text: string, p: Pos): number {
  let line = 0;
  let i = 0;
  while (line < p.line) {
    const nl = text.indexOf('\n', i);
    if (nl < 0) return text.length;
    i = nl + 1;
    line++;
  }
  return Math.min(i + p.character, text.length);
}

/** Applies LSP text edits (all relative to the original text) the way an editor does. */
export function applyTextEdits(text: string, edits: Array<{ range: { start: Pos; end: Pos }; newText: string }>): string {
  const withOffsets = edits.map((e) => ({ s: offsetAt(text, e.range.start), e: offsetAt(text, e.range.end), t: e.newText })).sort((a, b) => b.s - a.s || b.e - a.e);
  let out = text;
  for (const e of withOffsets) out = out.slice(0, e.s) + e.t + out.slice(e.e);
  return out;
}

/** The text edits of a workspace edit for one document (either shape), snippet edits included as raw snippet text. */
export function editsOf(edit: WorkspaceEdit, uri: string): Array<TextEdit & { snippet?: { value: string }; insertTextFormat?: number }> {
  if (edit.documentChanges) {
    return edit.documentChanges.flatMap((c) => ('textDocument' in c && c.textDocument.uri === uri ? (c.edits as TextEdit[]) : []));
  }
  return edit.changes?.[uri] ?? [];
}

/** Applies a change to a document: incremental ranges, positions in UTF-16 code units. */
export function applyChange(text: string, change: { range: { start: Pos; end: Pos }; text: string }): string {
  return applyTextEdits(text, [{ range: change.range, newText: change.text }]);
}

/** What a user sees after filling nothing in: `${1:what}` → `what` (the server's own expansion for plain clients). */
export { stripSnippet as expandSnippet } from '../../server/src/lsp/codeActions';
