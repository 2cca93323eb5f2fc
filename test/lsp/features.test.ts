// Hover, outline, folding, completion and the custom summary request, over stdio.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CompletionItem, DocumentSymbol, FoldingRange, Hover } from 'vscode-languageserver-protocol';
import { startClient, type TestClient } from './client';
import { RESUME } from './fixture';

const lines = RESUME.split('\n');
const lineIndex = (prefix: string) => {
  const n = lines.findIndex((l) => l.startsWith(prefix));
  assert.ok(n >= 0, prefix);
  return n;
};

describe('hover, symbols, folding, completion', () => {
  let c: TestClient;
  const uri = 'file:///lsp-features/resume.md';
  before(async () => {
    c = await startClient({ completionSnippets: true });
    c.open(uri, RESUME);
    await c.diagnostics(uri);
  });
  after(async () => {
    await c.shutdown();
  });

  const hoverAt = (line: number, character: number) => c.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: { line, character } });

  it('hover on a finding explains why, with a weak and a strong example and the docs link', async () => {
    const n = lineIndex('- Worked on the booking API');
    const h = await hoverAt(n, 4);
    assert.ok(h);
    const md = (h.contents as { kind: string; value: string }).value;
    assert.equal((h.contents as { kind: string }).kind, 'markdown');
    assert.match(md, /\*\*weak-verb\*\*/);
    assert.match(md, /Why it matters:/);
    assert.match(md, /- Weak: .+\n- Strong: .+/);
    assert.match(md, /\[Rule documentation\]\(file:\/\/.*\/docs\/rules\/weak-verb\.md\)/);
  });

  it('hover on a bullet shows its proof card, each part found (with the words) or missing', async () => {
    const n = lineIndex('- Rebuilt the rate-quote service');
    const h = await hoverAt(n, 20);
    const md = (h!.contents as { value: string }).value;
    assert.match(md, /\*\*Proof card\*\* — proven/);
    assert.match(md, /\| ✓ \| Result \| “[^”]+” \|/, 'the result part quotes the words that show it');
    assert.match(md, /\| ✓ \| System \| “[^”]*rate-quote service[^”]*” \|/);
    const weak = await hoverAt(lineIndex('- Improved the dashboards'), 10);
    const weakMd = (weak!.contents as { value: string }).value;
    assert.match(weakMd, /not proven yet/);
    assert.match(weakMd, /\| ✗ \| Result \| missing: /);
    assert.equal(await hoverAt(lineIndex('dana@example.com'), 3), null, 'nothing to say off the bullets');
  });

  it('outline: sections with their entries, each entry with its bullet count', async () => {
    const symbols = await c.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const names = symbols.map((s) => s.name);
    for (const s of ['Summary', 'Experience', 'Projects', 'Skills', 'Education']) assert.ok(names.includes(s), `section ${s}`);
    const exp = symbols.find((s) => s.name === 'Experience')!;
    assert.deepEqual(
      exp.children!.map((e) => [e.name.includes('Senior Backend Engineer') || e.name.includes('Larkspur'), e.detail!.endsWith('4 bullets')]),
      [
        [true, true],
        [false, false],
      ],
    );
    assert.match(exp.children![1].detail!, /2 bullets$/);
    assert.match(exp.detail!, /2 entries · 6 bullets/);
    assert.equal(exp.selectionRange.start.line, lineIndex('## Experience'));
  });

  it('folding ranges cover each section and entry', async () => {
    const ranges = await c.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    const exp = lineIndex('## Experience');
    const role = lineIndex('### Senior Backend');
    const expRange = ranges.find((r) => r.startLine === exp);
    assert.ok(expRange, 'the Experience section folds');
    assert.equal(lines[expRange.endLine], '- Helped with on-call.', 'up to its last non-blank line');
    const roleRange = ranges.find((r) => r.startLine === role);
    assert.equal(lines[roleRange!.endLine], '- Improved the dashboards.');
  });

  it('completion at the start of a bullet offers strong verbs grouped by intent', async () => {
    const n = lineIndex('- Improved the dashboards');
    c.notify('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: n, character: 0 }, end: { line: n, character: 0 } }, text: '- Bu\n' }] });
    const items = await c.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: n, character: 4 } });
    const intents = new Set(items.map((i) => i.labelDetails?.description));
    for (const g of ['build', 'speed up', 'make reliable', 'cut cost', 'lead']) assert.ok(intents.has(g), `group ${g}`);
    const built = items.find((i) => i.label === 'Built')!;
    assert.equal(built.labelDetails?.description, 'build');
    assert.deepEqual((built.textEdit as { range: unknown }).range, { start: { line: n, character: 2 }, end: { line: n, character: 4 } }, 'replaces the typed prefix');
    const mid = await c.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: n + 1, character: 12 } });
    assert.deepEqual(mid, [], 'nothing in the middle of a sentence');
  });

  it('completion at the start of a line offers the package snippets (for editors without them)', async () => {
    const n = lineIndex('## Skills') + 1;
    const items = await c.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: n, character: 0 } });
    const labels = items.map((i) => i.label);
    for (const name of ['bullet', 'role', 'metric']) assert.ok(labels.includes(name), `snippet ${name}`);
    const bullet = items.find((i) => i.label === 'bullet')!;
    assert.equal(bullet.insertTextFormat, 2, 'as a snippet for a client that supports them');
    assert.match((bullet.textEdit as { newText: string }).newText, /\$\{1/);
  });

  it('proof summary request: proven bullets per entry', async () => {
    const s = await c.request<{ proven: number; total: number; entries: Array<{ title: string; proven: number; total: number; missing: string[] }> }>('bulletproof/summary', { uri });
    assert.ok(s.total >= 7, "the seven Experience and Projects bullets (skills are not scored)");
    assert.ok(s.proven >= 1 && s.proven < s.total);
    assert.equal(s.entries.reduce((n, e) => n + e.total, 0), s.total);
    const larkspur = s.entries.find((e) => e.title.includes('Senior Backend Engineer'))!;
    assert.ok(larkspur.missing.length > 0);
  });
});
