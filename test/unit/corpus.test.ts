import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { lintDocument } from '../../server/src/engine/index';
import { CORPUS } from '../helpers';

// Public resume templates shared beside the repository (read in place, never copied in).
const files = fs.existsSync(CORPUS) ? fs.readdirSync(CORPUS).filter((f) => !f.endsWith('.tsv')).sort() : [];

if (files.length === 0) {
  test('public template corpus', (t) => {
    t.skip(`no corpus at ${CORPUS}: the template robustness check did not run`);
  });
}

for (const name of files) {
  test(`template ${name} lints without an exception, every range inside the file`, () => {
    const text = fs.readFileSync(path.join(CORPUS, name), 'utf8');
    const r = lintDocument(text, { fileName: name });
    assert.ok(!r.findings.some((f) => f.ruleId === 'rule-error'), r.findings.filter((f) => f.ruleId === 'rule-error').map((f) => f.message).join('\n'));
    for (const f of r.findings) {
      assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `${f.ruleId} range ${f.start}-${f.end} outside ${text.length}`);
      for (const e of [...(f.fix ?? []), ...(f.suggestions ?? []).flatMap((s) => s.edits)]) assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length, `${f.ruleId} edit outside the file`);
    }
    for (const b of r.doc.bullets) assert.ok(b.start >= 0 && b.start <= b.end && b.end <= text.length);
  });
}
