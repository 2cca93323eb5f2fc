// The CLI on several threads must print exactly what it prints on one: same bytes on stdout and
// stderr, same exit code, same files written by --fix. Also the thread pool itself: workers really
// lint, and a worker that dies is reported and its files are still linted (no hang, no lost file).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DIST, FIXTURES, ROOT } from '../helpers';
import { FileLinter, type FileLintOptions, type FileOutcome } from '../../server/src/cli-lint';
import { AUTO_MIN_FILES, lintInParallel, MAX_AUTO_THREADS, threadsFor } from '../../server/src/cli-parallel';

const CLI = path.join(DIST, 'cli.js');
const run = (args: string[], cwd: string) => spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', cwd, env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 28 });

const WEAK = '# Lee Park\n\n## Experience\n\n### Engineer | Fernway | 2020 – 2023\n\n- Worked on the checkout service using javascript.\n- Successfully improved performance.\n';
const STRONG = '# Lee Park\n\n## Experience\n\n### Engineer | Fernway | 2020 – 2023\n\n- Rebuilt the checkout pricing service as a cached read model after flash sales timed out, cutting p95 latency from 900ms to 120ms.\n';

/** A longer resume that varies with `n`: several roles, weak and strong bullets, skills. */
function longResume(n: number): string {
  const verbs = ['Worked on', 'Rebuilt', 'Helped with', 'Migrated', 'Responsible for', 'Cut'];
  const things = ['the billing ledger', 'the search indexer using postgres', 'the order API', 'payout jobs in javascript', 'the fraud service'];
  const lines = [`# Casey ${n}`, '', `casey${n}@example.com`, '', '## Summary', '', 'Backend engineer for payment and search systems.', '', '## Experience', ''];
  for (let role = 0; role < 4; role++) {
    lines.push(`### Engineer | Company ${n}-${role} | ${2022 - 2 * role} – ${2024 - 2 * role}`, '');
    for (let k = 0; k < 6; k++) {
      const i = n + role * 6 + k;
      lines.push(`- ${verbs[i % verbs.length]} ${things[(i * 7) % things.length]}${i % 3 ? `, successfully cutting latency by ${(i * 13) % 80 + 10}%` : ''}.`);
    }
    lines.push('');
  }
  lines.push('## Skills', '', '- Go, Python, TypeScript, Kafka', '');
  return lines.join('\n');
}

/**
 * About 60 files in nested folders (the runs below force threads with --jobs, whatever the machine): longer resumes,
 * short weak and strong ones, other formats, CRLF and a byte order mark, a folder whose config turns
 * a rule off and one whose config has mistakes, a binary file and one that is not UTF-8.
 */
function makeTree(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'bp-parallel-'));
  const put = (rel: string, data: string | Buffer) => {
    fs.mkdirSync(path.dirname(path.join(d, rel)), { recursive: true });
    fs.writeFileSync(path.join(d, rel), data);
  };
  for (let i = 0; i < 24; i++) put(`team-${i % 3}/resume-${i}.md`, longResume(i));
  for (let i = 0; i < 12; i++) put(`short/cv-${i}.md`, i % 2 ? WEAK.replace('Lee', `Lee${i}`) : STRONG.replace('Lee', `Lee${i}`));
  for (let i = 0; i < 6; i++) put(`crlf/cv-${i}.md`, (i % 3 === 0 ? '\ufeff' : '') + WEAK.replace(/\n/g, '\r\n'));
  for (const f of ['resume.json', 'rendercv.yaml', 'jake.tex', 'moderncv.tex']) put(`formats/${f}`, fs.readFileSync(path.join(FIXTURES, 'formats', f)));
  put('quiet/.bulletproofrc.json', JSON.stringify({ rules: { 'tech-name': 'off', filler: 'error' } }));
  for (let i = 0; i < 5; i++) put(`quiet/deeper/cv-${i}.md`, WEAK);
  put('broken/.bulletproofrc.json', JSON.stringify({ rules: { 'weak-verbs': 'off', 'tech-name': 'loud' } }));
  for (let i = 0; i < 5; i++) put(`broken/cv-${i}.md`, i % 2 ? WEAK : longResume(100 + i));
  put('bad/binary.md', Buffer.from([0x2d, 0x20, 0x00, 0x01]));
  put('bad/latin1.md', Buffer.from([0x2d, 0x20, 0xff, 0xfe, 0x41]));
  put('empty.md', '');
  return d;
}

test('several threads print exactly what one thread prints (text, json, options, exit codes, stderr)', () => {
  const d = makeTree();
  try {
    const variants = [[], ['--format', 'json'], ['--include-hints'], ['--quiet'], ['--max-warnings', '100000'], ['--color'], ['--format', 'json', '--input-format', 'markdown']];
    for (const extra of variants) {
      const one = run(['--jobs', '1', ...extra, '.'], d);
      assert.ok(one.stdout.length > 200, `${extra.join(' ')}: there is a report`);
      assert.equal(one.status, 2, `${extra.join(' ')}: the bad files and the bad config give exit 2: ${one.stderr}`);
      assert.match(one.stderr, /binary\.md: looks like a binary file/);
      assert.match(one.stderr, /rules\.tech-name: "loud" is not a severity/);
      for (const jobs of extra.length ? [[], ['--jobs', '3']] : [[], ['--jobs', '2'], ['--jobs', '3'], ['--jobs', '7']]) {
        const many = run([...jobs, ...extra, '.'], d);
        const what = `${[...jobs, ...extra].join(' ') || 'default'} vs --jobs 1`;
        assert.equal(many.stdout, one.stdout, `${what}: stdout`);
        assert.equal(many.stderr, one.stderr, `${what}: stderr`);
        assert.equal(many.status, one.status, `${what}: exit code`);
      }
    }
    // the config problems are told once, where the first file of that folder is
    const one = run(['--jobs', '1', '.'], d);
    assert.equal(one.stderr.match(/"loud" is not a severity/g)?.length, 1);
  } finally {
    fs.rmSync(d, { recursive: true, force: true });
  }
});

test('without bad files the exit code follows the findings the same way on any number of threads', () => {
  const d = makeTree();
  try {
    for (const p of ['bad', 'broken']) fs.rmSync(path.join(d, p), { recursive: true });
    for (const extra of [[], ['--max-warnings', '100000'], ['--quiet']]) {
      const one = run(['--jobs', '1', ...extra, '--format', 'json', '.'], d);
      const three = run(['--jobs', '3', ...extra, '--format', 'json', '.'], d);
      assert.equal(one.stderr, '');
      assert.ok(one.status === 0 || one.status === 1, String(one.status));
      assert.equal(three.status, one.status, extra.join(' '));
      assert.equal(three.stdout, one.stdout);
    }
  } finally {
    fs.rmSync(d, { recursive: true, force: true });
  }
});

test('--fix on several threads writes the same files and prints the same report as on one', () => {
  const a = makeTree();
  const b = fs.mkdtempSync(path.join(os.tmpdir(), 'bp-parallel-'));
  try {
    fs.cpSync(a, b, { recursive: true });
    const one = run(['--jobs', '1', '--fix', '.'], a);
    const three = run(['--jobs', '3', '--fix', '.'], b);
    assert.match(one.stdout, /fixed \d+ problems/);
    assert.equal(three.stdout, one.stdout);
    assert.equal(three.stderr, one.stderr);
    assert.equal(three.status, one.status);
    const files = fs.readdirSync(a, { recursive: true, encoding: 'utf8' }).sort();
    assert.deepEqual(fs.readdirSync(b, { recursive: true, encoding: 'utf8' }).sort(), files, 'no temporary file left, none missing');
    let changed = 0;
    for (const f of files) {
      if (fs.statSync(path.join(a, f)).isDirectory()) continue;
      assert.deepEqual(fs.readFileSync(path.join(b, f)), fs.readFileSync(path.join(a, f)), f);
      if (/resume-\d+\.md$/.test(f) && fs.readFileSync(path.join(a, f), 'utf8') !== longResume(Number(/(\d+)\.md$/.exec(f)![1]))) changed++;
    }
    assert.ok(changed > 0, 'some files were fixed');
  } finally {
    fs.rmSync(a, { recursive: true, force: true });
    fs.rmSync(b, { recursive: true, force: true });
  }
});

test('--jobs needs a whole number of 1 or more', () => {
  for (const bad of ['0', 'x', '-1', '1.5']) {
    const r = run(['--jobs', bad, 'examples/'], ROOT);
    assert.equal(r.status, 2, bad);
    assert.match(r.stderr, /--jobs/);
    assert.equal(r.stdout, '');
  }
  assert.match(run(['--help'], ROOT).stdout, /--jobs N/);
});

test('threadsFor: one thread below the threshold, at most one a core beyond it, the asked number (at most one per file) with --jobs', () => {
  assert.equal(threadsFor(AUTO_MIN_FILES - 1, undefined), 1);
  const many = threadsFor(100_000, undefined);
  assert.ok(many >= 1 && many <= Math.max(1, os.availableParallelism() - 1) && many <= MAX_AUTO_THREADS, String(many));
  assert.equal(threadsFor(5, 3), 3);
  assert.equal(threadsFor(2, 8), 2);
  assert.equal(threadsFor(0, 4), 1);
});

// The pool in-process, with the built CLI as the worker script (what the CLI starts).
const OPTS: FileLintOptions = { format: 'json', fix: false, includeHints: false, quiet: false, color: false, many: true };
const text = (o: FileOutcome) => ({ ...o, json: o.json && Buffer.from(o.json).toString('utf8'), block: o.block && Buffer.from(o.block).toString('utf8') });

function listFiles(d: string): string[] {
  return fs
    .readdirSync(d, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(md|json|yaml|tex)$/.test(f) && !path.basename(f).startsWith('.'))
    .map((f) => path.join(d, f))
    .sort();
}

test('the workers lint the files (the main thread only waiting) and give the outcomes one thread gives', async () => {
  const d = makeTree();
  try {
    const files = listFiles(d);
    const sequential = files.map((f) => new FileLinter(OPTS).lint(f));
    const r = await lintInParallel(files, OPTS, 2, { workerFile: CLI, mainLints: false });
    assert.deepEqual(r.failures, []);
    assert.equal(r.byWorkers, files.length);
    // a fresh linter per file above, so each outcome carries its config's problems; the pool's
    // outcomes carry them on the first file of each thread: compare the rest
    const strip = (o: FileOutcome) => ({ ...text(o), configProblems: undefined });
    assert.deepEqual(r.outcomes.map(strip), sequential.map(strip));
    assert.ok(r.outcomes.some((o) => o.configProblems?.some((p) => /"loud" is not a severity/.test(p))));
  } finally {
    fs.rmSync(d, { recursive: true, force: true });
  }
});

test('a worker that throws, exits or cannot start is reported, and every file is still linted', async () => {
  const d = makeTree();
  const scripts = fs.mkdtempSync(path.join(os.tmpdir(), 'bp-worker-'));
  try {
    const files = listFiles(d);
    const linter = new FileLinter(OPTS);
    const expected = files.map((f) => text(linter.lint(f)));
    const throws = path.join(scripts, 'throws.cjs');
    // takes three files, as a real worker would, then dies without returning them
    fs.writeFileSync(throws, "const { workerData } = require('node:worker_threads');\nAtomics.add(workerData.next, 0, 3);\nthrow new Error('boom in a worker');\n");
    const exits = path.join(scripts, 'exits.cjs');
    fs.writeFileSync(exits, "const { workerData } = require('node:worker_threads');\nAtomics.add(workerData.next, 0, 2);\nprocess.exit(3);\n");
    const cases: Array<[string, RegExp]> = [
      [throws, /stopped before it finished \(boom in a worker\)/],
      [exits, /stopped before it finished \(exit code 3\)/],
      [path.join(scripts, 'missing.cjs'), /stopped before it finished|could not start/],
    ];
    for (const [script, why] of cases)
      for (const mainLints of [true, false]) {
        const r = await lintInParallel(files, OPTS, 3, { workerFile: script, mainLints });
        const failed = mainLints ? 2 : 3;
        assert.equal(r.failures.length, failed, `${path.basename(script)}: ${r.failures.join('; ')}`);
        for (const f of r.failures) assert.match(f, why);
        assert.equal(r.byWorkers, 0);
        assert.equal(r.outcomes.length, files.length);
        const strip = (o: FileOutcome) => ({ ...text(o), configProblems: undefined });
        assert.deepEqual(r.outcomes.map(strip), expected.map((o) => ({ ...o, configProblems: undefined })), `${path.basename(script)}: every file linted`);
      }
  } finally {
    fs.rmSync(d, { recursive: true, force: true });
    fs.rmSync(scripts, { recursive: true, force: true });
  }
});
