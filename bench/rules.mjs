// `node bench/rules.mjs`: where a first lint of the two-page resume spends its time, by part (parse,
// bullet analysis, each rule, proof cards, sorting, score), like ESLint's TIMING=1. Shares of one
// process's total, so they compare across machines better than the milliseconds do.
import { createRequire } from 'node:module';
import path from 'node:path';
import { twoPageResume } from './resume.mjs';

const require = createRequire(import.meta.url);
const engine = require(path.join(import.meta.dirname, '..', 'dist', 'engine.js'));
const config = engine.resolveConfig(undefined, engine.RULES.map((r) => r.meta)).config;
const texts = Array.from({ length: 64 }, (_, i) => twoPageResume(i));
const runs = Number(process.argv[2] ?? 2000);
for (let i = 0; i < 300; i++) engine.lint(texts[i % 64], { format: 'markdown', config });
const timing = {};
const t0 = performance.now();
for (let i = 0; i < runs; i++) engine.lint(texts[i % 64], { format: 'markdown', config, timing });
const wall = (performance.now() - t0) / runs;
const total = Object.values(timing).reduce((a, b) => a + b, 0) / runs;
console.log(`first lint of a two-page resume, mean of ${runs}: ${wall.toFixed(2)} ms (${total.toFixed(2)} ms in the parts below)`);
for (const [part, ms] of Object.entries(timing).sort((a, b) => b[1] - a[1]))
  console.log(`  ${part.padEnd(20)} ${((ms / runs) * 1000).toFixed(0).padStart(5)} µs  ${((ms / runs / total) * 100).toFixed(1).padStart(5)}%`);
