import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, messagesClean, resume, role } from './resume-doc';

const narrow = resume('## Experience', '', role('Senior Engineer | Gannet | 2019 – 2024', 'Wrote the export endpoints for the reporting service.', 'Fixed 30 bugs in the billing worker.'));

test('scope-for-level: a senior resume showing no scope beyond its own code gets a hint on Experience', () => {
  const fs = findings('scope-for-level', narrow, { level: 'senior' });
  assert.equal(fs.length, 1);
  assert.equal(fs[0].severity, 'hint');
  assert.equal(fs[0].words, 'Experience');
  assert.ok(messagesClean('scope-for-level', fs));
});

test('scope-for-level: one bullet with scope is enough; mid-level and early-career resumes are not asked', () => {
  const wide = resume(
    '## Experience',
    '',
    role('Senior Engineer | Gannet | 2019 – 2024', 'Wrote the export endpoints for the reporting service.', 'Mentored 3 engineers through their first on-call rotation.'),
  );
  assert.deepEqual(findings('scope-for-level', wide, { level: 'senior' }), []);
  assert.deepEqual(findings('scope-for-level', narrow), []);
  assert.deepEqual(findings('scope-for-level', narrow, { level: 'early-career' }), []);
});
