import type { Rule } from '../types';
import { analysisOf, spanText } from '../analysis';
import { quote } from '../analysis/entry';
import type { TokenSpan } from '../analysis';

export const vagueClaim: Rule = {
  meta: {
    id: 'vague-claim',
    description: 'A gain claimed with no number and no method, an intensifier in place of a number, or a vague quantity.',
    defaultSeverity: 'warning',
    category: 'proof',
    fixable: false,
    examples: {
      weak: 'Greatly enhanced the stability of various partner integrations.',
      strong: 'Added per-partner circuit breakers to the carrier rate integrations, cutting quote timeouts from 4% of requests to 0.3%.',
    },
  },
  check(ctx) {
    const allow = new Set(ctx.config.words.allow.map((w) => w.toLowerCase()));
    for (const bullet of ctx.bullets) {
      const a = analysisOf(bullet);
      // a bullet that carries a measured result is not vague for its other clauses
      if (a.measures.length) continue;
      const taken: TokenSpan[] = [];
      const overlaps = (s: TokenSpan) => taken.some((t) => s.first <= t.last + 1 && t.first <= s.last + 1);
      for (const s of a.intensifiers) {
        const w = spanText(a, s);
        if (allow.has(w.text.toLowerCase())) continue;
        taken.push(s);
        ctx.report({ bullet, start: w.start, end: w.end, message: `${quote(w.text)} stands in for a number: replace it with what you measured, such as “from 2.1 s to 400 ms”.` });
      }
      for (const s of a.vagueQuantities) {
        const w = spanText(a, s);
        if (allow.has(w.text.toLowerCase())) continue;
        taken.push(s);
        ctx.report({ bullet, start: w.start, end: w.end, message: `${quote(w.text)} hides the count: say how many, or name the ones that mattered.` });
      }
      if (a.mechanism) continue;
      for (const s of a.improvements) {
        if (overlaps(s)) continue;
        const w = spanText(a, s);
        if (allow.has(w.text.toLowerCase())) continue;
        const what = claimClause(a, s);
        ctx.report({
          bullet,
          start: w.start,
          end: w.end,
          message: `${quote(what)} says something got better, but not how or by how much: add the change you made and the measured difference.`,
        });
        break;
      }
    }
  },
};

/** The claim and its object, up to the next punctuation, for the message. */
function claimClause(a: ReturnType<typeof analysisOf>, s: TokenSpan): string {
  let last = s.last;
  for (let k = s.last + 1; k < a.tokens.length && k <= s.last + 6; k++) {
    if (a.tokens[k].kind === 'punct') break;
    last = k;
  }
  return a.text.slice(a.tokens[s.first].start, a.tokens[last].end);
}
