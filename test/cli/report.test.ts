import { test } from 'node:test';
import assert from 'node:assert/strict';
import { noCounts, type FileOutcome } from '../../server/src/cli-lint';
import { ReportWriter } from '../../server/src/cli-report';

const bytes = (s: string) => new TextEncoder().encode(s);

function outcome(n: number, extra: Partial<FileOutcome> = {}): FileOutcome {
  return { filePath: `r${n}.md`, linted: true, counts: { ...noCounts(), warning: n }, json: bytes(`{"file":${n}}`), configKey: '(defaults)', ...extra };
}

function recorder() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (c: string | Uint8Array) => void out.push(typeof c === 'string' ? c : new TextDecoder().decode(c)), stderr: (l: string) => void err.push(l) } };
}

test('report: files arriving out of order are written in file order, as one JSON array', () => {
  const r = recorder();
  const w = new ReportWriter(r.io, { format: 'json', color: false, quiet: false, includeHints: false });
  w.put(2, outcome(2));
  assert.deepEqual(r.out, [], 'file 2 waits for files 0 and 1');
  w.put(0, outcome(0));
  assert.deepEqual(r.out, ['[\n', '{"file":0}'], 'file 0 goes out at once');
  w.put(1, outcome(1));
  w.finish();
  const text = r.out.join('');
  assert.equal(text, '[\n{"file":0},\n{"file":1},\n{"file":2}\n]\n');
  assert.deepEqual(JSON.parse(text), [{ file: 0 }, { file: 1 }, { file: 2 }]);
  // what is written is let go: a long run does not keep every file's report
  assert.ok(w.written.every((o) => o.json === undefined));
  assert.deepEqual(
    w.written.map((o) => o.counts.warning),
    [0, 1, 2],
  );
});

test('report: no files gives an empty JSON array', () => {
  const r = recorder();
  const w = new ReportWriter(r.io, { format: 'json', color: false, quiet: false, includeHints: false });
  w.finish();
  assert.equal(r.out.join(''), '[]\n');
});

test("report: a config's problems are told once, with the first file in order that used it", () => {
  const r = recorder();
  const w = new ReportWriter(r.io, { format: 'text', color: false, quiet: false, includeHints: false });
  // as from two threads: the problems came with file 1, the first file that used the config is file 0
  const files = [outcome(0, { configKey: 'a.json', block: bytes('zero\n') }), outcome(1, { configKey: 'a.json', configProblems: ['bulletproof: a.json: rules.x: unknown rule'], block: bytes('one\n') })];
  w.knowProblems(files);
  w.put(0, files[0]);
  assert.deepEqual(r.err, ['bulletproof: a.json: rules.x: unknown rule']);
  w.put(1, files[1]);
  assert.equal(r.err.length, 1);
  assert.equal(w.configErrors, 1);
  w.finish();
  assert.match(r.out.join(''), /^zero\none\n\n✖ 1 problem \(0 errors, 1 warning, 0 info\) in 2 file\(s\)\n$/);
});
