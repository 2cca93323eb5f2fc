import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf } from '../proof-doc';

const hinted = (b: string) => findingsOf('missing-change', [[b]]);

test('missing-change: a hint on bullets that do not show what was changed', () => {
  for (const b of ['Owned the appointment reminder service for three clinics.', 'Supported event ingestion services for search.', 'Responsible for the loyalty ledger.']) {
    const fs = hinted(b);
    assert.equal(fs.length, 1, b);
    assert.equal(fs[0].severity, 'hint');
    assert.equal(fs[0].words, b.split(' ')[0]);
    assert.match(fs[0].message, new RegExp(`“${b.split(' ')[0]}”`));
  }
});

test('missing-change: quiet when the bullet shows a change', () => {
  for (const b of [
    'Moved reminder sends onto a retrying queue.',
    'Redesigned idempotency handling for the payments webhook.',
    'Built and operated the refund approval service.',
    'Cut dashboard load time from 9s to 2s by adding composite indexes.',
    'Reduced flaky failures in CI by quarantining unstable suites.',
  ]) {
    assert.equal(hinted(b).length, 0, b);
  }
});
