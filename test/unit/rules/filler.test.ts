import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFixes, lintDocument } from '../../../server/src/engine/index';
import { findingsFor, ruleTester } from './word-tester';

ruleTester('filler', {
  valid: [
    'Moved the nightly export job onto a queue to stop 20-minute timeouts.',
    'Cut the very-large-file upload path over to multipart uploads, halving failures.',
    'Built an ordering service that stays available through zone outages.',
    'Reduced refund disputes by 22% with a clearer receipt email.',
    'Ranked search results by order history for returning shoppers.',
  ],
  invalid: [
    { text: 'Successfully migrated the ledger to PostgreSQL with zero lost entries.', errors: ['Successfully'], output: 'Migrated the ledger to PostgreSQL with zero lost entries.' },
    { text: 'Rebuilt a very slow reporting query, cutting it from 9s to 2s.', errors: ['very'], output: 'Rebuilt a slow reporting query, cutting it from 9s to 2s.' },
    { text: 'Added request hedging in order to keep p99 latency under 120ms.', errors: ['in order'], message: /“in order to” says no more than “to”/, output: 'Added request hedging to keep p99 latency under 120ms.' },
    { text: 'In order to cut on-call noise, grouped alerts by service owner.', errors: ['In order'], output: 'To cut on-call noise, grouped alerts by service owner.' },
    { text: 'Effectively, actively mentored 3 new hires on the payments team.', errors: ['Effectively', 'actively'], output: 'Mentored 3 new hires on the payments team.' },
    { text: 'Tuned the cache eviction policy really carefully, saving $4k a month.', errors: ['really'], output: 'Tuned the cache eviction policy carefully, saving $4k a month.' },
    { text: '⚡ Successfully cut cold starts of the quote API from 2.3s to 400ms.', crlf: true, errors: ['Successfully'], output: '⚡ Cut cold starts of the quote API from 2.3s to 400ms.' },
    { text: 'Basically rewrote the scheduler so jobs no longer overlap.', errors: ['Basically'], output: 'Rewrote the scheduler so jobs no longer overlap.' },
    { text: 'Shipped the partner API effectively.', errors: ['effectively'], output: 'Shipped the partner API.' },
    { text: 'Successfully iOS-tested the new checkout on 40 devices.', errors: ['Successfully'], output: 'iOS-tested the new checkout on 40 devices.' },
    { text: 'Wrote the billing runbook, greatly simplified.', errors: ['simplified'], config: { words: { filler: ['simplified'] } }, output: 'Wrote the billing runbook, greatly.' },
  ],
});

test('filler: findings carry the unnecessary tag and info severity', () => {
  const { findings } = findingsFor('filler', 'Successfully moved 40 cron jobs to the workflow engine.');
  assert.equal(findings.length, 1);
  assert.deepEqual(findings[0].tags, ['unnecessary']);
  assert.equal(findings[0].severity, 'info');
});

test('filler: offsets and fixes stay exact with CRLF line endings and an emoji before the word', () => {
  const text = '🚀 Launched the referral API and successfully cut signup time by 30%.';
  const { doc, at, findings } = findingsFor('filler', text, 'Experience', undefined, '\r\n');
  assert.equal(findings.length, 1);
  assert.equal(doc.slice(findings[0].start, findings[0].end), 'successfully');
  assert.equal(findings[0].start, at + text.indexOf('successfully'));
  const fixed = applyFixes(doc, findings).text;
  assert.equal(fixed, doc.replace('and successfully cut', 'and cut'));
  assert.ok(fixed.split('\r\n').length === doc.split('\r\n').length, 'line endings kept');
});

test('filler: no fix across markup, where deleting could break the Markdown', () => {
  const doc = '## Experience\n\n### Engineer | Fernhill | 2020 – 2023\n\n- **Successfully** shipped the quote API to 12 insurers.\n';
  const f = lintDocument(doc, { format: 'markdown' }).findings.filter((x) => x.ruleId === 'filler');
  assert.equal(f.length, 1);
  assert.equal(doc.slice(f[0].start, f[0].end), 'Successfully');
  // the deletion would have to cross the closing ** : left to the user rather than done wrong
  assert.equal(f[0].fix, undefined);
});

test('filler: words in the allow list are left alone', () => {
  const { findings } = findingsFor('filler', 'Kept the very first ledger export format for auditors.', 'Experience', { words: { allow: ['very'] } });
  assert.equal(findings.length, 0);
});
