import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsFor, ruleTester } from './word-tester';

ruleTester('buzzword', {
  valid: [
    'Built dynamic pricing for the parking app, raising weekend revenue by 11%.',
    'Added dynamic routing rules to the support queue so urgent tickets skip the line.',
    'Wrote the style guide for the team, cutting review rounds from 3 to 1.',
    'Used Redis streams to fan out order events to 6 consumers.',
    'Added dynamic and static analysis to the firmware CI, catching 31 memory bugs.',
    'Moved the C++ build of the trading gateway from Make to Ninja, cutting builds from 14 to 5 minutes.',
    'Ported the Rockstar Games launcher telemetry to the shared event bus, and synced Guru cards nightly.',
    { text: 'Backend engineer who runs payment reconciliation for 200 merchants.', section: 'Summary' },
    // Skills and Education are lists of names: not read
    { text: 'Practices: code review, pairing, best practices for schema migrations', section: 'Skills' },
  ],
  invalid: [
    { text: 'Leveraged Kafka to decouple the invoice writer from the mailer.', errors: ['Leveraged'], suggestion: 'Used Kafka to decouple the invoice writer from the mailer.' },
    { text: 'Rebuilt the reports API by leveraging read replicas for heavy queries.', errors: ['leveraging'], suggestion: 'Rebuilt the reports API by using read replicas for heavy queries.' },
    { text: 'Introduced cutting-edge tracing across 9 services to find slow hops.', errors: ['cutting-edge'], suggestion: 'Introduced tracing across 9 services to find slow hops.' },
    { text: 'Defined best practices for the mobile release train.', errors: ['best practices'], message: /name the practice/, suggestion: null },
    { text: 'A world class team player who thinks outside the box.', errors: ['world class', 'team player', 'thinks outside the box'] },
    { text: 'Passionate, detail-oriented engineer with a results driven mindset.', section: 'Summary', errors: ['Passionate', 'detail-oriented', 'results driven'], suggestion: 'Detail-oriented engineer with a results driven mindset.' },
    { text: 'Hard-working self-starter and go-getter who brings synergy to a dynamic team.', section: 'Summary', errors: ['Hard-working', 'self-starter', 'go-getter', 'synergy', 'dynamic'] },
    { text: 'Known as the Kubernetes guru and SQL ninja of a rockstar platform group.', errors: ['guru', 'ninja', 'rockstar'] },
    { text: 'Delivered a best-of-breed, synergistic onboarding flow for new sellers.', errors: ['best-of-breed', 'synergistic'] },
    { text: 'Shipped a game-changing search ranking model for the storefront.', errors: ['game-changing'], config: { words: { buzzwords: ['game-changing'] } } },
  ],
});

test('buzzword: every finding quotes the words and says what to write instead', () => {
  const { findings } = findingsFor('buzzword', 'Leveraged a cutting-edge queue to ship refunds faster.');
  assert.equal(findings.length, 2);
  for (const f of findings) assert.match(f.message, /^“[^”]+” .+: .+\.$/);
  assert.deepEqual(findings.map((f) => f.data?.replacement), ['used', '']);
});
