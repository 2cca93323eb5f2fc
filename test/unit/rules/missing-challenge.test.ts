import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf } from '../proof-doc';

const hinted = (b: string) => findingsOf('missing-challenge', [[b]]);

test('missing-challenge: a hint on bullets that do not name the problem behind the work', () => {
  for (const b of ['Added connection pooling to the quotes service.', 'Owned the parcel routing service for a regional courier.', 'Built a CLI for the data team.', 'Served as the lead for the billing team when the company started its first audit.']) {
    const fs = hinted(b);
    assert.equal(fs.length, 1, b);
    assert.equal(fs[0].severity, 'hint');
    assert.doesNotMatch(fs[0].message, /missing-challenge/);
  }
});

test('missing-challenge: quiet when the bullet shows the problem', () => {
  for (const b of [
    'Added connection pooling to the quotes service after lunchtime traffic exhausted database connections.',
    'Reworked consumer lag alerts because stale search results reached customers.',
    'Split the fragile invoice workflow into queue-backed workers.',
    'Cut timeouts in the carrier integration by adding circuit breakers.',
    'Moved search to OpenSearch after licence costs for the old cluster doubled.',
    "Split the monolith's billing module into its own service to unblock weekly releases.",
    'Built a retry queue for webhook deliveries that kept timing out.',
  ]) {
    assert.equal(hinted(b).length, 0, b);
  }
});
