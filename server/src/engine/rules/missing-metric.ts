import type { Rule } from '../types';

// Stub: the real check lands with the rule implementation.
export const missingMetric: Rule = {
  meta: {
    id: 'missing-metric',
    description: 'TODO',
    defaultSeverity: 'warning',
    category: 'proof',
    fixable: false,
    examples: { weak: 'TODO', strong: 'TODO' },
  },
  check() {},
};
