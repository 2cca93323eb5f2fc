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
