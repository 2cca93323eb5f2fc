// The blind evaluation bar inside `npm test`: one test per rule, so a failure names the rule.
// Labels in bullets.tsv were written from the rule definitions alone (see README.md here).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { DIST, ROOT } from '../helpers';
import { EVAL_RULES, THRESHOLDS, balance, evaluate, loadSet, type EngineLike } from './score.mjs';

const enginePath = path.join(DIST, 'engine.js');
const built = fs.existsSync(enginePath);
if (!built) console.log(`eval: ${enginePath} is missing (run \`npm run build\`); the per-rule evaluation cannot run.`);

const items = loadSet(path.join(ROOT, 'test', 'eval', 'bullets.tsv'));
const result = built ? evaluate(createRequire(__filename)(enginePath) as EngineLike, items) : undefined;

// A rule measured on a handful of bullets would pass or fail by chance: keep the set balanced.
test('blind eval set: every rule has at least 25 positive and 25 negative bullets', () => {
  const thin = Object.entries(balance(items)).filter(([, b]) => b.positives < 25 || b.negatives < 25);
  assert.deepEqual(thin, []);
});

for (const rule of EVAL_RULES) {
  test(`blind eval: ${rule} keeps precision >= ${THRESHOLDS.precision} and recall >= ${THRESHOLDS.recall}`, { skip: built ? false : 'dist/engine.js not built' }, () => {
    const s = result!.perRule[rule];
    const misses = result!.disagreements.filter((d) => d.rule === rule);
    const detail = misses
      .slice(0, 15)
      .map((d) => `  [${d.id}] expected ${d.expected ? 'fire' : 'quiet'}: ${d.text}`)
      .join('\n');
    assert.ok(s.registered, `${rule} is not in the engine's RULES`);
    assert.ok(s.passPrecision, `${rule} precision ${s.precision?.toFixed(3)} < ${THRESHOLDS.precision} (TP ${s.tp}, FP ${s.fp})\n${detail}`);
    assert.ok(s.passRecall, `${rule} recall ${s.recall?.toFixed(3) ?? 'n/a'} < ${THRESHOLDS.recall} (TP ${s.tp}, FN ${s.fn})\n${detail}`);
  });
}
