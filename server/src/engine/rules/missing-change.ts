import type { Rule } from '../types';

// Stub: the real check lands with the rule implementation.
export const missingChange: Rule = {
  meta: {
    id: 'missing-change',
    description: 'TODO',
    defaultSeverity: 'hint',
    category: 'proof',
    fixable: false,
    examples: { weak: 'TODO', strong: 'TODO' },
  },
  check() {},
};
