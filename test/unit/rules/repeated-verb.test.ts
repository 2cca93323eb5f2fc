import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applySuggestion, findings, messagesClean, resume, role } from './resume-doc';

test('repeated-verb: a verb opening more than two bullets of the resume is flagged after its first use', () => {
  const text = resume(
    '## Experience',
    '',
    role('Engineer | Fernhill | 2021 – 2024', 'Built the invoice export worker for 900 clinics.', 'Designed the audit log API.'),
    role('Engineer | Oxbow | 2018 – 2021', 'Built a retry queue for failed webhooks.', 'Migrated billing to Postgres.'),
    role('Intern | Oxbow | 2017 – 2018', 'Built the status page for the API gateway.'),
  );
  const fs = findings('repeated-verb', text);
  assert.deepEqual(fs.map((f) => [f.words, f.severity]), [['Built', 'info'], ['Built', 'info']]);
  assert.match(fs[0].message, /3 bullets open with “Built”/);
  assert.ok(messagesClean('repeated-verb', fs));
  // alternatives come from the same intent, in the same tense, and not a verb another bullet opens with
  const titles = fs[0].suggestions!.map((s) => s.title);
  assert.ok(titles.length > 0 && titles.every((t) => /^Replace “Built” with “[A-Z][a-z]+ed”$|“Wrote”|“Shipped”/.test(t)), titles.join(' | '));
  assert.ok(!titles.some((t) => /Designed|Migrated/.test(t)));
  const fixed = applySuggestion(text, fs[1]);
  assert.equal(findings('repeated-verb', fixed).length, 0, 'two uses left: within the limit');
});

test('repeated-verb: twice in one role is flagged on the second use, any tense counting as the same verb', () => {
  const text = resume('## Experience', '', role('Engineer | Fernhill | Jan 2023 – Present', 'Lead the clinic onboarding squad of 5.', 'Leading the move of scheduling to a queue.'));
  const fs = findings('repeated-verb', text);
  assert.deepEqual(fs.map((f) => f.words), ['Leading']);
  assert.match(fs[0].message, /2 bullets of this role/);
  assert.ok(fs[0].suggestions?.some((s) => /“Directing”|“Driving”|“Coordinating”/.test(s.title)), 'alternatives keep the -ing form');
});

test('repeated-verb: quiet when verbs vary, or a verb appears twice across roles', () => {
  const text = resume(
    '## Experience',
    '',
    role('Engineer | Fernhill | 2021 – 2024', 'Built the invoice export worker.', 'Reduced claim rejections by 12%.'),
    role('Engineer | Oxbow | 2018 – 2021', 'Built a retry queue for failed webhooks.', 'Reduced p95 latency from 300ms to 80ms.'),
  );
  assert.deepEqual(findings('repeated-verb', text), []);
});

test('repeated-verb: the limits are options', () => {
  const text = resume('## Experience', '', role('Engineer | Fernhill | 2021 – 2024', 'Built the export worker.', 'Built the retry queue.'));
  assert.equal(findings('repeated-verb', text).length, 1);
  assert.equal(findings('repeated-verb', text, { rules: { 'repeated-verb': { maxPerEntry: 2 } } }).length, 0);
});

test('repeated-verb: never offers the other spelling of the same verb as an alternative', () => {
  const text = resume('## Experience', '', role('Engineer | Fernhill | 2021 – 2024', 'Optimized the claims query planner.', 'Optimized cold starts of the intake lambda.'));
  const titles = findings('repeated-verb', text)[0].suggestions!.map((s) => s.title);
  assert.ok(titles.length > 0);
  assert.ok(!titles.some((t) => /Optimised/.test(t)), titles.join(' | '));
});
