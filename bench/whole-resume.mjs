// `node bench/whole-resume.mjs` (after `npm run build`): what the nine whole-resume rules and the proof
// score add to lint() of the two-page benchmark resume and of each template in the shared corpus.
// Runs with the nine rules on and off alternate, and the medians are compared; a benchmark, not a test.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { twoPageResume } from './resume.mjs';

const require = createRequire(import.meta.url);
const engine = require(path.join(import.meta.dirname, '..', 'dist', 'engine.js'));
const IDS = ['unsupported-skill', 'tense', 'repeated-verb', 'duplicate-bullet', 'section-order', 'date-order', 'generic-summary', 'off-target', 'scope-for-level'];
const metas = engine.RULES.map((r) => r.meta);
const on = engine.resolveConfig({ level: 'senior' }, metas).config;
const off = engine.resolveConfig({ level: 'senior', rules: Object.fromEntries(IDS.map((id) => [id, 'off'])) }, metas).config;
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

function measure(name, text, fileName) {
  for (let i = 0; i < 30; i++) engine.lint(text, { fileName, config: on });
  const a = [];
  const b = [];
  for (let r = 0; r < 200; r++) {
    let t = process.hrtime.bigint();
    engine.lint(text, { fileName, config: on });
    a.push(Number(process.hrtime.bigint() - t) / 1e6);
    t = process.hrtime.bigint();
    engine.lint(text, { fileName, config: off });
    b.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  const t = process.hrtime.bigint();
  for (let r = 0; r < 200; r++) engine.scoreResume(engine.lintDocument(text, { fileName, config: off }));
  const withScore = Number(process.hrtime.bigint() - t) / 1e6 / 200;
  console.log(`${name.slice(0, 44).padEnd(45)} lint ${median(a).toFixed(3)} ms, of which the nine rules ~${Math.max(0, median(a) - median(b)).toFixed(3)} ms (lintDocument + a second score ${withScore.toFixed(3)} ms)`);
}

measure('two-page benchmark resume (Markdown)', twoPageResume(0), 'resume.md');
const corpus = path.join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'templates');
if (fs.existsSync(corpus))
  for (const f of fs.readdirSync(corpus).filter((x) => !x.endsWith('.tsv'))) measure(f, fs.readFileSync(path.join(corpus, f), 'utf8'), f);
else console.log(`(no corpus at ${corpus}: templates skipped)`);
