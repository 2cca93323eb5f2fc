// `node bench/ab.mjs engine OLD.js NEW.js [rounds]` or `node bench/ab.mjs cli OLD-cli.js NEW-cli.js [runs]`:
// is a change faster? Two builds, alternated so that neither gets the quieter minutes of a shared machine.
//   engine: both engine bundles in one process; each round lints the same 10 distinct two-page resumes
//           with each build (order alternating) and the median of the per-round ratios NEW/OLD is printed.
//   cli:    1,000 two-page resumes through each CLI bundle in turn, JSON report to a file; medians.
// Build the old side from another checkout, e.g. `git worktree add /tmp/old HEAD~3 && (cd /tmp/old && npm run build)`.
// Keeps nothing: the CLI's files go to a temporary folder that is removed at the end.
import { createRequire } from 'node:module';
import path from 'node:path';
import { resumeFolder, twoPageResume } from './resume.mjs';

const require = createRequire(import.meta.url);
const [mode, oldPath, newPath, n] = process.argv.slice(2);
if ((mode !== 'engine' && mode !== 'cli') || !oldPath || !newPath) {
  console.error('usage: node bench/ab.mjs engine|cli OLD NEW [rounds]');
  process.exit(2);
}
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

if (mode === 'engine') {
  const A = require(path.resolve(oldPath));
  const B = require(path.resolve(newPath));
  const ca = A.resolveConfig(undefined, A.RULES.map((r) => r.meta)).config;
  const cb = B.resolveConfig(undefined, B.RULES.map((r) => r.meta)).config;
  const texts = Array.from({ length: 64 }, (_, i) => twoPageResume(i));
  let k = 0;
  // a comment per call keeps every text new, so each call is a first lint
  const batch = () => Array.from({ length: 10 }, () => texts[k++ % 64] + `\n<!-- run ${k} -->\n`);
  const run = (E, config, xs) => {
    const t0 = process.hrtime.bigint();
    for (const x of xs) E.lint(x, { format: 'markdown', config });
    return Number(process.hrtime.bigint() - t0) / 1e7;
  };
  for (let i = 0; i < 80; i++) {
    const xs = batch();
    run(A, ca, xs);
    run(B, cb, xs);
  }
  const a = [];
  const b = [];
  const ratio = [];
  for (let r = 0; r < Number(n ?? 300); r++) {
    const xs = batch();
    let x;
    let y;
    if (r % 2) {
      x = run(A, ca, xs);
      y = run(B, cb, xs);
    } else {
      y = run(B, cb, xs);
      x = run(A, ca, xs);
    }
    a.push(x);
    b.push(y);
    ratio.push(y / x);
  }
  console.log(`first lint: old ${median(a).toFixed(3)} ms, new ${median(b).toFixed(3)} ms, new/old ${median(ratio).toFixed(3)} (median of ${a.length} paired rounds)`);
} else {
  const folder = resumeFolder(1000);
  try {
    const a = [];
    const b = [];
    for (let r = 0; r < Number(n ?? 8); r++) {
      a.push(folder.time(path.resolve(oldPath), ['--format', 'json', folder.dir]) / 1000);
      b.push(folder.time(path.resolve(newPath), ['--format', 'json', folder.dir]) / 1000);
    }
    const list = (xs) => xs.map((x) => x.toFixed(2)).join(' ');
    console.log(`1,000 files: old ${median(a).toFixed(2)} s, new ${median(b).toFixed(2)} s, new/old ${(median(b) / median(a)).toFixed(3)}`);
    console.log(`  old runs: ${list(a)}\n  new runs: ${list(b)}`);
  } finally {
    folder.remove();
  }
}
