// The server over stdio: lifecycle, push and pull diagnostics, incremental sync.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { ROOT } from '../helpers';
import { spawn } from 'node:child_process';
import { applyChange, SERVER, startClient, type TestClient } from './client';
import { longResume, RESUME } from './fixture';

const uri = (name: string) => pathToFileURL(path.join(ROOT, '.test-out', 'lsp-docs', name)).toString();

/** What a user sees of a diagnostic: where, which rule, what it says. */
const shape = (d: Diagnostic) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${d.code} ${d.severity} ${d.message}`;

describe('lifecycle', () => {
  it('announces incremental sync and its features, then shuts down and exits with code 0', async () => {
    const c = await startClient();
    const caps = c.init.capabilities;
    assert.equal(caps.textDocumentSync.change, 2, 'incremental sync');
    assert.equal(caps.diagnosticProvider, undefined, 'no pull provider for a push-only client');
    assert.ok(caps.hoverProvider && caps.documentSymbolProvider && caps.foldingRangeProvider && caps.completionProvider);
    assert.deepEqual(caps.codeActionProvider.codeActionKinds, ['quickfix', 'refactor.rewrite', 'source.fixAll.bulletproof']);
    assert.equal(c.init.serverInfo?.name, 'bulletproof-language-server');
    assert.equal(await c.shutdown(), 0);
  });

  it('speaks stdio when started with no transport flag (as some editor configs do)', async () => {
    const c = await startClient({ args: [] });
    assert.equal(c.init.serverInfo?.name, 'bulletproof-language-server');
    assert.equal(await c.shutdown(), 0);
  });

  it('exits when the editor closes its stdin without shutting down (code 1), as an editor that crashed leaves it', { timeout: 20_000 }, async () => {
    // raw framing rather than the test client, which would go on writing to the closed pipe
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
    const answered = new Promise<string>((resolve) => {
      let got = '';
      child.stdout!.on('data', (d: Buffer) => {
        got += d.toString('utf8');
        if (got.includes('"id":1')) resolve(got);
      });
    });
    child.stdin!.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    assert.match(await answered, /bulletproof-language-server/);
    child.stdin!.end();
    assert.equal(await exited, 1);
  });

  it('offers pull diagnostics to a client that supports them', async () => {
    const c = await startClient({ pull: true });
    assert.equal(c.init.capabilities.diagnosticProvider.identifier, 'bulletproof');
    assert.equal(await c.shutdown(), 0);
  });
});

describe('push diagnostics (client without textDocument/diagnostic)', () => {
  let c: TestClient;
  before(async () => {
    c = await startClient();
  });
  after(async () => {
    await c.shutdown();
  });

  it('publishes findings for an opened resume, stamped with the document version', async () => {
    const u = uri('push.md');
    c.open(u, RESUME, 'markdown', 7);
    const p = await c.diagnostics(u, (x) => x.version === 7);
    assert.ok(p.diagnostics.length > 0, 'the weak bullets raise findings');
    for (const d of p.diagnostics) {
      assert.equal(d.source, 'bulletproof');
      assert.equal(typeof d.code, 'string');
      assert.match(d.codeDescription!.href, /^file:\/\/.*\/docs\/rules\/[a-z-]+\.md$/);
      assert.ok(d.codeDescription!.href.endsWith(`/docs/rules/${d.code}.md`), `${d.code} links to its own page`);
      assert.equal((d.data as { version: number }).version, 7);
      assert.doesNotMatch(d.message, new RegExp(`\\b${d.code}\\b`), 'the rule id goes in code, not in the message');
    }
    const line = (n: number) => RESUME.split('\n')[n];
    const weak = p.diagnostics.find((d) => d.code === 'weak-verb');
    assert.ok(weak, 'weak-verb fires on "Worked on"');
    assert.match(line(weak.range.start.line), /Worked on the booking API/);
    const filler = p.diagnostics.find((d) => d.code === 'filler');
    assert.ok(filler, 'filler fires on "Successfully"');
    assert.deepEqual(filler.tags, [1], 'filler is tagged Unnecessary');
  });

  it('clears the diagnostics of a closed document', async () => {
    const u = uri('closed.md');
    c.open(u, RESUME);
    await c.diagnostics(u, (x) => x.diagnostics.length > 0);
    c.notify('textDocument/didClose', { textDocument: { uri: u } });
    const cleared = await c.diagnostics(u, (x) => x.diagnostics.length === 0);
    assert.deepEqual(cleared.diagnostics, []);
  });

  it('never publishes results for an older version: a burst of edits ends in one result for the last version', async () => {
    const u = uri('burst.md');
    c.open(u, RESUME, 'markdown', 1);
    await c.diagnostics(u, (x) => x.version === 1);
    const before = c.published.length;
    let text = RESUME;
    for (let v = 2; v <= 20; v++) {
      const change = { range: { start: { line: 12, character: 2 }, end: { line: 12, character: 2 } }, text: 'x' };
      text = applyChange(text, change);
      c.notify('textDocument/didChange', { textDocument: { uri: u, version: v }, contentChanges: [change] });
    }
    const last = await c.diagnostics(u, (x) => x.version === 20);
    const mine = c.published.slice(before).filter((p) => p.uri === u);
    // versions only go up, and whatever was published matches the text of its version
    const versions = mine.map((p) => p.version!);
    assert.deepEqual(versions, [...versions].sort((a, b) => a - b));
    assert.ok(last.diagnostics.length > 0);
  });
});

describe('pull diagnostics (client with textDocument/diagnostic)', () => {
  let c: TestClient;
  before(async () => {
    c = await startClient({ pull: true });
  });
  after(async () => {
    await c.shutdown();
  });

  it('answers textDocument/diagnostic, reports "unchanged" for the same version and pushes nothing', async () => {
    const u = uri('pull.md');
    c.open(u, RESUME);
    const first = await c.pull(u);
    assert.equal(first.kind, 'full');
    assert.ok(first.items!.some((d) => d.code === 'weak-verb'));
    const again = await c.pull(u, first.resultId);
    assert.equal(again.kind, 'unchanged');
    c.notify('textDocument/didChange', { textDocument: { uri: u, version: 2 }, contentChanges: [{ range: { start: { line: 12, character: 2 }, end: { line: 12, character: 11 } }, text: 'Built' }] });
    const changed = await c.pull(u, first.resultId);
    assert.equal(changed.kind, 'full');
    assert.ok(!changed.items!.some((d) => d.code === 'weak-verb' && d.range.start.line === 12), 'the fixed bullet no longer has weak-verb');
    assert.equal((changed.items![0].data as { version: number }).version, 2);
    assert.equal(c.published.filter((p) => p.uri === u).length, 0, 'a pull client gets no pushed diagnostics for open documents');
    // closed and opened again with other text at version 1: the old result id must not match
    c.notify('textDocument/didClose', { textDocument: { uri: u } });
    c.open(u, '- Helped with the carrier portal.\n');
    const reopened = await c.pull(u, first.resultId);
    assert.equal(reopened.kind, 'full');
    assert.ok(reopened.items!.some((d) => d.code === 'weak-verb' && d.range.start.line === 0));
  });
});

describe('incremental sync', () => {
  it('random incremental edits end with the same diagnostics as a fresh open of the final text', async () => {
    const c = await startClient();
    try {
      const u = uri('random.md');
      let text = longResume(4);
      c.open(u, text, 'markdown', 1);
      // mulberry32: a seeded generator, so a failure replays
      let seed = 0x9e3779b9;
      const rand = (n: number) => {
        seed = (seed + 0x6d2b79f5) | 0;
        let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return (((t ^ (t >>> 14)) >>> 0) % 4294967296) % n;
      };
      const pieces = ['a', ' ', '\n', '- ', 'Worked on ', '😀', 'é', '\r\n', '### Role | Co | 2020\n', 'successfully ', '40%', ''];
      const lines = () => text.split('\n');
      const posAt = (line: number, ch: number) => ({ line, character: ch });
      let version = 1;
      for (let i = 0; i < 150; i++) {
        const ls = lines();
        const l1 = rand(ls.length);
        const c1 = rand(ls[l1].length + 1);
        // mostly small edits within a line, now and then one across a line break
        const l2 = rand(10) === 0 ? Math.min(ls.length - 1, l1 + 1) : l1;
        const c2 = l2 === l1 ? Math.min(ls[l1].length, c1 + rand(6)) : rand(ls[l2].length + 1);
        // never split a surrogate pair: an editor never does either
        const safe = (l: number, ch: number) => (ch > 0 && /[\ud800-\udbff]/.test(ls[l][ch - 1] ?? '') ? ch - 1 : ch);
        const change = { range: { start: posAt(l1, safe(l1, c1)), end: posAt(l2, safe(l2, c2)) }, text: pieces[rand(pieces.length)] };
        text = applyChange(text, change);
        version++;
        // several changes in one notification, as editors send them
        const second = { range: { start: posAt(0, 2), end: posAt(0, 2) }, text: rand(2) ? '' : 'J' };
        text = applyChange(text, second);
        c.notify('textDocument/didChange', { textDocument: { uri: u, version }, contentChanges: [change, second] });
      }
      const incremental = await c.diagnostics(u, (x) => x.version === version);
      const fresh = uri('random-fresh.md');
      c.open(fresh, text, 'markdown', 1);
      const expected = await c.diagnostics(fresh, (x) => x.version === 1);
      assert.deepEqual(incremental.diagnostics.map(shape), expected.diagnostics.map(shape));
      assert.ok(expected.diagnostics.length > 0, `the edited resume still has findings:\n${text}`);
    } finally {
      await c.shutdown();
    }
  });
});

describe('Lint Workspace (bulletproof/lintFiles)', () => {
  it('lints files from disk, pushes their diagnostics, names unreadable ones, and clears them once a pull client opens the file', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bulletproof-lintfiles-'));
    const c = await startClient({ pull: true });
    try {
      const a = path.join(dir, 'resume.md');
      const b = path.join(dir, 'cv.txt');
      fs.writeFileSync(a, RESUME);
      fs.writeFileSync(b, '- Worked on the parcel tracker.\n- Helped with support tickets.\n');
      const missing = pathToFileURL(path.join(dir, 'gone.md')).toString();
      const [ua, ub] = [a, b].map((p) => pathToFileURL(p).toString());
      const result = await c.request<{ files: number; findings: number; failed: Array<{ uri: string }> }>('bulletproof/lintFiles', { uris: [ua, ub, missing] });
      assert.equal(result.files, 2);
      assert.deepEqual(result.failed.map((f) => f.uri), [missing]);
      const pa = await c.diagnostics(ua);
      const pb = await c.diagnostics(ub);
      assert.ok(pa.diagnostics.some((d) => d.code === 'weak-verb'));
      assert.ok(pb.diagnostics.some((d) => d.code === 'weak-verb'));
      assert.equal(result.findings, pa.diagnostics.length + pb.diagnostics.length);
      c.open(ua, RESUME);
      const cleared = await c.diagnostics(ua, (p) => p.diagnostics.length === 0);
      assert.deepEqual(cleared.diagnostics, [], 'the pulled diagnostics take over');
      assert.ok((await c.pull(ua)).items!.length > 0);
    } finally {
      await c.shutdown();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
