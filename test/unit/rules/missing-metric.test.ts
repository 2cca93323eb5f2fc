import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits } from '../../../server/src/engine/index';
import { disagreements, findingsOf, lintRoles, severitiesIn } from '../proof-doc';

const table = {
  invalid: [
    'Maintained the tax calculation service for 40 countries.',
    'Led a team of 8 engineers handling 2M events a day.',
    'Upgraded the ledger cluster from Kubernetes 1.24 to 1.28 across 3 regions.',
    'Moved the notification service to Node 18 and TLS 1.3.',
    'Migrated the reporting jobs from Python 2 to Python 3 in 2019.',
    'Reduced the claims intake backlog by rewriting the OCR worker in Go.',
    'Made the checkout page faster for returning shoppers.',
    'Added Redis caching to the product catalog API.',
    'Owned the shipment tracking pipeline processing 5M scans daily.',
    'Served 12 enterprise customers from a single-tenant billing deployment.',
    // holding or keeping something is not a result without a level
    'Kept the shipping label service running on a single VM.',
    'Held weekly design reviews for the 4 teams on the payments platform.',
  ],
  valid: [
    'Cut cold-start time of the quote API from 2.3s to 400ms by trimming dependencies.',
    'Brought median build time for the Android app from 14 min → 5 min.',
    'Kept p99 checkout latency below 80ms through the holiday peak.',
    'Delivered 99.95% of webhook events on the first attempt after adding a retry queue.',
    'Saved $12k a month by rightsizing idle instances in the analytics cluster.',
    'Shipped the loyalty points ledger with no lost transactions during the cutover.',
    'Eliminated 14 flaky integration tests from the billing suite.',
    'Rewrote the PDF invoice renderer in Rust, halving its memory use.',
    'Boosted throughput of the order ingestion workers 3x by batching database writes.',
    'Lowered refund processing errors by 64% after adding schema validation at the gateway.',
    'Doubled the release cadence of the mobile API gateway with canary deploys.',
    'Cut Sev1 pages for the dispatch service from 9 per month to 1.',
    // a level held, a count of nothing, a before/after written in words, a gain "brought in"
    'Held p95 of the fare quote API at 60ms through the new-year traffic spike.',
    'Kept double-booked rooms at zero for the hotel booking engine across 300 properties.',
    'Hardened the payroll export job, which has produced 0 mismatched payslips since the rewrite.',
    'Took tenant onboarding for the storage platform from half a day to 15 minutes.',
    'Rebuilt the referral API, bringing in 4,500 new customers in its first quarter.',
    'Rewrote the image pipeline, shrinking the average product photo by 300 KB.',
  ],
};

test('missing-metric: warns on bullets without a measured result, not on those with one', () => {
  assert.deepEqual(disagreements('missing-metric', table), []);
});

test('missing-metric: versions, years and scope are not results', () => {
  for (const b of ['Ported the pricing engine to Java 17 and Spring Boot 3.', 'Launched the rider app in 2021 across 3 regions with a team of 8.', 'Moved the edge proxy to IPv6 and HTTP/2.']) {
    assert.equal(findingsOf('missing-metric', [[b]]).filter((f) => f.severity === 'warning').length, 1, b);
  }
});

test('missing-metric: a story spread over a role gives the scene-setting bullets hints only', () => {
  assert.deepEqual(
    severitiesIn('missing-metric', [
      'Owned the parcel routing service for a regional courier handling 300k parcels a week.',
      'Replaced the nightly batch planner with incremental route updates after late pickups piled up.',
      'Cut missed pickup windows from 7% to 2% and planner run time from 50 min to 4 min.',
    ]),
    ['hint', 'hint', 'none'],
  );
});

test('missing-metric: a bullet claiming a gain without a number warns even when the role has a result elsewhere', () => {
  assert.deepEqual(
    severitiesIn('missing-metric', ['Improved the reliability of the parcel routing service.', 'Cut missed pickup windows from 7% to 2%.']),
    ['warning', 'none'],
  );
});

test('missing-metric: the claim is quoted and the message never names the rule', () => {
  const [f] = findingsOf('missing-metric', [['Reduced support tickets for the claims portal.']]);
  assert.equal(f.words, 'Reduced');
  assert.match(f.message, /“Reduced”/);
  assert.doesNotMatch(f.message, /missing-metric/);
});

test('missing-metric: option entryAware=false keeps the warning on scene-setting bullets', () => {
  const roles = [['Owned the parcel routing service.', 'Cut missed pickups from 7% to 2%.']];
  const r = lintRoles(roles, { rules: { 'missing-metric': { entryAware: false } } });
  assert.equal(r.findings.filter((f) => f.ruleId === 'missing-metric' && f.severity === 'warning').length, 1);
});

test('missing-metric: the "Add a metric" suggestion inserts a snippet before the closing full stop', () => {
  const bullet = 'Moved the invoice exports onto a queue.';
  const r = lintRoles([[bullet]]);
  const f = r.findings.find((x) => x.ruleId === 'missing-metric')!;
  const s = f.suggestions!.find((x) => x.title === 'Add a metric')!;
  assert.equal(s.edits[0].snippet, true);
  assert.equal(s.edits[0].newText, ', cutting ${1:what} from ${2:before} to ${3:after}');
  const plain = applyEdits(r.doc.text, s.edits.map((e) => ({ ...e, newText: e.plainText! }))).text;
  assert.ok(plain.includes('- Moved the invoice exports onto a queue, cutting [what] from [before] to [after].\n'), plain);
  // the placeholder rule flags the unfilled brackets until they are replaced
  const after = lintRoles([[bullet.replace(/\.$/, ', cutting [what] from [before] to [after].')]]);
  assert.ok(after.findings.some((x) => x.ruleId === 'placeholder'));
  // and this rule waits for the brackets to be filled instead of repeating itself
  assert.equal(after.findings.filter((x) => x.ruleId === 'missing-metric').length, 0);
  const filled = lintRoles([[bullet.replace(/\.$/, ', cutting export time from 40 min to 6 min.')]]);
  assert.equal(filled.findings.filter((x) => x.ruleId === 'missing-metric' || x.ruleId === 'placeholder').length, 0);
});

test('missing-metric: levels held, problems removed and before/after in prose are results; a duration is not', () => {
  const results = [
    'Sharded the rate limiter counters across Redis keys, holding p99 overhead under 2ms at 50k requests per second.',
    'Moved receipt uploads to resumable chunks, bringing lost uploads down to zero for 900 couriers.',
    'Added version checks to the promo engine after two stacking bugs; no stacked discounts since.',
    'Switched schema changes to reviewed migrations, ending the 4 drift incidents a quarter between environments.',
    'Compacted cold telemetry partitions, trimming the storage bill by $7k a month.',
    'Rebuilt the statement generator to finish in 40 minutes, down from an overnight 9-hour run.',
    'Deduplicated the events stream with idempotency keys, removing 250 duplicate bookings a week.',
  ];
  const got = disagreements('missing-metric', { invalid: [], valid: results });
  assert.deepEqual(got, []);
  assert.deepEqual(disagreements('missing-metric', { invalid: ['Led a group of 4 developers over 14 months on the booking platform.'], valid: [] }), []);
});
