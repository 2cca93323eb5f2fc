// Runs the TextMate grammar assertions (test/grammar/*.test.resume.*) through vscode-tmgrammar-test, the
// same engine VS Code uses (vscode-textmate + oniguruma), so `npm test` checks the highlighting too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../helpers';
import { TMGRAMMAR_TEST, runTmGrammarTest as runTool } from './textmate';

test('every grammar assertion in test/grammar passes', () => {
  assert.ok(fs.existsSync(TMGRAMMAR_TEST), `vscode-tmgrammar-test is not installed at ${TMGRAMMAR_TEST}; run npm install`);
  const cases = fs.readdirSync(path.join(ROOT, 'test', 'grammar')).filter((f) => /\.test\.resume\./.test(f));
  assert.ok(cases.length >= 3, `expected the grammar test cases, found ${cases.join(', ')}`);
  const r = runTool('test/grammar/*.test.resume.*');
  console.log(r.output.trim());
  assert.equal(r.error, undefined);
  assert.equal(r.status, 0, `vscode-tmgrammar-test reported failures:\n${r.output}`);
  for (const c of cases) assert.match(r.output, new RegExp(c.replace(/\./g, '\\.')), `${c} was not run`);
});

test('syntaxes/resume.tmLanguage.json is what scripts/make-grammar.mjs builds (edit the script, not the JSON)', () => {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'make-grammar.mjs'), '--check'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(r.status, 0, `${r.stdout}${r.stderr}`);
});

test('a wrong scope assertion makes the grammar check fail', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bp-grammar-'));
  try {
    const file = path.join(dir, 'wrong.test.resume.md');
    // 42% is a percentage, so claiming it is a date must be reported
    fs.writeFileSync(file, ['<!-- SYNTAX TEST "text.resume" "deliberately wrong"', '- Trimmed 42% of retries', '<!--       ^^^ constant.other.date.resume', ''].join('\n'));
    const r = runTool(file);
    assert.notEqual(r.status, 0, `a wrong assertion passed:\n${r.output}`);
    assert.match(r.output, /constant\.other\.date\.resume/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
