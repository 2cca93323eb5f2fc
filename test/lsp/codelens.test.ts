// Code lenses above each entry title ("1/4 bullets proven · add a metric to 3") and the summary
// request the VS Code summary page is built from, over stdio.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CodeLens } from 'vscode-languageserver-protocol';
import type { Summary } from '../../server/src/lsp/protocol';
import { startClient, type TestClient } from './client';
import { RESUME } from './fixture';

const lines = RESUME.split('\n');
const lineOf = (prefix: string) => {
  const n = lines.findIndex((l) => l.startsWith(prefix));
  assert.ok(n >= 0, prefix);
  return n;
};
/** The text a range covers in a document (one line or several). */
function textAt(text: string, r: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  const ls = text.split('\n');
  if (r.start.line === r.end.line) return ls[r.start.line].slice(r.start.character, r.end.character);
  return [ls[r.start.line].slice(r.start.character), ...ls.slice(r.start.line + 1, r.end.line), ls[r.end.line].slice(0, r.end.character)].join('\n');
}

describe('code lens: proven bullets per entry', () => {
  let c: TestClient;
  const uri = 'file:///lsp-codelens/resume.md';
  const lenses = (u = uri) => c.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: u } });
  before(async () => {
    c = await startClient();
    c.open(uri, RESUME);
    await c.diagnostics(uri);
  });
  after(async () => {
    await c.shutdown();
  });

  it('announces code lenses', () => {
    assert.deepEqual(c.init.capabilities.codeLensProvider, { resolveProvider: false });
  });

  it('one lens per entry with bullets, on its title line, counting proven bullets and naming what they lack most', async () => {
    const got = (await lenses()).map((l) => [l.range.start.line, l.command?.title]);
    assert.deepEqual(got, [
      // four bullets, one proven; three lack a result, two a change, one a system: the result is asked for
      [lineOf('### Senior Backend Engineer'), '1/4 bullets proven · add a metric to 3'],
      [lineOf('### Software Engineer'), '0/2 bullets proven · add a metric to 2'],
      // every bullet proven: nothing to ask for; Education has no bullets and gets no lens
      [lineOf('### Quill'), '1/1 bullet proven'],
    ]);
  });

  it('every lens opens the proof summary of its document', async () => {
    for (const l of await lenses()) assert.deepEqual(l.command && { command: l.command.command, arguments: l.command.arguments }, { command: 'bulletproof.showProofSummary', arguments: [uri] });
  });

  it('the counts follow the text: proving a bullet changes its entry lens', async () => {
    const u = 'file:///lsp-codelens/edited.md';
    const text = RESUME.replace('- Helped with on-call.', '- Rebuilt the alert-routing service as a queue consumer after alert volume tripled, cutting missed pages from 12 a month to 1.');
    c.open(u, text);
    await c.diagnostics(u);
    const count = (title: string | undefined) => Number(/^(\d+)\/2 bullets proven/.exec(title ?? '')?.[1]);
    const before = (await lenses())[1].command?.title;
    const after = (await lenses(u))[1].command?.title;
    assert.equal(count(after), count(before) + 1, `${before} → ${after}`);
  });

  it('a document never opened gets no lenses', async () => {
    assert.deepEqual(await lenses('file:///lsp-codelens/never-opened.md'), []);
  });

  it('the summary request carries what the page shows: per entry its range, score and bullets with ranges, proven flags and what they lack', async () => {
    const s = await c.request<Summary>('bulletproof/summary', { uri });
    assert.equal(s.uri, uri);
    assert.ok(s.score > 0 && s.score < 100, `a score between 0 and 100: ${s.score}`);
    assert.equal(s.proven, 2);
    assert.equal(s.total, 7);
    assert.deepEqual(s.entries.map((e) => [e.title, e.section, e.proven, e.total, e.bullets.length]), [
      ['Senior Backend Engineer', 'Experience', 1, 4, 4],
      ['Software Engineer', 'Experience', 0, 2, 2],
      ['Quill', 'Projects', 1, 1, 1],
    ]);
    const [larkspur] = s.entries;
    assert.equal(textAt(RESUME, larkspur.range).split('|')[0].trim(), 'Senior Backend Engineer');
    assert.equal(larkspur.range.start.line, lineOf('### Senior Backend Engineer'));
    assert.deepEqual(larkspur.missing, ['result', 'change', 'system']);
    assert.equal(larkspur.lens, '1/4 bullets proven · add a metric to 3');
    for (const e of s.entries) {
      assert.ok(e.score >= 0 && e.score <= 100);
      for (const b of e.bullets) {
        // the range and the offsets cover the bullet's own words in the document
        assert.ok(textAt(RESUME, b.range).includes(b.text.slice(0, 20)), `${b.text} at ${JSON.stringify(b.range)}`);
        assert.equal(RESUME.slice(b.start, b.end), textAt(RESUME, b.range));
        assert.equal(b.proven, b.lacks.length === 0);
      }
    }
    const weak = larkspur.bullets.find((b) => b.text.startsWith('Improved the dashboards'))!;
    assert.deepEqual([weak.proven, weak.lacks], [false, ['system', 'change', 'result']]);
    const strong = larkspur.bullets.find((b) => b.text.startsWith('Rebuilt the rate-quote service'))!;
    assert.deepEqual([strong.proven, strong.lacks, strong.challenge], [true, [], true]);
  });
});

describe('code lens setting', () => {
  it('bulletproof.codeLens.enabled: false turns the lenses off; the summary still answers', async () => {
    const c = await startClient({ settings: () => ({ codeLens: { enabled: false } }) });
    try {
      const uri = 'file:///lsp-codelens/off.md';
      c.open(uri, RESUME);
      await c.diagnostics(uri);
      assert.deepEqual(await c.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } }), []);
      assert.equal((await c.request<Summary>('bulletproof/summary', { uri })).total, 7);
    } finally {
      await c.shutdown();
    }
  });
});
