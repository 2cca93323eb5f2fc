#!/usr/bin/env node
// Blind evaluation: lints every bullet of bullets.tsv alone (one-role Markdown resume) through the
// built engine and prints per-rule precision/recall and every disagreement.
// Usage: npm run build && node test/eval/run.mjs [--report-only] [--rule <id>] [--quiet] [--json] [--set <file.tsv>]
// Exits 1 when a rule is below precision 0.9 or recall 0.85 (0 with --report-only), 2 when the
// engine has not been built.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { evaluate, formatDisagreements, formatTable, loadSet, THRESHOLDS } from './score.mjs';

const here = import.meta.dirname;
const root = path.resolve(here, '..', '..');
const args = process.argv.slice(2);
const reportOnly = args.includes('--report-only');
const quiet = args.includes('--quiet');
const json = args.includes('--json');
const ruleFilter = args.includes('--rule') ? args[args.indexOf('--rule') + 1] : undefined;

const enginePath = path.join(root, 'dist', 'engine.js');
if (!fs.existsSync(enginePath)) {
  console.error(`${enginePath} is missing: run \`npm run build\` first (or \`npm run eval\`).`);
  process.exit(2);
}
const engine = createRequire(import.meta.url)(enginePath);
const setFile = args.includes('--set') ? path.resolve(args[args.indexOf('--set') + 1]) : path.join(here, 'bullets.tsv');
const items = loadSet(setFile);
const result = evaluate(engine, items);
if (ruleFilter) {
  result.disagreements = result.disagreements.filter((d) => d.rule === ruleFilter);
}

const failing = Object.values(result.perRule).filter((s) => !s.pass && (!ruleFilter || s.rule === ruleFilter));
if (json) {
  console.log(JSON.stringify({ thresholds: THRESHOLDS, bullets: result.bullets, perRule: result.perRule, disagreements: result.disagreements, ruleErrors: result.ruleErrors }, null, 2));
  process.exit(failing.length && !reportOnly ? 1 : 0);
}
console.log(`Blind evaluation: ${result.bullets} bullets, each linted alone; bar: precision >= ${THRESHOLDS.precision}, recall >= ${THRESHOLDS.recall}\n`);
console.log(formatTable(result));
if (result.ruleErrors.length) {
  console.log(`\n${result.ruleErrors.length} rule/parse error finding(s), e.g. [${result.ruleErrors[0].id}] ${result.ruleErrors[0].message}`);
}
if (!quiet) console.log(formatDisagreements(result));
console.log(`\n${failing.length ? `${failing.length} rule(s) below the bar: ${failing.map((s) => s.rule).join(', ')}` : 'Every rule meets the bar.'}`);
process.exit(failing.length && !reportOnly ? 1 : 0);
