import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countWords } from '../../../server/src/engine/rules/bullet-length';
import { findingsFor, ruleTester } from './word-tester';

const long =
  'Rebuilt the carrier rate shopping service that quotes every parcel for the warehouse floor, moving it from a nightly batch to live quotes with a local cache, retries and fallbacks, and cut mislabelled parcels from 3% to 0.4% across 5 sites.';

ruleTester('bullet-length', {
  valid: [
    'Cut p95 latency of the quote API from 480ms to 230ms.',
    // exactly 6 and exactly 35 words
    'Sharded the search index by region.',
    'Moved the claims intake service from cron batches to a queue with retries, dead-letter alerts and idempotent writes, which cut duplicate claims by 91% and support tickets by 37% in the first quarter after launch.',
    { text: 'Shipped it.', section: 'Summary' },
  ],
  invalid: [
    { text: 'Maintained the search service.', errors: ['Maintained the search service.'], message: /^Only 4 words: .*at least 6/ },
    { text: 'Wrote tests.', errors: ['Wrote tests.'] },
    { text: long, errors: [long], message: /^41 words .*at most 35/ },
    { text: 'Sharded the search index by region.', errors: ['Sharded the search index by region.'], config: { rules: { 'bullet-length': { min: 8 } } } },
    { text: 'Cut p95 latency of the quote API from 480ms to 230ms.', errors: ['Cut p95 latency of the quote API from 480ms to 230ms.'], config: { rules: { 'bullet-length': { severity: 'warning', max: 8 } } } },
  ],
});

test('bullet-length: words are counted as a reader counts them', () => {
  assert.equal(countWords('Cut p95 from 480ms → 230ms — retry-safe writes'), 7);
  assert.equal(countWords('  '), 0);
  assert.equal(countWords('Réduit\u00a0la latence — de 40 %'), 5);
  assert.equal(countWords('移行 した 🚀 ✓'), 2);
});

test('bullet-length: information severity by default, the configured one otherwise', () => {
  assert.equal(findingsFor('bullet-length', 'Wrote tests.').findings[0].severity, 'info');
  assert.equal(findingsFor('bullet-length', 'Wrote tests.', 'Experience', { rules: { 'bullet-length': 'warning' } }).findings[0].severity, 'warning');
  assert.equal(findingsFor('bullet-length', 'Wrote tests.', 'Experience', { rules: { 'bullet-length': 'off' } }).findings.length, 0);
});
