import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DIST, ROOT } from '../helpers';

const CLI = path.join(DIST, 'cli.js');
const run = (args: string[], opts: { cwd?: string; input?: string } = {}) =>
  spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd: opts.cwd ?? ROOT, input: opts.input, env: { ...process.env, NO_COLOR: '1' } });

// every folder a test makes is removed when the file's tests end, passed or failed
const made: string[] = [];
after(() => {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true });
});

function tmpDir(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'bp-cli-'));
  made.push(d);
  return d;
}

const WEAK = '# Lee Park\n\n## Experience\n\n### Engineer | Fernway | 2020 – 2023\n\n- Worked on the checkout service using javascript.\n';
const STRONG = '# Lee Park\n\n## Experience\n\n### Engineer | Fernway | 2020 – 2023\n\n- Rebuilt the checkout pricing service as a cached read model after flash sales timed out, cutting p95 latency from 900ms to 120ms.\n';

test('the README\'s first command shows findings on examples/ and exits 1', () => {
  const r = run(['examples/']);
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stdout, /examples[/\\]resume\.md/);
  assert.match(r.stdout, /\d+ problems? \(\d+ errors?, \d+ warnings?, \d+ info\)/);
  assert.match(r.stdout, /weak-verb/);
});

test('--format json gives ESLint-shaped, 1-based positions', () => {
  const d = tmpDir();
  fs.writeFileSync(path.join(d, 'resume.md'), WEAK);
  const r = run(['--format', 'json', path.join(d, 'resume.md')]);
  const report = JSON.parse(r.stdout);
  assert.equal(report.length, 1);
  const m = report[0].messages.find((x: { ruleId: string }) => x.ruleId === 'weak-verb');
  assert.ok(m, 'weak-verb reported');
  assert.equal(m.line, 7);
  assert.equal(m.column, 3);
  assert.equal(m.severity, 'warning');
  assert.ok(m.endColumn > m.column);
});

test('exit 0 when nothing at warning or above; --max-warnings raises the bar', () => {
  const d = tmpDir();
  fs.writeFileSync(path.join(d, 'strong.md'), STRONG);
  fs.writeFileSync(path.join(d, 'weak.md'), WEAK);
  assert.equal(run([path.join(d, 'strong.md')]).status, 0);
  assert.equal(run([path.join(d, 'weak.md')]).status, 1);
  assert.equal(run(['--max-warnings', '50', path.join(d, 'weak.md')]).status, 0);
});

test('a missing file exits 2 and names it, while the other files are still linted', () => {
  const d = tmpDir();
  fs.writeFileSync(path.join(d, 'weak.md'), WEAK);
  const r = run(['--format', 'json', path.join(d, 'nope.md'), path.join(d, 'weak.md')]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /nope\.md: no such file/);
  assert.ok(JSON.parse(r.stdout).some((x: { filePath: string; messages: unknown[] }) => x.filePath.endsWith('weak.md') && x.messages.length > 0));
});

test('usage errors exit 2 with a message', () => {
  const r = run(['--format', 'xml', 'examples/']);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--format must be/);
  assert.equal(run([]).status, 2);
});

test('--fix applies safe fixes only and leaves every other byte as it was', () => {
  const d = tmpDir();
  const f = path.join(d, 'resume.md');
  const before = WEAK.replace(/\n/g, '\r\n');
  fs.writeFileSync(f, before, { mode: 0o640 });
  const r = run(['--fix', f]);
  const after = fs.readFileSync(f, 'utf8');
  assert.notEqual(after, before, 'something was fixed');
  assert.match(after, /JavaScript/);
  assert.match(after, /Worked on/, 'weak-verb is a suggestion, not a safe fix');
  assert.equal(after.replace('JavaScript', 'javascript'), before, 'only the fixed word changed; CRLF kept');
  assert.equal(fs.statSync(f).mode & 0o777, 0o640, 'mode kept');
  assert.deepEqual(fs.readdirSync(d), ['resume.md'], 'no temporary file left behind');
  assert.ok(r.status === 0 || r.status === 1);
});

test('--stdin with --stdin-filename picks the format; --fix prints the fixed text', () => {
  const r = run(['--stdin', '--stdin-filename', 'cv.md', '--format', 'json'], { input: WEAK });
  assert.equal(JSON.parse(r.stdout)[0].filePath, 'cv.md');
  const fixed = run(['--stdin', '--stdin-filename', 'cv.md', '--fix'], { input: WEAK });
  assert.match(fixed.stdout, /using JavaScript\./);
});

test('a bad config file names the key and linting continues', () => {
  const d = tmpDir();
  fs.writeFileSync(path.join(d, '.bulletproofrc.json'), JSON.stringify({ rules: { 'weak-verbs': 'off', 'tech-name': 'loud' } }));
  fs.writeFileSync(path.join(d, 'resume.md'), WEAK);
  const r = run(['--format', 'json', path.join(d, 'resume.md')]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /rules\.weak-verbs: unknown rule "weak-verbs" \(did you mean "weak-verb"\?\)/);
  assert.match(r.stderr, /rules\.tech-name: "loud" is not a severity/);
  assert.ok(JSON.parse(r.stdout)[0].messages.length > 0);
});

test('config turns a rule off; a disable comment silences one line', () => {
  const d = tmpDir();
  fs.writeFileSync(path.join(d, '.bulletproofrc.json'), JSON.stringify({ rules: { 'tech-name': 'off' } }));
  fs.writeFileSync(path.join(d, 'resume.md'), WEAK.replace('- Worked', '<!-- bulletproof-disable-next-line weak-verb -->\n- Worked'));
  const ids = JSON.parse(run(['--format', 'json', path.join(d, 'resume.md')]).stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId);
  assert.ok(!ids.includes('tech-name'));
  assert.ok(!ids.includes('weak-verb'));
});

test('binary and invalid UTF-8 files get a clear message, not a crash', () => {
  const d = tmpDir();
  fs.writeFileSync(path.join(d, 'a.md'), Buffer.from([0x2d, 0x20, 0x00, 0x01]));
  fs.writeFileSync(path.join(d, 'b.md'), Buffer.from([0x2d, 0x20, 0xff, 0xfe, 0x41]));
  const r = run([path.join(d, 'a.md'), path.join(d, 'b.md')]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /a\.md: looks like a binary file/);
  assert.match(r.stderr, /b\.md: is not valid UTF-8/);
  assert.doesNotMatch(r.stderr, /internal error/);
});

test('folders are searched and globs expanded', () => {
  const d = tmpDir();
  fs.mkdirSync(path.join(d, 'sub'));
  fs.writeFileSync(path.join(d, 'sub', 'cv.md'), WEAK);
  fs.writeFileSync(path.join(d, 'notes.bin'), 'x');
  const json = JSON.parse(run(['--format', 'json', d]).stdout);
  assert.deepEqual(json.map((x: { filePath: string }) => path.basename(x.filePath)), ['cv.md']);
  const g = JSON.parse(run(['--format', 'json', `${d}/**/*.md`]).stdout);
  assert.equal(g.length, 1);
});

test('the text summary ends with the proof score and the weakest entries, with their lines', () => {
  const d = tmpDir();
  const f = path.join(d, 'cv.md');
  fs.writeFileSync(f, STRONG + '\n### Engineer | Oakridge | 2017 – 2020\n\n- Worked on various things.\n');
  const r = run([f]);
  const lines = r.stdout.trimEnd().split('\n');
  const at = lines.findIndex((l) => /^Proof score \d+\/100 · 1\/2 bullets proven$/.test(l));
  assert.ok(at > 0, r.stdout);
  assert.ok(lines.slice(0, at).some((l) => /problems? \(/.test(l)), 'the score comes after the totals');
  assert.match(lines[at + 1], /^ {2}weakest: Engineer \(line 9\) \d+\/100, 0\/1 bullet proven/);
  assert.equal(lines.length, at + 2, 'the perfect entry is not listed as weak; nothing follows');
});

test('--format json carries the score per file, keeping the existing fields', () => {
  const d = tmpDir();
  fs.writeFileSync(path.join(d, 'strong.md'), STRONG);
  fs.writeFileSync(path.join(d, 'weak.md'), WEAK);
  const report = JSON.parse(run(['--format', 'json', d]).stdout) as Array<{ filePath: string; messages: unknown[]; errorCount: number; warningCount: number; score: { score: number; proven: number; total: number; weakest: Array<{ title: string; line: number; summary: string }> } }>;
  const strong = report.find((x) => x.filePath.endsWith('strong.md'))!;
  const weak = report.find((x) => x.filePath.endsWith('weak.md'))!;
  for (const x of [strong, weak]) assert.ok(Array.isArray(x.messages) && typeof x.errorCount === 'number' && typeof x.warningCount === 'number');
  assert.deepEqual([strong.score.proven, strong.score.total], [1, 1]);
  assert.deepEqual([weak.score.proven, weak.score.total], [0, 1]);
  assert.ok(strong.score.score > weak.score.score, `${strong.score.score} > ${weak.score.score}`);
  assert.equal(weak.score.weakest[0].line, 5);
  assert.match(weak.score.weakest[0].summary, /^0\/1 bullet proven · /);
});

test('a resume with no bullets says there is nothing to score instead of 0/100', () => {
  const r = run(['--stdin', '--stdin-filename', 'cv.md'], { input: '# Lee Park\n\nlee@example.com\n' });
  assert.equal(r.stdout.trimEnd().split('\n').at(-1), 'Proof score: no bullets to score under Experience or Projects');
});

test('a reader that closes the pipe early (| head) gets no crash; the exit code still reports the findings', () => {
  const d = tmpDir();
  for (let i = 0; i < 150; i++) fs.writeFileSync(path.join(d, `resume-${i}.md`), WEAK);
  // `head -c 64` reads a little of the report and closes the pipe while the CLI is still writing
  const r = spawnSync('bash', ['-c', `"${process.execPath}" "${CLI}" --format json "${d}" | head -c 64 > /dev/null; echo "status=\${PIPESTATUS[0]}"`], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  assert.doesNotMatch(r.stderr, /EPIPE|Unhandled|internal error/, r.stderr);
  assert.match(r.stdout, /status=1/);
});
