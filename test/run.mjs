// Runs every test: bundles test/**/*.test.ts with esbuild into .test-out/ (Node 20 cannot run
// TypeScript itself) and hands the explicit file list to node's test runner.
// Usage: node test/run.mjs [filter...]   (a filter keeps test files whose path contains it)
import * as esbuild from 'esbuild';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
// one folder per run, so runs in parallel (several terminals, editors) never delete each other's files
const out = path.join(root, '.test-out', String(process.pid));
const filters = process.argv.slice(2);

function walk(dir) {
  const found = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'fixtures' && e.name !== 'node_modules' && e.name !== 'e2e-browser' && e.name !== 'vscode') found.push(...walk(p));
    } else if (e.name.endsWith('.test.ts')) found.push(p);
  }
  return found;
}

const tests = walk(path.join(root, 'test'))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();
if (tests.length === 0) {
  console.error('no test files matched');
  process.exit(1);
}
fs.rmSync(out, { recursive: true, force: true });
await esbuild.build({
  entryPoints: tests,
  outdir: out,
  outbase: path.join(root, 'test'),
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'inline',
  outExtension: { '.js': '.cjs' },
  external: ['vscode'],
  mainFields: ['module', 'main'],
  logLevel: 'warning',
  define: { 'import.meta.dirname': '__dirname' },
});
const files = tests.map((t) => path.join(out, path.relative(path.join(root, 'test'), t)).replace(/\.ts$/, '.cjs'));
const r = spawnSync(process.execPath, ['--enable-source-maps', '--test', '--test-reporter=spec', ...files], {
  stdio: 'inherit',
  cwd: root,
  env: { ...process.env, BULLETPROOF_ROOT: root },
});
fs.rmSync(out, { recursive: true, force: true });
process.exit(r.status ?? 1);
