import type { Rule } from '../types';

// Stub: the real check lands with the rule implementation.
export const buzzword: Rule = {
  meta: {
    id: 'buzzword',
    description: 'TODO',
    defaultSeverity: 'warning',
    category: 'wording',
    fixable: false,
    examples: { weak: 'TODO', strong: 'TODO' },
  },
  check() {},
};
