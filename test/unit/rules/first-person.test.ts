import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits } from '../../../server/src/engine/index';
import { findingsFor, ruleTester } from './word-tester';

ruleTester('first-person', {
  valid: [
    'Expanded the loyalty service to US and Canadian stores, adding 1.2M members.',
    'Cut I/O wait on the ingest nodes by 35% with larger write batches.',
    'Built the IoT telemetry pipeline and the i18n layer for 14 locales.',
    'Promoted to Software Engineer I after the internship; ran the Phase I rollout.',
    'Wrote the MySQL migration tooling used by 9 teams.',
    'Built the level I and level II support tooling for the helpdesk team.',
    'Rebuilt the About Us and Contact Us pages and the Find My Order flow for 2M visitors.',
    'Moved the quote API from us-east-1 to eu-west-1 and into a US-only tenant.',
    'Moved the ME and MY regional storefronts to the shared checkout.',
    'Closed the two audit findings (i) and (ii), and sub-item i; both for the ledger.',
    { text: 'Backend engineer focused on payment reliability and ledger correctness.', section: 'Summary' },
  ],
  invalid: [
    { text: 'I rebuilt the invoice export as a streaming job.', errors: ['I'], suggestion: 'Rebuilt the invoice export as a streaming job.' },
    { text: 'We cut the nightly batch from 3 hours to 20 minutes.', errors: ['We'], suggestion: 'Cut the nightly batch from 3 hours to 20 minutes.' },
    { text: 'I was responsible for the refund service and its alerts.', errors: ['I'], suggestion: 'Responsible for the refund service and its alerts.' },
    { text: "I'm the owner of the search indexer and its on-call rotation.", errors: ["I'm"], suggestion: 'The owner of the search indexer and its on-call rotation.' },
    { text: 'Led my team of 5 through the move to event sourcing.', errors: ['my'], suggestion: 'Led the team of 5 through the move to event sourcing.' },
    { text: 'Our checkout API now answers in 90 ms at p95.', errors: ['Our'], suggestion: 'The checkout API now answers in 90 ms at p95.' },
    { text: 'Added alerts that saved us 6 hours of triage a week.', errors: ['us'], suggestion: null },
    { text: 'Migrated the ledger to Kafka, which I was responsible for.', errors: ['I'], suggestion: null },
    { text: 'Wrote the deploy scripts myself and taught them to me and the team.', errors: ['myself', 'me'] },
    { text: 'I am a backend engineer who loves our on-call culture.', section: 'Summary', errors: ['I', 'our'] },
    { text: '🔥 Rebuilt the pager routing so we stopped missing night alerts.', crlf: true, errors: ['we'] },
  ],
});

test('first-person: the suggestion for "I" at the start removes it and one space only', () => {
  const { doc, findings } = findingsFor('first-person', 'I built the quota service for 3 regions.');
  const out = applyEdits(doc, findings[0].suggestions![0].edits).text;
  assert.equal(out.length, doc.length - 2);
  assert.ok(out.includes('- Built the quota service for 3 regions.'));
});
