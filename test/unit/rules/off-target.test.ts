import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, messagesClean, resume, role } from './resume-doc';

const front = [
  'Rebuilt the settings page components in React with a new CSS grid layout.',
  'Added animations and accessibility labels to the onboarding modal.',
  'Moved the design system buttons and forms to Storybook.',
];
const back = [
  'Split the settings API into a cached read path, cutting p95 latency from 420ms to 90ms.',
  'Added idempotency keys and retries to the onboarding webhooks.',
  'Moved nightly billing jobs onto a Kafka-backed worker queue.',
];

test('off-target: a backend resume whose role is mostly front-end work is flagged on the role and the resume', () => {
  const text = resume('## Experience', '', role('Full-Stack Engineer | Wrenfield | 2021 – 2024', ...front, back[0]));
  const fs = findings('off-target', text);
  assert.deepEqual(fs.map((f) => f.words), ['Experience', 'Full-Stack Engineer | Wrenfield | 2021 – 2024']);
  assert.ok(fs.every((f) => f.severity === 'info'));
  assert.match(fs[1].message, /front-end work.*“(components|react|css)”/);
  assert.equal(fs[1].related?.length, 3);
  assert.ok(messagesClean('off-target', fs));
});

test('off-target: the same role is on target for targetRole frontend; backend work is off target there', () => {
  const fText = resume('## Experience', '', role('Engineer | Wrenfield | 2021 – 2024', ...front));
  assert.deepEqual(findings('off-target', fText, { targetRole: 'frontend' }), []);
  const bText = resume('## Experience', '', role('Engineer | Wrenfield | 2021 – 2024', ...back));
  assert.deepEqual(findings('off-target', bText), []);
  assert.equal(findings('off-target', bText, { targetRole: 'frontend' }).length, 2);
  assert.deepEqual(findings('off-target', fText, { targetRole: 'general' }), []);
});

test('off-target: fullstack asks for both sides; a mixed role is fine', () => {
  const oneSided = resume('## Experience', '', role('Engineer | Wrenfield | 2021 – 2024', ...back, 'Sharded the orders database by region.'));
  const fs = findings('off-target', oneSided, { targetRole: 'fullstack' });
  assert.equal(fs.length, 1);
  assert.match(fs[0].message, /interface side/);
  const mixed = resume('## Experience', '', role('Engineer | Wrenfield | 2021 – 2024', ...back, front[0]));
  assert.deepEqual(findings('off-target', mixed, { targetRole: 'fullstack' }), []);
  assert.deepEqual(findings('off-target', mixed), [], 'one front-end bullet in a backend role is range, not drift');
});
