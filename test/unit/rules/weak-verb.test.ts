import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsFor, ruleTester } from './word-tester';

ruleTester('weak-verb', {
  valid: [
    'Supported event ingestion for the search and recommendations teams across 4 apps.',
    'Maintained the appointment reminder workers for a dental clinic chain.',
    'Led the rewrite of the tax engine, cutting filing errors by 30%.',
    'Used Terraform to rebuild the staging environment in one afternoon.',
    // "helped" as the outcome of a strong verb
    'Built a fraud scoring service, which helped analysts clear alerts twice as fast.',
    'Added trace sampling to the gateway, helping on-call engineers find slow hops in minutes.',
    'Cut build time by 40% and helped 6 teams ship daily.',
    // phrases that describe a system, not the person
    'Scaled the gateway that handled 40k requests a second during sales.',
    'Owned the dispatcher, a service responsible for matching 9k drivers to orders.',
    'Split the monolith job that was responsible for both billing and reminders.',
    'Documented how the handled and unhandled error paths differ in the SDK.',
  ],
  invalid: [
    { text: 'Worked on the billing API for 40 merchants.', errors: ['Worked on'], message: /^“Worked on” .*: start with what you built or changed/, suggestion: 'Built the billing API for 40 merchants.' },
    { text: 'Responsible for maintaining the Kafka consumers behind checkout.', errors: ['Responsible for'], suggestion: 'Maintained the Kafka consumers behind checkout.' },
    { text: 'Helped with production issues and monitoring.', errors: ['Helped with'], suggestion: 'Resolved production issues and monitoring.', suggestions: ['Replace “Helped with” with “Resolved”', 'Replace “Helped with” with “Debugged”', 'Replace “Helped with” with “Fixed”'] },
    { text: 'Helped build the refunds service in Go.', errors: ['Helped'], suggestion: 'Built the refunds service in Go.' },
    { text: 'Helped to migrate the ledger to PostgreSQL.', errors: ['Helped to'], suggestion: 'Migrated the ledger to PostgreSQL.' },
    { text: 'Participated in the migration of the ledger to PostgreSQL.', errors: ['Participated in'], suggestion: 'Migrated the ledger to PostgreSQL.' },
    { text: 'Involved in improving query latency for the reporting API.', errors: ['Involved in'], suggestion: 'Improved query latency for the reporting API.' },
    { text: 'Tasked with reducing cloud spend on the data platform.', errors: ['Tasked with'], suggestion: 'Reduced cloud spend on the data platform.' },
    { text: 'Contributed to the design of the notifications service.', errors: ['Contributed to'], suggestion: 'Designed the notifications service.' },
    { text: 'Worked on performance of the catalogue search.', errors: ['Worked on'], suggestion: 'Optimised performance of the catalogue search.' },
    { text: 'Assisted in moving 30 cron jobs to the workflow engine.', errors: ['Assisted in'], suggestion: 'Moved 30 cron jobs to the workflow engine.' },
    { text: 'Utilized Redis to cache session lookups for the login API.', errors: ['Utilized'], message: /“used”/, suggestion: 'Used Redis to cache session lookups for the login API.' },
    { text: 'Handled on-call for the payments gateway.', errors: ['Handled'], suggestion: 'Ran on-call for the payments gateway.' },
    { text: 'Duties included code reviews and deploys for the mobile API.', errors: ['Duties included'], suggestion: 'Ran code reviews and deploys for the mobile API.' },
    { text: 'Worked with product managers to define the search roadmap.', errors: ['Worked with'], suggestion: 'Partnered with product managers to define the search roadmap.' },
    // mid-bullet: reported, but no one-word rewrite fits the sentence
    { text: 'Migrated the ledger to Kafka, which I was responsible for.', errors: ['was responsible for'], message: /lead the bullet with your own verb/, suggestion: null },
    { text: 'Was part of the team that rebuilt the checkout flow.', errors: ['Was part of'], suggestion: null },
    { text: 'Built the exporter and worked on its retry logic.', errors: ['worked on'], suggestion: 'Built the exporter and built its retry logic.' },
    { text: '✅ Helped with flaky deploys of the courier app.', crlf: true, errors: ['Helped with'], suggestion: '✅ Resolved flaky deploys of the courier app.' },
    { text: 'Participated actively in architecture reviews for the ledger service.', errors: ['Participated actively in'] },
    { text: 'Shepherded the GDPR data export for 3 products.', errors: ['Shepherded'], config: { words: { weakVerbs: ['shepherded'] } } },
  ],
});

test('weak-verb: the finding carries the weak phrase and the candidate verbs for code actions', () => {
  const { findings } = findingsFor('weak-verb', 'Worked on the migration of billing jobs to the new scheduler.');
  assert.equal(findings.length, 1);
  assert.deepEqual(findings[0].data, { phrase: 'Worked on', verbs: ['Migrated', 'Moved', 'Upgraded'] });
  assert.equal(findings[0].suggestions?.filter((s) => s.preferred).length, 1);
});

test('weak-verb: the Summary and Skills are not read', () => {
  assert.equal(findingsFor('weak-verb', 'Engineer who has worked on payments for 8 years.', 'Summary').all.length, 0);
});
