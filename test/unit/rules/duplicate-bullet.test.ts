import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, messagesClean, resume, role } from './resume-doc';

test('duplicate-bullet: the same bullet in two roles is a warning on the second, related to the first', () => {
  const b = 'Cut Kafka consumer lag from 9 minutes to 40 seconds for the orders topic.';
  const text = resume('## Experience', '', role('Engineer | Tarn | 2022 – 2024', b), role('Engineer | Ouse | 2019 – 2022', b));
  const fs = findings('duplicate-bullet', text);
  assert.equal(fs.length, 1);
  assert.equal(fs[0].severity, 'warning');
  assert.equal(fs[0].start, text.lastIndexOf(b));
  assert.match(fs[0].message, /repeats “Cut Kafka consumer lag/);
  assert.equal(fs[0].related?.[0].start, text.indexOf(b));
  assert.ok(messagesClean('duplicate-bullet', fs));
});

test('duplicate-bullet: the same words in another order, or with other small words, are near-identical', () => {
  const text = resume(
    '## Experience',
    '',
    role('Engineer | Tarn | 2022 – 2024', 'Cut Kafka consumer lag from 9 minutes to 40 seconds for the orders topic.', 'Cut consumer lag on the Kafka orders topic from 9 minutes to 40 seconds.'),
  );
  const fs = findings('duplicate-bullet', text);
  assert.equal(fs.length, 1);
  assert.match(fs[0].message, /almost the same/);
});

test('duplicate-bullet: similar topics told differently are fine; the threshold is an option', () => {
  const text = resume(
    '## Experience',
    '',
    role(
      'Engineer | Tarn | 2022 – 2024',
      'Cut Kafka consumer lag from 9 minutes to 40 seconds for the orders topic.',
      'Added per-partition lag alerts so the on-call saw backlogs before customers did.',
      'Cut Kafka consumer lag from 9 minutes to 50 seconds for the refunds topic.',
    ),
  );
  assert.deepEqual(findings('duplicate-bullet', text), []);
  assert.equal(findings('duplicate-bullet', text, { rules: { 'duplicate-bullet': { similarity: 0.6 } } }).length, 1);
});

test('duplicate-bullet: short repeated lines (fewer than four words) are left alone', () => {
  const text = resume('## Experience', '', role('Engineer | Tarn | 2022 – 2024', 'On-call lead.'), role('Engineer | Ouse | 2019 – 2022', 'On-call lead.'));
  assert.deepEqual(findings('duplicate-bullet', text), []);
});

test('duplicate-bullet: in a long resume with hundreds of distinct words, only the real repeats are found, each against the first', () => {
  // 30 bullets of words used nowhere else (far more distinct words than the rule's first id tables hold)
  const own = Array.from({ length: 30 }, (_, i) => `Shipped module m${i} with parser p${i}, cache c${i}, queue q${i} and report r${i} for team t${i}.`);
  const b = 'Moved the billing ledger writes behind an idempotency key, ending duplicate charges.';
  const near = 'Ending duplicate charges, moved the billing ledger writes behind an idempotency key.';
  const text = resume('## Experience', '', role('Engineer | Tarn | 2022 – 2024', b, ...own.slice(0, 15)), role('Engineer | Ouse | 2019 – 2022', ...own.slice(15), near, b));
  const fs = findings('duplicate-bullet', text);
  assert.deepEqual(
    fs.map((f) => [text.slice(f.start, f.end), f.related?.[0].start]),
    [
      [near, text.indexOf(b)],
      [b, text.indexOf(b)],
    ],
  );
  assert.match(fs[0].message, /almost the same/);
  assert.match(fs[1].message, /repeats/);
});
