// --fix never loses text: it writes through a temporary file and a rename, keeps the file's mode,
// line endings and byte order mark, refuses a file that changed on disk since it was read, and a
// process killed at any point leaves each file either as it was or as fixed, never cut short.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { readTextFile, writeFileAtomic } from '../../server/src/files';
import { CLI, runCli, tempDir } from './run-cli';

/** A resume with safe fixes (a filler word, technology names in the wrong case) and some bulk. */
function fixable(i: number, crlf: boolean): string {
  const lines = ['# Resume', '', '## Experience', '', `### Engineer | Firm ${i} | 2020 – 2023`, ''];
  for (let k = 0; k < 120; k++) lines.push(`- Successfully moved the ledger ${k} from mongodb to postgres, cutting lag by ${(k % 90) + 1}% for ${k + 3} teams.`);
  const text = lines.join('\n') + '\n';
  return crlf ? text.replace(/\n/g, '\r\n') : text;
}

describe('--fix writes safely', () => {
  let dir: string;
  before(() => {
    dir = tempDir('fix');
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('keeps the mode, CRLF line endings and the byte order mark; fixes what it says it fixed', async () => {
    const file = path.join(dir, 'crlf.md');
    fs.writeFileSync(file, '\ufeff' + fixable(0, true));
    fs.chmodSync(file, 0o640);
    const r = await runCli(['--fix', file]);
    assert.match(r.stdout, /fixed \d+ problems?/);
    const out = fs.readFileSync(file, 'utf8');
    assert.equal(fs.statSync(file).mode & 0o777, 0o640, 'mode kept');
    assert.ok(out.startsWith('\ufeff'), 'byte order mark kept');
    assert.ok(!/[^\r]\n/.test(out), 'every line still ends in CRLF');
    assert.doesNotMatch(out, /Successfully|mongodb|postgres,/, 'the safe fixes were applied');
    assert.match(out, /Moved the ledger 0 from MongoDB to Postgres/);
    assert.deepEqual(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp')), [], 'no temporary file left behind');
  });

  it('refuses to write over a file that changed on disk after it was read', () => {
    const file = path.join(dir, 'changed.md');
    fs.writeFileSync(file, fixable(1, false));
    const read = readTextFile(file);
    assert.ok(!('error' in read));
    const theirs = fixable(1, false).replace('# Resume', '# Resume (edited in another window)');
    fs.writeFileSync(file, theirs);
    const why = writeFileAtomic(file, 'the fixed text', read);
    assert.match(why ?? '', /changed on disk/);
    assert.equal(fs.readFileSync(file, 'utf8'), theirs, 'the newer text on disk is untouched');
  });

  it('a process killed at random points leaves every file whole: the old text or the fixed one', async () => {
    const names = Array.from({ length: 10 }, (_, i) => `r${String(i).padStart(2, '0')}.md`);
    const originals = names.map((_, i) => fixable(i + 10, i % 3 === 0));
    // what a complete run produces, from a copy
    const ref = path.join(dir, 'reference');
    fs.mkdirSync(ref);
    names.forEach((n, i) => fs.writeFileSync(path.join(ref, n), originals[i]));
    const full = await runCli(['--fix', ref]);
    assert.match(full.stdout, /fixed/);
    const fixed = names.map((n) => fs.readFileSync(path.join(ref, n), 'utf8'));
    names.forEach((_, i) => assert.notEqual(fixed[i], originals[i], 'each file has something to fix'));

    // seeded kill times, spread over the run (a guard, not a speed claim: a run that ends first is fine)
    let seed = 12345;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed / 2 ** 31);
    let killedMidway = 0;
    let sawBoth = 0;
    for (let round = 0; round < 3; round++) {
      const work = path.join(dir, `round${round}`);
      fs.mkdirSync(work);
      names.forEach((n, i) => fs.writeFileSync(path.join(work, n), originals[i]));
      const child = spawn(process.execPath, [CLI, '--fix', work], { stdio: 'ignore' });
      const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
      // wait until the first file is rewritten (so the kill lands inside the fixing), then a random delay more
      const startedAt = Date.now();
      while (Date.now() - startedAt < 60_000 && child.exitCode === null && names.every((n, i) => fs.readFileSync(path.join(work, n), 'utf8') === originals[i])) await new Promise((r) => setTimeout(r, 2));
      await new Promise((r) => setTimeout(r, Math.floor(next() * 40)));
      child.kill('SIGKILL');
      if ((await exited) === 'SIGKILL') killedMidway++;
      let old = 0;
      let fresh = 0;
      names.forEach((n, i) => {
        const now = fs.readFileSync(path.join(work, n), 'utf8');
        assert.ok(now === originals[i] || now === fixed[i], `round ${round}: ${n} is whole (${now.length} chars; old ${originals[i].length}, fixed ${fixed[i].length})`);
        if (now === originals[i]) old++;
        else fresh++;
      });
      if (old && fresh) sawBoth++;
    }
    assert.ok(killedMidway > 0, 'at least one run was killed before it finished');
    assert.ok(sawBoth > 0, 'at least one kill landed between files (some fixed, some not yet)');
  });
});
