import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entryCard } from '../../server/src/engine/proof';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../helpers';
import { lintRoles } from './proof-doc';

const cardOf = (bullet: string) => {
  const r = lintRoles([[bullet]]);
  const b = r.doc.bullets[0];
  return { card: r.cards[b.index], text: b.text };
};

test('proof card: a bullet that shows system, challenge, change and result', () => {
  const { card, text } = cardOf('Moved the invoice export worker onto a retrying queue after timeouts dropped nightly runs, cutting failed exports from 30 a month to 2.');
  assert.equal(card.system?.text, 'invoice export worker');
  assert.equal(card.change?.text, 'Moved');
  assert.match(card.challenge!.text, /^after timeouts dropped nightly runs/);
  assert.equal(card.result?.text, 'from 30 a month to 2');
  assert.equal(card.proven, true);
  // every span is the text it claims to be
  for (const e of [card.system, card.change, card.challenge, card.result]) assert.equal(text.slice(e!.start, e!.end), e!.text);
});

test('proof card: a generic bullet proves nothing', () => {
  const { card } = cardOf('Worked on backend APIs and microservices using Go.');
  assert.deepEqual([card.system, card.challenge, card.change, card.result, card.proven], [null, null, null, null, false]);
});

test('proof card: a claimed gain without a number is not a result', () => {
  const { card } = cardOf('Rebuilt the quote API cache and improved response times.');
  assert.equal(card.result, null);
  assert.equal(card.proven, false);
  assert.equal(card.change?.text, 'Rebuilt');
});

test('proof card: results in several shapes', () => {
  const results: Array<[string, string]> = [
    ['Cut report generation for the finance dashboard by 72%.', '72%'],
    ['Sped up the tax engine 4.5x by caching rate tables.', '4.5x'],
    ['Halved build times of the storefront monorepo.', 'Halved'],
    ['Held p99 latency of the booking API under 120ms during launches.', '120ms'],
    ['Brought deploys of the ledger service from 40 min → 6 min.', 'from 40 min → 6 min'],
    ['Migrated the wallet service with zero downtime.', 'zero downtime'],
    ['Closed 37 security findings in the partner portal.', '37'],
    ['Rebuilt the statement matcher so nightly runs finish in 20 minutes instead of 3 hours.', '20 minutes instead of 3 hours'],
    ['Scaled the notifications service to 20k messages per second for launch day.', '20k'],
    ['Saved the security team 60 hours per audit by automating evidence collection.', '60 hours'],
    ['Cut releases of the ledger service from days to minutes.', 'from days to minutes'],
    ['Made the catalog API three times faster with a read-through cache.', 'three times faster'],
    ['Kept quote lookups sub-second through the holiday peak.', 'sub-second'],
    ['Shipped the tenant export with 3 fewer manual steps.', '3 fewer'],
    ['Brought checkout p95 down by 300ms.', 'down by 300ms'],
  ];
  for (const [bullet, want] of results) assert.equal(cardOf(bullet).card.result?.text, want, bullet);
});

test('proof card: versions, years and scope are not results', () => {
  for (const bullet of ['Upgraded the search cluster to Elasticsearch 8 in 2022.', 'Ran the payments platform for 14M users in 6 countries.', 'Moved the checkout API to Java 21 and TLS 1.3.']) {
    assert.equal(cardOf(bullet).card.result, null, bullet);
  }
});

test('proof card: an entry gathers the parts shown across its bullets', () => {
  const r = lintRoles([
    [
      'Owned the parcel routing service for a regional courier handling 300k parcels a week.',
      'Replaced the nightly batch planner with incremental route updates after late pickups piled up.',
      'Cut missed pickup windows from 7% to 2%.',
    ],
  ]);
  const bulletCards = r.doc.bullets.map((b) => r.cards[b.index]);
  assert.equal(bulletCards.filter((c) => c.proven).length, 0);
  const card = entryCard(r.doc.entries[0], r.cards);
  assert.equal(card.system?.text, 'parcel routing service');
  assert.equal(card.change?.text, 'Replaced');
  assert.equal(card.result?.text, 'from 7% to 2%');
  assert.ok(card.challenge);
  assert.equal(card.proven, true);
});

test('proof card: spans stay exact after markup and non-ASCII text', () => {
  const r = lintRoles([['**Café ledger** 🚀: rebuilt the café loyalty ledger after double-counted points, cutting disputes by 80%.']]);
  const b = r.doc.bullets[0];
  const card = r.cards[b.index];
  for (const e of [card.system, card.change, card.result]) {
    assert.ok(e, JSON.stringify(card));
    assert.equal(b.text.slice(e.start, e.end), e.text);
  }
  assert.equal(card.result?.text, '80%');
});

test('proof card: a bold lead-in names the system unless it is generic', () => {
  const card = (md: string) => {
    const r = lintRoles([[md]]);
    return r.cards[r.doc.bullets[0].index];
  };
  assert.equal(card('**Payouts**: rewrote the retry loop after double sends.').system?.text, 'Payouts');
  assert.equal(card('**Backend**: rewrote most of the code after double sends.').system, null);
  assert.equal(card('**Java**: rewrote most of the code after double sends.').system, null);
});

test('each proof rule fires on its own weak example and not on its strong one', async () => {
  const { RULES } = await import('../../server/src/engine/registry');
  const ids = ['missing-metric', 'missing-system', 'stack-only', 'vague-claim', 'missing-challenge', 'missing-change'];
  for (const id of ids) {
    const rule = RULES.find((r) => r.meta.id === id)!;
    const fired = (b: string) => lintRoles([[b]]).findings.some((f) => f.ruleId === id);
    assert.ok(fired(rule.meta.examples.weak), `${id} should fire on: ${rule.meta.examples.weak}`);
    assert.ok(!fired(rule.meta.examples.strong), `${id} should not fire on: ${rule.meta.examples.strong}`);
    assert.ok(!/TODO/.test(rule.meta.description));
    // its docs page follows the shared template and shows the same examples
    const doc = fs.readFileSync(path.join(ROOT, 'docs', 'rules', `${id}.md`), 'utf8');
    assert.ok(doc.startsWith(`# ${id}\n\n${rule.meta.description}\n`), `${id}.md heading and description`);
    for (const h of ['## Why', '## Examples', '## How to fix', '## Options', '## Disable']) assert.ok(doc.includes(`\n${h}\n`), `${id}.md lacks ${h}`);
    assert.ok(doc.includes(rule.meta.examples.weak) && doc.includes(rule.meta.examples.strong), `${id}.md examples`);
  }
});
