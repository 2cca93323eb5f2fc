import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits } from '../../../server/src/engine/index';
import { disagreements, lintRoles, severitiesIn } from '../proof-doc';

const table = {
  invalid: [
    'Worked on backend APIs and microservices for the company.',
    'Developed REST APIs using Node.js and Express.',
    'Deployed services to Kubernetes with Helm charts.',
    'Responsible for the backend and the database.',
    'Fixed bugs and completed tasks every sprint.',
    'Refactored code to improve maintainability.',
    'Built new features for the web application.',
    'Maintained internal tools used by other teams.',
    'Improved query speed and uptime.',
    'Managed Kafka clusters and Zookeeper.',
    'Wrote unit tests with Jest and Cypress.',
    'Migrated legacy jobs to Kubernetes.',
  ],
  valid: [
    'Owned the order and fulfillment APIs of a grocery delivery app.',
    'Rebuilt the billing service around idempotent charge requests.',
    'Tuned the search indexer so product edits show up within a minute.',
    'Maintained the tax calculation service for 40 countries.',
    'Ran the loyalty points ledger for a chain of 300 cafés.',
    'Introduced canary deploys for the mobile API gateway.',
    'Automated certificate rotation for the partner portal.',
    'Built Java services for account provisioning on AWS.',
    'Added Redis caching to the product catalog API.',
    'Designed a sharded Postgres schema for the messaging inbox.',
    'Reworked the checkout flow after abandoned carts climbed.',
    'Supported event ingestion services that feed recommendations.',
    'Wrote a Go library for parsing bank statements.',
    "Sped up rendering of the user's buddy list in the desktop client.",
    'Led the GDPR data-deletion project across 12 services.',
  ],
};

test('missing-system: warns when only generic nouns or technology names are given', () => {
  assert.deepEqual(disagreements('missing-system', table), []);
});

test('missing-system: a change or result bullet leans on the system named earlier in the role (hint)', () => {
  assert.deepEqual(
    severitiesIn('missing-system', [
      'Owned the parcel routing service for a regional courier.',
      'Replaced the nightly batch planner with incremental updates after late pickups piled up.',
      'Cut missed pickups from 7% to 2%.',
      'Attended stand-ups and sprint planning with the team.',
    ]),
    ['none', 'hint', 'hint', 'warning'],
  );
});

test('missing-system: no earlier system in the role means a warning, even for a result bullet', () => {
  assert.deepEqual(severitiesIn('missing-system', ['Cut p95 latency of the APIs from 900ms to 200ms.', 'Owned the parcel routing service.']), ['warning', 'none']);
});

test('missing-system: quotes the generic words and offers a placeholder for the system', () => {
  const r = lintRoles([['Worked on backend APIs and microservices.']]);
  const f = r.findings.find((x) => x.ruleId === 'missing-system')!;
  assert.equal(r.doc.text.slice(f.start, f.end), 'backend APIs and microservices');
  assert.match(f.message, /“backend APIs and microservices”/);
  assert.doesNotMatch(f.message, /missing-system/);
  const s = f.suggestions!.find((x) => x.title === 'Name the system')!;
  assert.equal(s.edits[0].newText, '${1:system you owned} ');
  const plain = applyEdits(r.doc.text, s.edits.map((e) => ({ ...e, newText: e.plainText! }))).text;
  assert.ok(plain.includes('- Worked on [system] backend APIs and microservices.'), plain);
  // once named, the bullet passes
  assert.equal(lintRoles([['Worked on the shipping label backend APIs and microservices.']]).findings.filter((x) => x.ruleId === 'missing-system').length, 0);
});
