import type { Rule } from '../types';

// Stub: the real check lands with the rule implementation.
export const firstPerson: Rule = {
  meta: {
    id: 'first-person',
    description: 'TODO',
    defaultSeverity: 'warning',
    category: 'style',
    fixable: false,
    examples: { weak: 'TODO', strong: 'TODO' },
  },
  check() {},
};
