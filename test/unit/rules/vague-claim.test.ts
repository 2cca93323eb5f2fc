import { test } from 'node:test';
import assert from 'node:assert/strict';
import { disagreements, findingsOf } from '../proof-doc';

const table = {
  invalid: [
    'Improved query speed and uptime.',
    'Enhanced platform robustness.',
    'Significantly reduced page load times for the storefront.',
    'Worked on various internal tools.',
    'Built several dashboards for the operations team.',
    'Handled a number of customer escalations for the booking engine.',
    'Drastically improved the reliability of the ride dispatch system.',
    'Increased conversion on the checkout flow.',
    'Streamlined onboarding for new engineers.',
    'Made the partner API much faster.',
    'Optimized the nightly reconciliation job.',
    'Integrated a wide range of payment providers into checkout.',
  ],
  valid: [
    'Reduced AWS costs by moving batch jobs to spot instances.',
    'Added an index on order status and improved the admin search.',
    'Cut cold-start time of the quote API from 2.3s to 400ms.',
    'Reduced duplicate writes by 91% and cut incident frequency during launches.',
    'Improved checkout speed through a read-through cache in front of the price service.',
    'Optimized the reporting queries with composite indexes.',
    'Owned the parcel routing service for a regional courier.',
    'Migrated the ledger to PostgreSQL 15 across 3 regions.',
  ],
};

test('vague-claim: warns on gains with no number and no method, intensifiers and vague quantities', () => {
  assert.deepEqual(disagreements('vague-claim', table), []);
});

test('vague-claim: reports on the vague words themselves', () => {
  const words = (b: string) => findingsOf('vague-claim', [[b]]).map((f) => f.words);
  assert.deepEqual(words('Greatly sped up builds across numerous repositories.'), ['Greatly', 'numerous']);
  assert.deepEqual(words('Handled a variety of requests from support.'), ['a variety of']);
  assert.deepEqual(words('Enhanced platform robustness.'), ['Enhanced']);
});

test('vague-claim: a bullet with a measured result is not vague for its other clauses', () => {
  assert.equal(findingsOf('vague-claim', [['Cut p95 latency by 40% and significantly improved uptime across several regions.']]).length, 0);
});

test('vague-claim: the message quotes the claim and asks for the change and the number', () => {
  const [f] = findingsOf('vague-claim', [['Improved database performance and scalability.']]);
  assert.match(f.message, /“Improved database performance and scalability”/);
  assert.match(f.message, /change you made/);
  assert.doesNotMatch(f.message, /vague-claim/);
});

test('vague-claim: words.allow silences a listed word', () => {
  assert.equal(findingsOf('vague-claim', [['Mentored several new hires on the billing service.']], { words: { allow: ['several'] } }).length, 0);
});
