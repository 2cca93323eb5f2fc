// Settings from workspace/configuration and .bulletproofrc.json (found by walking up, watched).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { startClient, type TestClient } from './client';
import { RESUME } from './fixture';

const dirs: string[] = [];
function tempDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'bulletproof-lsp-'));
  dirs.push(d);
  return d;
}
after(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

const fileUri = (p: string) => pathToFileURL(p).toString();
const codes = (ds: Array<{ code?: unknown }>) => new Set(ds.map((d) => d.code));

describe('.bulletproofrc.json', () => {
  let c: TestClient;
  before(async () => {
    c = await startClient();
  });
  after(async () => {
    await c.shutdown();
  });

  it('is found by walking up from the document and applies to it only', async () => {
    const root = tempDir();
    fs.writeFileSync(path.join(root, '.bulletproofrc.json'), JSON.stringify({ rules: { 'weak-verb': 'off' } }));
    fs.mkdirSync(path.join(root, 'cv', 'drafts'), { recursive: true });
    const inside = fileUri(path.join(root, 'cv', 'drafts', 'resume.md'));
    const outside = fileUri(path.join(tempDir(), 'resume.md'));
    c.open(inside, RESUME);
    c.open(outside, RESUME);
    const a = await c.diagnostics(inside);
    const b = await c.diagnostics(outside);
    assert.ok(!codes(a.diagnostics).has('weak-verb'), 'turned off by the file above');
    assert.ok(codes(b.diagnostics).has('weak-verb'), 'still on elsewhere');
  });

  it('a broken config gives diagnostics on the file and log lines naming each key; linting goes on with defaults', async () => {
    const root = tempDir();
    const rc = path.join(root, '.bulletproofrc.json');
    fs.writeFileSync(rc, '{\n  "rules": {\n    "weak-verb": "loud",\n    "no-such-rule": "off"\n  },\n  "colour": 1\n}\n');
    const doc = fileUri(path.join(root, 'resume.md'));
    c.open(doc, RESUME);
    const rcDiags = await c.diagnostics(fileUri(rc), (p) => p.diagnostics.length > 0);
    const byKey = (key: string) => rcDiags.diagnostics.find((d) => d.message.startsWith(`${key}:`));
    assert.equal(byKey('rules.weak-verb')?.range.start.line, 2, 'placed on the bad value');
    assert.ok(byKey('rules.no-such-rule'));
    assert.ok(byKey('colour'));
    const lint = await c.diagnostics(doc);
    assert.ok(codes(lint.diagnostics).has('weak-verb'), 'the bad severity is ignored, the rule keeps its default');
    assert.ok(c.logs.some((l) => l.includes('rules.weak-verb') && l.includes(rc)), 'the log names the file and key');

    // fixing the file (a watched-file event) re-lints open documents and clears the file's diagnostics
    fs.writeFileSync(rc, JSON.stringify({ rules: { 'weak-verb': 'error' } }));
    c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(rc), type: 2 }] });
    const relinted = await c.diagnostics(doc, (p) => p.diagnostics.some((d) => d.code === 'weak-verb' && d.severity === 1));
    assert.ok(relinted);
    await c.diagnostics(fileUri(rc), (p) => p.diagnostics.length === 0);
  });

  it('invalid JSON is reported where it breaks, and the document is linted with the defaults', async () => {
    const root = tempDir();
    const rc = path.join(root, '.bulletproofrc.json');
    fs.writeFileSync(rc, '{\n  "rules": { "weak-verb": "off" \n');
    const doc = fileUri(path.join(root, 'resume.md'));
    c.open(doc, RESUME);
    const rcDiags = await c.diagnostics(fileUri(rc), (p) => p.diagnostics.length > 0);
    assert.match(rcDiags.diagnostics[0].message, /not valid JSON/);
    const lint = await c.diagnostics(doc);
    assert.ok(codes(lint.diagnostics).has('weak-verb'));
  });

  it('asks to watch config files', () => {
    assert.ok(c.registrations.includes('workspace/didChangeWatchedFiles'));
  });
});

describe('editor settings (workspace/configuration)', () => {
  it('per-rule severity and word lists come from the settings; the config file wins where both speak; a change re-lints', async () => {
    let settings: Record<string, unknown> = { rules: { 'weak-verb': 'off', 'tech-name': 'error', filler: 'default' } };
    const c = await startClient({ settings: () => settings });
    try {
      const plain = fileUri(path.join(tempDir(), 'resume.md'));
      c.open(plain, RESUME);
      const first = await c.diagnostics(plain);
      assert.ok(!codes(first.diagnostics).has('weak-verb'));
      assert.ok(first.diagnostics.filter((d) => d.code === 'tech-name').every((d) => d.severity === 1));
      assert.ok(codes(first.diagnostics).has('filler'), '"default" leaves the rule as it is');

      const root = tempDir();
      fs.writeFileSync(path.join(root, '.bulletproofrc.json'), JSON.stringify({ rules: { 'weak-verb': 'info' } }));
      const withFile = fileUri(path.join(root, 'resume.md'));
      c.open(withFile, RESUME);
      const second = await c.diagnostics(withFile);
      assert.ok(second.diagnostics.some((d) => d.code === 'weak-verb' && d.severity === 3), 'the file turns it back on, as info');

      settings = { rules: {}, words: { weakVerbs: ['Rebuilt'] } };
      c.notify('workspace/didChangeConfiguration', { settings: null });
      const third = await c.diagnostics(plain, (p) => p.diagnostics.some((d) => d.code === 'weak-verb'));
      assert.ok(third.diagnostics.some((d) => d.code === 'weak-verb' && /Rebuilt/.test(d.message)), 'an extra weak verb from the settings is flagged');
    } finally {
      await c.shutdown();
    }
  });
});

describe('pull clients and configuration changes', () => {
  it('asks a pull client to refresh when a watched config file changes, and the next pull uses the new config', async () => {
    const root = tempDir();
    const rc = path.join(root, '.bulletproofrc.json');
    fs.writeFileSync(rc, JSON.stringify({ rules: { 'weak-verb': 'warning' } }));
    const c = await startClient({ pull: true });
    try {
      const doc = fileUri(path.join(root, 'resume.md'));
      c.open(doc, RESUME);
      const first = await c.pull(doc);
      assert.ok(first.items!.some((d) => d.code === 'weak-verb'));
      fs.writeFileSync(rc, JSON.stringify({ rules: { 'weak-verb': 'off' } }));
      const refresh = c.refreshed();
      c.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: fileUri(rc), type: 2 }] });
      await refresh;
      const second = await c.pull(doc, first.resultId);
      assert.equal(second.kind, 'full', 'a new config is a new result');
      assert.ok(!second.items!.some((d) => d.code === 'weak-verb'));
    } finally {
      await c.shutdown();
    }
  });
});
