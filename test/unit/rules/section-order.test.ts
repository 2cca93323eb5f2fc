import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applySuggestion, findings, messagesClean, resume, role } from './resume-doc';

const experience = ['## Experience', '', role('Engineer | Harrow Health | 2020 – 2024', 'Rebuilt the appointment reminder worker on SQS.')];
const skills = ['## Skills', '', 'Go, PostgreSQL, SQS', ''];
const education = ['## Education', '', '### BSc Computing | Kestrel University | 2016 – 2020', ''];

test('section-order: Experience after Skills and Education is flagged on its heading, with a move suggestion', () => {
  const text = resume(...skills, ...education, ...experience);
  const fs = findings('section-order', text);
  assert.equal(fs.length, 1);
  assert.equal(fs[0].words, 'Experience');
  assert.equal(fs[0].severity, 'info');
  assert.match(fs[0].message, /after “Skills” and “Education”/);
  assert.ok(messagesClean('section-order', fs));
  const moved = applySuggestion(text, fs[0]);
  assert.ok(moved.indexOf('## Experience') < moved.indexOf('## Skills'), moved);
  assert.ok(moved.includes('- Rebuilt the appointment reminder worker on SQS.'));
  assert.equal(moved.match(/## Experience/g)?.length, 1);
  assert.deepEqual(findings('section-order', moved), []);
});

test('section-order: quiet when Experience leads, and for early-career resumes', () => {
  assert.deepEqual(findings('section-order', resume(...experience, '', ...skills, ...education)), []);
  const projectsFirst = resume('## Projects', '', role('Tidepool | Rust', 'Built a tide-table cache in Rust.'), '', ...experience);
  assert.equal(findings('section-order', projectsFirst).length, 1);
  assert.deepEqual(findings('section-order', projectsFirst, { level: 'early-career' }), []);
});
