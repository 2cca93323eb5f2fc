import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findings, messagesClean, resume, role } from './resume-doc';

const withSummary = (summary: string) => resume('## Summary', '', summary, '', '## Experience', '', role('Engineer | Pellworth | 2020 – 2024', 'Built the claims intake API.'));

test('generic-summary: a summary of adjectives and stock phrases is information, quoting its opening', () => {
  const fs = findings('generic-summary', withSummary('Motivated, hard-working professional with a passion for excellence and a strong work ethic.'));
  assert.equal(fs.length, 1);
  assert.equal(fs[0].severity, 'info');
  assert.match(fs[0].message, /^“Motivated, hard-working professional with a passion…”/);
  assert.ok(messagesClean('generic-summary', fs));
});

test('generic-summary: naming a role, a domain, a system or a technology is enough', () => {
  for (const s of [
    'Backend engineer who likes hard problems.',
    'Seven years in logistics, most recently on route planning.',
    'Passionate about data pipelines and clean code.',
    'Happiest deep in Kafka and PostgreSQL internals.',
  ])
    assert.deepEqual(findings('generic-summary', withSummary(s)), [], s);
});

test('generic-summary: quiet without a summary', () => {
  assert.deepEqual(findings('generic-summary', resume('## Experience', '', role('Engineer | Pellworth | 2020 – 2024', 'Built the claims intake API.'))), []);
});
