// What the editor paints as a placeholder is what the `placeholder` rule reports, so a red "[what broke]"
// always has a diagnostic behind it and "[Remote]" or "[sic]" never looks like an error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine/index';
import { INITIAL, loadResumeGrammar } from './textmate';

const BULLETS = [
  '- Rebuilt [system you owned] after [what was breaking], cutting [metric] by XX%.',
  '- Moved [Your Team] onto {{queue}} for <system>, saving $XXk and N% of TODO hours.',
  '- Shipped [COMPANY] billing with [Insert metric] and [a b c d e] before TBD.',
  '- Platform team [Remote], wrote [sic] notes, [1] ref, [a b c d e f] and [x, y] plus ![shot](a.png).',
  '- Linked the [runbook](https://wiki.example.org/rb) and the <br> tag from the alert.',
  '- Kept p99 of the rates API < 80ms while traffic tripled, at 99.9% uptime.',
  '- Ran XML exports on Xcode builds across 3 regions (N=12 hosts).',
  '- Grew signups Y% and X.Xx faster, XXX ms and $XXk saved, NN days, ___ left, ${1:what} and ${2|a,b|}.',
  '- Wrote <dd> and <br/> and <what you changed> and FIXME and lorem ipsum here.',
];

const spans = (xs: { start: number; end: number }[]) => xs.map((x) => `${x.start}-${x.end}`).sort();

test('the grammar paints exactly the placeholders the placeholder rule reports', async () => {
  const { grammar } = await loadResumeGrammar();
  const text = BULLETS.join('\n') + '\n';
  const reported = lint(text, { format: 'markdown', fileName: 'parity.resume.md' }).filter((f) => f.ruleId === 'placeholder');
  const painted: { start: number; end: number }[] = [];
  let offset = 0;
  let stack = INITIAL;
  for (const line of BULLETS) {
    const r = grammar.tokenizeLine(line, stack);
    stack = r.ruleStack;
    for (const t of r.tokens) {
      if (!t.scopes.includes('invalid.illegal.placeholder.resume')) continue;
      const last = painted[painted.length - 1];
      if (last && last.end === offset + t.startIndex) last.end = offset + t.endIndex;
      else painted.push({ start: offset + t.startIndex, end: offset + t.endIndex });
    }
    offset += line.length + 1;
  }
  assert.ok(reported.length >= 12, `the rule reported only ${reported.length}`);
  const show = (xs: { start: number; end: number }[]) => xs.map((x) => JSON.stringify(text.slice(x.start, x.end))).sort();
  assert.deepEqual(show(painted), show(reported));
  assert.deepEqual(spans(painted), spans(reported));
});
