import type { Rule } from '../types';
import { analysisOf } from '../analysis';
import { listOf } from '../analysis/entry';

export const stackOnly: Rule = {
  meta: {
    id: 'stack-only',
    description: 'A bullet that lists technologies but no product area, problem or result.',
    defaultSeverity: 'warning',
    category: 'proof',
    fixable: false,
    examples: {
      weak: 'Developed microservices with Kotlin, Kafka and Kubernetes.',
      strong: 'Moved shipment tracking updates onto Kafka consumers in Kotlin after polling delays left couriers with stale routes, cutting update lag from 3 minutes to 10 seconds.',
    },
  },
  check(ctx) {
    for (const bullet of ctx.bullets) {
      const a = analysisOf(bullet);
      if (a.tech.length === 0) continue;
      const card = ctx.proof(bullet);
      if (card.system || card.challenge || card.result || a.claims.length > 0) continue;
      const first = a.tokens[a.tech[0].first];
      const lastTech = a.tech[a.tech.length - 1];
      const last = a.tokens[lastTech.first + lastTech.count - 1];
      const names = [...new Set(a.tech.map((m) => a.text.slice(a.tokens[m.first].start, a.tokens[m.first + m.count - 1].end)))];
      ctx.report({
        bullet,
        start: first.start,
        end: last.end,
        message: `${listOf(names.slice(0, 4))} ${names.length > 1 ? 'say' : 'says'} what you used, not what it was for: add the product area, the problem it solved, or the result.`,
      });
    }
  },
};
