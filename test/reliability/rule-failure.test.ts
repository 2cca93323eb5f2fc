import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, RULES } from '../../server/src/engine/index';
import type { Rule } from '../../server/src/engine/types';

const TEXT = '## Experience\n\n### Engineer | Acme | 2020 – 2022\n\n- Worked on the billing API.\n- Cut invoice export time from 40 min to 6 min by streaming rows.\n';

/** Runs `fn` with `rule` added at the end of the registry (a rule with a bug, as a user could meet one). */
function withRule<T>(rule: Rule, fn: () => T): T {
  const rules = RULES as Rule[];
  rules.push(rule);
  try {
    return fn();
  } finally {
    rules.splice(rules.indexOf(rule), 1);
  }
}

const meta = (id: string): Rule['meta'] => ({ id, description: 'a rule with a bug', defaultSeverity: 'warning', category: 'style', fixable: false, examples: { weak: '', strong: '' } });

test('engine: a rule that throws is skipped with one error finding, and keeps what it reported before it failed', () => {
  const findings = withRule(
    {
      meta: meta('test-throws'),
      check(ctx) {
        ctx.report({ bullet: ctx.bullets[0], start: 0, end: 6, message: 'reported before the failure' });
        throw new Error('boom');
      },
    },
    () => lint(TEXT, { format: 'markdown' }),
  );
  const failed = findings.filter((f) => f.ruleId === 'rule-error');
  assert.equal(failed.length, 1);
  assert.match(failed[0].message, /Rule "test-throws" failed on this file and was skipped: boom/);
  const before = findings.find((f) => f.ruleId === 'test-throws');
  assert.ok(before, 'the report made before the throw is kept');
  assert.equal(TEXT.slice(before.start, before.end), 'Worked');
  // the other rules ran as usual
  assert.ok(findings.some((f) => f.ruleId === 'weak-verb'));
});

test('engine: a report that cannot be placed in the source fails only its rule', () => {
  const findings = withRule(
    {
      meta: meta('test-bad-report'),
      check(ctx) {
        // a bullet whose source map is broken: turning the report into source offsets throws
        const broken = { ...ctx.bullets[0], map: null as unknown as (typeof ctx.bullets)[0]['map'] };
        ctx.report({ bullet: broken, start: 0, end: 6, message: 'cannot be placed' });
      },
    },
    () => lint(TEXT, { format: 'markdown' }),
  );
  assert.equal(findings.filter((f) => f.ruleId === 'rule-error').length, 1);
  assert.match(findings.find((f) => f.ruleId === 'rule-error')!.message, /"test-bad-report" failed/);
  assert.ok(!findings.some((f) => f.ruleId === 'test-bad-report'));
  assert.ok(findings.some((f) => f.ruleId === 'weak-verb'));
});
