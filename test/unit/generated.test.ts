// Generated files (README rules table, docs/rules index table, config JSON Schema) must match the
// rules' metadata: scripts/gen-docs.mjs --check fails when one is stale, and this test runs it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../helpers';
import { RULES } from '../../server/src/engine/index';

const script = path.join(ROOT, 'scripts', 'gen-docs.mjs');
const gen = (...args: string[]) => spawnSync(process.execPath, [script, ...args], { cwd: ROOT, encoding: 'utf8' });

const START = '<!-- rules-table:start -->';
const END = '<!-- rules-table:end -->';

/** A copy of the generated files in a temporary root, for edits the real tree must never see. */
function copyRoot(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gen-docs-test-'));
  for (const rel of ['README.md', 'docs/rules/README.md', 'schemas/bulletproofrc.schema.json']) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.copyFileSync(path.join(ROOT, rel), path.join(dir, rel));
  }
  return dir;
}

test('generated: the README rules table, the rules index and the config schema are up to date', () => {
  const r = gen('--check');
  assert.equal(r.status, 0, `${r.stderr}\nrun: node scripts/gen-docs.mjs`);
});

test('generated: --check fails and names each stale file, and regenerating changes only the generated parts', () => {
  const dir = copyRoot();
  try {
    const readme = path.join(dir, 'README.md');
    const schemaFile = path.join(dir, 'schemas', 'bulletproofrc.schema.json');
    const original = fs.readFileSync(readme, 'utf8');
    const originalSchema = fs.readFileSync(schemaFile, 'utf8');
    const edited = original.replace(/^\| \[`filler`\].*\n/m, '');
    assert.notEqual(edited, original, 'the filler row should be in the README table');
    fs.writeFileSync(readme, edited);
    const schema = JSON.parse(originalSchema);
    delete schema.properties.rules.properties['bullet-length'];
    fs.writeFileSync(schemaFile, JSON.stringify(schema, null, 2) + '\n');

    const stale = gen('--check', '--root', dir);
    assert.equal(stale.status, 1);
    assert.match(stale.stderr, /README\.md is out of date/);
    assert.match(stale.stderr, /bulletproofrc\.schema\.json is out of date/);
    assert.doesNotMatch(stale.stderr, /docs\/rules\/README\.md/);
    assert.equal(fs.readFileSync(readme, 'utf8'), edited, '--check must not write');

    assert.equal(gen('--root', dir).status, 0);
    assert.equal(fs.readFileSync(readme, 'utf8'), original);
    assert.equal(fs.readFileSync(schemaFile, 'utf8'), originalSchema);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('generated: a README without the markers is an error, not a silent rewrite', () => {
  const dir = copyRoot();
  try {
    fs.writeFileSync(path.join(dir, 'README.md'), '# Bulletproof\n\nNo table here.\n');
    const r = gen('--root', dir);
    assert.notEqual(r.status, 0);
    assert.match(r.stderr, /markers/);
    assert.equal(fs.readFileSync(path.join(dir, 'README.md'), 'utf8'), '# Bulletproof\n\nNo table here.\n');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('generated: the README table has one row per rule, in registry order, linking its page', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const table = readme.slice(readme.indexOf(START), readme.indexOf(END));
  const ids = [...table.matchAll(/^\| \[`([a-z-]+)`\]\(docs\/rules\/\1\.md\)/gm)].map((m) => m[1]);
  assert.deepEqual(ids, RULES.map((r) => r.meta.id));
});

test('generated: the schema names every rule, the severities and each rule option with its default', () => {
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas', 'bulletproofrc.schema.json'), 'utf8'));
  assert.deepEqual(Object.keys(schema.properties.rules.properties), RULES.map((r) => r.meta.id));
  assert.deepEqual(schema.definitions.severity.enum, ['off', 'hint', 'info', 'warning', 'error']);
  const bl = schema.properties.rules.properties['bullet-length'].anyOf[1].properties;
  assert.deepEqual([bl.min.type, bl.min.default, bl.max.type, bl.max.default], ['number', 6, 'number', 35]);
  // the config fields come from UserConfig, with their doc comments
  assert.deepEqual(schema.properties.level.enum, ['early-career', 'mid', 'senior']);
  assert.deepEqual(Object.keys(schema.properties.words.properties), ['weakVerbs', 'buzzwords', 'filler', 'techNames', 'allow']);
  assert.match(schema.properties.words.description, /whole words/);
  assert.equal(schema.additionalProperties, false);
});

test('generated: every rule has its page, showing the weak and strong example of its metadata', () => {
  const missing: string[] = [];
  for (const { meta } of RULES) {
    const file = path.join(ROOT, 'docs', 'rules', `${meta.id}.md`);
    if (!fs.existsSync(file)) {
      missing.push(`${meta.id}: no docs/rules/${meta.id}.md`);
      continue;
    }
    const flat = (t: string) => t.replace(/\s+/g, ' ');
    // examples of several lines are shown as block quotes, one "> " per line
    const page = flat(fs.readFileSync(file, 'utf8').replace(/^> ?/gm, ''));
    if (!page.startsWith(`# ${meta.id}`)) missing.push(`${meta.id}: the page does not start with "# ${meta.id}"`);
    for (const ex of [meta.examples.weak, meta.examples.strong]) if (!page.includes(flat(ex))) missing.push(`${meta.id}: the page lacks the example "${ex}"`);
  }
  assert.deepEqual(missing, []);
});
