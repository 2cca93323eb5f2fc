import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { lintDocument, LintMemo } from '../../server/src/engine/index';
import { ROOT } from '../helpers';

const resume = fs.readFileSync(path.join(ROOT, 'examples', 'resume.md'), 'utf8');
const strip = (r: ReturnType<typeof lintDocument>) => JSON.stringify([r.findings, r.cards, r.score]);

/** The resume with one bullet's text changed: what an editor sends after a keystroke. */
function edited(k: number): string {
  const lines = resume.split('\n');
  const bullets = lines.map((l, i) => (l.startsWith('- ') ? i : -1)).filter((i) => i >= 0);
  const at = bullets[k % bullets.length];
  lines[at] = `${lines[at]} (edit ${k})`;
  return lines.join('\n');
}

test('memo: a document linted with its memo gets exactly the findings, cards and score of a fresh lint', () => {
  const memo = new LintMemo();
  for (let k = 0; k < 12; k++) {
    const text = edited(k);
    assert.equal(strip(lintDocument(text, { fileName: 'resume.md', memo })), strip(lintDocument(text, { fileName: 'resume.md' })), `edit ${k}`);
  }
});

test('memo: it holds only what the last lint read, so a long editing session does not grow it', () => {
  const memo = new LintMemo();
  lintDocument(resume, { fileName: 'resume.md', memo });
  // the second lint of the same text reads only what it needs (the first also met one-time work,
  // such as word lists compiled on first use)
  lintDocument(resume, { fileName: 'resume.md', memo });
  const afterOne = memo.size;
  assert.ok(afterOne > 0, 'the memo keeps per-bullet results for the next lint');
  for (let k = 0; k < 200; k++) lintDocument(edited(k), { fileName: 'resume.md', memo });
  const during = memo.size;
  assert.ok(during < afterOne * 2, `after 200 edits the memo holds ${during} entries (one lint holds ${afterOne})`);
  // back on the original text (twice, as above): the entries of 200 edited versions are gone
  lintDocument(resume, { fileName: 'resume.md', memo });
  lintDocument(resume, { fileName: 'resume.md', memo });
  assert.equal(memo.size, afterOne);
});

test('memo: two documents with their own memos do not see each other', () => {
  const a = new LintMemo();
  const b = new LintMemo();
  lintDocument(resume, { fileName: 'resume.md', memo: a });
  assert.equal(b.size, 0);
  lintDocument('## Experience\n- Worked on stuff.\n', { fileName: 'other.md', memo: b });
  assert.ok(b.size > 0 && b.size < a.size);
});
