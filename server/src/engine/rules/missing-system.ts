import type { Rule } from '../types';

// Stub: the real check lands with the rule implementation.
export const missingSystem: Rule = {
  meta: {
    id: 'missing-system',
    description: 'TODO',
    defaultSeverity: 'warning',
    category: 'proof',
    fixable: false,
    examples: { weak: 'TODO', strong: 'TODO' },
  },
  check() {},
};
