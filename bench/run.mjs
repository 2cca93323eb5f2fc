// `npm run bench`: speed figures, never timed tests. Medians, and ratios against a peer run in the
// same process on the same text, so the numbers mean something on another machine.
//   1. engine: lint() of a two-page resume vs write-good on the same text
//   2. CLI: 1,000 resumes through one `bulletproof` process
//   3. language server (bench/lsp.mjs), when present
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resumeFolder, twoPageResume } from './resume.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');
const engine = require(path.join(root, 'dist', 'engine.js'));
const writeGood = require('write-good');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const fmt = (ms) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`);

function timeEach(fn, rounds, inner = 1) {
  const out = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < inner; i++) fn();
    out.push(Number(process.hrtime.bigint() - t0) / 1e6 / inner);
  }
  return out;
}

export function engineBench() {
  // lint() without a memo keeps nothing between calls, so every call is a first lint (what the CLI
  // pays per file); distinct resumes also keep V8 from seeing one string over and over. The re-lint
  // of an unchanged text with the document's memo (what the language server pays) is reported apart.
  const texts = Array.from({ length: 64 }, (_, i) => twoPageResume(i));
  const text = texts[0];
  const words = text.split(/\s+/).filter(Boolean).length;
  const bullets = (text.match(/^- /gm) || []).length;
  const metas = engine.RULES.map((r) => r.meta);
  const config = engine.resolveConfig(undefined, metas).config;
  // every rule off: what a lint costs before any rule runs (the parse, the proof cards the engine
  // returns for every bullet and entry, the score): the floor no rule list can go below
  const rulesOff = engine.resolveConfig({ rules: Object.fromEntries(metas.map((m) => [m.id, 'off'])) }, metas).config;
  const memo = new engine.LintMemo();
  let k = 0;
  const next = () => texts[k++ % texts.length] + `\n<!-- run ${k} -->\n`;
  // warm up both (JIT), then alternate rounds so neither gets a quieter machine
  for (let i = 0; i < 50; i++) {
    engine.lint(next(), { format: 'markdown', config });
    engine.lint(next(), { format: 'markdown', config: rulesOff });
    writeGood(next());
  }
  const ours = [];
  const peer = [];
  const again = [];
  const floor = [];
  for (let r = 0; r < 30; r++) {
    ours.push(...timeEach(() => engine.lint(next(), { format: 'markdown', config }), 1, 10));
    peer.push(...timeEach(() => writeGood(next()), 1, 10));
    again.push(...timeEach(() => engine.lint(text, { format: 'markdown', config, memo }), 1, 10));
    floor.push(...timeEach(() => engine.lint(next(), { format: 'markdown', config: rulesOff }), 1, 10));
  }
  const findings = engine.lint(text, { format: 'markdown', config }).length;
  const mo = median(ours);
  const mp = median(peer);
  console.log(`engine: two-page resume (${words} words, ${bullets} bullets, ${findings} findings), a first lint each call`);
  console.log(`  bulletproof lint()   median ${fmt(mo)} per document`);
  console.log(`  write-good (peer)    median ${fmt(mp)} per document`);
  console.log(`  ratio                ${(mp / mo).toFixed(1)}x faster than write-good (target: >= 10x, <= 2 ms)`);
  console.log(`  re-lint with memo    median ${fmt(median(again))} (an unchanged text with its document's memo, as the language server re-lints)`);
  const mf = median(floor);
  console.log(`  every rule off       median ${fmt(mf)} (parse, proof cards, score: ${(mp / mf).toFixed(1)}x write-good before any rule runs)`);
  return { medianMs: mo, peerMs: mp, floorMs: mf };
}

export function cliBench(count = 1000) {
  const cli = path.join(root, 'dist', 'cli.js');
  const folder = resumeFolder(count);
  const dir = folder.dir;
  const time = (args) => folder.time(cli, args);
  try {
    // the default (worker threads from 100 files on when there are more than 2 cores) and --jobs 1
    // alternate, so neither gets a quieter machine
    const runs = [];
    const oneThread = [];
    // five of each: a run on this kind of shared machine can take 40% longer than the one before it
    for (let r = 0; r < 5; r++) {
      runs.push(time(['--format', 'json', dir]));
      oneThread.push(time(['--jobs', '1', '--format', 'json', dir]));
    }
    const startup = [];
    const bare = [];
    for (let r = 0; r < 5; r++) {
      startup.push(time(['--version']));
      const t0 = process.hrtime.bigint();
      spawnSync(process.execPath, ['-e', '0']);
      bare.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    const load = os.loadavg().map((x) => x.toFixed(2)).join(' ');
    console.log(`cli: ${count} two-page resumes in one process (${os.availableParallelism()} cores; load average ${load})`);
    // the CLI's own rule (cli-parallel.ts): threads only with three or more cores, so on two the runs are alike
    const sameRun = os.availableParallelism() <= 2 ? ' (one thread here too: the same run, so the gap is the machine)' : '';
    console.log(`  median wall time     ${(median(runs) / 1000).toFixed(2)} s (target: < 3 s); --jobs 1 ${(median(oneThread) / 1000).toFixed(2)} s${sameRun}`);
    console.log(`  process start        ${fmt(median(startup))} for --version; ${fmt(median(bare))} for node -e 0`);
    return { medianMs: median(runs), oneThreadMs: median(oneThread) };
  } finally {
    folder.remove();
  }
}

if (process.argv[1] === import.meta.filename) {
  const only = process.argv[2];
  if (!only || only === 'engine') engineBench();
  if (!only || only === 'cli') cliBench();
  const extra = ['lsp.mjs', 'regex.mjs', 'soak.mjs'].map((f) => path.join(import.meta.dirname, f)).filter((f) => fs.existsSync(f));
  if (!only || only === 'more')
    for (const f of extra) {
      console.log(`\n${path.basename(f)}:`);
      const r = spawnSync(process.execPath, [f], { stdio: 'inherit' });
      if (r.status) process.exitCode = r.status;
    }
}
