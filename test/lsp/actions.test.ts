// Every kind of code action, applied to the text the way an editor applies it, then linted again.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { applyTextEdits, editsOf, expandSnippet, startClient, type StartOptions, type TestClient } from './client';
import { longResume, RESUME } from './fixture';

let counter = 0;
const freshUri = () => `file:///lsp-actions/doc-${++counter}.md`;

async function lintText(c: TestClient, text: string): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
  const uri = freshUri();
  c.open(uri, text);
  const p = await c.diagnostics(uri, (x) => x.version === 1);
  return { uri, diagnostics: p.diagnostics };
}

function actions(c: TestClient, uri: string, d: Diagnostic | null, range = d!.range, only?: string[]): Promise<CodeAction[]> {
  return c.request('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: d ? [d] : [], only } });
}

const lineOf = (text: string, n: number) => text.split('\n')[n];
const find = (ds: Diagnostic[], code: string, text: string, linePattern: RegExp) => {
  const d = ds.find((x) => x.code === code && linePattern.test(lineOf(text, x.range.start.line)));
  assert.ok(d, `expected a ${code} finding on a line matching ${linePattern}`);
  return d;
};

/** Applies a code action's plain edits to the text (documentChanges or changes). */
function apply(text: string, uri: string, a: CodeAction, version = 1): string {
  assert.ok(a.edit, `"${a.title}" carries an edit`);
  for (const dc of a.edit.documentChanges ?? []) if ('textDocument' in dc) assert.equal(dc.textDocument.version, version, 'the edit is pinned to the version it was made for');
  return applyTextEdits(text, editsOf(a.edit, uri));
}

describe('code actions (plain-text client)', () => {
  let c: TestClient;
  let uri: string;
  let diags: Diagnostic[];
  before(async () => {
    c = await startClient();
    ({ uri, diagnostics: diags } = await lintText(c, RESUME));
  });
  after(async () => {
    await c.shutdown();
  });

  it('weak-verb: the preferred stronger verb replaces only the weak phrase', async () => {
    const d = find(diags, 'weak-verb', RESUME, /Worked on the booking API/);
    // as an editor asks: every diagnostic on the line at once
    const onLine = diags.filter((x) => x.range.start.line === d.range.start.line);
    assert.ok(onLine.length > 1);
    const all: CodeAction[] = await c.request('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: onLine } });
    const firstDisable = all.findIndex((a) => a.title.startsWith('Disable'));
    assert.ok(firstDisable > 0 && all.slice(firstDisable).every((a) => a.title.startsWith('Disable') || a.kind !== 'quickfix'), 'fixes come before the disable comments');
    const list = all.filter((a) => a.kind === 'quickfix' && !a.title.startsWith('Disable') && a.diagnostics?.[0]?.code === 'weak-verb');
    assert.ok(list.length >= 1 && list.length <= 3, 'up to three stronger verbs');
    const preferred = list.filter((a) => a.isPreferred);
    assert.equal(preferred.length, 1, 'exactly one is preferred');
    const out = apply(RESUME, uri, preferred[0]);
    const line = lineOf(out, d.range.start.line);
    assert.match(line, /^- [A-Z][a-z]+(?: [a-z]+)? the booking API for partner carriers\.$/);
    assert.doesNotMatch(line, /Worked on/);
    const again = await lintText(c, out);
    assert.ok(!again.diagnostics.some((x) => x.code === 'weak-verb' && x.range.start.line === d.range.start.line), 'weak-verb no longer fires there');
  });

  it('tech-name: the safe fix writes the canonical name and is preferred', async () => {
    const d = find(diags, 'tech-name', RESUME, /quote cache to redis/);
    const fix = (await actions(c, uri, d)).find((a) => a.isPreferred);
    assert.ok(fix);
    assert.equal(fix.title, 'Change “redis” to “Redis”');
    const out = apply(RESUME, uri, fix);
    assert.match(lineOf(out, d.range.start.line), /quote cache to Redis and postgres/);
  });

  it('filler: the safe fix deletes the filler word and keeps the sentence capitalised', async () => {
    const d = find(diags, 'filler', RESUME, /Successfully migrated/);
    assert.deepEqual(d.tags, [1]);
    const fix = (await actions(c, uri, d)).find((a) => a.isPreferred);
    assert.ok(fix);
    assert.equal(fix.title, 'Delete “Successfully”');
    const out = apply(RESUME, uri, fix);
    assert.equal(lineOf(out, d.range.start.line), '- Migrated the quote cache to redis and postgres.');
  });

  it('"Add a metric" inserts a result clause whose plain placeholders the placeholder rule flags', async () => {
    const d = find(diags, 'missing-metric', RESUME, /Worked on the booking API/);
    const add = (await actions(c, uri, d)).find((a) => a.title === 'Add a metric');
    assert.ok(add);
    const out = apply(RESUME, uri, add);
    const line = lineOf(out, d.range.start.line);
    assert.match(line, /^- Worked on the booking API for partner carriers, cutting \[what\] from \[before\] to \[after\]\.$/);
    const again = await lintText(c, out);
    assert.ok(again.diagnostics.some((x) => x.code === 'placeholder' && x.range.start.line === d.range.start.line), 'unfilled placeholders are flagged');
  });

  it('"Name the system" inserts a system placeholder', async () => {
    const d = find(diags, 'missing-system', RESUME, /Improved the dashboards/);
    const name = (await actions(c, uri, d)).find((a) => a.title === 'Name the system');
    assert.ok(name);
    const out = apply(RESUME, uri, name);
    assert.match(lineOf(out, d.range.start.line), /\[system\]/);
    const again = await lintText(c, out);
    assert.ok(again.diagnostics.some((x) => x.code === 'placeholder' && x.range.start.line === d.range.start.line));
  });

  it('"Rewrite as System → Challenge → Change → Result" works on any bullet and keeps its words as the system', async () => {
    const lines = RESUME.split('\n');
    const n = lines.findIndex((l) => l.startsWith('- Designed the returns ledger'));
    const range = { start: { line: n, character: 5 }, end: { line: n, character: 5 } };
    const list = await actions(c, uri, null, range, ['refactor.rewrite']);
    const rewrite = list.find((a) => a.kind === 'refactor.rewrite');
    assert.ok(rewrite, 'offered without any finding on the bullet');
    assert.equal(rewrite.title, 'Rewrite as System → Challenge → Change → Result');
    const out = apply(RESUME, uri, rewrite);
    const line = lineOf(out, n);
    assert.ok(line.startsWith(lines[n]), 'the bullet text is kept at the front');
    assert.match(line.slice(lines[n].length), /\[what made it hard\].*\[what you changed and how\].*\[cutting what from X to Y\]/);
    const again = await lintText(c, out);
    assert.ok(again.diagnostics.some((x) => x.code === 'placeholder' && x.range.start.line === n));
    // offered too when the bullet's diagnostics bring rewrites of their own (repeated-verb's other verbs)
    const long = longResume(4);
    const repeated = await lintText(c, long);
    const verb = find(repeated.diagnostics, 'repeated-verb', long, /^- Rebuilt the rate-quote service/);
    const withDiag = await actions(c, repeated.uri, verb, verb.range);
    assert.ok(withDiag.filter((a) => a.kind === 'refactor.rewrite').length > 1);
    assert.equal(withDiag.filter((a) => a.title === rewrite.title).length, 1, 'exactly one template rewrite');
    // not offered away from bullets
    const none = await actions(c, uri, null, { start: { line: 0, character: 2 }, end: { line: 0, character: 2 } }, ['refactor.rewrite']);
    assert.deepEqual(none, []);
  });

  it('"Disable <rule> for this line" writes a directive comment and merges a second rule into it', async () => {
    const d = find(diags, 'weak-verb', RESUME, /Helped with on-call/);
    const off = (await actions(c, uri, d)).find((a) => a.title === 'Disable weak-verb for this line');
    assert.ok(off);
    const once = apply(RESUME, uri, off);
    assert.equal(lineOf(once, d.range.start.line), '<!-- bulletproof-disable-next-line weak-verb -->');
    assert.equal(lineOf(once, d.range.start.line + 1), '- Helped with on-call.');
    const after1 = await lintText(c, once);
    const bulletLine = d.range.start.line + 1;
    assert.ok(!after1.diagnostics.some((x) => x.code === 'weak-verb' && x.range.start.line === bulletLine), 'weak-verb is off for that bullet');
    const metric = find(after1.diagnostics, 'missing-metric', once, /Helped with on-call/);
    const off2 = (await actions(c, after1.uri, metric)).find((a) => a.title === 'Disable missing-metric for this line');
    assert.ok(off2);
    const twice = apply(once, after1.uri, off2);
    assert.equal(lineOf(twice, d.range.start.line), '<!-- bulletproof-disable-next-line weak-verb missing-metric -->', 'merged into the existing comment');
    assert.equal(twice.split('\n').length, once.split('\n').length, 'no second comment line');
    const after2 = await lintText(c, twice);
    assert.ok(!after2.diagnostics.some((x) => (x.code === 'missing-metric' || x.code === 'weak-verb') && x.range.start.line === bulletLine));
    assert.ok(after2.diagnostics.some((x) => x.code === 'weak-verb'), 'other bullets still get weak-verb');
  });

  it('"Disable <rule> for this file" writes one directive at the top and merges the next rule into it', async () => {
    const d = find(diags, 'weak-verb', RESUME, /Worked on/);
    const off = (await actions(c, uri, d)).find((a) => a.title === 'Disable weak-verb for this file');
    assert.ok(off);
    const once = apply(RESUME, uri, off);
    assert.equal(lineOf(once, 0), '<!-- bulletproof-disable weak-verb -->');
    const after1 = await lintText(c, once);
    assert.ok(!after1.diagnostics.some((x) => x.code === 'weak-verb'));
    const tech = find(after1.diagnostics, 'tech-name', once, /redis/);
    const off2 = (await actions(c, after1.uri, tech)).find((a) => a.title === 'Disable tech-name for this file');
    assert.ok(off2);
    const twice = apply(once, after1.uri, off2);
    assert.equal(lineOf(twice, 0), '<!-- bulletproof-disable weak-verb tech-name -->');
    const after2 = await lintText(c, twice);
    assert.ok(!after2.diagnostics.some((x) => x.code === 'weak-verb' || x.code === 'tech-name'));
  });

  it('source.fixAll.bulletproof applies every safe fix, leaving nothing fixable', async () => {
    const top = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const list = await actions(c, uri, null, top, ['source.fixAll']);
    assert.equal(list.length, 1);
    assert.equal(list[0].kind, 'source.fixAll.bulletproof');
    const fixed = Number(/\((\d+)\)$/.exec(list[0].title)?.[1]);
    assert.ok(fixed >= 3, `fixes at least three problems: ${list[0].title}`);
    const out = apply(RESUME, uri, list[0]);
    assert.match(out, /- Migrated the quote cache to Redis and /);
    const again = await lintText(c, out);
    assert.deepEqual(await actions(c, again.uri, null, top, ['source.fixAll']), [], 'nothing fixable is left');
    // never offered unasked
    const plain = await actions(c, uri, null, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    assert.ok(!plain.some((a) => a.kind?.startsWith('source')));
  });

  it('refuses actions built for an older version of the document', async () => {
    const u = freshUri();
    c.open(u, RESUME);
    const first = await c.diagnostics(u, (x) => x.version === 1);
    const d = find(first.diagnostics, 'weak-verb', RESUME, /Worked on/);
    c.notify('textDocument/didChange', { textDocument: { uri: u, version: 2 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }] });
    await c.diagnostics(u, (x) => x.version === 2);
    const stale = await actions(c, u, d);
    assert.deepEqual(stale.filter((a) => a.diagnostics?.length), [], 'nothing built from stale diagnostic data');
  });

  it('after a settings change re-lints the same version, actions follow the new lint', async () => {
    const u = freshUri();
    c.open(u, RESUME);
    const first = await c.diagnostics(u, (x) => x.version === 1);
    const tech = find(first.diagnostics, 'tech-name', RESUME, /quote cache to redis/);
    const filler = find(first.diagnostics, 'filler', RESUME, /Successfully migrated/);
    c.notify('workspace/didChangeConfiguration', { settings: { bulletproof: { rules: { filler: 'off' } } } });
    try {
      await c.diagnostics(u, (x) => x.version === 1 && !x.diagnostics.some((y) => y.code === 'filler'));
      // tech-name's finding moved up a place in the new lint (filler's went): its fix is still found
      const fix = (await actions(c, u, tech)).find((a) => a.isPreferred);
      assert.equal(fix?.title, 'Change “redis” to “Redis”');
      assert.match(lineOf(apply(RESUME, u, fix!), tech.range.start.line), /quote cache to Redis and postgres/);
      assert.deepEqual((await actions(c, u, filler)).filter((a) => a.diagnostics?.length), [], 'a finding the new settings turned off gets no actions');
    } finally {
      c.notify('workspace/didChangeConfiguration', { settings: { bulletproof: {} } });
    }
  });

  it('a diagnostic names its finding and bullet, not the edits (those stay on the server)', () => {
    const d = find(diags, 'weak-verb', RESUME, /Worked on the booking API/);
    const data = d.data as { version: number; finding: number; bullet: { start: number; end: number } };
    assert.deepEqual(Object.keys(data).sort(), ['bullet', 'finding', 'version']);
    // the VS Code client's focus mode reads the bullet's range
    assert.equal(RESUME.slice(data.bullet.start, data.bullet.end), 'Worked on the booking API for partner carriers.');
  });
});

describe('disable comments in each format\'s own syntax', () => {
  const LATEX = [
    '\\documentclass{article}',
    '\\begin{document}',
    '\\section{Experience}',
    '\\textbf{Backend Engineer} \\hfill 2020 -- 2023',
    '\\begin{itemize}',
    '  \\item Worked on the billing API using postgres.',
    '\\end{itemize}',
    '\\end{document}',
    '',
  ].join('\n');

  it('LaTeX gets % comments, indented like the item, merged on the second rule', async () => {
    const c = await startClient();
    try {
      const uri = 'file:///lsp-actions/resume.tex';
      c.open(uri, LATEX, 'latex');
      const { diagnostics } = await c.diagnostics(uri);
      const weak = find(diagnostics, 'weak-verb', LATEX, /Worked on/);
      const off = (await actions(c, uri, weak)).find((a) => a.title === 'Disable weak-verb for this line')!;
      const once = apply(LATEX, uri, off);
      assert.equal(lineOf(once, 5), '  % bulletproof-disable-next-line weak-verb');
      const u2 = 'file:///lsp-actions/resume-2.tex';
      c.open(u2, once, 'latex');
      const again = await c.diagnostics(u2);
      assert.ok(!again.diagnostics.some((d) => d.code === 'weak-verb'), 'the LaTeX directive is honoured');
      const tech = find(again.diagnostics, 'tech-name', once, /postgres/);
      const off2 = (await actions(c, u2, tech)).find((a) => a.title === 'Disable tech-name for this line')!;
      assert.equal(lineOf(apply(once, u2, off2), 5), '  % bulletproof-disable-next-line weak-verb tech-name');
      const file = (await actions(c, u2, tech)).find((a) => a.title === 'Disable tech-name for this file')!;
      assert.equal(lineOf(apply(once, u2, file), 0), '% bulletproof-disable tech-name');
    } finally {
      await c.shutdown();
    }
  });
});

describe('snippet edits by client capability', () => {
  const modes: Array<[StartOptions['snippets'], (a: CodeAction, text: string, uri: string) => string]> = [
    [
      'lsp',
      (a, text, uri) => {
        const [e] = editsOf(a.edit!, uri);
        assert.equal(e.snippet?.value, ', cutting ${1:what} from ${2:before} to ${3:after}', 'an LSP 3.18 SnippetTextEdit');
        return applyTextEdits(text, [{ range: e.range, newText: expandSnippet(e.snippet!.value) }]);
      },
    ],
    [
      'experimental',
      (a, text, uri) => {
        const [e] = editsOf(a.edit!, uri);
        assert.equal(e.insertTextFormat, 2, 'rust-analyzer style snippet text edit');
        return applyTextEdits(text, [{ range: e.range, newText: expandSnippet(e.newText) }]);
      },
    ],
    [
      'command',
      (a, text) => {
        assert.equal(a.edit, undefined);
        assert.equal(a.command?.command, 'bulletproof.applySnippet');
        const args = a.command!.arguments![0] as { version: number; range: { start: { line: number; character: number }; end: { line: number; character: number } }; snippet: string };
        assert.equal(args.version, 1);
        assert.match(args.snippet, /\$\{1:what\}/);
        return applyTextEdits(text, [{ range: args.range, newText: expandSnippet(args.snippet) }]);
      },
    ],
  ];
  for (const [mode, applySnippet] of modes) {
    it(`"Add a metric" with ${mode} snippets inserts tab stops`, async () => {
      const c = await startClient({ snippets: mode });
      try {
        const { uri, diagnostics } = await lintText(c, RESUME);
        const d = find(diagnostics, 'missing-metric', RESUME, /Worked on the booking API/);
        const add = (await actions(c, uri, d)).find((a) => a.title === 'Add a metric');
        assert.ok(add);
        const out = applySnippet(add, RESUME, uri);
        assert.equal(lineOf(out, d.range.start.line), '- Worked on the booking API for partner carriers, cutting what from before to after.');
      } finally {
        await c.shutdown();
      }
    });
  }

  it('a client without documentChanges gets a plain changes map', async () => {
    const c = await startClient({ documentChanges: false });
    try {
      const { uri, diagnostics } = await lintText(c, RESUME);
      const d = find(diagnostics, 'tech-name', RESUME, /redis/);
      const fix = (await actions(c, uri, d)).find((a) => a.isPreferred)!;
      assert.equal(fix.edit?.documentChanges, undefined);
      assert.ok(fix.edit?.changes?.[uri]?.length);
    } finally {
      await c.shutdown();
    }
  });
});
