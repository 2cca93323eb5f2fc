import type { Rule } from '../types';

// Stub: the real check lands with the rule implementation.
export const missingChallenge: Rule = {
  meta: {
    id: 'missing-challenge',
    description: 'TODO',
    defaultSeverity: 'hint',
    category: 'proof',
    fixable: false,
    examples: { weak: 'TODO', strong: 'TODO' },
  },
  check() {},
};
