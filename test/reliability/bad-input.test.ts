// Bad input gets a clear answer, never a crash or a hang: binary and NUL-filled files, invalid
// UTF-8, a 5 MB file (over the 512 KB default limit: one information finding saying why), a
// 100,000-character line, 10,000 bullets, 50 levels of nested lists, unbalanced LaTeX braces,
// truncated JSON and YAML; through the engine, the CLI and the language server. Timers here only
// guard against a hang; nothing asserts a speed.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { lintDocument, type Format, type LintResult } from '../../server/src/engine';
import { FIXTURES } from '../helpers';
import { startClient, type TestClient } from '../lsp/client';
import { runCli, tempDir } from './run-cli';

const para = 'The quarterly report lists 40 stores and 1,200 staff across three regions.\n';
const FIVE_MB = '# Archive\n\n' + para.repeat(Math.ceil((5 * 1024 * 1024) / para.length));
const LONG_LINE = '- ' + 'Worked on the ledger, helped with very synergy 40% '.repeat(2000).slice(0, 100_000);
const MANY_BULLETS =
  '## Experience\n\n' +
  Array.from({ length: 500 }, (_, e) => `### Engineer | Firm ${e} | 2020 – 2021\n\n` + Array.from({ length: 20 }, (_, i) => `- Cut queue lag by ${(e + i) % 97}% in service ${e}-${i}`).join('\n')).join('\n\n');
const NESTED_MD = '## Experience\n\n### Engineer | Firm | 2020 – 2021\n\n' + Array.from({ length: 50 }, (_, i) => `${'  '.repeat(i)}- Level ${i}: moved the sync job to a queue`).join('\n') + '\n';
const NESTED_TEX = '\\section{Experience}\n' + Array.from({ length: 50 }, (_, i) => `\\begin{itemize}\n\\item Level ${i}: built the sync \\textbf{job\n`).join('') + '\\end{itemize}\n'.repeat(50);
const UNBALANCED_TEX = '\\section{Experience}\n\\begin{itemize}\n\\item Rebuilt {{the \\textbf{payout} scheduler in Go\n\\resumeItem{Worked on }}}} onboarding\n\\item \\textit{{{\n\\end{itemize}\n\\item }{ Helped\n';
const NESTED_JSON = (() => {
  let v = '"Built the bottom layer"';
  for (let i = 0; i < 50; i++) v = `[${v}, "Level ${i}: moved the sync job to a queue"]`;
  return `{"work": [{"name": "Firm", "highlights": ${v}}]}`;
})();
const NESTED_YAML = (() => {
  let y = 'cv:\n  sections:\n    experience:\n      - company: Firm\n        highlights:\n';
  let ind = '          ';
  for (let i = 0; i < 50; i++) {
    y += `${ind}- Level ${i}: moved the sync job to a queue\n${ind}-\n`;
    ind += '  ';
  }
  return y;
})();

const json = fs.readFileSync(path.join(FIXTURES, 'formats', 'resume.json'), 'utf8');
const yaml = fs.readFileSync(path.join(FIXTURES, 'formats', 'rendercv.yaml'), 'utf8');
const tex = fs.readFileSync(path.join(FIXTURES, 'formats', 'jake.tex'), 'utf8');

function inRange(text: string, r: LintResult): void {
  for (const f of r.findings) {
    assert.ok(0 <= f.start && f.start <= f.end && f.end <= text.length, `${f.ruleId} [${f.start}, ${f.end}) inside ${text.length}`);
    assert.notEqual(f.ruleId, 'rule-error', f.message);
    for (const e of f.fix ?? []) assert.ok(0 <= e.start && e.start <= e.end && e.end <= text.length);
  }
}

describe('engine: hostile documents', () => {
  const cases: Array<[string, string, Format]> = [
    ['a 100,000-character line', LONG_LINE, 'markdown'],
    ['a 100,000-character line of plain text', 'x'.repeat(100_000), 'text'],
    ['50 levels of nested Markdown lists', NESTED_MD, 'markdown'],
    ['50 levels of nested itemize with an unclosed brace', NESTED_TEX, 'latex'],
    ['unbalanced LaTeX braces', UNBALANCED_TEX, 'latex'],
    ['50 levels of nested JSON arrays', NESTED_JSON, 'json'],
    ['50 levels of nested YAML sequences', NESTED_YAML, 'yaml'],
    ['NUL characters and lone surrogates', '## Experience\n\n- Built \u0000\u0000 the \ud800 queue \udfff\n- \u0000'.repeat(50), 'markdown'],
    ['control characters', Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('- Built x ').repeat(20), 'text'],
  ];
  for (const [name, text, format] of cases) {
    it(`${name}: returns findings inside the text`, () => inRange(text, lintDocument(text, { format })));
  }

  it('10,000 bullets: all read, findings inside the text', () => {
    const r = lintDocument(MANY_BULLETS, { format: 'markdown' });
    assert.equal(r.doc.bullets.filter((b) => b.kind === 'bullet').length, 10_000);
    inRange(MANY_BULLETS, r);
  });

  it('a 5 MB file gets one information finding saying it was not analysed and why', () => {
    const r = lintDocument(FIVE_MB, { format: 'markdown' });
    assert.equal(r.findings.length, 1);
    const [f] = r.findings;
    assert.equal(f.ruleId, 'not-analysed');
    assert.equal(f.severity, 'info');
    assert.match(f.message, /not analysed/);
    assert.match(f.message, /5\d{3} KB|5 MB/, 'says how big the file is');
    assert.match(f.message, /512 KB/, 'names the limit');
    assert.match(f.message, /maxFileSize/, 'says how to raise it');
  });

  it('truncated JSON and YAML at any of 40 cut points: a parse error, never a throw', () => {
    for (const [format, text] of [['json', json], ['yaml', yaml], ['latex', tex]] as const) {
      for (let k = 1; k < 40; k++) {
        const cut = text.slice(0, Math.floor((text.length * k) / 40));
        const r = lintDocument(cut, { format });
        inRange(cut, r);
        if (format === 'json') assert.ok(r.findings.some((f) => f.ruleId === 'parse-error'), `a JSON file cut at ${cut.length} reports a parse error`);
      }
    }
  });
});

describe('CLI: bad files get a clear message and exit code 2; the others are still linted', () => {
  let dir: string;
  before(() => {
    dir = tempDir('bad-input');
    fs.writeFileSync(path.join(dir, 'good.md'), '## Experience\n\n- Worked on the billing API.\n');
    fs.writeFileSync(path.join(dir, 'nul.md'), Buffer.from('## Experience\n\n- Built\u0000\u0000\u0000 the queue\n', 'utf8'));
    fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131) % 256)));
    fs.writeFileSync(path.join(dir, 'latin1.md'), Buffer.from([0x2d, 0x20, 0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x72, 0x64, 0x65, 0x72, 0x73, 0x0a]));
    fs.writeFileSync(path.join(dir, 'big.md'), FIVE_MB);
    fs.writeFileSync(path.join(dir, 'cut.json'), json.slice(0, Math.floor(json.length / 2)));
    fs.writeFileSync(path.join(dir, 'cut.yaml'), yaml.slice(0, Math.floor(yaml.length * 0.37)) + '\n  "unclosed: [\n');
    fs.writeFileSync(path.join(dir, 'braces.tex'), UNBALANCED_TEX);
    fs.writeFileSync(path.join(dir, 'long.md'), LONG_LINE);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('NUL bytes and binary data: "binary", invalid UTF-8: "not valid UTF-8"; exit 2; the good file is still reported', async () => {
    const r = await runCli(['nul.md', 'binary.txt', 'latin1.md', 'good.md'], { cwd: dir });
    assert.equal(r.code, 2, r.stderr + r.stdout);
    assert.match(r.stderr, /nul\.md: looks like a binary file/);
    assert.match(r.stderr, /binary\.txt: (looks like a binary file|is not valid UTF-8)/);
    assert.match(r.stderr, /latin1\.md: is not valid UTF-8 text; save it as UTF-8/);
    assert.doesNotMatch(r.stderr, /internal error|\n\s+at /, 'no stack trace');
    assert.match(r.stdout, /good\.md[\s\S]*Worked on/, 'the readable file is linted');
  });

  it('a 5 MB file is not analysed, with one information line saying why, and the run succeeds', async () => {
    const r = await runCli(['big.md', '--format', 'json'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const [file] = JSON.parse(r.stdout);
    assert.equal(file.messages.length, 1);
    assert.equal(file.messages[0].ruleId, 'not-analysed');
    assert.equal(file.messages[0].severity, 'info');
    assert.match(file.messages[0].message, /over the 512 KB limit/);
  });

  it('a raised maxFileSize in .bulletproofrc.json lets a file over the default limit be analysed', async () => {
    const sub = path.join(dir, 'raised');
    fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, 'big.txt'), FIVE_MB.slice(0, 700 * 1024));
    fs.writeFileSync(path.join(sub, '.bulletproofrc.json'), JSON.stringify({ maxFileSize: 8 * 1024 * 1024 }));
    const r = await runCli(['big.txt', '--format', 'json'], { cwd: sub });
    assert.ok(r.code === 0 || r.code === 1, r.stderr);
    const [file] = JSON.parse(r.stdout);
    assert.ok(!file.messages.some((m: { ruleId: string }) => m.ruleId === 'not-analysed'));
  });

  it('truncated JSON and YAML, unbalanced braces and a 100,000-character line: findings, no crash', async () => {
    const r = await runCli(['cut.json', 'cut.yaml', 'braces.tex', 'long.md', '--format', 'json'], { cwd: dir });
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stderr, '');
    const files = JSON.parse(r.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; message: string }> }>;
    const of = (name: string) => files.find((f) => f.filePath.endsWith(name))!;
    assert.ok(of('cut.json').messages.some((m) => m.ruleId === 'parse-error' && /JSON/.test(m.message)));
    assert.ok(of('cut.yaml').messages.some((m) => m.ruleId === 'parse-error' && /YAML/.test(m.message)));
    assert.ok(of('long.md').messages.some((m) => m.ruleId === 'weak-verb'));
    assert.ok(of('braces.tex'));
  });

  it('a broken config: bad JSON, an unknown rule and a wrong severity each name the key; linting goes on with defaults', async () => {
    const sub = path.join(dir, 'cfg');
    fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, 'resume.md'), '## Experience\n\n- Worked on the billing API.\n');
    fs.writeFileSync(path.join(sub, '.bulletproofrc.json'), '{ "rules": { "weak-verbs": "warning", "filler": "loud" }, "maxFileSize": -3 }');
    let r = await runCli(['resume.md'], { cwd: sub });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /rules\.weak-verbs: unknown rule "weak-verbs" \(did you mean "weak-verb"\?\)/);
    assert.match(r.stderr, /rules\.filler: "loud" is not a severity/);
    assert.match(r.stderr, /maxFileSize: expected a positive number/);
    assert.match(r.stdout, /Worked on/, 'the resume is still linted with the defaults');
    fs.writeFileSync(path.join(sub, '.bulletproofrc.json'), '{ "rules": { "weak-verb": "off", ');
    r = await runCli(['resume.md'], { cwd: sub });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /\.bulletproofrc\.json/);
    assert.doesNotMatch(r.stderr, /internal error/);
    assert.match(r.stdout, /Worked on/, 'invalid JSON: defaults apply (weak-verb still on)');
  });
});

describe('language server: hostile documents', () => {
  let c: TestClient;
  const dir = tempDir('lsp-bad');
  const uri = (name: string) => pathToFileURL(path.join(dir, name)).toString();
  before(async () => {
    c = await startClient();
  });
  after(async () => {
    await c.shutdown();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('every hostile document gets diagnostics, and the server still answers afterwards', async () => {
    const docs: Array<[string, string, string]> = [
      ['long.md', LONG_LINE, 'markdown'],
      ['many.md', MANY_BULLETS, 'markdown'],
      ['nested.md', NESTED_MD, 'markdown'],
      ['nested.tex', NESTED_TEX, 'latex'],
      ['braces.tex', UNBALANCED_TEX, 'latex'],
      ['nested.json', NESTED_JSON, 'json'],
      ['nested.yaml', NESTED_YAML, 'yaml'],
      ['cut.json', json.slice(0, 300), 'json'],
      ['cut.yaml', yaml.slice(0, 200) + '\n "x: [', 'yaml'],
      ['nul.md', '- Built \u0000 the \ud800 queue', 'markdown'],
    ];
    for (const [name, text, lang] of docs) c.open(uri(name), text, lang, 1);
    for (const [name] of docs) await c.diagnostics(uri(name), (p) => p.version === 1);
    const cut = await c.diagnostics(uri('cut.json'));
    assert.ok(cut.diagnostics.some((d) => d.code === 'parse-error'));
    const hover = await c.request<{ contents: unknown } | null>('textDocument/hover', { textDocument: { uri: uri('nested.md') }, position: { line: 4, character: 6 } });
    assert.ok(hover === null || typeof hover === 'object');
    const symbols = await c.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: uri('many.md') } });
    assert.ok(symbols.length > 0, 'the outline of the 10,000-bullet resume');
  });

  it('a 5 MB document gets one information diagnostic saying it was not analysed', async () => {
    c.open(uri('big.md'), FIVE_MB, 'markdown', 3);
    const p = await c.diagnostics(uri('big.md'), (x) => x.version === 3);
    assert.equal(p.diagnostics.length, 1);
    assert.equal(p.diagnostics[0].code, 'not-analysed');
    assert.equal(p.diagnostics[0].severity, 3, 'Information');
    assert.match(p.diagnostics[0].message, /not analysed[\s\S]*512 KB/);
    assert.equal(p.diagnostics[0].range.start.line, 0);
  });
});
