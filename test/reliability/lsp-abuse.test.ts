// Protocol abuse: unknown methods, documents never opened, malformed params, a cancelled request,
// a flood of 10,000 changes. Every request gets an answer (a result or a JSON-RPC error with a
// proper code), and the server keeps serving: a follow-up request on a real document is right.
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { CancellationTokenSource, ResponseError } from 'vscode-languageserver-protocol';
import { applyChange, startClient, type TestClient } from '../lsp/client';
import { RESUME } from '../lsp/fixture';

const uri = (name: string) => pathToFileURL(path.join('/nonexistent-bulletproof', 'abuse', name)).toString();
const METHOD_NOT_FOUND = -32601;
const INVALID_PARAMS = -32602;
const INTERNAL_ERROR = -32603;
const REQUEST_CANCELLED = -32800;

/** The answer to a request: its result, or the error code and message it failed with. */
async function answer(c: TestClient, method: string, params: unknown): Promise<{ result?: unknown; code?: number; message?: string }> {
  try {
    return { result: await c.request(method, params) };
  } catch (e) {
    assert.ok(e instanceof ResponseError, `a JSON-RPC error, not ${String(e)}`);
    return { code: e.code, message: e.message };
  }
}

/** The server is still serving: a weak bullet in a fresh document gets its finding and a hover. */
async function stillServing(c: TestClient, name: string): Promise<void> {
  const u = uri(name);
  c.open(u, RESUME, 'markdown', 1);
  const p = await c.diagnostics(u, (x) => x.version === 1);
  assert.ok(p.diagnostics.some((d) => d.code === 'weak-verb'), 'the weak bullet is still reported');
  const line = RESUME.split('\n').findIndex((l) => l.includes('Worked on'));
  const h = await c.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: u }, position: { line, character: 4 } });
  assert.ok(h && JSON.stringify(h.contents).length > 20, 'hover on the weak bullet still answers');
}

describe('language server protocol abuse', () => {
  let c: TestClient;
  before(async () => {
    c = await startClient();
  });
  after(async () => {
    assert.equal(await c.shutdown(), 0, 'the server exits cleanly after all of it');
  });

  it('an unknown request gets MethodNotFound (-32601); an unknown notification is ignored', async () => {
    const r = await answer(c, 'bulletproof/noSuchThing', { a: 1 });
    assert.equal(r.code, METHOD_NOT_FOUND);
    c.notify('bulletproof/noSuchNotification', { a: 1 });
    c.notify('$/somethingOptional', {});
    const r2 = await answer(c, 'textDocument/noSuchFeature', {});
    assert.equal(r2.code, METHOD_NOT_FOUND);
    await stillServing(c, 'after-unknown.md');
  });

  it('requests about a document never opened get an empty answer, not an error', async () => {
    const td = { uri: uri('never-opened.md') };
    const pos = { line: 0, character: 0 };
    assert.equal((await answer(c, 'textDocument/hover', { textDocument: td, position: pos })).result, null);
    assert.deepEqual((await answer(c, 'textDocument/codeAction', { textDocument: td, range: { start: pos, end: pos }, context: { diagnostics: [] } })).result, []);
    assert.deepEqual((await answer(c, 'textDocument/documentSymbol', { textDocument: td })).result, []);
    assert.deepEqual((await answer(c, 'textDocument/foldingRange', { textDocument: td })).result, []);
    assert.deepEqual((await answer(c, 'textDocument/completion', { textDocument: td, position: pos })).result, []);
    // changes and closes for it are dropped quietly
    c.notify('textDocument/didChange', { textDocument: { ...td, version: 2 }, contentChanges: [{ text: 'x' }] });
    c.notify('textDocument/didClose', { textDocument: td });
    await stillServing(c, 'after-never-opened.md');
  });

  it('malformed params get an error code (InvalidParams or InternalError), never a hang or a crash', async () => {
    const u = uri('malformed.md');
    c.open(u, RESUME, 'markdown', 1);
    await c.diagnostics(u, (x) => x.version === 1);
    const bad: Array<[string, unknown]> = [
      ['textDocument/hover', null],
      ['textDocument/hover', { textDocument: { uri: u } }],
      ['textDocument/hover', { textDocument: { uri: u }, position: { line: 'x', character: -5 } }],
      ['textDocument/hover', { textDocument: { uri: u }, position: { line: 1e9, character: 1e9 } }],
      ['textDocument/hover', { textDocument: 42, position: { line: 0, character: 0 } }],
      ['textDocument/codeAction', { textDocument: { uri: u } }],
      ['textDocument/codeAction', { textDocument: { uri: u }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [{ data: 'junk', source: 'bulletproof' }, null, { range: null, source: 'bulletproof', data: { version: 1, ruleId: 'weak-verb', fix: [{ start: -4, end: 1e9, newText: 5 }] } }] } }],
      ['textDocument/completion', { textDocument: { uri: u }, position: null }],
      ['textDocument/documentSymbol', { textDocument: null }],
      ['textDocument/foldingRange', []],
      ['bulletproof/summary', { uri: 17 }],
      ['bulletproof/lintFiles', { uris: ['file:///nonexistent-bulletproof/nothing.md', 'not a uri', 12] }],
      ['bulletproof/lintFiles', null],
    ];
    for (const [method, params] of bad) {
      const r = await answer(c, method, params);
      if (r.code !== undefined) assert.ok([INVALID_PARAMS, INTERNAL_ERROR].includes(r.code), `${method} ${JSON.stringify(params)}: code ${r.code} ${r.message}`);
    }
    // malformed notifications are dropped
    c.notify('textDocument/didOpen', { textDocument: null });
    c.notify('textDocument/didOpen', {});
    c.notify('textDocument/didChange', { textDocument: { uri: u, version: 2 }, contentChanges: [{ range: { start: { line: -1, character: 0 }, end: { line: 0, character: 0 } }, text: '' }] });
    c.notify('textDocument/didChange', { textDocument: { uri: u }, contentChanges: null });
    c.notify('workspace/didChangeConfiguration', { settings: 'not an object' });
    c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: 12, type: 99 }] });
    await stillServing(c, 'after-malformed.md');
  });

  it('a cancelled request is answered (with its result or RequestCancelled) and the next one works', async () => {
    const u = uri('cancel.md');
    c.open(u, RESUME, 'markdown', 1);
    const source = new CancellationTokenSource();
    const pending = c.conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri: u } }, source.token).then(
      (r) => ({ result: r as unknown, code: undefined as number | undefined }),
      (e: ResponseError<unknown>) => ({ result: undefined, code: e.code }),
    );
    source.cancel();
    const r = await pending;
    assert.ok(r.code === undefined ? Array.isArray(r.result) : r.code === REQUEST_CANCELLED, `answered: ${JSON.stringify(r)}`);
    await stillServing(c, 'after-cancel.md');
  });

  it('code actions carry the document version and are refused for diagnostics of an older version', async () => {
    const u = uri('versions.md');
    c.open(u, RESUME, 'markdown', 1);
    const v1 = await c.diagnostics(u, (x) => x.version === 1);
    const filler = v1.diagnostics.find((d) => d.code === 'filler');
    assert.ok(filler, 'a fixable finding');
    const ask = (diagnostics: unknown[]) => c.request<Array<{ title: string; edit?: { documentChanges?: Array<{ textDocument: { version: number } }> } }>>('textDocument/codeAction', { textDocument: { uri: u }, range: filler.range, context: { diagnostics } });
    const fresh = await ask([filler]);
    assert.ok(fresh.length > 0);
    for (const a of fresh) assert.deepEqual(a.edit?.documentChanges?.map((d) => d.textDocument.version), [1], `${a.title}: stamped with version 1`);
    // the document moves on (a line typed above): the old diagnostic's offsets no longer hold
    c.notify('textDocument/didChange', { textDocument: { uri: u, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Résumé\n' }] });
    const v2 = await c.diagnostics(u, (x) => x.version === 2);
    const stale = await ask([filler]);
    // nothing is built from the stale diagnostic (a rewrite of the bullet under the cursor, made from the current text, may still be offered)
    assert.deepEqual(stale.filter((a) => (a as { diagnostics?: unknown[] }).diagnostics?.length).map((a) => a.title), [], 'actions built from a version-1 diagnostic are refused');
    for (const a of stale) assert.ok(a.edit?.documentChanges?.every((d) => d.textDocument.version === 2), `${a.title}: any action left is for version 2`);
    const now = v2.diagnostics.find((d) => d.code === 'filler')!;
    const current = await ask([now]);
    assert.ok(current.length > 0 && current.every((a) => a.edit?.documentChanges?.[0].textDocument.version === 2), 'the current diagnostic gets actions for version 2');
  });

  it('a flood of 10,000 changes ends in one correct result for the last version', async () => {
    const u = uri('flood.md');
    let text = RESUME;
    c.open(u, text, 'markdown', 1);
    await c.diagnostics(u, (x) => x.version === 1);
    const line = text.split('\n').findIndex((l) => l.includes('Improved the dashboards'));
    for (let v = 2; v <= 10_001; v++) {
      // type and delete a letter at the end of a bullet, 10,000 times
      const len = text.split('\n')[line].length;
      const change = v % 2 ? { range: { start: { line, character: len - 1 }, end: { line, character: len } }, text: '' } : { range: { start: { line, character: len }, end: { line, character: len } }, text: 'x' };
      text = applyChange(text, change);
      c.notify('textDocument/didChange', { textDocument: { uri: u, version: v }, contentChanges: [change] });
    }
    const last = await c.diagnostics(u, (x) => x.version === 10_001);
    const fresh = uri('flood-fresh.md');
    c.open(fresh, text, 'markdown', 10_001);
    const expected = await c.diagnostics(fresh, (x) => x.version === 10_001);
    const shape = (d: { range: unknown; code?: unknown; message: string }) => JSON.stringify([d.range, d.code, d.message]);
    assert.deepEqual(last.diagnostics.map(shape), expected.diagnostics.map(shape));
    const published = c.published.filter((p) => p.uri === u).length;
    assert.ok(published < 10_000, `diagnostics are coalesced (${published} publishes for 10,000 changes)`);
    await stillServing(c, 'after-flood.md');
  });
});
